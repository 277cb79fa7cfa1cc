//! `falgram doctor`: the pre-deployment checklist, run against the real configuration.

use std::path::Path;

use teloxide::prelude::Requester;

use crate::config::{token_format_ok, Config};
use crate::store;

pub struct Check {
    pub ok: bool,
    pub label: String,
}

fn check(ok: bool, label: impl Into<String>) -> Check {
    Check {
        ok,
        label: label.into(),
    }
}

/// `.env` must not be readable by group or others: it holds the secrets.
pub fn env_file_permissions(path: &Path) -> Check {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(path) {
            Ok(m) if m.permissions().mode() & 0o077 == 0 => check(
                true,
                format!(
                    "{} permissions are {:o}",
                    path.display(),
                    m.permissions().mode() & 0o777
                ),
            ),
            Ok(m) => check(
                false,
                format!(
                    "{} is readable by others (mode {:o}): run chmod 600 {}",
                    path.display(),
                    m.permissions().mode() & 0o777,
                    path.display()
                ),
            ),
            Err(e) => check(false, format!("{}: {e}", path.display())),
        }
    }
    #[cfg(not(unix))]
    {
        check(
            true,
            format!("{} (permissions not checked on this OS)", path.display()),
        )
    }
}

fn database(cfg: &Config) -> Vec<Check> {
    let path = &cfg.db_path;
    let writable = rusqlite::Connection::open(path).and_then(|c| {
        c.execute_batch("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS doctor_probe(x); DROP TABLE doctor_probe; ROLLBACK;")
    });
    let mut out = vec![match writable {
        Ok(()) => check(true, format!("database {} is writable", path.display())),
        Err(e) => check(
            false,
            format!("database {} is not writable: {e}", path.display()),
        ),
    }];
    out.push(match store::pending_migrations(path) {
        Ok(p) if p.is_empty() => check(true, "database schema is up to date"),
        Ok(p) => check(
            false,
            format!("{} migration(s) pending: run `falgram migrate`", p.len()),
        ),
        Err(e) => check(false, format!("could not read the migration state: {e}")),
    });
    out
}

pub async fn run(cfg: &Config, env_file: Option<&Path>) -> Vec<Check> {
    let mut checks = Vec::new();
    if let Some(p) = env_file {
        checks.push(env_file_permissions(p));
    }
    match &cfg.telegram_token {
        Some(t) if token_format_ok(t.expose()) => {
            checks.push(check(true, "TELEGRAM_BOT_TOKEN has the right format"))
        }
        Some(_) => checks.push(check(
            false,
            "TELEGRAM_BOT_TOKEN does not look like a bot token",
        )),
        None => checks.push(check(
            false,
            "TELEGRAM_BOT_TOKEN is not set (only `falgram sim` works without it)",
        )),
    }
    checks.push(if cfg.admin_ids.is_empty() {
        check(
            false,
            "ADMIN_ID is not set: nobody can open the admin panel",
        )
    } else {
        check(
            true,
            format!("{} admin id(s) configured", cfg.admin_ids.len()),
        )
    });
    checks.extend(database(cfg));
    if cfg.ai_provider_defaulted && cfg.gemini_api_key.is_none() {
        checks.push(check(
            false,
            "no AI provider configured: using offline fixtures (set GEMINI_API_KEY or AI_PROVIDER)",
        ));
    }
    match crate::ai::from_config(cfg) {
        Ok(ai) => checks.push(match ai.check().await {
            Ok(what) => check(true, format!("AI provider {}: {what}", ai.name())),
            Err(e) => check(
                false,
                format!("AI provider {} is not reachable: {e}", ai.name()),
            ),
        }),
        Err(e) => checks.push(check(false, format!("AI provider: {e}"))),
    }
    if cfg.telegram_token.is_some() {
        let opts = crate::telegram::BotOptions::default();
        match crate::telegram::build_bot(cfg, &opts) {
            Ok(bot) => checks.push(match bot.get_me().await {
                Ok(me) => check(
                    true,
                    format!("Telegram accepts the token: @{}", me.username()),
                ),
                Err(e) => check(false, format!("Telegram getMe failed: {e}")),
            }),
            Err(e) => checks.push(check(false, format!("Telegram client: {e}"))),
        }
    }
    if cfg.encryption_key.is_none() {
        checks.push(check(
            false,
            "ENCRYPTION_KEY is not set: personal data would be stored unencrypted",
        ));
    }
    checks
}

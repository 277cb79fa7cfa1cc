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
    for refusal in cfg.production_refusals() {
        checks.push(check(false, refusal));
    }
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
            Ok(bot) => {
                checks.push(match bot.get_me().await {
                    Ok(me) => check(
                        true,
                        format!("Telegram accepts the token: @{}", me.username()),
                    ),
                    Err(e) => check(false, format!("Telegram getMe failed: {e}")),
                });
                checks.push(webhook(cfg, &bot).await);
            }
            Err(e) => checks.push(check(false, format!("Telegram client: {e}"))),
        }
    }
    checks.push(encryption(cfg));
    if let Some(client) = crate::supabase::Client::from_config(cfg) {
        checks.push(match client {
            Ok(c) => match c.select_page("falgram_users", "id.asc", 0, 1).await {
                Ok(_) => check(true, "Supabase reachable, falgram_users readable"),
                Err(e) => check(
                    false,
                    format!("Supabase: {e} (did you run deploy/supabase.sql?)"),
                ),
            },
            Err(e) => check(false, format!("Supabase client: {e}")),
        });
    }
    if let Some(dir) = &cfg.backup_dir {
        checks.push(backup_dir(dir));
    }
    checks
}

/// What Telegram has: in webhook mode our URL, in polling mode none (one left over is
/// removed at start), and Telegram's last delivery error if any.
async fn webhook(cfg: &Config, bot: &crate::telegram::FalBot) -> Check {
    let info = match bot.get_webhook_info().await {
        Ok(i) => i,
        Err(e) => return check(false, format!("Telegram getWebhookInfo failed: {e}")),
    };
    let registered = info.url.as_ref().map(|u| u.to_string());
    let pending = info.pending_update_count;
    let last_error = info
        .last_error_message
        .map(|m| format!("; Telegram's last delivery error: {m}"))
        .unwrap_or_default();
    match (&cfg.webhook_url, registered) {
        (Some(want), Some(got)) if *want.as_str() == got => check(
            last_error.is_empty(),
            format!("webhook registered at {got}, {pending} update(s) pending{last_error}"),
        ),
        (Some(want), got) => check(
            false,
            format!(
                "webhook is {} but WEBHOOK_URL is {want}: it is set when the bot starts",
                got.as_deref().unwrap_or("not set")
            ),
        ),
        (None, Some(got)) => check(
            true,
            format!("long polling; the webhook {got} left at Telegram is removed at start"),
        ),
        (None, None) => check(true, format!("long polling, {pending} update(s) pending")),
    }
}

/// The key matches the database (or there is none and nothing is sealed).
fn encryption(cfg: &Config) -> Check {
    let cipher = cfg.cipher();
    let verdict = rusqlite::Connection::open(&cfg.db_path)
        .map_err(store::StoreError::from)
        .and_then(|c| store::sealing::verify_key(&c, cipher.as_ref()));
    match (verdict, &cipher) {
        (Ok(()), Some(c)) => check(
            true,
            format!("ENCRYPTION_KEY (key id {}) opens this database", c.id()),
        ),
        (Ok(()), None) => check(
            false,
            "ENCRYPTION_KEY is not set: personal data would be stored unencrypted",
        ),
        (Err(e), _) => check(false, format!("encryption: {e}")),
    }
}

fn backup_dir(dir: &Path) -> Check {
    let probe = dir.join(".falgram-doctor-probe");
    let result = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&probe, b"ok"))
        .and_then(|()| std::fs::remove_file(&probe));
    match result {
        Ok(()) => check(
            true,
            format!("backup directory {} is writable", dir.display()),
        ),
        Err(e) => check(
            false,
            format!("backup directory {} is not writable: {e}", dir.display()),
        ),
    }
}

/// The checklist as the operator reads it, and whether every check passed.
pub fn report(checks: &[Check]) -> (String, bool) {
    let mut out = String::new();
    for c in checks {
        out.push_str(&format!("{} {}\n", if c.ok { "✅" } else { "❌" }, c.label));
    }
    let failed = checks.iter().filter(|c| !c.ok).count();
    out.push_str(&format!(
        "\n{} of {} checks passed\n",
        checks.len() - failed,
        checks.len()
    ));
    (out, failed == 0)
}

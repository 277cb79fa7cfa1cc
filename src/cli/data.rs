//! The database's own commands: `migrate`, `backup`, `restore`, `rotate-key` and `import`.
//! Each answers the operator on stdout; errors go back to `main` as one line.

use std::path::{Path, PathBuf};

use crate::config::{Config, Secret};
use crate::store::backup::{self, DbLock};
use crate::store::{self, Store};

pub fn migrate(cfg: &Config) -> anyhow::Result<String> {
    let applied = store::migrate(&cfg.db_path)?;
    Ok(format!(
        "{}: {applied} migration(s) applied, schema up to date\n",
        cfg.db_path.display()
    ))
}

/// A consistent online backup into `dir` (else `BACKUP_DIR`, else `./backups`), `keep` kept.
pub async fn backup(cfg: &Config, dir: Option<PathBuf>, keep: usize) -> anyhow::Result<String> {
    let dir = dir
        .or_else(|| cfg.backup_dir.clone())
        .unwrap_or_else(|| "backups".into());
    let db = cfg.db_path.clone();
    let file = tokio::task::spawn_blocking(move || backup::backup(&db, &dir, keep)).await??;
    Ok(format!("{} (integrity ok)\n", file.display()))
}

/// Replaces the database with `file` after checking it; refused while a bot holds the lock.
pub async fn restore(cfg: &Config, file: &Path) -> anyhow::Result<String> {
    let (db, file) = (cfg.db_path.clone(), file.to_path_buf());
    tokio::task::spawn_blocking(move || backup::restore(&file, &db)).await??;
    Ok(format!("{} restored\n", cfg.db_path.display()))
}

/// Rebuilds the database from the Supabase mirror (SUPABASE_URL / SUPABASE_KEY), while no
/// bot runs; safe to run again. Progress on stderr.
pub async fn restore_from_supabase(cfg: &Config) -> anyhow::Result<String> {
    let client = crate::supabase::Client::from_config(cfg)
        .ok_or_else(|| anyhow::anyhow!("--from-supabase needs SUPABASE_URL and SUPABASE_KEY"))??;
    let _lock = DbLock::acquire(&cfg.db_path)?;
    let store = store::Store::open_keyed(&cfg.db_path, cfg.cipher())?;
    let done = crate::supabase::restore::run(&store, &client, &mut std::io::stderr()).await;
    store.close();
    let r = done?;
    Ok(format!(
        "{} rebuilt from Supabase: {} users ({} referrals linked), {} payments, {} subscriptions, {} readings (metadata only: texts and birth data were never mirrored)\n",
        cfg.db_path.display(),
        r.users,
        r.referrals,
        r.payments,
        r.subscriptions,
        r.readings
    ))
}

/// Re-seals every value with `new_key`, in one transaction, while no bot runs.
pub async fn rotate_key(cfg: &Config, new_key: &str) -> anyhow::Result<String> {
    let new =
        crate::crypto::Cipher::from_text(new_key).map_err(|e| anyhow::anyhow!("--new-key: {e}"))?;
    let _lock = DbLock::acquire(&cfg.db_path)?;
    store::migrate(&cfg.db_path)?;
    let old = cfg.cipher();
    let db = cfg.db_path.clone();
    let secret = cfg.server_secret.clone();
    let new_id = new.id().to_string();
    let done = tokio::task::spawn_blocking(move || {
        let mut conn = rusqlite::Connection::open(&db)?;
        store::sealing::rotate(&mut conn, old.as_ref(), &new, secret.expose())
    })
    .await??;
    Ok(format!(
        "{} value(s) sealed with key {new_id} ({} were in clear). Set ENCRYPTION_KEY to the new key before starting the bot.\n",
        done.sealed, done.was_plain
    ))
}

/// Imports a Python Fal Gram deployment, with a progress bar on stderr and a summary.
pub async fn import(cfg: &Config, url: &str, key: String, dry_run: bool) -> anyhow::Result<String> {
    let client = crate::supabase::Client::new(url, Secret::new(key))?;
    let _lock = DbLock::acquire(&cfg.db_path)?;
    let store = Store::open_keyed(&cfg.db_path, cfg.cipher())?;
    let report =
        crate::supabase::import::run(&store, &client, dry_run, &mut std::io::stderr()).await;
    store.close();
    let r = report?;
    let c = r.counts;
    let mut out = format!(
        "{}users: {} read, {} new, {} updated, {} unchanged, {} skipped (no id)\nsubscriptions: {} · referrals: {} · payments: {} of {} new\n",
        if dry_run { "DRY RUN — nothing written\n" } else { "" },
        r.users_seen, c.users_new, c.users_updated, c.users_unchanged, r.users_skipped,
        c.subscriptions, c.referrals, c.payments, r.payments_seen
    );
    if let Some(p) = &r.prompts {
        out.push_str(&format!(
            "prompts: {} applied, {} unchanged, {} skipped\n",
            p.applied,
            p.unchanged,
            p.skipped.len()
        ));
        for (kind, lang, why) in &p.skipped {
            out.push_str(&format!("  skipped {kind}/{lang}: {why}\n"));
        }
    }
    if !r.missing_tables.is_empty() {
        out.push_str(&format!(
            "not in the source: {}\n",
            r.missing_tables.join(", ")
        ));
    }
    Ok(out)
}

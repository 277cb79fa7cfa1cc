//! With `BACKUP_DIR`: an online backup whenever the newest one is a day old (looked at hourly),
//! the 14 newest kept.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::Job;
use crate::app::App;

const KEEP: usize = 14;

/// The job, or `None` without `BACKUP_DIR`.
pub fn daily_backup(app: &Arc<App>) -> Option<Job> {
    let dir = app.cfg.backup_dir.clone()?;
    let db = app.cfg.db_path.clone();
    Some(Job::every(
        "daily_backup",
        Duration::from_secs(3600),
        move || {
            let (db, dir) = (db.clone(), dir.clone());
            async move { backup_if_stale(db, dir).await }
        },
    ))
}

async fn backup_if_stale(db: PathBuf, dir: PathBuf) -> anyhow::Result<()> {
    tokio::task::spawn_blocking(move || {
        let newest = std::fs::read_dir(&dir)
            .ok()
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok()?.metadata().ok()?.modified().ok())
            .max();
        let fresh = newest.is_some_and(|t| {
            t.elapsed()
                .is_ok_and(|age| age < Duration::from_secs(24 * 3600))
        });
        if !fresh {
            let file = crate::store::backup::backup(&db, &dir, KEEP)?;
            tracing::info!(file = %file.display(), "daily backup written");
        }
        Ok(())
    })
    .await?
}

//! Online backups with SQLite's backup API (consistent while the bot writes), integrity-checked
//! and pruned; restores that check the file first and refuse while a bot holds the database.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// An exclusive lock on `<db>.lock`, held by a running bot for its whole life.
pub struct DbLock {
    _file: File,
}

fn lock_path(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".lock");
    PathBuf::from(p)
}

impl DbLock {
    /// Takes the lock, or says that another process has it.
    pub fn acquire(db: &Path) -> anyhow::Result<DbLock> {
        let path = lock_path(db);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        file.try_lock()
            .map_err(|_| anyhow::anyhow!("{} is in use by a running falgram", db.display()))?;
        Ok(DbLock { _file: file })
    }
}

fn integrity_ok(conn: &Connection) -> anyhow::Result<()> {
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    anyhow::ensure!(verdict == "ok", "integrity check failed: {verdict}");
    Ok(())
}

/// Copies the live database into `dir/falgram-YYYYMMDD-HHMMSS.db`, checks the copy, and keeps
/// the newest `keep` backups.
pub fn backup(db: &Path, dir: &Path, keep: usize) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    let name = format!(
        "falgram-{}.db",
        chrono::Utc::now().format("%Y%m%d-%H%M%S%.3f")
    );
    let target = dir.join(name);
    let source = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    source.busy_timeout(Duration::from_secs(5))?;
    {
        let mut dest = Connection::open(&target)?;
        let copy = rusqlite::backup::Backup::new(&source, &mut dest)?;
        // Small steps with pauses let the bot keep writing while the copy runs.
        copy.run_to_completion(256, Duration::from_millis(2), None)?;
        drop(copy);
        // The copy carries the live file's WAL mode; a backup is one self-contained file.
        let _: String = dest.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    }
    let check = Connection::open_with_flags(&target, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    if let Err(e) = integrity_ok(&check) {
        drop(check);
        let _ = std::fs::remove_file(&target);
        return Err(e);
    }
    prune(dir, keep.max(1))?;
    Ok(target)
}

fn prune(dir: &Path, keep: usize) -> anyhow::Result<()> {
    let mut backups: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("falgram-") && n.ends_with(".db"))
        })
        .collect();
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    for old in &backups[..excess] {
        std::fs::remove_file(old)?;
        for companion in ["-wal", "-shm"] {
            let mut p = old.as_os_str().to_owned();
            p.push(companion);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
    }
    Ok(())
}

/// Replaces the database with a backup, after checking the backup; refuses while a bot runs.
pub fn restore(file: &Path, db: &Path) -> anyhow::Result<()> {
    let _lock = DbLock::acquire(db).map_err(|e| anyhow::anyhow!("refusing to restore: {e}"))?;
    let source = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    integrity_ok(&source).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let mut dest = Connection::open(db)?;
    rusqlite::backup::Backup::new(&source, &mut dest)?.run_to_completion(
        1024,
        Duration::ZERO,
        None,
    )?;
    integrity_ok(&dest)?;
    Ok(())
}

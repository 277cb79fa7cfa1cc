//! SQLite storage. One writer thread owns the only write connection; reads run on a small
//! pool of read-only connections on tokio's blocking threads. Nothing here blocks the runtime.

mod dialogue;
mod events;
mod prompts;
mod quota;
mod readings;
mod settings;
mod updates;
mod users;

use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use tokio::sync::oneshot;

pub use events::{Event, Level};
pub use quota::Reservation;
pub use readings::Reading;
pub use users::{NewUser, User};

mod embedded {
    refinery::embed_migrations!("migrations");
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("the database writer has stopped")]
    Closed,
    #[error("database task failed: {0}")]
    Task(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

type WriteJob = Box<dyn FnOnce(&mut Connection) + Send>;

/// Most readers that are kept open between reads; more may exist briefly under load.
const READER_POOL: usize = 8;

struct Inner {
    path: PathBuf,
    writer: Mutex<Option<mpsc::Sender<WriteJob>>>,
    writer_thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    readers: Mutex<Vec<Connection>>,
}

/// A cheap-to-clone handle to the database.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL lets readers run beside the writer; NORMAL sync is durable across process crashes
    // (only an OS crash can drop the last transactions), which is the usual WAL trade-off.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Applies all pending migrations to the database at `path`, creating it if needed.
/// Returns how many were applied.
pub fn migrate(path: &Path) -> StoreResult<usize> {
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    let report = embedded::migrations::runner()
        .run(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(report.applied_migrations().len())
}

/// Migrations embedded in this binary that the database at `path` has not applied yet.
pub fn pending_migrations(path: &Path) -> StoreResult<Vec<String>> {
    let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let applied = embedded::migrations::runner()
        .get_applied_migrations(&mut conn)
        .map_err(|e| StoreError::Migration(e.to_string()))?;
    Ok(embedded::migrations::runner()
        .get_migrations()
        .iter()
        .filter(|m| !applied.iter().any(|a| a.version() == m.version()))
        .map(|m| m.to_string())
        .collect())
}

impl Store {
    /// Opens (and migrates) the database and starts the writer thread.
    pub fn open(path: impl AsRef<Path>) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        migrate(&path)?;
        let mut conn = Connection::open(&path)?;
        configure(&conn)?;
        let (tx, rx) = mpsc::channel::<WriteJob>();
        let handle = std::thread::Builder::new()
            .name("falgram-db-writer".into())
            .spawn(move || {
                while let Ok(job) = rx.recv() {
                    job(&mut conn);
                }
                // Fold the WAL back so the file on disk is complete on its own.
                let _ = conn.pragma_update(None, "wal_checkpoint", "TRUNCATE");
            })
            .map_err(|e| StoreError::Task(e.to_string()))?;
        Ok(Store {
            inner: Arc::new(Inner {
                path,
                writer: Mutex::new(Some(tx)),
                writer_thread: Mutex::new(Some(handle)),
                readers: Mutex::new(Vec::new()),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// Runs `f` on the writer connection. Each call is its own unit: use a transaction
    /// inside `f` when it writes more than one row.
    pub async fn write<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> StoreResult<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: WriteJob = Box::new(move |conn| {
            let _ = reply.send(f(conn));
        });
        {
            let guard = self.inner.writer.lock().map_err(|_| StoreError::Closed)?;
            let sender = guard.as_ref().ok_or(StoreError::Closed)?;
            sender.send(job).map_err(|_| StoreError::Closed)?;
        }
        answer.await.map_err(|_| StoreError::Closed)?
    }

    /// Runs `f` on a read-only connection on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        tokio::task::spawn_blocking(move || {
            let pooled = inner.readers.lock().ok().and_then(|mut pool| pool.pop());
            let conn = match pooled {
                Some(c) => c,
                None => {
                    let c = Connection::open_with_flags(
                        &inner.path,
                        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                    )?;
                    c.busy_timeout(Duration::from_secs(5))?;
                    c
                }
            };
            let result = f(&conn);
            if let Ok(mut pool) = inner.readers.lock() {
                if pool.len() < READER_POOL {
                    pool.push(conn);
                }
            }
            result
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `f` on a connection right here, blocking the caller: for command-line tools only.
    pub fn blocking<T>(&self, f: impl FnOnce(&mut Connection) -> StoreResult<T>) -> StoreResult<T> {
        let mut conn = Connection::open(&self.inner.path)?;
        configure(&conn)?;
        f(&mut conn)
    }

    /// Stops the writer after the queued writes and waits for it, so the file is left clean.
    pub fn close(&self) {
        if let Ok(mut w) = self.inner.writer.lock() {
            w.take();
        }
        if let Ok(mut pool) = self.inner.readers.lock() {
            pool.clear();
        }
        let handle = self
            .inner
            .writer_thread
            .lock()
            .ok()
            .and_then(|mut h| h.take());
        if let Some(h) = handle {
            let _ = h.join();
        }
    }
}

/// Current Unix time in seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::Store;

    pub fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path().join("t.db")).expect("open store");
        (dir, store)
    }
}

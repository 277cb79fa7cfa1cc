//! SQLite storage. One writer thread owns the only write connection; reads run on a small
//! pool of read-only connections on tokio's blocking threads. Nothing here blocks the runtime.

mod admin;
mod ai_usage;
mod astrology;
pub mod backup;
mod broadcasts;
mod codes;
mod dialogue;
pub mod effects;
mod events;
mod funnel;
mod import;
pub mod mirror;
mod payments;
pub mod pending;
mod prompt_overrides;
#[cfg(test)]
mod query_plans;
mod quota;
mod readings;
mod referrals;
pub mod sealing;
mod settings;
mod sync;
pub mod updates;
mod users;

use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use tokio::sync::oneshot;

pub use admin::{EventLine, Stats, UserFacts, UserLine};
pub use ai_usage::AiCall;
pub use astrology::{BirthRecord, DuePush, Person, PushPage, PushSetting};
pub use broadcasts::BroadcastProgress;
pub use events::{Event, Level};
pub use import::{Imported, ImportedPayment, ImportedUser};
pub use payments::{Applied, Expiring, NewPayment, PaymentRow};
pub use quota::Reservation;
pub use readings::Reading;
pub use referrals::{Credit, Leader, ReferralStats};
pub use sealing::{Rotation, SEALED};
pub use sync::{backoff_seconds, OutboxRow};
pub use updates::{InboxRow, Waiting};
pub use users::{Contact, NewUser, User};

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
    #[error("commit failed: {0}")]
    Commit(String),
    #[error("database task failed: {0}")]
    Task(String),
    #[error("{0}")]
    Crypto(#[from] crate::crypto::CryptoError),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Delivers a job's result once the batch it ran in has committed (or failed to).
type Reply = Box<dyn FnOnce(Option<&rusqlite::Error>) + Send>;
type WriteJob = Box<dyn FnOnce(&mut Connection) -> Reply + Send>;

/// Writes grouped into one transaction at most.
const BATCH: usize = 256;

/// Read connections, and so read threads, at most: a burst of handlers queues here instead of
/// spawning a blocking thread and a fresh connection each.
const READERS: usize = 4;

struct Inner {
    path: PathBuf,
    writer: Mutex<Option<mpsc::Sender<WriteJob>>>,
    writer_thread: Mutex<Option<std::thread::JoinHandle<()>>>,
    checkpointer: Mutex<Option<(mpsc::Sender<()>, std::thread::JoinHandle<()>)>>,
    readers: Mutex<Vec<Connection>>,
    reader_permits: tokio::sync::Semaphore,
    /// The data key (`ENCRYPTION_KEY`): personal texts are sealed with it (see `sealing`).
    cipher: Option<Arc<crate::crypto::Cipher>>,
    /// `<db>-sent`: messages on their way and accepted, per update (see `effects`).
    journal: Mutex<Option<std::fs::File>>,
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

/// How often the WAL is folded back into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

fn spawn_checkpointer(path: &Path) -> StoreResult<(mpsc::Sender<()>, std::thread::JoinHandle<()>)> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    let (stop, stopped) = mpsc::channel::<()>();
    let handle = std::thread::Builder::new()
        .name("falgram-db-checkpoint".into())
        .spawn(move || {
            // Runs until the sender is dropped (`Store::close`).
            while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(CHECKPOINT_EVERY)
            {
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::warn!(error = %e, "WAL checkpoint failed");
                }
            }
        })
        .map_err(|e| StoreError::Task(e.to_string()))?;
    Ok((stop, handle))
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
    /// Opens (and migrates) a database without a data key (refused if it was encrypted).
    pub fn open(path: impl AsRef<Path>) -> StoreResult<Store> {
        Store::open_keyed(path, None)
    }

    /// Opens (and migrates) the database and starts the writer thread. With a key, personal
    /// texts are sealed; a key other than the database's is refused here, before any read.
    pub fn open_keyed(
        path: impl AsRef<Path>,
        cipher: Option<crate::crypto::Cipher>,
    ) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        migrate(&path)?;
        let mut conn = Connection::open(&path)?;
        configure(&conn)?;
        sealing::check_key(&conn, cipher.as_ref())?;
        // The writer never checkpoints itself: an automatic checkpoint runs inside a commit and
        // fsyncs, stalling every queued write for tens of milliseconds. A separate thread
        // checkpoints passively instead, beside the writer.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let checkpointer = spawn_checkpointer(&path)?;
        let (tx, rx) = mpsc::channel::<WriteJob>();
        let handle = std::thread::Builder::new()
            .name("falgram-db-writer".into())
            .spawn(move || {
                // Group commit: whatever queued up while the last batch ran goes into one
                // transaction, and every caller hears back only after it committed.
                while let Ok(first) = rx.recv() {
                    let mut batch = vec![first];
                    while batch.len() < BATCH {
                        match rx.try_recv() {
                            Ok(job) => batch.push(job),
                            Err(_) => break,
                        }
                    }
                    let began = conn.execute_batch("BEGIN IMMEDIATE");
                    let replies: Vec<Reply> = batch.into_iter().map(|job| job(&mut conn)).collect();
                    let failure = match began {
                        Ok(()) => conn.execute_batch("COMMIT").err(),
                        Err(e) => Some(e),
                    };
                    if failure.is_some() && !conn.is_autocommit() {
                        let _ = conn.execute_batch("ROLLBACK");
                    }
                    for reply in replies {
                        reply(failure.as_ref());
                    }
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
                checkpointer: Mutex::new(Some(checkpointer)),
                readers: Mutex::new(Vec::new()),
                reader_permits: tokio::sync::Semaphore::new(READERS),
                cipher: cipher.map(Arc::new),
                journal: Mutex::new(None),
            }),
        })
    }

    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// The data key, for closures that seal or open on the database threads.
    pub(crate) fn cipher(&self) -> Option<Arc<crate::crypto::Cipher>> {
        self.inner.cipher.clone()
    }

    /// Runs `f` on the writer connection, inside the writer's batch transaction. `f` must use
    /// `conn.savepoint()` (never `transaction()`) when several statements must stand or fall
    /// together; the result is returned once the batch has committed.
    pub async fn write<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> StoreResult<T> + Send + 'static,
    {
        effects::note_effect();
        self.write_benign(f).await
    }

    /// [`Store::write`] for what an update may safely do twice (claim it, move its dialogue
    /// step, log an event): not counted as an effect (see `effects`).
    pub(crate) async fn write_benign<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> StoreResult<T> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job: WriteJob = Box::new(move |conn| {
            let result = f(conn);
            Box::new(move |failure: Option<&rusqlite::Error>| {
                let outcome = match failure {
                    None => result,
                    Some(e) => Err(StoreError::Commit(e.to_string())),
                };
                let _ = reply.send(outcome);
            })
        });
        self.submit(job)?;
        answer.await.map_err(|_| StoreError::Closed)?
    }

    /// Queues `f` for the writer's next batch and returns at once, for bookkeeping no caller
    /// needs to wait on; a failure is logged. Jobs run in queue order, so a later `write` sees
    /// its effect, and `close` drains the queue.
    pub fn write_detached<F>(&self, what: &'static str, f: F) -> StoreResult<()>
    where
        F: FnOnce(&mut Connection) -> StoreResult<()> + Send + 'static,
    {
        self.submit(Box::new(move |conn| {
            let result = f(conn);
            Box::new(move |failure: Option<&rusqlite::Error>| {
                let error = match (failure, result) {
                    (Some(e), _) => Some(e.to_string()),
                    (None, Err(e)) => Some(e.to_string()),
                    (None, Ok(())) => None,
                };
                if let Some(error) = error {
                    tracing::warn!(what, %error, "a background write failed");
                }
            })
        }))
    }

    fn submit(&self, job: WriteJob) -> StoreResult<()> {
        let guard = self.inner.writer.lock().map_err(|_| StoreError::Closed)?;
        let sender = guard.as_ref().ok_or(StoreError::Closed)?;
        sender.send(job).map_err(|_| StoreError::Closed)
    }

    /// Runs `f` on a read-only connection on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> StoreResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        let permit = self
            .inner
            .reader_permits
            .acquire()
            .await
            .map_err(|_| StoreError::Closed)?;
        let result = tokio::task::spawn_blocking(move || {
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
                pool.push(conn);
            }
            result
        })
        .await;
        drop(permit);
        result.map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `f` on a connection right here, blocking the caller: for command-line tools only.
    pub fn blocking<T>(&self, f: impl FnOnce(&mut Connection) -> StoreResult<T>) -> StoreResult<T> {
        let mut conn = Connection::open(&self.inner.path)?;
        configure(&conn)?;
        f(&mut conn)
    }

    /// Stops the writer after the queued writes and waits for it, so the file is left clean.
    pub fn close(&self) {
        if let Some((stop, handle)) = self
            .inner
            .checkpointer
            .lock()
            .ok()
            .and_then(|mut c| c.take())
        {
            drop(stop);
            let _ = handle.join();
        }
        if let Ok(mut w) = self.inner.writer.lock() {
            w.take();
        }
        // Reads stop too: a closed store answers every call with `Closed`.
        self.inner.reader_permits.close();
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
    use super::{NewUser, Store};

    /// A user with only an id and a first name, as a store test needs one.
    pub fn new_user(id: i64) -> NewUser {
        NewUser {
            id,
            username: None,
            first_name: "A".into(),
            last_name: None,
            language_code: None,
            forget_key: None,
        }
    }

    pub fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path().join("t.db")).expect("open store");
        (dir, store)
    }
}

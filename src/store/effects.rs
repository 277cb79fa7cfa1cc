//! What the update being handled has done so far, so a restart knows how it was cut off:
//! whether Telegram accepted a message from it (the chat heard something), and whether it
//! wrote anything that running it again would repeat (a reservation, a payment, a gift).
//! Tracked per task: `Store::write` notes writes (recorded by a write queued ahead of them);
//! the Telegram adapter notes a message on its way and one accepted, appended at once to a
//! journal beside the database, once per update.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::{now, Store};

pub struct Tracker {
    store: Store,
    update_id: i64,
    effect: AtomicBool,
    sending: AtomicBool,
    answered: AtomicBool,
}

tokio::task_local! {
    static CURRENT: Arc<Tracker>;
}

impl Tracker {
    pub fn new(store: Store, update_id: i64) -> Arc<Tracker> {
        Arc::new(Tracker {
            store,
            update_id,
            effect: AtomicBool::new(false),
            sending: AtomicBool::new(false),
            answered: AtomicBool::new(false),
        })
    }

    /// Runs `work` with this update's effects noted here.
    pub async fn scope<F: Future>(self: &Arc<Self>, work: F) -> F::Output {
        CURRENT.scope(Arc::clone(self), work).await
    }

    fn mark_effect(&self) {
        if self.effect.swap(true, Ordering::Relaxed) {
            return;
        }
        let id = self.update_id;
        let _ = self.store.write_detached("note an update's effect", move |conn| {
            conn.prepare_cached(
                "UPDATE processed_updates SET effect_at = ?2 WHERE update_id = ?1 AND effect_at IS NULL",
            )?
            .execute(rusqlite::params![id, now()])?;
            Ok(())
        });
    }
}

/// The current update wrote something a second run would repeat (called by `Store::write`;
/// the mark is queued ahead of the write itself, so it commits first).
pub(super) fn note_effect() {
    let _ = CURRENT.try_with(|t| {
        // Once the chat has heard from it, a restart neither repeats it nor tells it.
        if !t.answered.load(Ordering::Relaxed) {
            t.mark_effect();
        }
    });
}

/// A message of the current update is about to go out: once it may have arrived, running the
/// update again could answer twice, so a restart tells the chat instead. Written to the
/// journal at once (see [`Store::journal`]), not queued behind other writes.
pub fn note_sending() {
    let _ = CURRENT.try_with(|t| {
        if !t.sending.swap(true, Ordering::Relaxed) {
            t.store.journal('s', t.update_id);
        }
    });
}

/// Telegram accepted a message from the current update: its chat heard something.
pub fn note_answered() {
    let _ = CURRENT.try_with(|t| {
        if !t.answered.swap(true, Ordering::Relaxed) {
            t.store.journal('a', t.update_id);
        }
    });
}

/// The journal's file: `<db>-sent`, beside the database like its WAL.
pub(super) fn journal_path(db: &std::path::Path) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-sent");
    std::path::PathBuf::from(name)
}

/// The journal's lines as (update id, sending?, answered?) marks.
pub(super) fn read_journal(text: &str) -> Vec<(i64, char)> {
    text.lines()
        .filter_map(|line| {
            let (kind, id) = line.split_once(' ')?;
            let kind = kind.chars().next().filter(|k| matches!(k, 's' | 'a'))?;
            Some((id.trim().parse().ok()?, kind))
        })
        .collect()
}

impl Store {
    /// Empties the journal (its marks were applied at start-up).
    pub(super) fn reset_journal(&self) {
        if let Ok(mut file) = self.inner.journal.lock() {
            *file = None;
            let path = journal_path(&self.inner.path);
            if let Err(e) = std::fs::write(&path, b"") {
                tracing::warn!(error = %e, "cannot reset the sent journal");
            }
        }
    }

    /// Keeps only the journal's marks of updates still unfinished (`unfinished` was read
    /// before, when `newest` was the last update claimed: a mark of a later one is kept too).
    pub(super) fn compact_journal(&self, unfinished: &std::collections::HashSet<i64>, newest: i64) {
        use std::io::Write;
        let Ok(mut file) = self.inner.journal.lock() else {
            return;
        };
        let path = journal_path(&self.inner.path);
        let Ok(text) = std::fs::read_to_string(&path) else {
            return;
        };
        let kept: String = read_journal(&text)
            .into_iter()
            .filter(|(id, _)| unfinished.contains(id) || *id > newest)
            .map(|(id, kind)| format!("{kind} {id}\n"))
            .collect();
        *file = None;
        let rewritten = std::fs::File::create(&path).and_then(|mut f| f.write_all(kept.as_bytes()));
        if let Err(e) = rewritten {
            tracing::warn!(error = %e, "cannot compact the sent journal");
        }
    }

    /// Appends one mark to the journal. A plain append survives a `kill -9` the moment the
    /// call returns (it is in the kernel's page cache), which a write queued for the next
    /// group commit does not: the window in which a restart could misjudge an answer that
    /// Telegram took shrinks from the writer's queue to a few microseconds.
    pub(super) fn journal(&self, kind: char, update_id: i64) {
        use std::io::Write;
        let Ok(mut file) = self.inner.journal.lock() else {
            return;
        };
        if file.is_none() {
            match std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(journal_path(&self.inner.path))
            {
                Ok(f) => *file = Some(f),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot open the sent journal");
                    return;
                }
            }
        }
        if let Some(f) = file.as_mut() {
            if let Err(e) = writeln!(f, "{kind} {update_id}") {
                tracing::warn!(error = %e, "cannot write the sent journal");
            }
        }
    }
}

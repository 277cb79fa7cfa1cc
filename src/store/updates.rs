//! Durable intake and at-most-once handling of Telegram updates, across restarts: an update is
//! stored in the inbox before Telegram hears it arrived, claimed (moved out of the inbox) when
//! a handler starts, and marked finished when it ends.

use super::sealing::open_col;
use super::{now, Store, StoreResult};
use crate::crypto::seal;

/// How long handled update ids are remembered. Telegram keeps undelivered updates for 24 h,
/// so a week is a wide margin.
const KEEP_SECONDS: i64 = 7 * 24 * 3600;

/// Claims an update id: `true` the first time, `false` for a redelivery.
pub(crate) fn claim(
    conn: &rusqlite::Connection,
    update_id: i64,
    chat_id: i64,
) -> rusqlite::Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO processed_updates (update_id, processed_at, chat_id) \
             VALUES (?1, ?2, ?3)",
        )?
        .execute(rusqlite::params![update_id, now(), chat_id])?;
    // The inbox row stays until the handler finishes: an update cut off before it did
    // anything is run again from it after a restart (see `take_interrupted`).
    Ok(inserted == 1)
}

/// A claimed update whose handler never finished: the process died while answering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interrupted {
    pub update_id: i64,
    pub chat_id: i64,
}

impl Store {
    /// Stores received updates (id, JSON) before they are confirmed to Telegram. Ids already
    /// handled or already waiting are skipped; returns the ids that were new.
    pub async fn inbox_put(&self, updates: &[(i64, String)]) -> StoreResult<Vec<i64>> {
        let cipher = self.cipher();
        let updates: Vec<(i64, String)> = updates
            .iter()
            .map(|(id, body)| (*id, seal(cipher.as_deref(), "inbox.body", body)))
            .collect();
        self.write(move |conn| {
            let mut insert = conn.prepare_cached(
                "INSERT OR IGNORE INTO inbox (update_id, body) SELECT ?1, ?2 \
                 WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?1)",
            )?;
            let mut new = Vec::new();
            for (id, body) in updates {
                if insert.execute(rusqlite::params![id, body])? == 1 {
                    new.push(id);
                }
            }
            Ok(new)
        })
        .await
    }

    /// Waiting updates with ids above `after`, oldest first.
    pub async fn inbox_after(&self, after: i64, limit: usize) -> StoreResult<Vec<(i64, String)>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let mut q = conn.prepare_cached(
                "SELECT update_id, body FROM inbox WHERE update_id > ?1 \
                 ORDER BY update_id LIMIT ?2",
            )?;
            let rows = q.query_map(rusqlite::params![after, limit as i64], |r| {
                Ok((
                    r.get(0)?,
                    open_col(cipher.as_deref(), "inbox.body", r.get(1)?)?,
                ))
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// The highest update id this database has seen (handled or waiting), 0 for none. Telegram's
    /// ids only grow, so a fake server resuming on this database must count on from here.
    pub async fn last_update_id(&self) -> StoreResult<i64> {
        self.read(|conn| {
            Ok(conn.query_row(
                "SELECT max(coalesce((SELECT max(update_id) FROM processed_updates), 0), \
                            coalesce((SELECT max(update_id) FROM inbox), 0))",
                [],
                |r| r.get(0),
            )?)
        })
        .await
    }

    /// How many received updates wait for a handler.
    pub async fn inbox_len(&self) -> StoreResult<i64> {
        self.read(|conn| Ok(conn.query_row("SELECT count(*) FROM inbox", [], |r| r.get(0))?))
            .await
    }

    /// The handler of `update_id` ended (answered, ignored or failed): it is out of the inbox
    /// and will not count as interrupted. Queued without waiting for the commit: a handler's
    /// latency must not include a second group commit (issue 3's p99 budget). Should the
    /// process die before that commit, the chat only gets the restart notice after an answer.
    pub fn finish_update(&self, update_id: i64) -> StoreResult<()> {
        self.write_detached("finish update", move |conn| {
            conn.prepare_cached("DELETE FROM inbox WHERE update_id = ?1")?
                .execute([update_id])?;
            conn.prepare_cached(
                "UPDATE processed_updates SET finished_at = ?2 \
                 WHERE update_id = ?1 AND finished_at IS NULL",
            )?
            .execute(rusqlite::params![update_id, now()])?;
            Ok(())
        })
    }

    /// At start-up, before any handler runs: what a previous process claimed but never
    /// finished, by how it was cut off (see `effects`). One whose message Telegram accepted is
    /// left alone (its chat heard from it); one that had done nothing yet is released to run
    /// again from its inbox row; the rest — a write, or a message on its way whose fate is
    /// unknown — are returned, so each chat hears its request may have been cut off. Settled in the same write, so each is handled once.
    pub async fn take_interrupted(&self) -> StoreResult<Vec<Interrupted>> {
        let journal = super::effects::journal_path(self.path());
        let marks = std::fs::read_to_string(&journal)
            .map(|text| super::effects::read_journal(&text))
            .unwrap_or_default();
        let settled = self.write_benign(move |conn| {
            let sp = conn.savepoint()?;
            for (id, kind) in marks {
                let column = if kind == 'a' { "answered_at" } else { "sending_at" };
                sp.prepare_cached(&format!(
                    "UPDATE processed_updates SET {column} = ?2 WHERE update_id = ?1 AND {column} IS NULL"
                ))?
                .execute(rusqlite::params![id, now()])?;
            }
            // Nothing done and its body kept: unclaimed, so the dispatcher runs it again.
            sp.execute(
                "DELETE FROM processed_updates WHERE finished_at IS NULL AND answered_at IS NULL \
                 AND sending_at IS NULL AND effect_at IS NULL \
                 AND update_id IN (SELECT update_id FROM inbox)",
                [],
            )?;
            let found = {
                let mut q = sp.prepare(
                    "SELECT update_id, chat_id FROM processed_updates \
                     WHERE finished_at IS NULL AND answered_at IS NULL AND chat_id IS NOT NULL \
                     ORDER BY update_id",
                )?;
                let rows = q.query_map([], |r| {
                    Ok(Interrupted {
                        update_id: r.get(0)?,
                        chat_id: r.get(1)?,
                    })
                })?;
                rows.collect::<rusqlite::Result<Vec<_>>>()?
            };
            sp.execute(
                "DELETE FROM inbox WHERE update_id IN \
                 (SELECT update_id FROM processed_updates WHERE finished_at IS NULL)",
                [],
            )?;
            sp.execute(
                "UPDATE processed_updates SET finished_at = ?1 WHERE finished_at IS NULL",
                [now()],
            )?;
            sp.commit()?;
            Ok(found)
        })
        .await?;
        // Its marks are in the database now; what this process sends starts a new journal.
        self.reset_journal();
        Ok(settled)
    }

    /// Forgets handled update ids older than the redelivery window. Returns rows removed.
    pub async fn prune_processed_updates(&self) -> StoreResult<usize> {
        let (removed, unfinished) = self
            .write_benign(|conn| {
                let removed = conn.execute(
                    "DELETE FROM processed_updates WHERE processed_at < ?1 AND finished_at IS NOT NULL",
                    [now() - KEEP_SECONDS],
                )?;
                let unfinished = conn
                    .prepare("SELECT update_id FROM processed_updates WHERE finished_at IS NULL")?
                    .query_map([], |r| r.get::<_, i64>(0))?
                    .collect::<rusqlite::Result<std::collections::HashSet<i64>>>()?;
                let newest: i64 = conn.query_row(
                    "SELECT coalesce(max(update_id), 0) FROM processed_updates",
                    [],
                    |r| r.get(0),
                )?;
                Ok((removed, (unfinished, newest)))
            })
            .await?;
        // The journal only matters for what is unfinished: the rest of it goes.
        self.compact_journal(&unfinished.0, unfinished.1);
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::{new_user, temp_store};

    #[tokio::test]
    async fn begin_update_claims_once() {
        let (d, store) = temp_store();
        let who = new_user(3);
        store
            .set_dialogue(3, "{\"step\":\"awaiting_dream\"}".into())
            .await
            .unwrap();
        let first = store
            .begin_update(9, 3, who.clone())
            .await
            .unwrap()
            .unwrap();
        assert!(first.created);
        assert_eq!(
            first.dialogue.as_deref(),
            Some("{\"step\":\"awaiting_dream\"}")
        );
        assert!(store
            .begin_update(9, 3, who.clone())
            .await
            .unwrap()
            .is_none());
        store.close();
        let again = crate::store::Store::open(d.path().join("t.db")).unwrap();
        assert!(again.begin_update(9, 3, who).await.unwrap().is_none());
        assert_eq!(
            again.prune_processed_updates().await.unwrap(),
            0,
            "recent ids are kept"
        );
    }
}

#[cfg(test)]
mod intake_tests {
    use crate::store::effects::{note_answered, Tracker};
    use crate::store::test_support::{new_user as who, temp_store};

    #[tokio::test]
    async fn inbox_keeps_updates_until_finished_and_a_restart_sorts_them_by_what_they_did() {
        let (d, store) = temp_store();
        let batch: Vec<(i64, String)> = (5..=8).map(|id| (id, "{}".to_string())).collect();
        assert_eq!(store.inbox_put(&batch).await.unwrap(), [5, 6, 7, 8]);
        assert!(
            store.inbox_put(&batch).await.unwrap().is_empty(),
            "no twice"
        );
        assert_eq!(store.inbox_after(6, 10).await.unwrap()[0].0, 7);
        // 5: claimed, nothing done. 6: claimed, wrote something, sent nothing. 7: claimed and
        // answered. 8: never claimed.
        assert!(store.begin_update(5, 75, who(75)).await.unwrap().is_some());
        assert!(store.begin_update(6, 76, who(76)).await.unwrap().is_some());
        Tracker::new(store.clone(), 6)
            .scope(async { store.set_blocked(76, false).await.unwrap() })
            .await;
        assert!(store.begin_update(7, 77, who(77)).await.unwrap().is_some());
        let answered = Tracker::new(store.clone(), 7);
        answered
            .scope(async {
                note_answered();
                store.set_blocked(77, false).await.unwrap()
            })
            .await;
        assert_eq!(store.inbox_len().await.unwrap(), 4, "kept until finished");
        assert!(
            store.begin_update(5, 75, who(75)).await.unwrap().is_none(),
            "a redelivery is not handled twice"
        );
        store.close();
        let again = crate::store::Store::open(d.path().join("t.db")).unwrap();
        let told = again.take_interrupted().await.unwrap();
        assert_eq!(
            told,
            vec![super::Interrupted {
                update_id: 6,
                chat_id: 76
            }],
            "only the one that wrote and sent nothing"
        );
        assert!(again.take_interrupted().await.unwrap().is_empty(), "once");
        // 5 waits to run again (with 8); 6 and 7 are settled.
        let waiting: Vec<i64> = again
            .inbox_after(0, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(waiting, [5, 8]);
        assert!(again.begin_update(5, 75, who(75)).await.unwrap().is_some());
        again.finish_update(5).unwrap();
        again.finish_update(8).unwrap();
        assert!(again.take_interrupted().await.unwrap().is_empty());
        assert_eq!(again.inbox_len().await.unwrap(), 0);
    }
}

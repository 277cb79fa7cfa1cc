//! Durable intake and at-most-once handling of Telegram updates, across restarts: an update is
//! stored in the inbox before Telegram hears it arrived, claimed (its id recorded in
//! `processed_updates`) when a handler starts, and taken out of the inbox when it finishes.
//! The inbox is also the waiting room: updates wait there in the order stored, first contacts
//! in a queue of their own (see [`InboxRow`]).

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

/// An update as it is stored on arrival: its id, who sent it and where (when it says), and its
/// JSON text as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    pub update_id: i64,
    pub chat_id: Option<i64>,
    /// The sender; `None` queues it with everyone else's (payments, updates without one).
    pub user_id: Option<i64>,
    pub body: String,
}

impl InboxRow {
    /// A row that names nobody: it waits in the common queue.
    pub fn anonymous(update_id: i64, body: impl Into<String>) -> InboxRow {
        InboxRow {
            update_id,
            chat_id: None,
            user_id: None,
            body: body.into(),
        }
    }
}

/// A stored update on its way to a handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// Its place in the order updates were stored.
    pub seq: i64,
    pub update_id: i64,
    pub body: String,
    pub newcomer: bool,
}

/// A claimed update whose handler never finished: the process died while answering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interrupted {
    pub update_id: i64,
    pub chat_id: i64,
}

impl Store {
    /// Stores received updates before they are confirmed to Telegram, each in its queue (see
    /// [`InboxRow`]). Ids already handled or already waiting are skipped; returns the ids that
    /// were new.
    pub async fn inbox_put(&self, updates: &[InboxRow]) -> StoreResult<Vec<i64>> {
        let cipher = self.cipher();
        let updates: Vec<InboxRow> = updates
            .iter()
            .map(|row| InboxRow {
                update_id: row.update_id,
                chat_id: row.chat_id,
                user_id: row.user_id,
                body: seal(cipher.as_deref(), "inbox.body", &row.body),
            })
            .collect();
        self.write(move |conn| {
            // A newcomer: someone with no user row, or whose chat already has a newcomer
            // update waiting (so that chat's updates stay in one queue, in order).
            let mut insert = conn.prepare_cached(
                "INSERT OR IGNORE INTO inbox (update_id, body, chat_id, newcomer) \
                 SELECT ?1, ?2, ?3, ?4 IS NOT NULL AND ( \
                     NOT EXISTS (SELECT 1 FROM users WHERE id = ?4) \
                     OR EXISTS (SELECT 1 FROM inbox WHERE chat_id = ?3 AND newcomer = 1)) \
                 WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?1)",
            )?;
            let mut new = Vec::new();
            for row in updates {
                let params = rusqlite::params![row.update_id, row.body, row.chat_id, row.user_id];
                if insert.execute(params)? == 1 {
                    new.push(row.update_id);
                }
            }
            Ok(new)
        })
        .await
    }

    /// Waiting updates of one queue (newcomers' or everyone else's) stored after `after_seq`,
    /// in the order stored.
    pub async fn inbox_next(
        &self,
        newcomers: bool,
        after_seq: i64,
        limit: usize,
    ) -> StoreResult<Vec<Waiting>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let mut q = conn.prepare_cached(
                "SELECT seq, update_id, body FROM inbox WHERE newcomer = ?1 AND seq > ?2 \
                 ORDER BY seq LIMIT ?3",
            )?;
            let rows = q.query_map(rusqlite::params![newcomers, after_seq, limit as i64], |r| {
                Ok(Waiting {
                    seq: r.get(0)?,
                    update_id: r.get(1)?,
                    body: open_col(cipher.as_deref(), "inbox.body", r.get(2)?)?,
                    newcomer: newcomers,
                })
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
    async fn first_contacts_wait_in_their_own_queue_and_their_chats_follow_them() {
        let (_d, store) = temp_store();
        store.touch_user(who(1)).await.unwrap();
        let row = |id: i64, user: i64| super::InboxRow {
            update_id: id,
            chat_id: Some(user),
            user_id: Some(user),
            body: "{}".into(),
        };
        // 10: a known user; 11: someone new; 12: the known user again; 13: the new one again.
        let rows = [row(10, 1), row(11, 2), row(12, 1), row(13, 2)];
        assert_eq!(store.inbox_put(&rows).await.unwrap().len(), 4);
        let ids = |w: Vec<super::Waiting>| w.into_iter().map(|w| w.update_id).collect::<Vec<_>>();
        assert_eq!(ids(store.inbox_next(false, 0, 10).await.unwrap()), [10, 12]);
        assert_eq!(ids(store.inbox_next(true, 0, 10).await.unwrap()), [11, 13]);
        // Once the first contact created the user, a later update from them still follows
        // the one waiting in the newcomers' queue, so that chat keeps its order.
        store.touch_user(who(2)).await.unwrap();
        store.inbox_put(&[row(14, 2)]).await.unwrap();
        assert_eq!(
            ids(store.inbox_next(true, 0, 10).await.unwrap()),
            [11, 13, 14]
        );
        store.finish_update(11).unwrap();
        store.finish_update(13).unwrap();
        store.finish_update(14).unwrap();
        store.inbox_put(&[row(15, 2)]).await.unwrap();
        assert_eq!(
            ids(store.inbox_next(false, 0, 10).await.unwrap()),
            [10, 12, 15]
        );
        // The order stored, not the ids: a lower id stored later comes later.
        store.inbox_put(&[row(5, 1)]).await.unwrap();
        assert_eq!(
            ids(store.inbox_next(false, 0, 10).await.unwrap()),
            [10, 12, 15, 5]
        );
    }

    #[tokio::test]
    async fn inbox_keeps_updates_until_finished_and_a_restart_sorts_them_by_what_they_did() {
        let (d, store) = temp_store();
        let batch: Vec<super::InboxRow> = (5..=8)
            .map(|id| super::InboxRow::anonymous(id, "{}"))
            .collect();
        assert_eq!(store.inbox_put(&batch).await.unwrap(), [5, 6, 7, 8]);
        assert!(
            store.inbox_put(&batch).await.unwrap().is_empty(),
            "no twice"
        );
        let waiting = store.inbox_next(false, 0, 10).await.unwrap();
        let after_6 = store.inbox_next(false, waiting[1].seq, 10).await.unwrap();
        assert_eq!(after_6[0].update_id, 7);
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
            .inbox_next(false, 0, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|w| w.update_id)
            .collect();
        assert_eq!(waiting, [5, 8]);
        assert!(again.begin_update(5, 75, who(75)).await.unwrap().is_some());
        again.finish_update(5).unwrap();
        again.finish_update(8).unwrap();
        assert!(again.take_interrupted().await.unwrap().is_empty());
        assert_eq!(again.inbox_len().await.unwrap(), 0);
    }
}

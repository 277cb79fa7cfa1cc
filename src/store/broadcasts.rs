//! Broadcasts: the audience is fixed when the admin confirms (one row per recipient), and each
//! recipient's row is marked as it is sent, so a broadcast resumes after a restart and nobody
//! gets it twice.

use rusqlite::{params, OptionalExtension};

use super::{now, Store, StoreResult};
use crate::domain::{Lang, Plan};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroadcastProgress {
    pub id: i64,
    pub created_by: Option<i64>,
    pub text: String,
    pub status: String,
    pub runner: String,
    pub total: i64,
    pub sent: i64,
    pub blocked: i64,
    pub failed: i64,
    /// Sent with `allow_paid_broadcast` (see `domain::broadcast`).
    pub paid: bool,
}

impl BroadcastProgress {
    pub fn done(&self) -> i64 {
        self.sent + self.blocked + self.failed
    }
}

/// Who a broadcast reaches: reachable users, optionally one language and one active plan.
const AUDIENCE: &str = "FROM users WHERE is_inactive = 0 AND is_blocked = 0 \
     AND (?1 IS NULL OR language = ?1) \
     AND (?2 IS NULL OR (CASE WHEN plan <> 'free' AND plan_expires_at > ?3 THEN plan ELSE 'free' END) = ?2)";

/// A broadcast's next page of recipients, in user order: ?1 broadcast, ?2 page size.
pub(crate) const NEXT_RECIPIENTS: &str =
    "SELECT user_id FROM broadcast_targets WHERE broadcast_id = ?1 AND status = 'pending' ORDER BY user_id LIMIT ?2";

impl Store {
    pub async fn audience_size(&self, lang: Option<Lang>, plan: Option<Plan>) -> StoreResult<i64> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(&format!("SELECT count(*) {AUDIENCE}"))?
                .query_row(params![lang, plan, now()], |r| r.get(0))?)
        })
        .await
    }

    /// Creates a broadcast and its recipient list in one transaction.
    pub async fn create_broadcast(
        &self,
        created_by: Option<i64>,
        text: String,
        lang: Option<Lang>,
        plan: Option<Plan>,
        runner: &'static str,
        paid: bool,
    ) -> StoreResult<(i64, i64)> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            sp.execute(
                "INSERT INTO broadcasts (created_by, text, filter_lang, filter_plan, runner, paid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![created_by, text, lang, plan, runner, paid],
            )?;
            let id = sp.last_insert_rowid();
            let total = sp.execute(
                &format!("INSERT INTO broadcast_targets (broadcast_id, user_id) SELECT ?4, id {AUDIENCE}"),
                params![lang, plan, now(), id],
            )? as i64;
            sp.execute("UPDATE broadcasts SET total = ?2 WHERE id = ?1", params![id, total])?;
            sp.commit()?;
            Ok((id, total))
        })
        .await
    }

    pub async fn next_recipients(&self, id: i64, limit: i64) -> StoreResult<Vec<i64>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(NEXT_RECIPIENTS)?;
            let rows = stmt
                .query_map(params![id, limit], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            Ok(rows)
        })
        .await
    }

    /// Records one recipient's outcome; a user who blocked the bot is marked inactive too.
    pub async fn mark_recipient(
        &self,
        id: i64,
        user_id: i64,
        status: &'static str,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            sp.prepare_cached(
                "UPDATE broadcast_targets SET status = ?3, sent_at = ?4 WHERE broadcast_id = ?1 AND user_id = ?2",
            )?
            .execute(params![id, user_id, status, now()])?;
            if status == "blocked" {
                sp.prepare_cached("UPDATE users SET is_inactive = 1 WHERE id = ?1")?.execute([user_id])?;
            }
            sp.commit()?;
            Ok(())
        })
        .await
    }

    pub async fn finish_broadcast(&self, id: i64, status: &'static str) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached(
                "UPDATE broadcasts SET status = ?2, finished_at = ?3 WHERE id = ?1",
            )?
            .execute(params![id, status, now()])?;
            Ok(())
        })
        .await
    }

    pub async fn broadcast_progress(&self, id: i64) -> StoreResult<Option<BroadcastProgress>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT b.id, b.created_by, b.text, b.status, b.runner, b.total, \
                     (SELECT count(*) FROM broadcast_targets t WHERE t.broadcast_id = b.id AND t.status = 'sent'), \
                     (SELECT count(*) FROM broadcast_targets t WHERE t.broadcast_id = b.id AND t.status = 'blocked'), \
                     (SELECT count(*) FROM broadcast_targets t WHERE t.broadcast_id = b.id AND t.status = 'failed'), \
                     b.paid FROM broadcasts b WHERE b.id = ?1",
                )?
                .query_row([id], |r| {
                    Ok(BroadcastProgress {
                        id: r.get(0)?,
                        created_by: r.get(1)?,
                        text: r.get(2)?,
                        status: r.get(3)?,
                        runner: r.get(4)?,
                        total: r.get(5)?,
                        sent: r.get(6)?,
                        blocked: r.get(7)?,
                        failed: r.get(8)?,
                        paid: r.get(9)?,
                    })
                })
                .optional()?)
        })
        .await
    }

    /// Broadcasts still running for a runner ('bot' or 'cli'), oldest first.
    pub async fn running_broadcasts(&self, runner: &'static str) -> StoreResult<Vec<i64>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id FROM broadcasts WHERE status = 'running' AND runner = ?1 ORDER BY id",
            )?;
            let rows = stmt
                .query_map([runner], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            Ok(rows)
        })
        .await
    }
}

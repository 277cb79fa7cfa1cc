//! The Supabase outbox (filled by triggers, see migration V6): what is due, and what the
//! pusher reports back.

use rusqlite::params;

use super::{now, Store, StoreResult};

/// One synced row waiting to be pushed. `payload` is `None` for a deletion.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub id: i64,
    pub table: String,
    pub key: String,
    pub payload: Option<serde_json::Value>,
    pub version: i64,
    pub attempts: i64,
}

/// Wait before retry `attempts` (1-based): 5 s doubling, at most an hour.
pub fn backoff_seconds(attempts: i64) -> i64 {
    (5_i64 << attempts.clamp(1, 20).saturating_sub(1)).min(3600)
}

impl Store {
    /// Turns the outbox triggers on or off (on when Supabase is configured). Turning it on
    /// the first time queues every existing row, so Supabase starts complete.
    pub async fn set_sync(&self, on: bool) -> StoreResult<()> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let was_on: bool =
                sp.query_row("SELECT EXISTS (SELECT 1 FROM sync_enabled)", [], |r| {
                    r.get(0)
                })?;
            sp.execute(
                "INSERT INTO kv (key, value) VALUES ('supabase_sync', ?1) \
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [if on { "on" } else { "off" }],
            )?;
            let ever: bool = sp.query_row(
                "SELECT EXISTS (SELECT 1 FROM kv WHERE key = 'supabase_synced_once')",
                [],
                |r| r.get(0),
            )?;
            if on && !was_on && !ever {
                for (table, view) in [
                    ("falgram_users", "sync_users_payload"),
                    ("falgram_payments", "sync_payments_payload"),
                    ("falgram_subscriptions", "sync_subscriptions_payload"),
                    ("falgram_readings", "sync_readings_payload"),
                ] {
                    sp.execute(
                        &format!(
                            "INSERT INTO sync_outbox (table_name, row_key, payload) \
                             SELECT '{table}', id, payload FROM {view} WHERE true \
                             ON CONFLICT (table_name, row_key) DO NOTHING"
                        ),
                        [],
                    )?;
                }
                sp.execute(
                    "INSERT INTO kv (key, value) VALUES ('supabase_synced_once', '1')",
                    [],
                )?;
            }
            sp.commit()?;
            Ok(())
        })
        .await
    }

    /// Rows due at `at`, oldest first.
    pub async fn outbox_due(&self, at: i64, limit: usize) -> StoreResult<Vec<OutboxRow>> {
        self.read(move |conn| {
            let mut q = conn.prepare_cached(
                "SELECT id, table_name, row_key, payload, version, attempts FROM sync_outbox \
                 WHERE next_attempt_at <= ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = q.query_map(params![at, limit as i64], |r| {
                let payload: String = r.get(3)?;
                Ok(OutboxRow {
                    id: r.get(0)?,
                    table: r.get(1)?,
                    key: r.get(2)?,
                    payload: serde_json::from_str(&payload)
                        .ok()
                        .filter(|v: &serde_json::Value| !v.is_null()),
                    version: r.get(4)?,
                    attempts: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Pushed: removed unless a newer change replaced them meanwhile.
    pub async fn outbox_done(&self, sent: Vec<(i64, i64)>) -> StoreResult<()> {
        self.write(move |conn| {
            let mut del =
                conn.prepare_cached("DELETE FROM sync_outbox WHERE id = ?1 AND version = ?2")?;
            for (id, version) in sent {
                del.execute([id, version])?;
            }
            Ok(())
        })
        .await
    }

    /// Not pushed (rows as (id, attempts so far)): tried again after a growing wait.
    pub async fn outbox_failed(
        &self,
        rows: Vec<(i64, i64)>,
        error: String,
        at: i64,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            let mut q = conn.prepare_cached(
                "UPDATE sync_outbox SET attempts = attempts + 1, last_error = ?2, \
                 next_attempt_at = ?3 WHERE id = ?1",
            )?;
            for (id, attempts) in rows {
                q.execute(params![id, error, at + backoff_seconds(attempts + 1)])?;
            }
            Ok(())
        })
        .await
    }

    /// Rows waiting, and the oldest one's age in seconds.
    pub async fn outbox_stats(&self) -> StoreResult<(i64, i64)> {
        self.read(|conn| {
            Ok(conn.query_row(
                "SELECT count(*), coalesce(?1 - min(created_at), 0) FROM sync_outbox",
                [now()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(super::backoff_seconds(1), 5);
        assert_eq!(super::backoff_seconds(2), 10);
        assert_eq!(super::backoff_seconds(4), 40);
        assert_eq!(super::backoff_seconds(30), 3600);
    }
}

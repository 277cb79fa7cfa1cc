//! Answers kept through a Telegram outage (see `telegram::resend`): what could not be sent is
//! written here, sealed, and sent again with backoff; a kept reading is committed (its
//! allowance spent) only once it is delivered, and given back if it never is.

use rusqlite::{params, OptionalExtension};

use super::quota::Reservation;
use super::sealing::open_col;
use super::{now, Store, StoreResult};
use crate::domain::quota::Source;

/// A reading whose delivery is still to be committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeptReading {
    pub user_id: i64,
    pub reading_id: i64,
    pub reservation: Option<Reservation>,
}

/// An answer waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingSend {
    pub id: i64,
    pub chat_id: i64,
    /// The HTML parts still to send, in order; the keyboard goes on the last.
    pub parts: Vec<String>,
    pub keyboard: Option<String>,
    pub reading: Option<KeptReading>,
    pub attempts: u32,
    pub created_at: i64,
}

const FIELD: &str = "pending_sends.parts";

impl Store {
    /// Keeps an answer to send again from `next_at` (unix seconds).
    pub async fn keep_send(
        &self,
        chat_id: i64,
        parts: Vec<String>,
        keyboard: Option<String>,
        reading: Option<KeptReading>,
        next_at: i64,
    ) -> StoreResult<i64> {
        let cipher = self.cipher();
        self.write_benign(move |conn| {
            let json = serde_json::to_string(&parts).unwrap_or_else(|_| "[]".into());
            let sealed = crate::crypto::seal(cipher.as_deref(), FIELD, &json);
            let reservation = reading.and_then(|r| r.reservation);
            conn.prepare_cached(
                "INSERT INTO pending_sends (chat_id, parts, keyboard, reading_id, user_id, \
                 reservation_id, source, next_at, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                chat_id,
                sealed,
                keyboard,
                reading.map(|r| r.reading_id),
                reading.map(|r| r.user_id),
                reservation.map(|r| r.id),
                reservation.map(|r| r.source.code()),
                next_at,
                now(),
            ])?;
            Ok(conn.last_insert_rowid())
        })
        .await
    }

    /// Kept answers due at `at`, oldest first.
    pub async fn due_sends(&self, at: i64, limit: usize) -> StoreResult<Vec<PendingSend>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let mut q = conn.prepare_cached(
                "SELECT id, chat_id, parts, keyboard, reading_id, user_id, reservation_id, source, \
                 attempts, created_at FROM pending_sends WHERE next_at <= ?1 ORDER BY id LIMIT ?2",
            )?;
            let rows = q.query_map(params![at, limit as i64], |r| {
                let parts: String = open_col(cipher.as_deref(), FIELD, r.get(2)?)?;
                let reading = match (r.get::<_, Option<i64>>(4)?, r.get::<_, Option<i64>>(5)?) {
                    (Some(reading_id), Some(user_id)) => Some(KeptReading {
                        user_id,
                        reading_id,
                        reservation: match (
                            r.get::<_, Option<i64>>(6)?,
                            r.get::<_, Option<String>>(7)?,
                        ) {
                            (Some(id), Some(source)) => {
                                Source::from_code(&source).map(|source| Reservation {
                                    id,
                                    user_id,
                                    source,
                                })
                            }
                            _ => None,
                        },
                    }),
                    _ => None,
                };
                Ok(PendingSend {
                    id: r.get(0)?,
                    chat_id: r.get(1)?,
                    parts: serde_json::from_str(&parts).unwrap_or_default(),
                    keyboard: r.get(3)?,
                    reading,
                    attempts: r.get(8)?,
                    created_at: r.get(9)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }

    /// Some parts went out: keeps the rest and tries again from `next_at`.
    pub async fn retry_send(&self, id: i64, rest: Vec<String>, next_at: i64) -> StoreResult<()> {
        let cipher = self.cipher();
        self.write_benign(move |conn| {
            let json = serde_json::to_string(&rest).unwrap_or_else(|_| "[]".into());
            conn.prepare_cached(
                "UPDATE pending_sends SET parts = ?2, attempts = attempts + 1, next_at = ?3 WHERE id = ?1",
            )?
            .execute(params![id, crate::crypto::seal(cipher.as_deref(), FIELD, &json), next_at])?;
            Ok(())
        })
        .await
    }

    /// Telegram is reachable again: every kept answer is due now.
    pub async fn resend_now(&self) -> StoreResult<()> {
        self.write_benign(|conn| {
            conn.execute(
                "UPDATE pending_sends SET next_at = ?1 WHERE next_at > ?1",
                [now()],
            )?;
            Ok(())
        })
        .await
    }

    /// Delivered (or given up): the row goes.
    pub async fn drop_send(&self, id: i64) -> StoreResult<()> {
        self.write_benign(move |conn| {
            conn.prepare_cached("DELETE FROM pending_sends WHERE id = ?1")?
                .execute([id])?;
            Ok(())
        })
        .await
    }

    /// How many answers are waiting, and the oldest one's age in seconds (for `/metrics`).
    pub async fn pending_sends(&self) -> StoreResult<(i64, i64)> {
        self.read(|conn| {
            let row: Option<(i64, Option<i64>)> = conn
                .query_row(
                    "SELECT count(*), min(created_at) FROM pending_sends",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let (count, oldest) = row.unwrap_or((0, None));
            Ok((count, oldest.map_or(0, |t| (now() - t).max(0))))
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    #[tokio::test]
    async fn kept_answers_come_back_due_in_order_and_partly_sent_ones_keep_the_rest() {
        let (_d, store) = temp_store();
        let reading = KeptReading {
            user_id: 5,
            reading_id: 9,
            reservation: Some(Reservation {
                id: 3,
                user_id: 5,
                source: Source::Free,
            }),
        };
        let a = store
            .keep_send(
                5,
                vec!["one".into(), "two".into()],
                Some("{}".into()),
                Some(reading),
                100,
            )
            .await
            .unwrap();
        store
            .keep_send(6, vec!["menu".into()], None, None, 200)
            .await
            .unwrap();
        let due = store.due_sends(150, 10).await.unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].parts, ["one", "two"]);
        assert_eq!(due[0].reading, Some(reading));
        store.retry_send(a, vec!["two".into()], 300).await.unwrap();
        let due = store.due_sends(250, 10).await.unwrap();
        assert_eq!(due.iter().map(|p| p.chat_id).collect::<Vec<_>>(), [6]);
        let due = store.due_sends(300, 10).await.unwrap();
        assert_eq!(due[0].parts, ["two"]);
        assert_eq!(due[0].attempts, 1);
        store.drop_send(a).await.unwrap();
        assert_eq!(store.pending_sends().await.unwrap().0, 1);
    }
}

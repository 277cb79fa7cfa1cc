//! Reserve → commit/release of readings, decided inside one SQLite write so two concurrent
//! requests on the last reading cannot both pass.

use rusqlite::{params, Connection, OptionalExtension};

use super::{now, Store, StoreResult};
use crate::crypto::seal;
use crate::domain::quota::{Allowance, Source};
use crate::domain::settings::Settings;
use crate::domain::PromptKind;

/// A reservation older than this is considered abandoned (the process died mid-reading).
const RESERVATION_TTL: i64 = 15 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reservation {
    pub id: i64,
    pub user_id: i64,
    pub source: Source,
}

fn allowance(
    conn: &Connection,
    user_id: i64,
    free_limit: u32,
) -> rusqlite::Result<Option<Allowance>> {
    let row = conn
        .prepare_cached(
            "SELECT plan, plan_expires_at, free_readings_used, bonus_readings_earned, bonus_readings_used \
             FROM users WHERE id = ?1",
        )?
        .query_row([user_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, u32>(4)?,
            ))
        })
        .optional()?;
    let Some((plan, expires, free_used, bonus_earned, bonus_used)) = row else {
        return Ok(None);
    };
    let paid = plan != "free" && expires.is_none_or(|e| e > now());
    let reserved = |source: Source| -> rusqlite::Result<u32> {
        conn.prepare_cached(
            "SELECT count(*) FROM quota_reservations WHERE user_id = ?1 AND source = ?2",
        )?
        .query_row(params![user_id, source.code()], |r| r.get(0))
    };
    Ok(Some(Allowance {
        unlimited: paid,
        free_limit,
        free_used,
        free_reserved: reserved(Source::Free)?,
        bonus_earned,
        bonus_used,
        bonus_reserved: reserved(Source::Bonus)?,
    }))
}

impl Store {
    /// The user's allowance right now (open reservations included).
    pub async fn allowance(
        &self,
        user_id: i64,
        settings: &Settings,
    ) -> StoreResult<Option<Allowance>> {
        let limit = settings.free_readings;
        self.read(move |conn| Ok(allowance(conn, user_id, limit)?))
            .await
    }

    /// Holds one reading for `kind`, or `None` when nothing is left.
    pub async fn reserve_reading(
        &self,
        user_id: i64,
        kind: PromptKind,
        settings: &Settings,
    ) -> StoreResult<Option<Reservation>> {
        let limit = settings.free_readings;
        self.write(move |conn| {
            let tx = conn.savepoint()?;
            tx.execute(
                "DELETE FROM quota_reservations WHERE created_at < ?1",
                [now() - RESERVATION_TTL],
            )?;
            let source = allowance(&tx, user_id, limit)?.and_then(|a| a.next_source());
            let Some(source) = source else {
                return Ok(None);
            };
            tx.prepare_cached(
                "INSERT INTO quota_reservations (user_id, source, kind, created_at) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![user_id, source.code(), kind, now()])?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(Some(Reservation { id, user_id, source }))
        })
        .await
    }

    /// Writes a reading before it is sent, not yet delivered (invisible, not counted), so its
    /// id can go on its buttons. Returns the id.
    pub async fn prepare_reading(
        &self,
        user_id: i64,
        source: Source,
        kind: PromptKind,
        input: Option<String>,
        output: String,
        meta: Option<String>,
    ) -> StoreResult<i64> {
        let cipher = self.cipher();
        let input = input.map(|i| seal(cipher.as_deref(), "readings.input", &i));
        let output = seal(cipher.as_deref(), "readings.output", &output);
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO readings (user_id, kind, source, input, output, meta, created_at, delivered) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)",
            )?
            .execute(params![user_id, kind, source.code(), input, output, meta, now()])?;
            Ok(conn.last_insert_rowid())
        })
        .await
    }

    /// Telegram accepted the reading: mark it delivered and spend the allowance it reserved,
    /// in one transaction.
    pub async fn commit_reading(
        &self,
        user_id: i64,
        reading_id: i64,
        reservation: Option<Reservation>,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            let tx = conn.savepoint()?;
            tx.execute(
                "UPDATE readings SET delivered = 1 WHERE id = ?1 AND user_id = ?2",
                [reading_id, user_id],
            )?;
            super::funnel::reach(&tx, user_id, crate::domain::funnel::Step::FirstReading)?;
            if let Some(r) = reservation {
                tx.execute("DELETE FROM quota_reservations WHERE id = ?1", [r.id])?;
                let column = match r.source {
                    Source::Free => Some("free_readings_used"),
                    Source::Bonus => Some("bonus_readings_used"),
                    Source::Unlimited => None,
                };
                if let Some(col) = column {
                    tx.execute(
                        &format!("UPDATE users SET {col} = {col} + 1 WHERE id = ?1"),
                        [user_id],
                    )?;
                }
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// Sending failed: the prepared reading goes, and so does its reservation.
    pub async fn discard_reading(
        &self,
        reading_id: i64,
        reservation: Option<Reservation>,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            let tx = conn.savepoint()?;
            tx.execute(
                "DELETE FROM readings WHERE id = ?1 AND delivered = 0",
                [reading_id],
            )?;
            if let Some(r) = reservation {
                tx.execute("DELETE FROM quota_reservations WHERE id = ?1", [r.id])?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// Prepare and commit in one go (readings delivered by other means, and tests).
    pub async fn save_reading(
        &self,
        user_id: i64,
        reservation: Option<Reservation>,
        kind: PromptKind,
        input: Option<String>,
        output: String,
        meta: Option<String>,
    ) -> StoreResult<i64> {
        let source = reservation.map_or(Source::Unlimited, |r| r.source);
        let id = self
            .prepare_reading(user_id, source, kind, input, output, meta)
            .await?;
        self.commit_reading(user_id, id, reservation).await?;
        Ok(id)
    }

    /// The reading failed: give the allowance back.
    pub async fn release_reading(&self, reservation: Reservation) -> StoreResult<()> {
        self.write(move |conn| {
            conn.execute(
                "DELETE FROM quota_reservations WHERE id = ?1",
                [reservation.id],
            )?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::quota::Source;
    use crate::domain::settings::Settings;
    use crate::domain::PromptKind;
    use crate::store::test_support::{new_user, temp_store};

    async fn user(store: &crate::store::Store, id: i64) {
        store.touch_user(new_user(id)).await.unwrap();
    }

    #[tokio::test]
    async fn spent_only_on_commit_and_returned_on_release() {
        let (_d, store) = temp_store();
        user(&store, 1).await;
        let s = Settings {
            free_readings: 1,
            ..Settings::default()
        };
        let r = store
            .reserve_reading(1, PromptKind::Dream, &s)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.source, Source::Free);
        assert!(
            store
                .reserve_reading(1, PromptKind::Dream, &s)
                .await
                .unwrap()
                .is_none(),
            "held by the reservation"
        );
        store.release_reading(r).await.unwrap();
        let r = store
            .reserve_reading(1, PromptKind::Dream, &s)
            .await
            .unwrap()
            .unwrap();
        store
            .save_reading(1, Some(r), PromptKind::Dream, None, "text".into(), None)
            .await
            .unwrap();
        let a = store.allowance(1, &s).await.unwrap().unwrap();
        assert_eq!((a.free_used, a.free_reserved), (1, 0));
        assert!(store
            .reserve_reading(1, PromptKind::Dream, &s)
            .await
            .unwrap()
            .is_none());
    }

    #[tokio::test]
    async fn concurrent_requests_on_the_last_reading_let_exactly_one_through() {
        let (_d, store) = temp_store();
        user(&store, 7).await;
        let s = Settings {
            free_readings: 1,
            ..Settings::default()
        };
        let tasks: Vec<_> = (0..20)
            .map(|_| {
                let (store, s) = (store.clone(), s.clone());
                tokio::spawn(async move {
                    store
                        .reserve_reading(7, PromptKind::Tarot, &s)
                        .await
                        .unwrap()
                })
            })
            .collect();
        let mut granted = 0;
        for t in tasks {
            granted += usize::from(t.await.unwrap().is_some());
        }
        assert_eq!(granted, 1);
    }
}

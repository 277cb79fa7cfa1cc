//! At-most-once handling of Telegram updates, across restarts.

use super::{now, Store, StoreResult};

/// How long handled update ids are remembered. Telegram keeps undelivered updates for 24 h,
/// so a week is a wide margin.
const KEEP_SECONDS: i64 = 7 * 24 * 3600;

impl Store {
    /// Claims an update id. `true` the first time, `false` for a redelivery.
    pub async fn claim_update(&self, update_id: i64) -> StoreResult<bool> {
        self.write(move |conn| {
            let inserted = conn
                .prepare_cached("INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?1, ?2)")?
                .execute(rusqlite::params![update_id, now()])?;
            Ok(inserted == 1)
        })
        .await
    }

    /// Forgets handled update ids older than the redelivery window. Returns rows removed.
    pub async fn prune_processed_updates(&self) -> StoreResult<usize> {
        self.write(|conn| {
            Ok(conn.execute(
                "DELETE FROM processed_updates WHERE processed_at < ?1",
                [now() - KEEP_SECONDS],
            )?)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::temp_store;

    #[tokio::test]
    async fn an_update_is_claimed_once() {
        let (_d, store) = temp_store();
        assert!(store.claim_update(42).await.unwrap());
        assert!(!store.claim_update(42).await.unwrap());
        assert!(store.claim_update(43).await.unwrap());
        assert_eq!(store.prune_processed_updates().await.unwrap(), 0);
    }
}

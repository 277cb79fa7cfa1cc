//! At-most-once handling of Telegram updates, across restarts.

use super::{now, Store, StoreResult};

/// How long handled update ids are remembered. Telegram keeps undelivered updates for 24 h,
/// so a week is a wide margin.
const KEEP_SECONDS: i64 = 7 * 24 * 3600;

/// Claims an update id: `true` the first time, `false` for a redelivery.
pub(crate) fn claim(conn: &rusqlite::Connection, update_id: i64) -> rusqlite::Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?1, ?2)",
        )?
        .execute(rusqlite::params![update_id, now()])?;
    Ok(inserted == 1)
}

impl Store {
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
    use crate::store::NewUser;

    #[tokio::test]
    async fn begin_update_claims_once() {
        let (d, store) = temp_store();
        let who = NewUser {
            id: 3,
            username: None,
            first_name: "A".into(),
            last_name: None,
            language_code: None,
            forget_key: None,
        };
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

//! Multi-step input state per chat, kept in SQLite so a restart never loses it.
//! The state itself is an opaque JSON string here; the Telegram layer owns its type.

use rusqlite::{params, OptionalExtension};

use super::sealing::open_opt;
use super::{now, Store, StoreResult};
use crate::crypto::{seal, Cipher};

pub(crate) fn get(
    conn: &rusqlite::Connection,
    cipher: Option<&Cipher>,
    chat_id: i64,
) -> rusqlite::Result<Option<String>> {
    let stored = conn
        .prepare_cached("SELECT state FROM dialogue_state WHERE chat_id = ?1")?
        .query_row([chat_id], |r| r.get(0))
        .optional()?;
    open_opt(cipher, "dialogue_state.state", stored)
}

impl Store {
    pub async fn dialogue(&self, chat_id: i64) -> StoreResult<Option<String>> {
        let cipher = self.cipher();
        self.read(move |conn| Ok(get(conn, cipher.as_deref(), chat_id)?))
            .await
    }

    pub async fn set_dialogue(&self, chat_id: i64, state: String) -> StoreResult<()> {
        let state = seal(self.cipher().as_deref(), "dialogue_state.state", &state);
        self.write_benign(move |conn| {
            conn.prepare_cached(
                "INSERT INTO dialogue_state (chat_id, state, updated_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT(chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            )?
            .execute(params![chat_id, state, now()])?;
            Ok(())
        })
        .await
    }

    pub async fn clear_dialogue(&self, chat_id: i64) -> StoreResult<()> {
        self.write_benign(move |conn| {
            conn.prepare_cached("DELETE FROM dialogue_state WHERE chat_id = ?1")?
                .execute([chat_id])?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::temp_store;

    #[tokio::test]
    async fn state_round_trips_and_clears() {
        let (_d, store) = temp_store();
        assert_eq!(store.dialogue(5).await.unwrap(), None);
        store.set_dialogue(5, "{\"a\":1}".into()).await.unwrap();
        store.set_dialogue(5, "{\"a\":2}".into()).await.unwrap();
        assert_eq!(
            store.dialogue(5).await.unwrap().as_deref(),
            Some("{\"a\":2}")
        );
        store.clear_dialogue(5).await.unwrap();
        assert_eq!(store.dialogue(5).await.unwrap(), None);
    }
}

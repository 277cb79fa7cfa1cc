//! Reading history.

use rusqlite::Row;

use super::sealing::{open_col, open_opt};
use super::{Store, StoreResult};
use crate::crypto::Cipher;
use crate::domain::PromptKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub id: i64,
    pub user_id: i64,
    pub kind: PromptKind,
    pub input: Option<String>,
    pub output: String,
    pub created_at: i64,
}

fn from_row(cipher: Option<&Cipher>, r: &Row<'_>) -> rusqlite::Result<Reading> {
    Ok(Reading {
        id: r.get(0)?,
        user_id: r.get(1)?,
        kind: r.get(2)?,
        input: open_opt(cipher, "readings.input", r.get(3)?)?,
        output: open_col(cipher, "readings.output", r.get(4)?)?,
        created_at: r.get(5)?,
    })
}

/// A user's history, newest first: ?1 user, ?2 how many.
pub(crate) const RECENT_READINGS: &str =
    "SELECT id, user_id, kind, input, output, created_at FROM readings \
     WHERE user_id = ?1 AND delivered = 1 AND output <> '' \
     ORDER BY created_at DESC, id DESC LIMIT ?2";

impl Store {
    /// The user's latest readings, newest first.
    pub async fn recent_readings(&self, user_id: i64, limit: u32) -> StoreResult<Vec<Reading>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(RECENT_READINGS)?;
            let rows = stmt.query_map(rusqlite::params![user_id, limit], |r| {
                from_row(cipher.as_deref(), r)
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    /// One reading, only if it belongs to `user_id` (ids in buttons can be forged).
    pub async fn reading(&self, user_id: i64, id: i64) -> StoreResult<Option<Reading>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            use rusqlite::OptionalExtension;
            Ok(conn
                .prepare_cached(
                    "SELECT id, user_id, kind, input, output, created_at FROM readings WHERE id = ?1 AND user_id = ?2 AND delivered = 1 AND output <> ''",
                )?
                .query_row([id, user_id], |r| from_row(cipher.as_deref(), r))
                .optional()?)
        })
        .await
    }

    /// What a reading kept beside its text (drawn cards, provider), only the owner's.
    pub async fn reading_meta(
        &self,
        user_id: i64,
        id: i64,
    ) -> StoreResult<Option<serde_json::Value>> {
        self.read(move |conn| {
            use rusqlite::OptionalExtension;
            let meta: Option<Option<String>> = conn
                .prepare_cached("SELECT meta FROM readings WHERE id = ?1 AND user_id = ?2")?
                .query_row([id, user_id], |r| r.get(0))
                .optional()?;
            Ok(meta.flatten().and_then(|m| serde_json::from_str(&m).ok()))
        })
        .await
    }
}

impl Store {
    /// Today's reading of `kind` for the user, if one was saved since `since` (Unix seconds).
    pub async fn reading_since(
        &self,
        user_id: i64,
        kind: PromptKind,
        since: i64,
    ) -> StoreResult<Option<Reading>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            use rusqlite::OptionalExtension;
            Ok(conn
                .prepare_cached(
                    "SELECT id, user_id, kind, input, output, created_at FROM readings \
                     WHERE user_id = ?1 AND kind = ?2 AND created_at >= ?3 AND delivered = 1 AND output <> '' ORDER BY id DESC LIMIT 1",
                )?
                .query_row(rusqlite::params![user_id, kind, since], |r| {
                    from_row(cipher.as_deref(), r)
                })
                .optional()?)
        })
        .await
    }
}

impl Store {
    /// Whether reading `id` already had its follow-up question answered.
    pub async fn has_follow_up(&self, user_id: i64, id: i64) -> StoreResult<bool> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM readings WHERE user_id = ?1 AND delivered = 1 \
                     AND json_extract(meta, '$.follow_up_of') = ?2)",
                )?
                .query_row([user_id, id], |r| r.get(0))?)
        })
        .await
    }
}

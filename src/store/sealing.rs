//! Which columns are sealed, and the key check. Every sealed column is listed in [`SEALED`]
//! so `rotate-key` re-seals exactly what the readers open.

use rusqlite::{params, Connection, OptionalExtension};

use super::{StoreError, StoreResult};
use crate::crypto::{self, Cipher, CryptoError};

/// (table, primary key column, sealed column). The field name authenticated with a value is
/// `table.column`.
pub const SEALED: [(&str, &str, &str); 10] = [
    ("users", "id", "birth_date"),
    ("user_connections", "id", "name"),
    ("user_connections", "id", "birth_date"),
    ("readings", "id", "input"),
    ("readings", "id", "output"),
    ("chatbot_history", "id", "content"),
    ("dialogue_state", "chat_id", "state"),
    ("inbox", "update_id", "body"),
    ("kv", "key", "value"),
    ("pending_sends", "id", "parts"),
];

const KEY_CHECK: &str = "key_check";
/// The secret behind daily cards and `/forget` fingerprints, once a key rotation pinned it.
pub const SERVER_SECRET: &str = "server_secret";

/// Opens a sealed (or plain) column value in a row mapper.
pub(crate) fn open_col(
    cipher: Option<&Cipher>,
    field: &str,
    stored: String,
) -> rusqlite::Result<String> {
    crypto::open(cipher, field, &stored).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn open_opt(
    cipher: Option<&Cipher>,
    field: &str,
    stored: Option<String>,
) -> rusqlite::Result<Option<String>> {
    stored.map(|s| open_col(cipher, field, s)).transpose()
}

/// The database remembers a value sealed with its key: a different key, or none at all for
/// an encrypted database, is refused with the key ids. The first keyed open writes it.
pub(crate) fn check_key(conn: &Connection, cipher: Option<&Cipher>) -> StoreResult<()> {
    match (stored_check(conn)?, cipher) {
        (Some(s), c) => open_check(c, &s),
        (None, Some(c)) => {
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?1, ?2)",
                params![KEY_CHECK, c.seal("kv.value", "falgram")],
            )?;
            Ok(())
        }
        (None, None) => Ok(()),
    }
}

/// Checks the key against the database without writing anything (for `falgram doctor`).
pub fn verify_key(conn: &Connection, cipher: Option<&Cipher>) -> StoreResult<()> {
    let has_kv: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'kv')",
        [],
        |r| r.get(0),
    )?;
    if !has_kv {
        return Ok(());
    }
    match stored_check(conn)? {
        Some(s) => open_check(cipher, &s),
        None => Ok(()),
    }
}

fn stored_check(conn: &Connection) -> StoreResult<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM kv WHERE key = ?1", [KEY_CHECK], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Opening the check value is the test: it fails with the key ids when the key is wrong.
fn open_check(cipher: Option<&Cipher>, stored: &str) -> StoreResult<()> {
    crypto::open(cipher, "kv.value", stored)
        .map(|_| ())
        .map_err(StoreError::from)
}

/// What `rotate-key` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// Values re-sealed under the new key (including formerly plain ones).
    pub sealed: usize,
    pub was_plain: usize,
}

/// Re-seals every sealed column from `old` (or plain) to `new`, in one transaction: either
/// the whole database moves to the new key or nothing changes. `server_secret` (what the old
/// configuration derived daily cards and fingerprints from) is kept in `kv`, so they survive.
pub fn rotate(
    conn: &mut Connection,
    old: Option<&Cipher>,
    new: &Cipher,
    server_secret: &str,
) -> StoreResult<Rotation> {
    let tx = conn.transaction()?;
    check_key(&tx, old)?;
    tx.execute(
        "INSERT OR IGNORE INTO kv (key, value) VALUES (?1, ?2)",
        params![SERVER_SECRET, crypto::seal(old, "kv.value", server_secret)],
    )?;
    let mut done = Rotation::default();
    for (table, pk, col) in SEALED {
        let field = format!("{table}.{col}");
        let rows: Vec<(rusqlite::types::Value, String)> = {
            let mut q = tx.prepare(&format!(
                "SELECT {pk}, {col} FROM {table} WHERE {col} IS NOT NULL"
            ))?;
            let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut update = tx.prepare(&format!("UPDATE {table} SET {col} = ?2 WHERE {pk} = ?1"))?;
        for (key, stored) in rows {
            if !crypto::is_sealed(&stored) {
                done.was_plain += 1;
            }
            let plain = crypto::open(old, &field, &stored)?;
            update.execute(params![key, new.seal(&field, &plain)])?;
            done.sealed += 1;
        }
    }
    tx.commit()?;
    Ok(done)
}

impl super::Store {
    /// A value from `kv`, opened.
    pub async fn kv_get(&self, key: &'static str) -> StoreResult<Option<String>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let stored: Option<String> = conn
                .query_row("SELECT value FROM kv WHERE key = ?1", [key], |r| r.get(0))
                .optional()?;
            Ok(open_opt(cipher.as_deref(), "kv.value", stored)?)
        })
        .await
    }

    /// Keeps the first value stored under `key` (sealed) and returns whichever is stored.
    pub async fn kv_get_or_put(&self, key: &'static str, value: String) -> StoreResult<String> {
        let cipher = self.cipher();
        self.write(move |conn| {
            conn.execute(
                "INSERT OR IGNORE INTO kv (key, value) VALUES (?1, ?2)",
                params![key, crypto::seal(cipher.as_deref(), "kv.value", &value)],
            )?;
            let stored: String =
                conn.query_row("SELECT value FROM kv WHERE key = ?1", [key], |r| r.get(0))?;
            Ok(open_col(cipher.as_deref(), "kv.value", stored)?)
        })
        .await
    }

    /// Values still stored in clear (written before a key was set).
    pub async fn plain_values(&self) -> StoreResult<usize> {
        self.read(plain_values).await
    }
}

/// Counts values still stored in clear (written before a key was set).
pub fn plain_values(conn: &Connection) -> StoreResult<usize> {
    let mut n = 0;
    for (table, _, col) in SEALED {
        n += conn.query_row(
            &format!(
                "SELECT count(*) FROM {table} WHERE {col} IS NOT NULL AND {col} NOT LIKE 'enc:v1:%'"
            ),
            [],
            |r| r.get::<_, i64>(0),
        )? as usize;
    }
    Ok(n)
}

impl From<CryptoError> for rusqlite::Error {
    fn from(e: CryptoError) -> Self {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    }
}

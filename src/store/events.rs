//! The events table: the audit and log trail the admin panel shows.

use rusqlite::params;

use super::{now, Store, StoreResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

impl Level {
    pub fn code(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }

    pub fn from_code(s: &str) -> Option<Level> {
        [Level::Info, Level::Warn, Level::Error]
            .into_iter()
            .find(|l| l.code() == s)
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub level: Level,
    pub kind: &'static str,
    pub user_id: Option<i64>,
    pub message: String,
}

impl Store {
    pub async fn log_event(&self, event: Event) -> StoreResult<()> {
        self.write_benign(move |conn| {
            conn.prepare_cached(
                "INSERT INTO events (level, kind, user_id, message, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![event.level.code(), event.kind, event.user_id, event.message, now()])?;
            Ok(())
        })
        .await
    }

    /// Count of events of one kind, for tests and the dashboard.
    pub async fn event_count(&self, kind: &'static str) -> StoreResult<i64> {
        self.read(move |conn| {
            Ok(
                conn.query_row("SELECT count(*) FROM events WHERE kind = ?1", [kind], |r| {
                    r.get(0)
                })?,
            )
        })
        .await
    }
}

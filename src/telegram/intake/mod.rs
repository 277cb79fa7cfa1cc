//! Where updates come in. Long polling and the webhook both write each update to the inbox
//! (SQLite) *before* Telegram learns it arrived — the next `getUpdates` offset, or the
//! webhook's `200` — so a crash at any moment loses none. The dispatcher reads them in the
//! order stored; a handler's claim takes the update out (see `store::updates`).

mod listener;
mod polling;

use std::collections::HashSet;
use std::sync::Mutex;

use teloxide::types::AllowedUpdate;
use tokio::sync::mpsc;

use crate::app::App;
use crate::store::StoreResult;

pub use listener::inbox_listener;
pub use polling::poll;

/// The update kinds the handler tree uses; asked for in `getUpdates` and `setWebhook`.
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::PreCheckoutQuery,
];

/// One update's inbox row, (id, its JSON text as received); `None` when it is not a JSON
/// object with a numeric `update_id`. Only the id is parsed here: the text is stored as it
/// came, and parsed once, by the dispatcher.
pub fn row_of(raw: &str) -> Option<(i64, String)> {
    #[derive(serde::Deserialize)]
    struct Id {
        update_id: i64,
    }
    // serde would also read `[42]` as this struct; an update is an object.
    if !raw.trim_start().starts_with('{') {
        return None;
    }
    let id: Id = serde_json::from_str(raw).ok()?;
    Some((id.update_id, raw.to_string()))
}

/// Stored updates on their way to the dispatcher. The inbox table is what survives a crash;
/// this in-memory queue spares the dispatcher reading every update back, and it keeps the
/// order updates were stored in even when webhook calls commit out of id order.
pub struct Intake {
    // Raw JSON: parsing happens on the dispatcher's side, so polling is not slowed by it.
    tx: mpsc::Sender<(i64, String)>,
    rx: Mutex<Option<mpsc::Receiver<(i64, String)>>>,
}

/// Stored updates queued for handlers at most; beyond, intake waits (long polling stops
/// asking, so Telegram holds the rest rather than this process).
const QUEUE_HIGH: usize = 5_000;

impl Default for Intake {
    fn default() -> Intake {
        let (tx, rx) = mpsc::channel(QUEUE_HIGH);
        Intake {
            tx,
            rx: Mutex::new(Some(rx)),
        }
    }
}

impl Intake {
    /// Stores updates in the inbox, then hands the new ones to the dispatcher. `Err`: nothing
    /// was stored, so the caller must not confirm them to Telegram.
    pub async fn admit(&self, app: &App, rows: Vec<(i64, String)>) -> StoreResult<()> {
        let new: HashSet<i64> = app.store.inbox_put(&rows).await?.into_iter().collect();
        count_duplicates(app, rows.len() - new.len());
        for row in rows.into_iter().filter(|(id, _)| new.contains(id)) {
            // Fails only once the dispatcher is gone (shutdown): the inbox keeps the update.
            let _ = self.tx.send(row).await;
        }
        Ok(())
    }

    /// The receiving end, for the one listener of this process.
    fn take_receiver(&self) -> Option<mpsc::Receiver<(i64, String)>> {
        self.rx.lock().ok().and_then(|mut rx| rx.take())
    }
}

/// Redeliveries of handled updates stop at the inbox; `/metrics` still counts them.
pub fn count_duplicates(app: &App, n: usize) {
    if n > 0 {
        app.metrics
            .updates_duplicate
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        tracing::debug!(count = n, "redelivered updates ignored");
    }
}

#[cfg(test)]
mod tests {
    use super::row_of;

    #[test]
    fn a_row_keeps_the_text_as_received_and_needs_a_numeric_id() {
        let raw = r#"{"update_id": 42, "message": {"text": "ü \" \\n"}}"#;
        assert_eq!(row_of(raw), Some((42, raw.to_string())));
        assert_eq!(row_of(r#"{"message": {}}"#), None);
        assert_eq!(row_of(r#"{"update_id": "42"}"#), None);
        assert_eq!(row_of("not json"), None);
        assert_eq!(row_of("[1]"), None);
    }
}

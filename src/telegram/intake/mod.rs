//! Where updates come in. Long polling and the webhook both write each update to the inbox
//! (SQLite) *before* Telegram learns it arrived — the next `getUpdates` offset, or the
//! webhook's `200` — so a crash at any moment loses none. The dispatcher reads them in the
//! order stored; a handler's claim takes the update out (see `store::updates`).

mod gate;
mod listener;
mod polling;

use std::collections::HashSet;
use std::sync::Mutex;

use teloxide::types::AllowedUpdate;
use tokio::sync::mpsc;

use crate::app::App;
use crate::store::StoreResult;

pub use gate::Notices;
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
    let body = bounded(raw).unwrap_or_else(|| raw.to_string());
    Some((id.update_id, body))
}

/// Longest text kept (Telegram's own limit for a message) and longest `/start` payload (its
/// limit for deep links); a hostile or broken sender's excess is cut before it is stored.
const MAX_TEXT: usize = 4096;
const MAX_START_PAYLOAD: usize = 64;

/// The update with its text (or caption) cut to Telegram's limits, when it exceeds them;
/// `None` when it is within them (the common case is decided without parsing).
fn bounded(raw: &str) -> Option<String> {
    let suspicious = raw.len() > MAX_TEXT || raw.contains("\"/start ");
    if !suspicious {
        return None;
    }
    let mut update: serde_json::Value = serde_json::from_str(raw).ok()?;
    let message = update.get_mut("message")?;
    let mut changed = false;
    for field in ["text", "caption"] {
        let Some(text) = message.get_mut(field) else {
            continue;
        };
        let Some(s) = text.as_str() else { continue };
        let limit = match s.strip_prefix("/start ") {
            Some(_) => "/start ".len() + MAX_START_PAYLOAD,
            None => MAX_TEXT,
        };
        if let Some((cut, _)) = s.char_indices().nth(limit) {
            *text = s[..cut].into();
            changed = true;
        }
    }
    changed.then(|| update.to_string())
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

    #[test]
    fn oversized_texts_and_start_payloads_are_not_kept_whole() {
        let huge = format!(
            r#"{{"update_id": 1, "message": {{"text": "{}"}}}}"#,
            "ж".repeat(100_000)
        );
        let (_, body) = row_of(&huge).unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["message"]["text"].as_str().unwrap().chars().count(), 4096);
        let start = format!(
            r#"{{"update_id": 2, "message": {{"text": "/start {}"}}}}"#,
            "r".repeat(3000)
        );
        let (_, body) = row_of(&start).unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            v["message"]["text"].as_str().unwrap(),
            format!("/start {}", "r".repeat(64))
        );
        let normal = r#"{"update_id": 3, "message": {"text": "/start ref_42"}}"#;
        assert_eq!(row_of(normal).unwrap().1, normal, "kept byte for byte");
    }
}

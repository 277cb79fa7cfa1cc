//! Where updates come in. Long polling and the webhook both write each update to the inbox
//! (SQLite) *before* Telegram learns it arrived — the next `getUpdates` offset, or the
//! webhook's `200` — so a crash at any moment loses none. The dispatcher reads them back in
//! the order stored, as it has room for them; a handler's claim records the update id and its
//! end takes the update out (see `store::updates`).

mod gate;
mod listener;
mod polling;

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use teloxide::types::AllowedUpdate;
use tokio::sync::Notify;

use crate::app::App;
use crate::store::{InboxRow, StoreResult};

pub use gate::Notices;
pub use listener::inbox_listener;
pub use polling::poll;

/// The update kinds the handler tree uses; asked for in `getUpdates` and `setWebhook`.
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::PreCheckoutQuery,
];

/// One update's inbox row; `None` when it is not a JSON object with a numeric `update_id`.
/// Only the ids are read here (the update's, its chat's and its sender's, for the queue it
/// waits in): the text is stored as it came, and parsed once, by the dispatcher.
pub fn row_of(raw: &str) -> Option<InboxRow> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: i64,
    }
    #[derive(serde::Deserialize)]
    struct Sent {
        chat: Option<Id>,
        from: Option<Id>,
    }
    #[derive(serde::Deserialize)]
    struct Tap {
        from: Option<Id>,
        message: Option<Sent>,
    }
    #[derive(serde::Deserialize)]
    struct Head {
        update_id: i64,
        message: Option<Sent>,
        callback_query: Option<Tap>,
    }
    // serde would also read `[42]` as this struct; an update is an object.
    if !raw.trim_start().starts_with('{') {
        return None;
    }
    let head: Head = serde_json::from_str(raw).ok()?;
    let (chat_id, user_id) = match (&head.message, &head.callback_query) {
        (Some(m), _) => (m.chat.as_ref(), m.from.as_ref()),
        (None, Some(tap)) => (
            tap.message.as_ref().and_then(|m| m.chat.as_ref()),
            tap.from.as_ref(),
        ),
        // Payments and the rest wait with everyone else's updates.
        (None, None) => (None, None),
    };
    let is_payment = raw.contains("\"successful_payment\"");
    Some(InboxRow {
        update_id: head.update_id,
        chat_id: chat_id.map(|c| c.id),
        user_id: user_id.filter(|_| !is_payment).map(|u| u.id),
        body: bounded(raw).unwrap_or_else(|| raw.to_string()),
    })
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

/// The waiting room's doors. Updates wait in the inbox (SQLite), not in memory: the
/// dispatcher is handed at most [`IN_FLIGHT`] unfinished updates at a time, newcomers at most
/// [`NEWCOMERS_IN_FLIGHT`] of them, so a burst of first contacts costs disk, not RAM, and
/// leaves room for the people already using the bot (see the listener).
#[derive(Default)]
pub struct Intake {
    /// Rung when updates are stored and when one finishes.
    wake: Notify,
    flight: Mutex<Flight>,
}

/// Updates handed to the dispatcher and not finished yet, by update id: newcomer or not, and
/// since when.
#[derive(Default)]
struct Flight {
    updates: HashMap<i64, (bool, Instant)>,
    newcomers: usize,
}

/// Unfinished updates in the dispatcher's hands at most.
pub const IN_FLIGHT: usize = 256;
/// Of which newcomers' at most: the rest stay free for everyone else.
pub const NEWCOMERS_IN_FLIGHT: usize = 192;
/// An update unfinished this long is forgotten by the count (its slot is given back): a
/// handler lost without finishing must not shrink the room for good.
const STALE: Duration = Duration::from_secs(15 * 60);

impl Intake {
    /// Stores updates in the inbox and wakes the dispatcher's side. `Err`: nothing was
    /// stored, so the caller must not confirm them to Telegram.
    pub async fn admit(&self, app: &App, rows: Vec<InboxRow>) -> StoreResult<()> {
        let new = app.store.inbox_put(&rows).await?;
        count_duplicates(app, rows.len() - new.len());
        if !new.is_empty() {
            self.wake.notify_one();
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Flight> {
        self.flight.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Room for one more update in the dispatcher's hands: (any, a newcomer's).
    fn room(&self) -> (bool, bool) {
        let f = self.lock();
        let any = f.updates.len() < IN_FLIGHT;
        (any, any && f.newcomers < NEWCOMERS_IN_FLIGHT)
    }

    fn handed(&self, update_id: i64, newcomer: bool) {
        let mut f = self.lock();
        f.updates.insert(update_id, (newcomer, Instant::now()));
        f.newcomers += usize::from(newcomer);
    }

    /// Whether `update_id` came from the newcomers' queue (its answers go in their lane).
    pub fn is_newcomer(&self, update_id: i64) -> bool {
        self.lock().updates.get(&update_id).is_some_and(|(n, _)| *n)
    }

    /// The update's handler ended: its room goes to the next one.
    pub fn finished(&self, update_id: i64) {
        let mut f = self.lock();
        if let Some((newcomer, _)) = f.updates.remove(&update_id) {
            f.newcomers -= usize::from(newcomer);
        }
        drop(f);
        self.wake.notify_one();
    }

    /// Gives back the room of updates unfinished for longer than anything can take.
    fn sweep(&self) {
        let mut f = self.lock();
        let before = f.updates.len();
        f.updates.retain(|_, (_, since)| since.elapsed() < STALE);
        f.newcomers = f.updates.values().filter(|(n, _)| *n).count();
        if f.updates.len() < before {
            tracing::warn!(
                count = before - f.updates.len(),
                "updates never finished: their room is given back"
            );
        }
    }

    /// Unfinished updates in the dispatcher's hands (for `/metrics` and tests).
    pub fn in_flight(&self) -> usize {
        self.lock().updates.len()
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
    use crate::store::InboxRow;

    #[test]
    fn the_dispatcher_gets_a_bounded_room_and_newcomers_part_of_it() {
        use super::{Intake, IN_FLIGHT, NEWCOMERS_IN_FLIGHT};
        let intake = Intake::default();
        for id in 0..NEWCOMERS_IN_FLIGHT as i64 {
            intake.handed(id, true);
        }
        assert_eq!(
            intake.room(),
            (true, false),
            "newcomers full, room for the rest"
        );
        assert!(intake.is_newcomer(0));
        for id in NEWCOMERS_IN_FLIGHT as i64..IN_FLIGHT as i64 {
            intake.handed(id, false);
        }
        assert_eq!(intake.room(), (false, false), "full");
        assert!(!intake.is_newcomer(IN_FLIGHT as i64 - 1));
        intake.finished(0);
        assert_eq!(intake.room(), (true, true), "a newcomer's room came back");
        intake.finished(0);
        assert_eq!(
            intake.in_flight(),
            IN_FLIGHT - 1,
            "finishing twice gives back once"
        );
        intake.sweep();
        assert_eq!(intake.in_flight(), IN_FLIGHT - 1, "nothing is stale yet");
    }

    #[test]
    fn a_row_names_its_chat_and_sender_except_for_payments() {
        let text = r#"{"update_id": 1, "message": {"message_id": 3, "chat": {"id": 7}, "from": {"id": 8}, "text": "hi"}}"#;
        let row = row_of(text).unwrap();
        assert_eq!((row.chat_id, row.user_id), (Some(7), Some(8)));
        let tap = r#"{"update_id": 2, "callback_query": {"id": "q", "from": {"id": 8}, "message": {"chat": {"id": 7}}, "data": "1:m"}}"#;
        let row = row_of(tap).unwrap();
        assert_eq!((row.chat_id, row.user_id), (Some(7), Some(8)));
        let paid = r#"{"update_id": 3, "message": {"chat": {"id": 7}, "from": {"id": 8}, "successful_payment": {}}}"#;
        assert_eq!(
            row_of(paid).unwrap().user_id,
            None,
            "a payment never waits as a newcomer"
        );
        let checkout = r#"{"update_id": 4, "pre_checkout_query": {"id": "p", "from": {"id": 8}}}"#;
        assert_eq!(row_of(checkout).unwrap().user_id, None);
    }

    #[test]
    fn a_row_keeps_the_text_as_received_and_needs_a_numeric_id() {
        let raw = r#"{"update_id": 42, "message": {"text": "ü \" \\n"}}"#;
        assert_eq!(row_of(raw), Some(InboxRow::anonymous(42, raw)));
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
        let body = row_of(&huge).unwrap().body;
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["message"]["text"].as_str().unwrap().chars().count(), 4096);
        let start = format!(
            r#"{{"update_id": 2, "message": {{"text": "/start {}"}}}}"#,
            "r".repeat(3000)
        );
        let body = row_of(&start).unwrap().body;
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            v["message"]["text"].as_str().unwrap(),
            format!("/start {}", "r".repeat(64))
        );
        let normal = r#"{"update_id": 3, "message": {"text": "/start ref_42"}}"#;
        assert_eq!(row_of(normal).unwrap().body, normal, "kept byte for byte");
    }
}

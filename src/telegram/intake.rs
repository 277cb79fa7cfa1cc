//! Where updates come in. Long polling and the webhook both write each update to the inbox
//! (SQLite) *before* Telegram learns it arrived — the next `getUpdates` offset, or the
//! webhook's `200` — so a crash at any moment loses none. The dispatcher reads the inbox in
//! id order; a handler's claim takes the update out (see `store::updates`).

use std::collections::{HashSet, VecDeque};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{Stream, StreamExt};
use serde_json::Value;
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use tokio::sync::mpsc;

use crate::app::App;
use crate::store::StoreResult;

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

/// Stores updates in the inbox, then hands the new ones to the dispatcher. `Err`: nothing was
/// stored, so the caller must not confirm them to Telegram.
pub async fn admit(app: &App, rows: Vec<(i64, String)>) -> StoreResult<()> {
    let new: HashSet<i64> = app.store.inbox_put(&rows).await?.into_iter().collect();
    count_duplicates(app, rows.len() - new.len());
    for row in rows.into_iter().filter(|(id, _)| new.contains(id)) {
        // Fails only once the dispatcher is gone (shutdown): the inbox keeps the update.
        let _ = app.intake.tx.send(row).await;
    }
    Ok(())
}

/// Not an update teloxide can read at all: dropped, once.
fn unreadable(app: &App, id: i64, e: &serde_json::Error) {
    tracing::error!(update_id = id, error = %e, "unreadable update dropped");
    let _ = app.store.finish_update(id);
}

/// The dispatcher's update source: first what a previous process stored and never handled,
/// then what [`admit`] hands over. Can be built once per `App`.
pub fn inbox_listener(app: Arc<App>) -> impl UpdateListener<Err = Infallible> {
    let (token, flag) = mk_stop_token();
    StatefulListener::new((app, token, flag), as_stream, stop_token_of)
}

type ListenerState = (Arc<App>, StopToken, StopFlag);

fn stop_token_of(state: &mut ListenerState) -> StopToken {
    state.1.clone()
}

fn as_stream(state: &mut ListenerState) -> impl Stream<Item = Result<Update, Infallible>> + Send {
    let app = Arc::clone(&state.0);
    let flag = state.2.clone();
    let feed = Feed {
        rx: app.intake.rx.lock().ok().and_then(|mut rx| rx.take()),
        app,
        found: VecDeque::new(),
        skip: HashSet::new(),
        started: false,
    };
    futures::stream::unfold(feed, |mut f| async move {
        if !f.started {
            let (found, skip) = leftovers(&f.app).await;
            (f.found, f.skip, f.started) = (found.into(), skip, true);
        }
        if let Some(u) = f.found.pop_front() {
            return Some((Ok(u), f));
        }
        loop {
            let (id, body) = f.rx.as_mut()?.recv().await?;
            // Stored and handed over before the leftovers were read: already yielded.
            if f.skip.remove(&id) {
                continue;
            }
            match serde_json::from_str::<Update>(&body) {
                Ok(u) => return Some((Ok(u), f)),
                Err(e) => unreadable(&f.app, id, &e),
            }
        }
    })
    .take_until(flag)
}

struct Feed {
    app: Arc<App>,
    rx: Option<mpsc::Receiver<(i64, String)>>,
    found: VecDeque<Update>,
    skip: HashSet<i64>,
    started: bool,
}

/// Every update the inbox holds now, oldest first, and their ids.
async fn leftovers(app: &App) -> (Vec<Update>, HashSet<i64>) {
    let mut found = Vec::new();
    let mut ids = HashSet::new();
    let mut last = 0;
    loop {
        match app.store.inbox_after(last, 500).await {
            Ok(rows) if rows.is_empty() => break,
            Ok(rows) => {
                for (id, body) in rows {
                    last = last.max(id);
                    ids.insert(id);
                    match serde_json::from_str::<Update>(&body) {
                        Ok(u) => found.push(u),
                        Err(e) => unreadable(app, id, &e),
                    }
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "reading the inbox failed; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
    if !found.is_empty() {
        tracing::info!(
            count = found.len(),
            "updates stored before the restart are handled first"
        );
    }
    (found, ids)
}

/// Long polling into the inbox. The offset (Telegram's confirmation) only moves past updates
/// the inbox already holds. Runs until aborted.
pub async fn poll(app: Arc<App>, bot: super::FalBot, timeout: Duration) {
    let Some(token) = app.cfg.telegram_token.clone() else {
        return;
    };
    // A webhook left from webhook mode would make every getUpdates fail with 409.
    use teloxide::prelude::Requester;
    if let Ok(info) = bot.get_webhook_info().await {
        if info.url.is_some() {
            match bot.delete_webhook().await {
                Ok(_) => tracing::info!("webhook removed: long polling"),
                Err(e) => tracing::warn!(error = %e, "could not remove the webhook"),
            }
        }
    }
    let url = format!(
        "{}/bot{}/getUpdates",
        app.cfg.telegram_api_url,
        token.expose()
    );
    let client = match reqwest::Client::builder()
        .timeout(timeout + Duration::from_secs(15))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "cannot build the polling client");
            return;
        }
    };
    let allowed: Vec<Value> = ALLOWED_UPDATES
        .iter()
        .filter_map(|a| serde_json::to_value(a).ok())
        .collect();
    let mut offset: i64 = 0;
    let mut backoff = Duration::from_millis(500);
    loop {
        let body = serde_json::json!({
            "offset": offset,
            "timeout": timeout.as_secs(),
            "allowed_updates": allowed,
        });
        match fetch(&client, &url, &body).await {
            Ok(rows) => {
                backoff = Duration::from_millis(500);
                let Some(max) = rows.iter().map(|(id, _)| *id).max() else {
                    continue;
                };
                match admit(&app, rows).await {
                    Ok(()) => offset = max + 1,
                    Err(e) => {
                        // Not stored, so not confirmed: Telegram sends them again.
                        tracing::error!(error = %e, "storing updates failed; they will come again");
                        tokio::time::sleep(backoff).await;
                    }
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, retry_in_ms = backoff.as_millis() as u64, "getUpdates failed");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(30));
            }
        }
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

/// One `getUpdates` call, as inbox rows. Errors never carry the URL (it holds the token).
async fn fetch(
    client: &reqwest::Client,
    url: &str,
    body: &Value,
) -> anyhow::Result<Vec<(i64, String)>> {
    #[derive(serde::Deserialize)]
    struct Answer<'a> {
        ok: bool,
        #[serde(borrow)]
        result: Option<Vec<&'a serde_json::value::RawValue>>,
        description: Option<String>,
    }
    let resp = client
        .post(url)
        .json(body)
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.without_url()))?;
    let status = resp.status();
    let bytes = resp
        .bytes()
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.without_url()))?;
    let answer: Answer =
        serde_json::from_slice(&bytes).map_err(|e| anyhow::anyhow!("HTTP {status}: {e}"))?;
    match answer.result {
        // Items without an id are dropped (Telegram always sends one).
        Some(items) if answer.ok => Ok(items.iter().filter_map(|u| row_of(u.get())).collect()),
        _ => Err(anyhow::anyhow!(
            "HTTP {status}: {}",
            answer.description.as_deref().unwrap_or("no description")
        )),
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

//! Where updates come in. Long polling and the webhook both write each update to the inbox
//! (SQLite) *before* Telegram learns it arrived — the next `getUpdates` offset, or the
//! webhook's `200` — so a crash at any moment loses none. The dispatcher reads the inbox in
//! id order; a handler's claim takes the update out (see `store::updates`).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use futures::{Stream, StreamExt};
use serde_json::Value;
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{StatefulListener, UpdateListener};

use crate::app::App;

/// The update kinds the handler tree uses; asked for in `getUpdates` and `setWebhook`.
pub const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::PreCheckoutQuery,
];

/// Splits a Bot API update list into (id, JSON) rows for the inbox; items without an id are
/// dropped (Telegram always sends one).
pub fn rows_of(updates: Vec<Value>) -> Vec<(i64, String)> {
    updates
        .into_iter()
        .filter_map(|u| Some((u.get("update_id")?.as_i64()?, u.to_string())))
        .collect()
}

/// The dispatcher's update source: the inbox, oldest first, woken by `App::intake`.
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
    futures::stream::unfold(
        (app, 0_i64, VecDeque::new()),
        |(app, mut last, mut ready)| async move {
            loop {
                if let Some(update) = ready.pop_front() {
                    return Some((Ok(update), (app, last, ready)));
                }
                let wake = app.intake.notified();
                match app.store.inbox_after(last, 100).await {
                    Ok(rows) if !rows.is_empty() => {
                        for (id, body) in rows {
                            last = last.max(id);
                            match serde_json::from_str::<Update>(&body) {
                                Ok(u) => ready.push_back(u),
                                Err(e) => {
                                    // Not an update teloxide can read at all: drop it, once.
                                    tracing::error!(update_id = id, error = %e, "unreadable update dropped");
                                    let _ = app.store.finish_update(id).await;
                                }
                            }
                        }
                    }
                    Ok(_) => {
                        // The timeout is only a safety net; a new update wakes us at once.
                        let _ = tokio::time::timeout(Duration::from_secs(1), wake).await;
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "reading the inbox failed");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        },
    )
    .take_until(flag)
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
            Ok(updates) => {
                backoff = Duration::from_millis(500);
                let rows = rows_of(updates);
                let Some(max) = rows.iter().map(|(id, _)| *id).max() else {
                    continue;
                };
                let received = rows.len();
                match app.store.inbox_put(rows).await {
                    Ok(new) => {
                        count_duplicates(&app, received - new);
                        offset = max + 1;
                        app.intake.notify_one();
                    }
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

/// One `getUpdates` call. Errors never carry the URL (it holds the token).
async fn fetch(client: &reqwest::Client, url: &str, body: &Value) -> anyhow::Result<Vec<Value>> {
    let resp = client
        .post(url)
        .json(body)
        .send()
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.without_url()))?;
    let status = resp.status();
    let answer: Value = resp
        .json()
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.without_url()))?;
    match answer.get("result") {
        Some(Value::Array(items)) if answer["ok"] == Value::Bool(true) => Ok(items.clone()),
        _ => Err(anyhow::anyhow!(
            "HTTP {status}: {}",
            answer["description"].as_str().unwrap_or("no description")
        )),
    }
}

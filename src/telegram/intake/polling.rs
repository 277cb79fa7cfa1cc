//! Long polling into the inbox: `getUpdates` by hand (not teloxide's poller), so the offset —
//! Telegram's confirmation — only moves past updates the inbox already holds.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use super::{row_of, Intake, ALLOWED_UPDATES};
use crate::app::App;
use crate::store::InboxRow;
use crate::telegram::FalBot;

/// Long polling into the inbox. The offset (Telegram's confirmation) only moves past updates
/// the inbox already holds. Runs until aborted.
pub async fn poll(app: Arc<App>, intake: Arc<Intake>, bot: FalBot, timeout: Duration) {
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
        // An unreachable API fails fast, so the next probe comes soon.
        .connect_timeout(Duration::from_secs(2))
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
    let mut failing = false;
    loop {
        let body = serde_json::json!({
            "offset": offset,
            "timeout": timeout.as_secs(),
            "allowed_updates": allowed,
        });
        match fetch(&client, &url, &body).await {
            Ok(rows) => {
                if failing {
                    // The API is back: answers kept through the outage go out now.
                    failing = false;
                    if let Err(e) = app.store.resend_now().await {
                        tracing::warn!(error = %e, "could not hurry the kept answers");
                    }
                }
                backoff = Duration::from_millis(500);
                let Some(max) = rows.iter().map(|r| r.update_id).max() else {
                    continue;
                };
                match intake.admit(&app, rows).await {
                    Ok(()) => offset = max + 1,
                    Err(e) => {
                        // Not stored, so not confirmed: Telegram sends them again.
                        tracing::error!(error = %e, "storing updates failed; they will come again");
                        tokio::time::sleep(backoff).await;
                    }
                }
            }
            Err(e) => {
                failing = true;
                tracing::warn!(error = %e, retry_in_ms = backoff.as_millis() as u64, "getUpdates failed");
                tokio::time::sleep(backoff).await;
                // Capped low: polling must resume within 2 s of the API coming back.
                backoff = (backoff * 2).min(Duration::from_secs(2));
            }
        }
    }
}

/// One `getUpdates` call, as inbox rows. Errors never carry the URL (it holds the token).
async fn fetch(client: &reqwest::Client, url: &str, body: &Value) -> anyhow::Result<Vec<InboxRow>> {
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

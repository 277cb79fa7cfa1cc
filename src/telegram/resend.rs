//! Answers kept through a Telegram outage. A send that fails for a passing reason (the API
//! unreachable, a 5xx, a 429) inside a handler is not lost: what is left of it is kept in
//! `pending_sends` (sealed) and this job sends it again with backoff until it is delivered or
//! too old. A kept reading is committed — its allowance spent — only when it is delivered, and
//! given back if it never is.

use std::time::Duration;

use teloxide::types::{ChatId, InlineKeyboardMarkup};
use teloxide::{ApiError, RequestError};

use std::sync::Arc;

use super::outbound::try_send_html;
use super::FalBot;
use crate::app::App;
use crate::store::pending::{KeptReading, PendingSend};

/// How often the job looks for due answers.
pub const EVERY: Duration = Duration::from_secs(1);
/// An answer not delivered within this is dropped: a screen or reply this late is stale.
const MAX_AGE_MESSAGE: i64 = 15 * 60;
/// A reading is worth delivering much later (the user paid an allowance for it).
const MAX_AGE_READING: i64 = 6 * 3600;

tokio::task_local! {
    /// The app of the update being handled: its answers are kept through an outage.
    static KEEPER: Arc<App>;
}

/// Runs a handler's work with its answers kept through an outage.
pub async fn keeping<F: std::future::Future>(app: Arc<App>, work: F) -> F::Output {
    KEEPER.scope(app, work).await
}

/// The app to keep answers in, inside a handler; `None` elsewhere (pushes and broadcasts
/// keep their own records and retry by themselves).
pub fn keeper() -> Option<Arc<App>> {
    KEEPER.try_with(Arc::clone).ok()
}

/// Whether a failed send is worth keeping, and the earliest retry Telegram asked for.
pub fn transient(e: &RequestError) -> Option<Option<Duration>> {
    match e {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => {
            Some(None)
        }
        RequestError::RetryAfter(after) => Some(Some(after.duration())),
        RequestError::Api(ApiError::Unknown(d)) => {
            let server = [
                "Internal Server Error",
                "Bad Gateway",
                "Service Unavailable",
                "Gateway Timeout",
            ];
            server.iter().any(|s| d.contains(s)).then_some(None)
        }
        _ => None,
    }
}

/// Seconds until the next try after `attempts` failures: 2, 4, 8 … capped at a minute, or
/// Telegram's own `retry_after`.
fn backoff(attempts: u32, hint: Option<Duration>) -> i64 {
    let exp = 2i64.saturating_pow(attempts.min(6) + 1).min(60);
    hint.map_or(exp, |h| h.as_secs() as i64 + 1)
}

/// Keeps what is left of an answer (`parts`, the keyboard on the last) to send again.
pub async fn keep(
    app: &App,
    chat: ChatId,
    parts: Vec<String>,
    keyboard: Option<&InlineKeyboardMarkup>,
    reading: Option<KeptReading>,
    hint: Option<Duration>,
) -> anyhow::Result<()> {
    let keyboard = keyboard.map(serde_json::to_string).transpose()?;
    let next = crate::store::now() + backoff(0, hint);
    app.store
        .keep_send(chat.0, parts, keyboard, reading, next)
        .await?;
    app.metrics
        .answers_kept
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    tracing::warn!(
        chat = chat.0,
        "Telegram did not take an answer; kept to send again"
    );
    Ok(())
}

/// One pass: every due answer is tried once — chats side by side (a failing send can take
/// seconds: teloxide waits 10 s after a 5xx), each chat's answers in order, a chat's later
/// answers waiting while an earlier one still fails.
pub async fn run_once(app: &App, bot: &FalBot) -> anyhow::Result<()> {
    let now = crate::store::now();
    let mut chats: Vec<Vec<PendingSend>> = Vec::new();
    for pending in app.store.due_sends(now, 200).await? {
        match chats.iter_mut().find(|c| c[0].chat_id == pending.chat_id) {
            Some(chat) => chat.push(pending),
            None => chats.push(vec![pending]),
        }
    }
    let passes = chats.into_iter().map(|answers| async move {
        for pending in answers {
            if !resend(app, bot, pending, now).await? {
                break;
            }
        }
        anyhow::Ok(())
    });
    for outcome in futures::future::join_all(passes).await {
        outcome?;
    }
    Ok(())
}

/// Tries one kept answer; false when it is still waiting (the chat's next ones wait too).
async fn resend(app: &App, bot: &FalBot, p: PendingSend, now: i64) -> anyhow::Result<bool> {
    let max_age = if p.reading.is_some() {
        MAX_AGE_READING
    } else {
        MAX_AGE_MESSAGE
    };
    if now - p.created_at > max_age {
        tracing::warn!(
            chat = p.chat_id,
            "a kept answer was never delivered; dropped"
        );
        give_up(app, &p).await?;
        return Ok(true);
    }
    let keyboard: Option<InlineKeyboardMarkup> = p
        .keyboard
        .as_deref()
        .and_then(|k| serde_json::from_str(k).ok());
    let count = p.parts.len();
    for (i, html) in p.parts.iter().enumerate() {
        let kb = (i + 1 == count).then(|| keyboard.clone()).flatten();
        if let Err(e) = try_send_html(bot, ChatId(p.chat_id), html.clone(), kb).await {
            return match transient(&e) {
                Some(hint) => {
                    let next = crate::store::now() + backoff(p.attempts + 1, hint);
                    let rest = p.parts[i..].to_vec();
                    app.store.retry_send(p.id, rest, next).await?;
                    Ok(false)
                }
                None => {
                    tracing::warn!(chat = p.chat_id, error = %e, "a kept answer was refused; dropped");
                    give_up(app, &p).await?;
                    Ok(true)
                }
            };
        }
    }
    if let Some(r) = p.reading {
        app.store
            .commit_reading(r.user_id, r.reading_id, r.reservation)
            .await?;
    }
    app.store.drop_send(p.id).await?;
    tracing::info!(
        chat = p.chat_id,
        attempts = p.attempts + 1,
        "a kept answer was delivered"
    );
    Ok(true)
}

/// Never delivered: the row goes, and a kept reading gives its allowance back.
async fn give_up(app: &App, p: &PendingSend) -> anyhow::Result<()> {
    if let Some(r) = p.reading {
        app.store
            .discard_reading(r.reading_id, r.reservation)
            .await?;
    }
    app.store.drop_send(p.id).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_a_minute_or_follows_telegram() {
        assert_eq!(backoff(0, None), 2);
        assert_eq!(backoff(1, None), 4);
        assert_eq!(backoff(10, None), 60);
        assert_eq!(backoff(3, Some(Duration::from_secs(7))), 8);
    }

    #[test]
    fn only_passing_failures_are_kept() {
        assert!(transient(&RequestError::Api(ApiError::Unknown("Bad Gateway".into()))).is_some());
        assert!(transient(&RequestError::Api(ApiError::BotBlocked)).is_none());
        assert!(transient(&RequestError::Api(ApiError::MessageTextIsEmpty)).is_none());
    }
}

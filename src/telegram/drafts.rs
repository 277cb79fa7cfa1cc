//! Answers shown while they are written, with Bot API `sendMessageDraft` (9.3; every bot in
//! private chats since 9.5). teloxide 0.17 has no method for it, so it is one JSON call through
//! the bot's own client and API URL. A draft is a preview that lives ~30 s: the reading still
//! ends with `sendMessage`, which is what persists.
//!
//! Drafts are best effort by design: one per chat at most every [`PACE`], each the latest
//! text; a draft that finds the global budget spent is skipped (the next one carries newer
//! text), so drafts never queue ahead of anyone's answer. Where Telegram refuses the method
//! (an older local Bot API server), the process falls back to "typing…" for good.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serde_json::{json, Value};
use teloxide::types::ChatId;
use tokio::sync::watch;

use super::typing::Typing;
use super::FalBot;

/// At most one draft per chat this often.
pub const PACE: Duration = Duration::from_millis(500);
/// A draft that takes longer than this is abandoned: it is only a preview.
const DEADLINE: Duration = Duration::from_secs(5);
/// Drafts across all chats per second: a share of Telegram's 30 messages/s, so drafts leave
/// room for the messages that persist.
pub const GLOBAL_PER_SECOND: u32 = 10;

const UNKNOWN: u8 = 0;
const ACCEPTED: u8 = 1;
const REFUSED: u8 = 2;

/// How Telegram took one draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    Shown,
    /// Not shown this time (budget spent, a network hiccup, a 429): the next one may be.
    Skipped,
    /// The server does not have the method, or not for this chat: stop using drafts.
    Refused,
}

pub struct Drafts {
    support: AtomicU8,
    budget: DefaultDirectRateLimiter,
}

impl std::fmt::Debug for Drafts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Drafts")
            .field("support", &self.support.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Default for Drafts {
    fn default() -> Self {
        Drafts::new(GLOBAL_PER_SECOND)
    }
}

impl Drafts {
    pub fn new(per_second: u32) -> Drafts {
        let rate =
            std::num::NonZeroU32::new(per_second.max(1)).unwrap_or(std::num::NonZeroU32::MIN);
        Drafts {
            support: AtomicU8::new(UNKNOWN),
            budget: RateLimiter::direct(Quota::per_second(rate)),
        }
    }

    /// Whether drafts are worth trying in `chat`: private chats only (user ids are positive),
    /// and not once Telegram has refused them.
    pub fn usable(&self, chat: ChatId) -> bool {
        chat.0 > 0 && self.support.load(Ordering::Relaxed) != REFUSED
    }

    /// Shows `html` as the chat's draft `draft_id` (the same id for one answer animates it).
    pub async fn send(&self, bot: &FalBot, chat: ChatId, draft_id: i64, html: &str) -> Sent {
        if self.budget.check().is_err() {
            return Sent::Skipped;
        }
        let inner = bot.inner();
        // The same URL shape teloxide builds for its own methods; the token is in the path,
        // so errors are logged without the URL.
        let mut url = inner.api_url();
        match url.path_segments_mut() {
            Ok(mut segments) => {
                segments.pop_if_empty();
                segments.push(&format!("bot{}", inner.token()));
                segments.push("sendMessageDraft");
            }
            Err(()) => return Sent::Skipped,
        }
        let body = json!({
            "chat_id": chat.0,
            "draft_id": draft_id,
            "text": html,
            "parse_mode": "HTML",
        });
        let reply = inner
            .client()
            .post(url)
            .json(&body)
            .timeout(DEADLINE)
            .send()
            .await;
        let sent = match reply {
            Ok(r) => {
                let status = r.status().as_u16();
                let payload: Value = r.json().await.unwrap_or(Value::Null);
                judge(status, &payload)
            }
            Err(e) => {
                tracing::debug!(error = %e.without_url(), "draft not sent");
                Sent::Skipped
            }
        };
        match sent {
            Sent::Shown => self.support.store(ACCEPTED, Ordering::Relaxed),
            Sent::Refused => {
                if self.support.swap(REFUSED, Ordering::Relaxed) != REFUSED {
                    tracing::warn!("Telegram refused sendMessageDraft: answers now arrive whole");
                }
            }
            Sent::Skipped => {}
        }
        sent
    }

    /// Starts showing one answer in `chat`; feed it with [`Live::show`]. Falls back to the
    /// typing indicator when drafts cannot be used.
    pub fn live(self: &Arc<Self>, bot: &FalBot, chat: ChatId) -> Live {
        if !self.usable(chat) {
            return Live::Typing(Typing::start(bot, chat));
        }
        let (tx, mut rx) = watch::channel(String::new());
        let (drafts, bot) = (Arc::clone(self), bot.clone());
        let draft_id = rand::random::<i64>()
            .checked_abs()
            .filter(|d| *d > 0)
            .unwrap_or(1);
        let task = tokio::spawn(async move {
            // Until the first words, Telegram's own "Thinking…" (an empty draft) instead of
            // typing.
            let mut typing = None;
            if drafts.send(&bot, chat, draft_id, "").await == Sent::Refused {
                typing = Some(Typing::start(&bot, chat));
            }
            while rx.changed().await.is_ok() {
                if typing.is_some() {
                    continue; // refused: the indicator runs until the answer is sent
                }
                let html = rx.borrow_and_update().clone();
                if drafts.send(&bot, chat, draft_id, &html).await == Sent::Refused {
                    typing = Some(Typing::start(&bot, chat));
                }
                tokio::time::sleep(PACE).await;
            }
        });
        Live::Drafts { tx, task }
    }
}

/// Telegram's verdict on a draft: a 404 or an unknown-method error means the server lacks the
/// method; a refusal for this chat type likewise ends drafts (they only exist for private
/// chats); anything else (a 429, a transient error, a text Telegram could not parse) skips one.
fn judge(status: u16, payload: &Value) -> Sent {
    if payload["ok"].as_bool() == Some(true) {
        return Sent::Shown;
    }
    let description = payload["description"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase();
    let missing = status == 404
        || description.contains("method not found")
        || description.contains("not found: method");
    if missing || description.contains("private chat") {
        Sent::Refused
    } else {
        Sent::Skipped
    }
}

/// One answer being shown: drafts of its latest text, or the typing indicator.
pub enum Live {
    Drafts {
        tx: watch::Sender<String>,
        task: tokio::task::JoinHandle<()>,
    },
    Typing(Typing),
}

impl Live {
    /// The answer so far, as the HTML the draft shows (whole tags and entities only).
    pub fn show(&self, html: String) {
        if let Live::Drafts { tx, .. } = self {
            let _ = tx.send(html);
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        if let Live::Drafts { task, .. } = self {
            task.abort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_verdicts() {
        assert_eq!(
            judge(200, &json!({"ok": true, "result": true})),
            Sent::Shown
        );
        assert_eq!(
            judge(
                404,
                &json!({"ok": false, "error_code": 404, "description": "Not Found"})
            ),
            Sent::Refused
        );
        assert_eq!(
            judge(
                400,
                &json!({"ok": false, "description": "Bad Request: method not found"})
            ),
            Sent::Refused
        );
        assert_eq!(
            judge(
                429,
                &json!({"ok": false, "description": "Too Many Requests: retry after 3"})
            ),
            Sent::Skipped
        );
        assert_eq!(
            judge(
                400,
                &json!({"ok": false, "description": "Bad Request: can't parse entities"})
            ),
            Sent::Skipped
        );
    }

    #[test]
    fn only_private_chats_until_refused() {
        let d = Drafts::default();
        assert!(d.usable(ChatId(42)));
        assert!(!d.usable(ChatId(-100_123)));
        d.support.store(REFUSED, Ordering::Relaxed);
        assert!(!d.usable(ChatId(42)));
    }
}

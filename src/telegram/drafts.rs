//! Answers shown while they are written, with Bot API `sendMessageDraft` (9.3; every bot in
//! private chats since 9.5). teloxide 0.17 has no method for it, so it is one JSON call through
//! the bot's own client and API URL. A draft is a preview that lives ~30 s: the reading still
//! ends with `sendMessage`, which is what persists.
//!
//! Drafts are best effort by design: one per chat at most every [`PACE`], each the latest
//! text, out of a global budget. An answer's first words may wait a moment for the budget
//! ([`FIRST_WORDS_WAIT`]); a later update that finds it low is skipped (the next one carries
//! newer text), keeping [`RESERVE`] for other answers' first words — so drafts never queue
//! ahead of anyone's answer. Until the first words, "typing…" shows (chat actions are not part
//! of the message budget). Where Telegram refuses the method (an older local Bot API server),
//! the process falls back to "typing…" for good.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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
/// How long an answer's first words may wait for the budget before they are skipped too.
pub const FIRST_WORDS_WAIT: Duration = Duration::from_millis(250);
/// Budget a later update leaves for other answers' first words.
const RESERVE: f64 = 3.0;

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
    budget: Budget,
}

/// A token bucket that can hold some of its tokens back: first words may use all of it, later
/// updates only what is above the reserve.
struct Budget {
    per_second: f64,
    state: Mutex<(f64, Instant)>,
}

impl Budget {
    fn new(per_second: u32) -> Budget {
        let rate = f64::from(per_second.max(1));
        Budget {
            per_second: rate,
            state: Mutex::new((rate, Instant::now())),
        }
    }

    /// Takes one token if more than `reserve` would be left; else how long until one is free.
    fn take(&self, reserve: f64) -> Result<(), Duration> {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let refill = now.duration_since(s.1).as_secs_f64() * self.per_second;
        s.0 = (s.0 + refill).min(self.per_second);
        s.1 = now;
        if s.0 >= 1.0 + reserve {
            s.0 -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64(
                (1.0 + reserve - s.0) / self.per_second,
            ))
        }
    }
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
            budget: Budget::new(rate.get()),
        }
    }

    /// Whether drafts are worth trying in `chat`: private chats only (user ids are positive),
    /// and not once Telegram has refused them.
    pub fn usable(&self, chat: ChatId) -> bool {
        chat.0 > 0 && self.support.load(Ordering::Relaxed) != REFUSED
    }

    /// Shows `html` as the chat's draft `draft_id` (the same id for one answer animates it);
    /// `first`: the answer's first words, which may wait a moment for the budget.
    pub async fn send(
        &self,
        bot: &FalBot,
        chat: ChatId,
        draft_id: i64,
        html: &str,
        first: bool,
    ) -> Sent {
        // Drafts count in the bot's one budget too, and never queue in it: one that finds
        // the budget taken is skipped (the next carries newer text).
        if !self.spend(first).await || !bot.sender().try_now() {
            return Sent::Skipped;
        }
        let inner = bot.bot();
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

    /// A token for one draft: first words wait up to [`FIRST_WORDS_WAIT`]; later updates
    /// take one only above the reserve, at once or not at all.
    async fn spend(&self, first: bool) -> bool {
        if !first {
            return self.budget.take(RESERVE).is_ok();
        }
        let deadline = Instant::now() + FIRST_WORDS_WAIT;
        loop {
            match self.budget.take(0.0) {
                Ok(()) => return true,
                Err(wait) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return false;
                    }
                    tokio::time::sleep(wait.min(left)).await;
                }
            }
        }
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
            // "typing…" until the first words show (and for good if drafts are refused).
            let mut typing = Some(Typing::start(&bot, chat));
            let (mut shown, mut refused) = (false, false);
            while rx.changed().await.is_ok() {
                if refused {
                    continue;
                }
                let html = rx.borrow_and_update().clone();
                match drafts.send(&bot, chat, draft_id, &html, !shown).await {
                    Sent::Shown => {
                        shown = true;
                        typing = None;
                    }
                    Sent::Refused => refused = true,
                    Sent::Skipped => {}
                }
                tokio::time::sleep(PACE).await;
            }
            drop(typing);
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
    fn later_updates_leave_the_reserve_for_first_words() {
        let b = Budget::new(10);
        let updates = (0..20).filter(|_| b.take(RESERVE).is_ok()).count();
        assert_eq!(updates, 7, "10 in the bucket, 3 held back");
        assert!(b.take(0.0).is_ok(), "first words still get one");
        let wait = b
            .take(0.0)
            .and_then(|_| b.take(0.0))
            .and_then(|_| b.take(0.0))
            .unwrap_err();
        assert!(wait <= Duration::from_millis(100), "{wait:?}");
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

//! Readings run beside the chat's queue. Writing one takes seconds (up to `AI_TIMEOUT`); if the
//! handler waited for it, the chat's next update — the menu, `/cancel` — would wait too. So the
//! handler hands the AI call and the delivery to a task of its own and returns. One reading per
//! chat at a time; `/cancel` stops one that is being written. The update still counts as
//! handled (and leaves the inbox) only when its reading is over, so a reading cut off by a
//! crash is reported at the next start like any other interrupted answer.

use std::collections::HashMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures::FutureExt;
use teloxide::types::ChatId;
use tokio::sync::{watch, Notify};

use super::completion::{self, failure_of};
use super::{outbound, HandlerResult};
use crate::app::App;

/// The readings being written, one per chat, each with its stop signal.
pub struct InFlight {
    chats: Mutex<HashMap<i64, Arc<Notify>>>,
    running: watch::Sender<usize>,
}

impl Default for InFlight {
    fn default() -> Self {
        InFlight {
            chats: Mutex::default(),
            running: watch::channel(0).0,
        }
    }
}

impl std::fmt::Debug for InFlight {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "InFlight({} readings)", self.chats().len())
    }
}

impl InFlight {
    fn chats(&self) -> MutexGuard<'_, HashMap<i64, Arc<Notify>>> {
        self.chats.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether a reading is being written for this chat.
    pub fn busy(&self, chat: ChatId) -> bool {
        self.chats().contains_key(&chat.0)
    }

    /// Stops the reading being written for this chat, if any (it ends with nothing spent).
    pub fn cancel(&self, chat: ChatId) -> bool {
        match self.chats().get(&chat.0) {
            Some(stop) => {
                // A stored permit: a reading that is not yet listening still hears it.
                stop.notify_one();
                true
            }
            None => false,
        }
    }

    /// Resolves when this chat's reading is cancelled; never, for a chat with none.
    pub async fn cancelled(&self, chat: ChatId) {
        let stop = self.chats().get(&chat.0).cloned();
        match stop {
            Some(stop) => stop.notified().await,
            None => std::future::pending().await,
        }
    }

    /// Waits until no reading is being written, up to `grace`; false if some still are.
    pub async fn idle(&self, grace: Duration) -> bool {
        let mut running = self.running.subscribe();
        let idle = tokio::time::timeout(grace, running.wait_for(|n| *n == 0)).await;
        idle.is_ok()
    }

    fn claim(&self, chat: ChatId) -> bool {
        let mut chats = self.chats();
        if chats.contains_key(&chat.0) {
            return false;
        }
        chats.insert(chat.0, Arc::new(Notify::new()));
        self.running.send_modify(|n| *n += 1);
        true
    }

    fn release(&self, chat: ChatId) {
        if self.chats().remove(&chat.0).is_some() {
            self.running.send_modify(|n| *n = n.saturating_sub(1));
        }
    }
}

/// Whether this task can hand work off: it is a handler (a scheduled push is not, and
/// delivers in place).
pub fn available() -> bool {
    completion::available()
}

/// Runs `work` beside the chat's queue and returns at once: true when it started, false when
/// this chat already has a reading being written (nothing was started). The current update
/// ends when `work` does; an error or a panic in it gets the usual apology.
pub fn run<F, Fut>(in_flight: &Arc<InFlight>, chat: ChatId, work: F) -> anyhow::Result<bool>
where
    F: FnOnce(Arc<App>) -> Fut,
    Fut: Future<Output = HandlerResult> + Send + 'static,
{
    let Some(done) = completion::take_current() else {
        anyhow::bail!("a reading can only be handed off from inside a handler");
    };
    if !in_flight.claim(chat) {
        completion::put_back(done);
        return Ok(false);
    }
    let work = work(Arc::clone(done.app()));
    let in_flight = Arc::clone(in_flight);
    tokio::spawn(async move {
        let work = done.tracked(AssertUnwindSafe(work).catch_unwind());
        let (result, waited) = outbound::measured(work).await;
        in_flight.release(chat);
        done.finish(failure_of(result), waited).await;
    });
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_reading_per_chat_and_cancel_reaches_it() {
        let f = InFlight::default();
        let (a, b) = (ChatId(1), ChatId(2));
        assert!(f.claim(a));
        assert!(!f.claim(a), "one at a time");
        assert!(f.claim(b), "other chats are free");
        assert!(f.busy(a));
        assert!(f.cancel(a), "a permit waits for the listener");
        tokio::time::timeout(Duration::from_secs(1), f.cancelled(a))
            .await
            .expect("cancelled");
        assert!(!f.cancel(ChatId(3)));
        assert!(!f.idle(Duration::from_millis(10)).await);
        f.release(a);
        f.release(b);
        assert!(f.idle(Duration::from_millis(10)).await);
        assert!(!f.busy(a));
    }
}

//! What the Telegram runtime keeps beside the shared `App`: the intake queue, the per-user
//! rate limits, and the count of handled updates (the simulator and tests wait on it).

use std::sync::Arc;

use tokio::sync::watch;

use super::beside::InFlight;
use super::drafts::Drafts;
use super::intake::{Intake, Notices};
use super::ratelimit::RateLimits;
use crate::app::App;

pub struct BotState {
    /// Hands stored updates (polling or webhook) to the dispatcher.
    pub intake: Arc<Intake>,
    pub limits: Arc<RateLimits>,
    /// Updates over the rate limit let through only to carry the notice (see `intake::gate`).
    pub notices: Notices,
    /// Streamed answers' drafts: their shared budget and whether Telegram takes them.
    pub drafts: Arc<Drafts>,
    /// Readings being written beside their chats' queues.
    pub in_flight: Arc<InFlight>,
    handled: watch::Sender<u64>,
}

impl BotState {
    pub fn new(app: &App) -> Arc<BotState> {
        Arc::new(BotState {
            intake: Arc::new(Intake::default()),
            limits: Arc::new(RateLimits::new(&app.settings())),
            notices: Notices::default(),
            drafts: Arc::new(Drafts::default()),
            in_flight: Arc::default(),
            handled: watch::channel(0).0,
        })
    }

    pub fn mark_handled(&self) {
        self.handled.send_modify(|n| *n += 1);
    }

    /// Count of updates fully handled so far.
    pub fn handled(&self) -> watch::Receiver<u64> {
        self.handled.subscribe()
    }
}

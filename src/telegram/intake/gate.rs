//! Rate limiting before dispatch. teloxide's dispatcher keeps a bounded queue per chat and
//! waits when one is full, so a flooder's backlog, draining at one chat's pace, would hold up
//! every other chat's updates. The per-user limit is therefore decided here, as each update
//! leaves the inbox: within the limit it goes on; the first one over it goes on marked, so the
//! handler tree sends the one "you are going a little fast" of the window and nothing else;
//! the rest are finished at once, never queued. Payments always go on.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use teloxide::types::{Update, UpdateKind};

use crate::telegram::ratelimit::{Bucket, RateLimits, Verdict};

/// What becomes of an update at the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Pass,
    /// Over the limit, first time in this window: on to the notice.
    Notice(Duration),
    /// Over the limit, already told: finished without dispatch.
    Drop,
}

pub fn gate(limits: &RateLimits, settings: &crate::domain::Settings, update: &Update) -> Gate {
    let payment = match &update.kind {
        UpdateKind::PreCheckoutQuery(_) => true,
        UpdateKind::Message(m) => m.successful_payment().is_some(),
        _ => false,
    };
    let Some(from) = update.from().filter(|_| !payment) else {
        return Gate::Pass;
    };
    match limits.check(settings, from.id.0 as i64, Bucket::General) {
        Verdict::Allowed => Gate::Pass,
        Verdict::Notify(wait) => Gate::Notice(wait),
        Verdict::Silent => Gate::Drop,
    }
}

/// Updates let through only to carry the rate-limit notice, by update id.
#[derive(Debug, Default)]
pub struct Notices(Mutex<HashMap<u32, Duration>>);

impl Notices {
    pub fn mark(&self, update_id: u32, wait: Duration) {
        if let Ok(mut n) = self.0.lock() {
            // Bounded: a mark left behind (its update dropped before the notice) goes once
            // ten thousand newer updates have passed (swept now and then, not on every mark).
            if n.len() >= 20_000 {
                n.retain(|id, _| *id >= update_id.saturating_sub(10_000));
            }
            n.insert(update_id, wait);
        }
    }

    /// The wait to tell, when this update came through only for the notice.
    pub fn take(&self, update_id: u32) -> Option<Duration> {
        self.0.lock().ok()?.remove(&update_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_marks_stay_bounded_when_their_updates_never_arrive() {
        let n = Notices::default();
        for id in 0..50_000u32 {
            n.mark(id, Duration::from_secs(1));
        }
        let kept = n.0.lock().map(|m| m.len()).unwrap_or(usize::MAX);
        assert!(kept <= 20_000, "{kept} marks kept");
        assert_eq!(n.take(49_999), Some(Duration::from_secs(1)));
        assert_eq!(n.take(1), None, "long gone");
    }
}

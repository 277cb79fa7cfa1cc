//! In-process throttling per user: a general limit on every update and a stricter one on
//! actions that call the AI. A limited user is told how long to wait once per window, not
//! on every message, and other users are never slowed.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::domain::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    General,
    Ai,
}

/// What to do with a limited request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Over the limit: tell the user to wait this long.
    Notify(Duration),
    /// Over the limit and already told in this window: drop quietly.
    Silent,
}

struct Limiters {
    per_minute: (u32, u32),
    general: DefaultKeyedRateLimiter<i64>,
    ai: DefaultKeyedRateLimiter<i64>,
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).unwrap_or(NonZeroU32::MIN))
}

impl Limiters {
    fn new(general: u32, ai: u32) -> Limiters {
        Limiters {
            per_minute: (general, ai),
            general: RateLimiter::keyed(per_minute(general)),
            ai: RateLimiter::keyed(per_minute(ai)),
        }
    }
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimits")
            .field("tracked_keys", &self.tracked_keys())
            .finish()
    }
}

pub struct RateLimits {
    limiters: RwLock<Arc<Limiters>>,
    /// Until when a user has been told to wait, per bucket.
    told_until: Mutex<HashMap<(i64, Bucket), Instant>>,
}

impl RateLimits {
    pub fn new(settings: &Settings) -> RateLimits {
        RateLimits {
            limiters: RwLock::new(Arc::new(Limiters::new(
                settings.rate_user_per_minute,
                settings.rate_ai_per_minute,
            ))),
            told_until: Mutex::new(HashMap::new()),
        }
    }

    /// Applies changed settings; the limiters are rebuilt only when the numbers changed.
    pub fn reconfigure(&self, settings: &Settings) {
        let wanted = (settings.rate_user_per_minute, settings.rate_ai_per_minute);
        if self.current().is_some_and(|l| l.per_minute == wanted) {
            return;
        }
        if let Ok(mut l) = self.limiters.write() {
            if l.per_minute != wanted {
                *l = Arc::new(Limiters::new(wanted.0, wanted.1));
            }
        }
    }

    fn current(&self) -> Option<Arc<Limiters>> {
        self.limiters.read().ok().map(|l| Arc::clone(&l))
    }

    /// Counts one request of `user` against the limits in `settings` (an admin's change
    /// applies from the next request).
    pub fn check(&self, settings: &Settings, user: i64, bucket: Bucket) -> Verdict {
        self.reconfigure(settings);
        let Some(limiters) = self.current() else {
            return Verdict::Allowed;
        };
        let limiter = match bucket {
            Bucket::General => &limiters.general,
            Bucket::Ai => &limiters.ai,
        };
        match limiter.check_key(&user) {
            Ok(()) => Verdict::Allowed,
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                let now = Instant::now();
                let Ok(mut told) = self.told_until.lock() else {
                    return Verdict::Silent;
                };
                match told.get(&(user, bucket)) {
                    Some(until) if *until > now => Verdict::Silent,
                    _ => {
                        told.insert((user, bucket), now + wait);
                        Verdict::Notify(wait)
                    }
                }
            }
        }
    }

    /// Drops state of users who have been quiet long enough for their bucket to refill.
    pub fn cleanup(&self) {
        if let Some(l) = self.current() {
            for lim in [&l.general, &l.ai] {
                lim.retain_recent();
                lim.shrink_to_fit();
            }
        }
        if let Ok(mut told) = self.told_until.lock() {
            let now = Instant::now();
            told.retain(|_, until| *until > now);
            told.shrink_to_fit();
        }
    }

    /// Keys currently tracked, for tests and metrics.
    pub fn tracked_keys(&self) -> usize {
        self.current().map_or(0, |l| l.general.len() + l.ai.len())
    }
}

/// Whole seconds to show, never "0 s".
pub fn seconds_to_show(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(general: u32, ai: u32) -> Settings {
        Settings {
            rate_user_per_minute: general,
            rate_ai_per_minute: ai,
            ..Settings::default()
        }
    }

    #[test]
    fn tells_once_per_window_and_spares_other_users() {
        let s = settings(3, 1);
        let l = RateLimits::new(&s);
        for _ in 0..3 {
            assert_eq!(l.check(&s, 1, Bucket::General), Verdict::Allowed);
        }
        let Verdict::Notify(wait) = l.check(&s, 1, Bucket::General) else {
            panic!("expected a notice")
        };
        assert!(
            wait <= Duration::from_secs(20) && wait > Duration::ZERO,
            "{wait:?}"
        );
        assert_eq!(l.check(&s, 1, Bucket::General), Verdict::Silent);
        assert_eq!(l.check(&s, 1, Bucket::General), Verdict::Silent);
        assert_eq!(
            l.check(&s, 2, Bucket::General),
            Verdict::Allowed,
            "another user is not slowed"
        );
    }

    #[test]
    fn ai_bucket_is_separate_and_stricter() {
        let s = settings(30, 1);
        let l = RateLimits::new(&s);
        assert_eq!(l.check(&s, 1, Bucket::Ai), Verdict::Allowed);
        assert!(matches!(l.check(&s, 1, Bucket::Ai), Verdict::Notify(_)));
        assert_eq!(l.check(&s, 1, Bucket::General), Verdict::Allowed);
    }

    #[test]
    fn changed_settings_apply_at_the_next_check_and_cleanup_keeps_working() {
        let s = settings(1, 1);
        let l = RateLimits::new(&s);
        assert_eq!(l.check(&s, 1, Bucket::General), Verdict::Allowed);
        assert!(matches!(
            l.check(&s, 1, Bucket::General),
            Verdict::Notify(_)
        ));
        assert_eq!(
            l.check(&settings(100, 1), 1, Bucket::General),
            Verdict::Allowed
        );
        l.cleanup();
        assert!(l.tracked_keys() <= 2);
        assert_eq!(seconds_to_show(Duration::from_millis(1500)), 2);
        assert_eq!(seconds_to_show(Duration::from_secs(3)), 3);
    }
}

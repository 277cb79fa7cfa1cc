//! Counters and a latency histogram kept in atomics: cheap on the hot path, readable by the
//! benchmark now and by `/metrics` later.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Bucket upper bounds grow by ~10% from 1 µs to ~100 s, so a quantile is off by ≤ 10%.
const BUCKETS: usize = 200;

fn bound_us(i: usize) -> f64 {
    1.1f64.powi(i as i32)
}

pub struct Histogram {
    counts: [AtomicU64; BUCKETS],
    total: AtomicU64,
    sum_us: AtomicU64,
}

impl Default for Histogram {
    fn default() -> Self {
        Histogram {
            counts: std::array::from_fn(|_| AtomicU64::new(0)),
            total: AtomicU64::new(0),
            sum_us: AtomicU64::new(0),
        }
    }
}

impl Histogram {
    pub fn record(&self, d: Duration) {
        let us = d.as_secs_f64() * 1e6;
        let i = if us <= 1.0 {
            0
        } else {
            (us.ln() / 1.1f64.ln()).ceil() as usize
        };
        self.counts[i.min(BUCKETS - 1)].fetch_add(1, Ordering::Relaxed);
        self.total.fetch_add(1, Ordering::Relaxed);
        self.sum_us.fetch_add(us as u64, Ordering::Relaxed);
    }

    pub fn count(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// The `q` quantile (0..=1) as the upper bound of its bucket.
    pub fn quantile(&self, q: f64) -> Duration {
        let total = self.count();
        if total == 0 {
            return Duration::ZERO;
        }
        let target = ((total as f64) * q).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, c) in self.counts.iter().enumerate() {
            seen += c.load(Ordering::Relaxed);
            if seen >= target {
                return Duration::from_secs_f64(bound_us(i) / 1e6);
            }
        }
        Duration::from_secs_f64(bound_us(BUCKETS - 1) / 1e6)
    }

    /// Observations at or under `seconds` (a Prometheus cumulative bucket).
    pub fn count_le(&self, seconds: f64) -> u64 {
        let us = seconds * 1e6;
        self.counts
            .iter()
            .enumerate()
            .take_while(|(i, _)| bound_us(*i) <= us * 1.000_001)
            .map(|(_, c)| c.load(Ordering::Relaxed))
            .sum()
    }

    pub fn sum_seconds(&self) -> f64 {
        self.sum_us.load(Ordering::Relaxed) as f64 / 1e6
    }

    pub fn reset(&self) {
        for c in &self.counts {
            c.store(0, Ordering::Relaxed);
        }
        self.total.store(0, Ordering::Relaxed);
        self.sum_us.store(0, Ordering::Relaxed);
    }
}

#[derive(Default)]
pub struct Metrics {
    /// Whole handling of an update, Bot API round trips included.
    pub handler_latency: Histogram,
    /// The same minus time spent waiting on the Bot API: our own processing.
    pub handler_processing: Histogram,
    pub updates_handled: AtomicU64,
    pub updates_duplicate: AtomicU64,
    /// Updates the bot cannot read (unknown kinds, malformed), finished as ignored.
    pub updates_ignored: AtomicU64,
    /// Answers Telegram did not take (an outage) and that were kept to send again.
    pub answers_kept: AtomicU64,
    pub webhook_rejected: AtomicU64,
    pub rate_limited: AtomicU64,
    pub handler_errors: AtomicU64,
    pub ai_ok: AtomicU64,
    pub ai_failed: AtomicU64,
    /// Tokens the providers billed, in and out (thinking counted as out).
    pub ai_tokens_in: AtomicU64,
    pub ai_tokens_out: AtomicU64,
    /// Time of each AI call (successful or not).
    pub ai_latency: Histogram,
    /// Updates by kind.
    pub updates_message: AtomicU64,
    pub updates_callback: AtomicU64,
    pub updates_payment: AtomicU64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_within_ten_percent() {
        let h = Histogram::default();
        for us in 1..=1000u64 {
            h.record(Duration::from_micros(us));
        }
        let p50 = h.quantile(0.5).as_secs_f64() * 1e6;
        let p99 = h.quantile(0.99).as_secs_f64() * 1e6;
        assert!((500.0..=550.0).contains(&p50), "{p50}");
        assert!((990.0..=1090.0).contains(&p99), "{p99}");
        assert_eq!(h.count(), 1000);
    }
}

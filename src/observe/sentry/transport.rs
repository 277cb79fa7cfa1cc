//! Sends reports to Sentry's envelope endpoint from one background task, honouring its rate
//! limits (429 with `X-Sentry-Rate-Limits` or `Retry-After`) by dropping reports until then.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::event::{self, Context};
use super::{Counters, Msg};
use crate::config::SentryDsn;

const CLIENT: &str = concat!("falgram/", env!("CARGO_PKG_VERSION"));
/// When Sentry says 429 without saying how long.
const DEFAULT_BACKOFF: Duration = Duration::from_secs(60);
const MAX_BACKOFF: Duration = Duration::from_secs(3600);

pub(super) async fn run(
    dsn: SentryDsn,
    ctx: Context,
    http: reqwest::Client,
    mut queue: mpsc::Receiver<Msg>,
    counters: Arc<Counters>,
) {
    let auth = dsn.auth_header(CLIENT);
    let mut quiet_until: Option<Instant> = None;
    while let Some(msg) = queue.recv().await {
        let (report, crumbs) = match msg {
            Msg::Flush(done) => {
                let _ = done.send(());
                continue;
            }
            Msg::Report(report, crumbs) => (report, crumbs),
        };
        if quiet_until.is_some_and(|t| Instant::now() < t) {
            counters.dropped.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        let id = event::new_event_id();
        let body = event::envelope(
            &event::event(&report, &crumbs, &ctx, &id),
            chrono::Utc::now(),
        );
        let sent = http
            .post(dsn.envelope_url().clone())
            .header("X-Sentry-Auth", &auth)
            .header("Content-Type", "application/x-sentry-envelope")
            .timeout(Duration::from_secs(10))
            .body(body)
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => {
                counters.sent.fetch_add(1, Ordering::Relaxed);
            }
            Ok(r) if r.status().as_u16() == 429 => {
                counters.dropped.fetch_add(1, Ordering::Relaxed);
                let wait = backoff(r.headers()).min(MAX_BACKOFF);
                quiet_until = Some(Instant::now() + wait);
                tracing::warn!(target: "falgram::observe::sentry", seconds = wait.as_secs(), "Sentry rate limit: reports paused");
            }
            Ok(r) => {
                counters.dropped.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(target: "falgram::observe::sentry", status = r.status().as_u16(), "Sentry refused a report");
            }
            Err(e) => {
                counters.dropped.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(target: "falgram::observe::sentry", error = %e.without_url(), "could not reach Sentry");
            }
        }
    }
}

/// How long Sentry asked us to stay quiet: the first limit of `X-Sentry-Rate-Limits`
/// (`60:error:organization, ...`), else `Retry-After` seconds.
fn backoff(headers: &reqwest::header::HeaderMap) -> Duration {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    header("x-sentry-rate-limits")
        .and_then(|v| v.split(':').next())
        .or_else(|| header("retry-after"))
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_BACKOFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    #[test]
    fn backoff_reads_sentrys_headers_and_defaults_to_a_minute() {
        let mut h = HeaderMap::new();
        assert_eq!(backoff(&h), DEFAULT_BACKOFF);
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(backoff(&h), Duration::from_secs(7));
        h.insert(
            "x-sentry-rate-limits",
            HeaderValue::from_static("30:error:organization, 60:transaction"),
        );
        assert_eq!(backoff(&h), Duration::from_secs(30));
    }
}

//! Logging setup: human-readable text, or JSON lines for journald and aggregators; with
//! `SENTRY_DSN`, the Sentry layer sees the same filtered events.

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer, Registry};

use super::sentry::SentryLayer;
use crate::config::LogFormat;

pub fn init(format: LogFormat, filter: &str, sentry: Option<SentryLayer>) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let lines = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let lines: Box<dyn Layer<Registry> + Send + Sync> = match format {
        LogFormat::Text => lines.boxed(),
        LogFormat::Json => lines.json().flatten_event(true).boxed(),
    };
    let result = tracing_subscriber::registry()
        .with(lines)
        .with(filter)
        .with(sentry)
        .try_init();
    // A second init (tests) is harmless.
    drop(result);
}

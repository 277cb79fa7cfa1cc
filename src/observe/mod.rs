//! Watching the running bot: logs, Prometheus metrics and optional error reports to Sentry.
//! Everything here reads the configuration; nothing in the configuration reads it.

pub mod logging;
pub mod metrics;
pub mod panic;
pub mod sentry;

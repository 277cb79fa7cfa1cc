//! The tracing layer: ERROR events become reports, INFO/WARN lines become breadcrumbs. It
//! never blocks the logging thread: reports go through a bounded queue and a rate limit, and
//! what does not fit is counted and dropped.

use std::collections::{BTreeMap, VecDeque};
use std::fmt::Debug;
use std::num::NonZeroU32;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use tokio::sync::mpsc;
use tracing::field::{Field, Visit};
use tracing::{Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

use super::event::{Breadcrumb, Report};
use super::{Counters, Msg};

/// Log lines kept as breadcrumbs for the next report.
const BREADCRUMBS: usize = 20;
/// The panic hook logs under this target; such reports are sent as unhandled panics.
pub(super) const PANIC_TARGET: &str = "falgram::panic";
/// The reporter's own warnings must not feed back into it.
const OWN_TARGET: &str = "falgram::observe::sentry";

pub struct SentryLayer {
    queue: mpsc::Sender<Msg>,
    // A crash loop must not flood the project or the network: 30 reports a minute, bursts of 10.
    limit: DefaultDirectRateLimiter,
    crumbs: Mutex<VecDeque<Breadcrumb>>,
    counters: Arc<Counters>,
}

impl SentryLayer {
    pub(super) fn new(queue: mpsc::Sender<Msg>, counters: Arc<Counters>) -> SentryLayer {
        let quota = Quota::per_minute(NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN));
        SentryLayer {
            queue,
            limit: RateLimiter::direct(quota),
            crumbs: Mutex::new(VecDeque::with_capacity(BREADCRUMBS)),
            counters,
        }
    }

    fn crumbs(&self) -> std::sync::MutexGuard<'_, VecDeque<Breadcrumb>> {
        self.crumbs.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl<S: Subscriber> Layer<S> for SentryLayer {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        if meta.target().starts_with(OWN_TARGET) {
            return;
        }
        let level = *meta.level();
        if level > Level::INFO {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        let now = chrono::Utc::now();
        if level != Level::ERROR {
            let mut crumbs = self.crumbs();
            if crumbs.len() == BREADCRUMBS {
                crumbs.pop_front();
            }
            crumbs.push_back(Breadcrumb {
                level: if level == Level::WARN {
                    "warning"
                } else {
                    "info"
                },
                category: meta.target().to_string(),
                message: fields.line(),
                at: now,
            });
            return;
        }
        // The panic hook already reported this panic, with its location.
        if fields.panicked {
            return;
        }
        if self.limit.check().is_err() {
            self.counters.dropped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let panic = meta.target() == PANIC_TARGET;
        let location = fields.values.remove("location").or_else(|| {
            meta.file()
                .map(|f| format!("{f}:{}", meta.line().unwrap_or(0)))
        });
        let report = Report {
            level: if panic { "fatal" } else { "error" },
            logger: meta.target().to_string(),
            message: fields.message,
            fields: fields.values,
            location,
            panic,
            at: now,
        };
        let crumbs = self.crumbs().iter().cloned().collect();
        if self.queue.try_send(Msg::Report(report, crumbs)).is_err() {
            self.counters.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

#[derive(Default)]
struct Fields {
    message: String,
    values: BTreeMap<String, String>,
    panicked: bool,
}

impl Fields {
    fn put(&mut self, field: &Field, value: String) {
        match field.name() {
            "message" => self.message = value,
            name => {
                self.values.insert(name.to_string(), value);
            }
        }
    }

    /// A breadcrumb's text: the message, then the fields as `k=v`.
    fn line(&self) -> String {
        let mut line = self.message.clone();
        for (k, v) in &self.values {
            line.push_str(&format!(" {k}={v}"));
        }
        line
    }
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, value.to_string());
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        if field.name() == "panicked" {
            self.panicked = value;
        } else {
            self.put(field, value.to_string());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.put(field, format!("{value:?}"));
    }
}

/// Reports panics anywhere in the process (in handlers the guard catches them afterwards and
/// logs them with `panicked = true`, which the layer skips), then runs the previous hook.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = crate::observe::panic::panic_message(info.payload());
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let thread = std::thread::current()
            .name()
            .unwrap_or("unnamed")
            .to_string();
        tracing::error!(target: "falgram::panic", location = %location, thread = %thread, "{message}");
        previous(info);
    }));
}

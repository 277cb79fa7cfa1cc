//! Optional error reporting to Sentry (`SENTRY_DSN`): ERROR log events and panics are sent as
//! events, with the last INFO/WARN lines as breadcrumbs, over Sentry's envelope protocol.
//! A small own client rather than the `sentry` crate: we need one event type, and this keeps
//! the dependency tree (and the static binary) lean.

mod event;
mod layer;
mod transport;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};

use crate::config::SentryDsn;
pub use event::{envelope, event, new_event_id, Breadcrumb, Context, Report};
pub use layer::{install_panic_hook, SentryLayer};

/// What the layer hands the sending task.
enum Msg {
    Report(Report, Vec<Breadcrumb>),
    /// Answered once every report queued before it was handled.
    Flush(oneshot::Sender<()>),
}

/// Reports sent and dropped so far, shared by the layer (drops at the queue) and the sender.
#[derive(Default)]
struct Counters {
    sent: AtomicU64,
    dropped: AtomicU64,
}

/// Reports waiting to be sent; beyond this they are dropped (and counted).
const QUEUE: usize = 64;

/// The handle the process keeps: flushes at shutdown, tells what was sent.
#[derive(Clone)]
pub struct Reporter {
    queue: mpsc::Sender<Msg>,
    counters: Arc<Counters>,
}

/// Starts the sending task (inside a Tokio runtime) and returns the layer to install.
pub fn start(dsn: SentryDsn, ctx: Context) -> (SentryLayer, Reporter) {
    let (tx, rx) = mpsc::channel(QUEUE);
    let counters = Arc::new(Counters::default());
    let http = reqwest::Client::new();
    tokio::spawn(transport::run(dsn, ctx, http, rx, Arc::clone(&counters)));
    (
        SentryLayer::new(tx.clone(), Arc::clone(&counters)),
        Reporter {
            queue: tx,
            counters,
        },
    )
}

impl Reporter {
    /// Waits (at most `timeout`) until every report queued so far was sent or dropped.
    pub async fn flush(&self, timeout: Duration) -> bool {
        let (done, wait) = oneshot::channel();
        let flushed =
            async { self.queue.send(Msg::Flush(done)).await.is_ok() && wait.await.is_ok() };
        tokio::time::timeout(timeout, flushed)
            .await
            .unwrap_or(false)
    }

    /// (sent, dropped) so far.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.counters.sent.load(Ordering::Relaxed),
            self.counters.dropped.load(Ordering::Relaxed),
        )
    }
}

impl Context {
    /// This build and host, in the configured environment.
    pub fn for_process(environment: &str) -> Context {
        Context {
            release: concat!("falgram@", env!("CARGO_PKG_VERSION")).to_string(),
            environment: environment.to_string(),
            server_name: std::fs::read_to_string("/proc/sys/kernel/hostname")
                .ok()
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty()),
        }
    }
}

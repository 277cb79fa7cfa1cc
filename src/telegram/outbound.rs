//! Time spent waiting on the Bot API, per update. Handler latency minus this is our own
//! processing: the part a benchmark can hold us to, since Telegram's round trip and the
//! `Throttle` queue (which releases messages in 250 ms rounds) are not ours to shorten.

use std::cell::Cell;
use std::future::Future;
use std::time::{Duration, Instant};

tokio::task_local! {
    static OUTBOUND: Cell<Duration>;
}

/// Awaits a Bot API call and books its duration to the current update.
pub async fn timed<F: Future>(call: F) -> F::Output {
    let started = Instant::now();
    let out = call.await;
    let _ = OUTBOUND.try_with(|c| c.set(c.get() + started.elapsed()));
    out
}

/// Runs one update's handling and returns how long it waited on the Bot API.
pub async fn measured<F: Future>(work: F) -> (F::Output, Duration) {
    OUTBOUND
        .scope(Cell::new(Duration::ZERO), async {
            let out = work.await;
            (out, OUTBOUND.try_with(Cell::get).unwrap_or_default())
        })
        .await
}

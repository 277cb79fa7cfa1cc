//! The dispatcher's side of the inbox: stored updates handed on as there is room for them.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use super::gate::{gate, Gate};
use crate::app::App;
use crate::store::Waiting;
use crate::telegram::BotState;
use futures::{Stream, StreamExt};
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{Update, UpdateKind};
use teloxide::update_listeners::{StatefulListener, UpdateListener};

/// An update as the dispatcher gets it. teloxide reads what it cannot parse (an unknown kind,
/// a malformed message, an amount out of range) as an empty `UpdateKind::Error`, which its
/// dispatcher drops without calling any handler — so it would never be finished and would come
/// back at every start. A pre-checkout is read leniently instead (an amount that fits no `u32`
/// becomes 0, which no plan costs, so the rules refuse it and it still gets its answer);
/// anything else unreadable is finished here as ignored.
fn read(app: &App, id: i64, body: &str) -> Option<Update> {
    match serde_json::from_str::<Update>(body) {
        Ok(u) if !matches!(u.kind, UpdateKind::Error(_)) => Some(u),
        Ok(_) => lenient(body).or_else(|| {
            ignore(app, id, body);
            None
        }),
        Err(e) => {
            tracing::error!(update_id = id, error = %e, "unreadable update dropped");
            let _ = app.store.finish_update(id);
            None
        }
    }
}

fn lenient(body: &str) -> Option<Update> {
    let mut raw: serde_json::Value = serde_json::from_str(body).ok()?;
    let amount = raw.get_mut("pre_checkout_query")?.get_mut("total_amount")?;
    if amount.as_u64().is_some_and(|a| u32::try_from(a).is_ok()) {
        return None;
    }
    *amount = 0.into();
    // Through text: teloxide's update reader wants borrowed keys, which a `Value` cannot lend.
    let update: Update = serde_json::from_str(&raw.to_string()).ok()?;
    (!matches!(update.kind, UpdateKind::Error(_))).then_some(update)
}

/// An update the bot has no use for: logged with its kind, finished, counted.
fn ignore(app: &App, id: i64, body: &str) {
    let kind = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            v.as_object()?
                .keys()
                .find(|k| k.as_str() != "update_id")
                .cloned()
        })
        .unwrap_or_default();
    tracing::warn!(
        update_id = id,
        kind,
        "update the bot cannot read: finished as ignored"
    );
    app.metrics.updates_ignored.fetch_add(1, Ordering::Relaxed);
    let _ = app.store.finish_update(id);
}

/// The dispatcher's update source: the inbox, read in the order stored — what a previous
/// process left first, as it was stored first — everyone else's updates ahead of newcomers',
/// and only while the dispatcher has room (see [`super::Intake`]).
pub fn inbox_listener(
    app: Arc<App>,
    state: Arc<BotState>,
) -> impl UpdateListener<Err = Infallible> {
    let (token, flag) = mk_stop_token();
    StatefulListener::new((app, token, flag, state), as_stream, stop_token_of)
}

type ListenerState = (Arc<App>, StopToken, StopFlag, Arc<BotState>);

fn stop_token_of(state: &mut ListenerState) -> StopToken {
    state.1.clone()
}

/// Rows read from the inbox at a time: everyone else's, newcomers'.
const BATCH: [usize; 2] = [64, 16];

fn as_stream(state: &mut ListenerState) -> impl Stream<Item = Result<Update, Infallible>> + Send {
    let feed = Feed {
        app: Arc::clone(&state.0),
        state: Arc::clone(&state.3),
        after: [0, 0],
        read_ahead: Default::default(),
        swept: std::time::Instant::now(),
    };
    futures::stream::unfold(feed, |mut f| async move {
        loop {
            let intake = Arc::clone(&f.state.intake);
            // Now and then, busy or not: room a lost handler held comes back.
            if f.swept.elapsed() >= Duration::from_secs(1) {
                intake.sweep();
                f.swept = std::time::Instant::now();
            }
            let wake = intake.wake.notified();
            tokio::pin!(wake);
            // Registered before looking, so an update stored meanwhile is not missed.
            wake.as_mut().enable();
            if let Some(u) = f.next().await {
                return Some((Ok(u), f));
            }
            if tokio::time::timeout(Duration::from_secs(1), wake)
                .await
                .is_err()
            {
                intake.sweep();
            }
        }
    })
    .take_until(state.2.clone())
}

struct Feed {
    app: Arc<App>,
    state: Arc<BotState>,
    /// The last `seq` taken from each queue (everyone else's, newcomers').
    after: [i64; 2],
    /// Rows read but not handed on yet, per queue (at most a batch each).
    read_ahead: [VecDeque<Waiting>; 2],
    swept: std::time::Instant,
}

impl Feed {
    /// The next update the dispatcher may have now; `None` when there is none or no room.
    async fn next(&mut self) -> Option<Update> {
        loop {
            let (room, newcomer_room) = self.state.intake.room();
            if !room {
                return None;
            }
            let waiting = match self.take(false).await {
                Some(w) => w,
                None if newcomer_room => self.take(true).await?,
                None => return None,
            };
            match read(&self.app, waiting.update_id, &waiting.body) {
                Some(u) => {
                    if let Some(u) = self.admit(u) {
                        self.state
                            .intake
                            .handed(waiting.update_id, waiting.newcomer);
                        return Some(u);
                    }
                }
                // Finished as ignored: decided, so it counts as handled.
                None => self.state.mark_handled(),
            }
        }
    }

    /// The next stored row of one queue, reading a batch when none is at hand.
    async fn take(&mut self, newcomers: bool) -> Option<Waiting> {
        let q = usize::from(newcomers);
        if self.read_ahead[q].is_empty() {
            match self
                .app
                .store
                .inbox_next(newcomers, self.after[q], BATCH[q])
                .await
            {
                Ok(rows) => self.read_ahead[q].extend(rows),
                // Looked at again at the next wake-up (within a second).
                Err(e) => tracing::error!(error = %e, "reading the inbox failed"),
            }
        }
        let waiting = self.read_ahead[q].pop_front()?;
        self.after[q] = waiting.seq;
        Some(waiting)
    }

    /// The update, if it goes on to the dispatcher (see `gate`); one over the user's limit
    /// is finished here.
    fn admit(&self, update: Update) -> Option<Update> {
        match gate(&self.state.limits, &self.app.settings(), &update) {
            Gate::Pass => Some(update),
            Gate::Notice(wait) => {
                self.app
                    .metrics
                    .rate_limited
                    .fetch_add(1, Ordering::Relaxed);
                self.state.notices.mark(update.id.0, wait);
                Some(update)
            }
            Gate::Drop => {
                self.app
                    .metrics
                    .rate_limited
                    .fetch_add(1, Ordering::Relaxed);
                let _ = self.app.store.finish_update(i64::from(update.id.0));
                self.state.mark_handled();
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pre_checkout_amount_out_of_range_is_read_as_zero() {
        for amount in ["-5", "5000000000", "\"500\""] {
            let body = format!(
                r#"{{"update_id": 7, "pre_checkout_query": {{"id": "q", "from": {{"id": 5, "is_bot": false, "first_name": "A"}}, "currency": "XTR", "total_amount": {amount}, "invoice_payload": "p"}}}}"#
            );
            let strict = serde_json::from_str::<Update>(&body).unwrap();
            assert!(matches!(strict.kind, UpdateKind::Error(_)), "{amount}");
            match lenient(&body).map(|u| u.kind) {
                Some(UpdateKind::PreCheckoutQuery(q)) => assert_eq!(q.total_amount, 0),
                other => panic!("{amount}: {other:?}"),
            }
        }
    }
}

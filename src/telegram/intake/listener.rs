//! The dispatcher's side of the inbox: leftovers of a previous process first, then the queue.

use std::collections::{HashSet, VecDeque};
use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{Stream, StreamExt};
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::{Update, UpdateKind};
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use tokio::sync::mpsc;

use super::gate::{gate, Gate};
use crate::app::App;
use crate::telegram::BotState;

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
    app.metrics
        .updates_ignored
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let _ = app.store.finish_update(id);
}

/// The dispatcher's update source: first what a previous process stored and never handled,
/// then what [`Intake::admit`] hands over. One per `Intake`: the queue has one receiver.
pub fn inbox_listener(
    app: Arc<App>,
    state: Arc<BotState>,
) -> impl UpdateListener<Err = Infallible> {
    let (token, flag) = mk_stop_token();
    let rx = Mutex::new(state.intake.take_receiver());
    StatefulListener::new((app, token, flag, rx, state), as_stream, stop_token_of)
}

type ListenerState = (
    Arc<App>,
    StopToken,
    StopFlag,
    Mutex<Option<mpsc::Receiver<(i64, String)>>>,
    Arc<BotState>,
);

fn stop_token_of(state: &mut ListenerState) -> StopToken {
    state.1.clone()
}

fn as_stream(state: &mut ListenerState) -> impl Stream<Item = Result<Update, Infallible>> + Send {
    let app = Arc::clone(&state.0);
    let flag = state.2.clone();
    let feed = Feed {
        rx: state.3.lock().ok().and_then(|mut rx| rx.take()),
        state: Arc::clone(&state.4),
        app,
        found: VecDeque::new(),
        skip: HashSet::new(),
        started: false,
    };
    futures::stream::unfold(feed, |mut f| async move {
        if !f.started {
            let (found, skip) = leftovers(&f.app).await;
            (f.found, f.skip, f.started) = (found.into(), skip, true);
        }
        while let Some(u) = f.found.pop_front() {
            if let Some(u) = f.admit(u) {
                return Some((Ok(u), f));
            }
        }
        loop {
            let (id, body) = f.rx.as_mut()?.recv().await?;
            // Stored and handed over before the leftovers were read: already yielded.
            if f.skip.remove(&id) {
                continue;
            }
            match read(&f.app, id, &body) {
                Some(u) => {
                    if let Some(u) = f.admit(u) {
                        return Some((Ok(u), f));
                    }
                }
                // Finished as ignored: decided, so it counts as handled.
                None => f.state.mark_handled(),
            }
        }
    })
    .take_until(flag)
}

struct Feed {
    app: Arc<App>,
    state: Arc<BotState>,
    rx: Option<mpsc::Receiver<(i64, String)>>,
    found: VecDeque<Update>,
    skip: HashSet<i64>,
    started: bool,
}

impl Feed {
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

/// Every update the inbox holds now, oldest first, and their ids.
async fn leftovers(app: &App) -> (Vec<Update>, HashSet<i64>) {
    let mut found = Vec::new();
    let mut ids = HashSet::new();
    let mut last = 0;
    loop {
        match app.store.inbox_after(last, 500).await {
            Ok(rows) if rows.is_empty() => break,
            Ok(rows) => {
                for (id, body) in rows {
                    last = last.max(id);
                    ids.insert(id);
                    found.extend(read(app, id, &body));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "reading the inbox failed; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
    if !found.is_empty() {
        tracing::info!(
            count = found.len(),
            "updates stored before the restart are handled first"
        );
    }
    (found, ids)
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

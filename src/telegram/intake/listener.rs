//! The dispatcher's side of the inbox: leftovers of a previous process first, then the queue.

use std::collections::{HashSet, VecDeque};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{Stream, StreamExt};
use teloxide::stop::{mk_stop_token, StopFlag, StopToken};
use teloxide::types::Update;
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use tokio::sync::mpsc;

use super::Intake;
use crate::app::App;

/// Not an update teloxide can read at all: dropped, once.
fn unreadable(app: &App, id: i64, e: &serde_json::Error) {
    tracing::error!(update_id = id, error = %e, "unreadable update dropped");
    let _ = app.store.finish_update(id);
}

/// The dispatcher's update source: first what a previous process stored and never handled,
/// then what [`Intake::admit`] hands over. One per `Intake`: the queue has one receiver.
pub fn inbox_listener(app: Arc<App>, intake: &Intake) -> impl UpdateListener<Err = Infallible> {
    let (token, flag) = mk_stop_token();
    let rx = Mutex::new(intake.take_receiver());
    StatefulListener::new((app, token, flag, rx), as_stream, stop_token_of)
}

type ListenerState = (
    Arc<App>,
    StopToken,
    StopFlag,
    Mutex<Option<mpsc::Receiver<(i64, String)>>>,
);

fn stop_token_of(state: &mut ListenerState) -> StopToken {
    state.1.clone()
}

fn as_stream(state: &mut ListenerState) -> impl Stream<Item = Result<Update, Infallible>> + Send {
    let app = Arc::clone(&state.0);
    let flag = state.2.clone();
    let feed = Feed {
        rx: state.3.lock().ok().and_then(|mut rx| rx.take()),
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
        if let Some(u) = f.found.pop_front() {
            return Some((Ok(u), f));
        }
        loop {
            let (id, body) = f.rx.as_mut()?.recv().await?;
            // Stored and handed over before the leftovers were read: already yielded.
            if f.skip.remove(&id) {
                continue;
            }
            match serde_json::from_str::<Update>(&body) {
                Ok(u) => return Some((Ok(u), f)),
                Err(e) => unreadable(&f.app, id, &e),
            }
        }
    })
    .take_until(flag)
}

struct Feed {
    app: Arc<App>,
    rx: Option<mpsc::Receiver<(i64, String)>>,
    found: VecDeque<Update>,
    skip: HashSet<i64>,
    started: bool,
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
                    match serde_json::from_str::<Update>(&body) {
                        Ok(u) => found.push(u),
                        Err(e) => unreadable(app, id, &e),
                    }
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

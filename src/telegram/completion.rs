//! How an update's handling ends, wherever it ends: in the handler itself, or in a reading the
//! handler handed to a task of its own (see `beside`). A failure or a panic becomes a logged
//! event and a localized apology; then the update leaves the inbox and counts as handled.

use std::any::Any;
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use teloxide::prelude::*;

use super::sender::{in_lane, Lane};
use super::{outbound, resend, BotState, FalBot, HandlerResult};
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::keys as k;
use crate::store::effects::Tracker;
use crate::store::{Event, Level};

/// The end of one update's handling, owned by whoever finishes it.
pub struct Completion {
    app: Arc<App>,
    /// What the update has done so far (see `store::effects`).
    tracker: Arc<Tracker>,
    state: Arc<BotState>,
    bot: Option<FalBot>,
    update: Arc<Update>,
    started: Instant,
}

/// What went wrong in a handler.
pub struct Failure {
    what: String,
    /// The panic hook already reported it (with its location).
    panicked: bool,
}

type Slot = Arc<Mutex<Option<Completion>>>;

tokio::task_local! {
    static CURRENT: Slot;
}

fn lock(slot: &Slot) -> MutexGuard<'_, Option<Completion>> {
    slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Completion {
    pub fn new(
        app: Arc<App>,
        state: Arc<BotState>,
        bot: Option<FalBot>,
        update: Arc<Update>,
    ) -> Completion {
        let tracker = Tracker::new(app.store.clone(), i64::from(update.id.0));
        Completion {
            app,
            tracker,
            state,
            bot,
            update,
            started: Instant::now(),
        }
    }

    pub fn app(&self) -> &Arc<App> {
        &self.app
    }

    /// Runs the part of the update's work that left the handler (a reading written beside
    /// the queue) with its effects still noted against the update.
    pub async fn tracked<F: Future>(&self, work: F) -> F::Output {
        let work = resend::keeping(Arc::clone(&self.app), work);
        self.tracker.scope(work).await
    }

    /// Runs the handler with this completion within its reach ([`take_current`]); returns its
    /// output, the time it waited on the Bot API, and the completion unless the handler took it.
    pub async fn scoped<F: Future>(self, work: F) -> (F::Output, Duration, Option<Completion>) {
        let tracker = Arc::clone(&self.tracker);
        let app = Arc::clone(&self.app);
        // A newcomer's answers wait behind everyone else's (see `intake`).
        let lane = match self.state.intake.is_newcomer(i64::from(self.update.id.0)) {
            true => Lane::Newcomer,
            false => Lane::Interactive,
        };
        let slot: Slot = Arc::new(Mutex::new(Some(self)));
        let work = in_lane(lane, CURRENT.scope(Arc::clone(&slot), work));
        let work = resend::keeping(Arc::clone(&app), work);
        let work = tracker.scope(work);
        let (out, waited) = outbound::measured(work).await;
        let left = lock(&slot).take();
        (out, waited, left)
    }

    /// Ends the update: the apology and an event row after a failure, then the inbox, the
    /// metrics and the handled count.
    pub async fn finish(self, failure: Option<Failure>, waited: Duration) {
        let app = &self.app;
        if let Some(Failure { what, panicked }) = failure {
            app.metrics.handler_errors.fetch_add(1, Ordering::Relaxed);
            tracing::error!(update_id = self.update.id.0, error = %what, panicked, "handler failed");
            if let Some(bot) = &self.bot {
                apologize(bot, app, &self.update).await;
            }
            let _ = app
                .store
                .log_event(Event {
                    level: Level::Error,
                    kind: "handler_error",
                    user_id: self.update.from().map(|u| u.id.0 as i64),
                    message: what,
                })
                .await;
        }
        let id = i64::from(self.update.id.0);
        if let Err(e) = app.store.finish_update(id) {
            tracing::warn!(error = %e, "could not mark the update finished");
        }
        self.state.intake.finished(id);
        let total = self.started.elapsed();
        app.metrics.handler_latency.record(total);
        app.metrics
            .handler_processing
            .record(total.saturating_sub(waited));
        app.metrics.updates_handled.fetch_add(1, Ordering::Relaxed);
        self.state.mark_handled();
    }
}

/// Takes the current update's completion, to finish it later elsewhere; `None` outside a
/// handler or when already taken.
pub fn take_current() -> Option<Completion> {
    CURRENT.try_with(|slot| lock(slot).take()).ok().flatten()
}

/// Whether the current task is a handler whose completion can still be taken.
pub fn available() -> bool {
    CURRENT
        .try_with(|slot| lock(slot).is_some())
        .unwrap_or(false)
}

/// Gives a taken completion back to the current handler (it did not detach after all).
pub fn put_back(done: Completion) {
    let _ = CURRENT.try_with(|slot| *lock(slot) = Some(done));
}

/// The failure in a handler's result (an error, or a caught panic), if any.
pub fn failure_of(result: Result<HandlerResult, Box<dyn Any + Send>>) -> Option<Failure> {
    match result {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(Failure {
            what: format!("{e:#}"),
            panicked: false,
        }),
        Err(panic) => Some(Failure {
            what: format!("panic: {}", crate::observe::panic::panic_message(&*panic)),
            panicked: true,
        }),
    }
}

async fn apologize(bot: &FalBot, app: &App, update: &Update) {
    let Some(from) = update.from() else { return };
    let user_id = from.id.0 as i64;
    let lang = match app.store.user(user_id).await {
        Ok(Some(u)) => u.language,
        _ => Lang::detect(from.language_code.as_deref()),
    };
    if let teloxide::types::UpdateKind::CallbackQuery(q) = &update.kind {
        let _ = bot.answer_callback_query(q.id.clone()).await;
    }
    let text = app.i18n.t(lang, k::ERROR_GENERIC);
    if let Err(e) = outbound::sent(
        bot,
        ChatId(user_id),
        bot.send_message(ChatId(user_id), text).send(),
    )
    .await
    {
        tracing::warn!(error = %e, "could not deliver the apology");
    }
}

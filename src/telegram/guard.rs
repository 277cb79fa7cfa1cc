//! The outer shell around the handler tree: each update's time is measured, and an error or
//! panic in any handler becomes a logged event and a localized apology instead of a dead
//! chat worker.

use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use futures::FutureExt;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;

use super::{outbound, BotState, FalBot};
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::keys as k;
use crate::store::{Event, Level};

pub fn guarded(inner: UpdateHandler<anyhow::Error>) -> UpdateHandler<anyhow::Error> {
    let description = inner.description().clone();
    let sig = inner.sig().clone();
    dptree::from_fn_with_description(
        description,
        move |deps: DependencyMap, cont| {
            let inner = inner.clone();
            async move {
                let (Some(app), Some(state), Some(update)) = (
                    deps.try_get::<Arc<App>>(),
                    deps.try_get::<Arc<BotState>>(),
                    deps.try_get::<Update>(),
                ) else {
                    return inner.execute(deps, cont).await;
                };
                let app: Arc<App> = Arc::clone(&app);
                let started = Instant::now();
                let bot = deps.try_get::<FalBot>();
                let (outcome, waited) =
                    outbound::measured(AssertUnwindSafe(inner.execute(deps, cont)).catch_unwind())
                        .await;
                let failure = match outcome {
                    Ok(ControlFlow::Break(Err(e))) => Some((format!("{e:#}"), false)),
                    Err(panic) => Some((
                        format!("panic: {}", crate::observe::panic::panic_message(&*panic)),
                        true,
                    )),
                    Ok(_) => None,
                };
                if let Some((what, panicked)) = failure {
                    app.metrics.handler_errors.fetch_add(1, Ordering::Relaxed);
                    // `panicked`: the panic hook already reported it (with its location).
                    tracing::error!(update_id = update.id.0, error = %what, panicked, "handler failed");
                    if let Some(bot) = bot {
                        apologize(&bot, &app, &update).await;
                    }
                    let user_id = update.from().map(|u| u.id.0 as i64);
                    let _ = app
                        .store
                        .log_event(Event {
                            level: Level::Error,
                            kind: "handler_error",
                            user_id,
                            message: what,
                        })
                        .await;
                }
                if let Err(e) = app.store.finish_update(i64::from(update.id.0)) {
                    tracing::warn!(error = %e, "could not mark the update finished");
                }
                let total = started.elapsed();
                app.metrics.handler_latency.record(total);
                app.metrics
                    .handler_processing
                    .record(total.saturating_sub(waited));
                app.metrics.updates_handled.fetch_add(1, Ordering::Relaxed);
                state.mark_handled();
                ControlFlow::Break(Ok(()))
            }
        },
        sig,
    )
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
    if let Err(e) = bot.send_message(ChatId(user_id), text).await {
        tracing::warn!(error = %e, "could not deliver the apology");
    }
}

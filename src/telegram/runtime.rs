//! Running the bot: the dispatcher fed from the inbox (see `intake`), long polling unless in
//! webhook mode, and the background jobs — stopped together.

use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::ShutdownToken;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use tokio::task::JoinHandle;

use super::bot::BotOptions;
use super::{scheduled, schema, BotState, FalBot};
use crate::app::App;
use crate::jobs::JobSet;

/// A running bot: stop it with [`Running::stop`].
pub struct Running {
    pub app: Arc<App>,
    pub state: Arc<BotState>,
    /// The throttled bot, for senders outside the dispatcher (pushes, tests).
    pub bot: FalBot,
    /// Long polling into the inbox; `None` in webhook mode (the HTTP server receives).
    poller: Option<JoinHandle<()>>,
    jobs: JobSet,
    shutdown: ShutdownToken,
    dispatcher: JoinHandle<()>,
}

/// How long a stop waits for in-flight handlers and job runs; a handler still running after
/// it is reported as interrupted at the next start.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Starts the dispatcher on the inbox, long polling unless `WEBHOOK_URL` is set, and the
/// Telegram-side jobs beside those already in `jobs`; the returned handle owns them all.
pub fn start(
    app: Arc<App>,
    state: Arc<BotState>,
    bot: FalBot,
    opts: &BotOptions,
    mut jobs: JobSet,
) -> Running {
    let mut dispatcher = Dispatcher::builder(bot.bot().clone(), schema())
        .dependencies(dptree::deps![
            Arc::clone(&app),
            Arc::clone(&state),
            bot.clone()
        ])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("dispatcher error"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let listener = super::intake::inbox_listener(Arc::clone(&app), Arc::clone(&state));
    let recovery = (Arc::clone(&app), bot.clone());
    let dispatcher = tokio::spawn(async move {
        // Before any new update: tell the chats whose answer a crash cut off.
        recover_interrupted(&recovery.0, &recovery.1).await;
        dispatcher
            .dispatch_with_listener(
                listener,
                LoggingErrorHandler::with_custom_text("polling error"),
            )
            .await;
    });
    let poller = app.cfg.webhook_url.is_none().then(|| {
        tokio::spawn(super::intake::poll(
            Arc::clone(&app),
            Arc::clone(&state.intake),
            bot.clone(),
            opts.polling_timeout,
        ))
    });
    jobs.start_all(scheduled::jobs(&app, &state, &bot, opts));
    Running {
        app,
        state,
        bot,
        poller,
        jobs,
        shutdown,
        dispatcher,
    }
}

impl Running {
    /// Stops taking updates, then lets in-flight handlers and job runs finish (up to
    /// [`SHUTDOWN_GRACE`]), then closes the database.
    pub async fn stop(self) {
        if let Some(p) = &self.poller {
            p.abort();
        }
        let handlers = async {
            stop_dispatcher(&self.shutdown, &self.dispatcher).await;
            // Readings written beside their chats' queues are handlers too.
            if !self.state.in_flight.idle(SHUTDOWN_GRACE).await {
                tracing::warn!("readings still being written after the grace period; they will be reported as interrupted at the next start");
            }
        };
        tokio::join!(handlers, self.jobs.stop(SHUTDOWN_GRACE));
        if !self.dispatcher.is_finished() {
            self.dispatcher.abort();
        }
        let _ = self.dispatcher.await;
        self.app.store.close();
    }
}

/// Asks the dispatcher to stop and waits for its handlers, up to the grace.
async fn stop_dispatcher(shutdown: &ShutdownToken, dispatcher: &JoinHandle<()>) {
    // The token refuses while the dispatcher is still starting up; retry briefly.
    for _ in 0..200 {
        match shutdown.shutdown() {
            Ok(done) => {
                if tokio::time::timeout(SHUTDOWN_GRACE, done).await.is_err() {
                    tracing::warn!(
                        grace_s = SHUTDOWN_GRACE.as_secs(),
                        "handlers still running after the grace period; they will be reported as interrupted at the next start"
                    );
                }
                return;
            }
            Err(_) if dispatcher.is_finished() => return,
            Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

/// Updates a previous process claimed but never finished (it was killed mid-answer): each
/// chat hears that its last request was cut off, instead of silence — never a second answer.
async fn recover_interrupted(app: &Arc<App>, bot: &FalBot) {
    let interrupted = match app.store.take_interrupted().await {
        Ok(list) => list,
        Err(e) => {
            tracing::error!(error = %e, "cannot read interrupted updates");
            return;
        }
    };
    if interrupted.is_empty() {
        return;
    }
    tracing::warn!(
        count = interrupted.len(),
        "updates interrupted by the last stop"
    );
    let chats: std::collections::BTreeSet<i64> = interrupted.iter().map(|l| l.chat_id).collect();
    // Told beside the dispatcher, many at a time: after a crash under load there can be
    // hundreds, and new updates must not wait behind them.
    let (app, bot) = (Arc::clone(app), bot.clone());
    tokio::spawn(async move {
        use futures::StreamExt;
        futures::stream::iter(chats)
            .for_each_concurrent(32, |chat| {
                let (app, bot) = (&app, &bot);
                async move {
                    let lang = match app.store.user(chat).await {
                        Ok(Some(u)) => u.language,
                        _ => crate::domain::Lang::En,
                    };
                    let text = app.i18n.t(lang, crate::i18n::keys::ERROR_INTERRUPTED);
                    let notice = bot.send_message(ChatId(chat), text).send();
                    if let Err(e) = super::outbound::sent(bot, ChatId(chat), notice).await {
                        tracing::warn!(error = %e, "could not tell a chat about an interrupted answer");
                    }
                }
            })
            .await;
    });
}

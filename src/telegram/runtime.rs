//! Building the bot and running the dispatcher (fed from the inbox, see `intake`) with its
//! background chores.

use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::adaptors::Throttle;
use teloxide::dispatching::ShutdownToken;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use tokio::task::JoinHandle;

use super::{schema, BotState, FalBot};
use crate::app::App;
use crate::config::Config;

#[derive(Debug, Clone)]
pub struct BotOptions {
    /// Telegram's real limits (30 msg/s, 1 msg/s per chat) — off only against the fake
    /// server, where waiting a second per chat would just slow tests down.
    pub telegram_limits: bool,
    /// Long-polling timeout sent with `getUpdates`.
    pub polling_timeout: Duration,
    /// How often the push scheduler looks for due pushes; `None` leaves it to the caller
    /// (tests drive `pushes::run_once` with their own clock).
    pub push_every: Option<Duration>,
}

impl Default for BotOptions {
    fn default() -> Self {
        BotOptions {
            telegram_limits: true,
            polling_timeout: Duration::from_secs(10),
            push_every: Some(Duration::from_secs(30)),
        }
    }
}

pub fn build_bot(cfg: &Config, opts: &BotOptions) -> anyhow::Result<FalBot> {
    let token = cfg
        .telegram_token
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("TELEGRAM_BOT_TOKEN is not set"))?;
    // The HTTP timeout must outlast the long poll, or every idle poll would fail.
    let client = teloxide::net::default_reqwest_settings()
        .timeout(opts.polling_timeout + Duration::from_secs(15))
        .build()?;
    let api_url = reqwest::Url::parse(&cfg.telegram_api_url)
        .map_err(|e| anyhow::anyhow!("TELEGRAM_API_URL: {e}"))?;
    let bot = Bot::with_client(token.expose(), client).set_api_url(api_url);
    let limits = if opts.telegram_limits {
        Limits::default()
    } else {
        Limits {
            messages_per_sec_chat: 10_000,
            messages_per_min_chat: 1_000_000,
            messages_per_min_channel_or_supergroup: 1_000_000,
            messages_per_sec_overall: 100_000,
        }
    };
    Ok(Throttle::new_spawn(bot, limits))
}

/// A running bot: stop it with [`Running::stop`].
pub struct Running {
    pub app: Arc<App>,
    pub state: Arc<BotState>,
    /// The throttled bot, for senders outside the dispatcher (pushes, tests).
    pub bot: FalBot,
    pushes: Option<JoinHandle<()>>,
    /// Long polling into the inbox; `None` in webhook mode (the HTTP server receives).
    poller: Option<JoinHandle<()>>,
    broadcasts: JoinHandle<()>,
    shutdown: ShutdownToken,
    dispatcher: JoinHandle<()>,
    chores: JoinHandle<()>,
}

/// How long a stop waits for in-flight handlers; what still runs after it is reported as
/// interrupted at the next start.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Starts the dispatcher on the inbox, and long polling unless `WEBHOOK_URL` is set.
pub fn start(app: Arc<App>, state: Arc<BotState>, bot: FalBot, opts: &BotOptions) -> Running {
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![Arc::clone(&app), Arc::clone(&state)])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("dispatcher error"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let bot_for_menu = bot.clone();
    let bot_for_pushes = bot.clone();
    let listener = super::intake::inbox_listener(Arc::clone(&app), &state.intake);
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
            bot_for_menu.clone(),
            opts.polling_timeout,
        ))
    });
    let chores = tokio::spawn(chores(
        Arc::clone(&app),
        Arc::clone(&state),
        bot_for_menu.clone(),
    ));
    let pushes = opts.push_every.map(|every| {
        tokio::spawn(super::pushes::run(
            Arc::clone(&app),
            bot_for_pushes,
            Arc::clone(&state),
            every,
        ))
    });
    let broadcasts = tokio::spawn(super::admin_panel::run_broadcasts(
        Arc::clone(&app),
        bot_for_menu.clone(),
        Duration::from_secs(2),
    ));
    Running {
        app,
        state,
        bot: bot_for_menu,
        pushes,
        poller,
        broadcasts,
        shutdown,
        dispatcher,
        chores,
    }
}

/// Start-up registration, then periodic housekeeping: idle rate-limit keys and old update ids.
async fn chores(app: Arc<App>, state: Arc<BotState>, bot: FalBot) {
    super::commands::register(&bot, &app).await;
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    let mut minutes: u64 = 0;
    loop {
        tick.tick().await;
        state.limits.cleanup();
        if minutes.is_multiple_of(60) {
            daily_backup(&app).await;
        }
        if minutes.is_multiple_of(60 * 6) {
            if let Err(e) = app.store.prune_processed_updates().await {
                tracing::warn!(error = %e, "pruning processed updates failed");
            }
        }
        minutes += 1;
    }
}

impl Running {
    /// Stops taking updates, lets in-flight handlers finish (up to [`SHUTDOWN_GRACE`]), then
    /// closes the database.
    pub async fn stop(self) {
        if let Some(p) = &self.poller {
            p.abort();
        }
        self.chores.abort();
        self.broadcasts.abort();
        if let Some(p) = &self.pushes {
            p.abort();
        }
        // The token refuses while the dispatcher is still starting up; retry briefly.
        for _ in 0..200 {
            match self.shutdown.shutdown() {
                Ok(done) => {
                    if tokio::time::timeout(SHUTDOWN_GRACE, done).await.is_err() {
                        tracing::warn!(
                            grace_s = SHUTDOWN_GRACE.as_secs(),
                            "handlers still running after the grace period; they will be reported as interrupted at the next start"
                        );
                        self.dispatcher.abort();
                    }
                    break;
                }
                Err(_) if self.dispatcher.is_finished() => break,
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
        let _ = self.dispatcher.await;
        self.app.store.close();
    }

    /// Waits until the dispatcher ends (Ctrl-C is handled by the caller).
    pub fn shutdown_token(&self) -> ShutdownToken {
        self.shutdown.clone()
    }

    pub async fn join(self) {
        let _ = self.dispatcher.await;
        if let Some(p) = &self.poller {
            p.abort();
        }
        self.chores.abort();
        self.broadcasts.abort();
        if let Some(p) = &self.pushes {
            p.abort();
        }
        self.app.store.close();
    }
}

/// With BACKUP_DIR set, a backup when the newest one is a day old (checked hourly).
async fn daily_backup(app: &App) {
    let Some(dir) = app.cfg.backup_dir.clone() else {
        return;
    };
    let newest = std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.metadata().ok()?.modified().ok())
        .max();
    let fresh = newest.is_some_and(|t| {
        t.elapsed()
            .is_ok_and(|age| age < Duration::from_secs(24 * 3600))
    });
    if fresh {
        return;
    }
    let db = app.cfg.db_path.clone();
    match tokio::task::spawn_blocking(move || crate::store::backup::backup(&db, &dir, 14)).await {
        Ok(Ok(file)) => tracing::info!(file = %file.display(), "daily backup written"),
        Ok(Err(e)) => tracing::error!(error = %e, "daily backup failed"),
        Err(e) => tracing::error!(error = %e, "daily backup task failed"),
    }
}

/// Updates a previous process claimed but never finished (it was killed mid-answer): each
/// chat hears that its last request was cut off, instead of silence — never a second answer.
async fn recover_interrupted(app: &App, bot: &FalBot) {
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
    let mut told = std::collections::HashSet::new();
    for lost in interrupted {
        if !told.insert(lost.chat_id) {
            continue;
        }
        let lang = match app.store.user(lost.chat_id).await {
            Ok(Some(u)) => u.language,
            _ => crate::domain::Lang::En,
        };
        let text = app.i18n.t(lang, crate::i18n::keys::ERROR_INTERRUPTED);
        if let Err(e) = bot.send_message(ChatId(lost.chat_id), text).await {
            tracing::warn!(error = %e, "could not tell a chat about an interrupted answer");
        }
    }
}

/// Webhook mode: tells Telegram where to deliver, with the secret it must send along.
pub async fn set_webhook(
    bot: &FalBot,
    url: reqwest::Url,
    secret: &crate::config::Secret,
) -> anyhow::Result<()> {
    bot.set_webhook(url)
        .secret_token(secret.expose().to_string())
        .allowed_updates(super::intake::ALLOWED_UPDATES.to_vec())
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {e}"))?;
    tracing::info!("webhook registered with Telegram");
    Ok(())
}

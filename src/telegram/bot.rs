//! Building the bot: the Bot API client with Telegram's limits, and the webhook registration.

use std::time::Duration;

use teloxide::prelude::*;

use super::sender::{Limits, Sender};
use super::FalBot;
use crate::config::Config;

#[derive(Debug, Clone)]
pub struct BotOptions {
    /// Telegram's real limits (`TELEGRAM_MESSAGES_PER_SECOND`, 1 msg/s per chat) — off only
    /// against the fake server, where waiting a second per chat would just slow tests down.
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
        Limits::telegram(cfg.telegram_messages_per_second)
    } else {
        Limits::unlimited()
    };
    Ok(FalBot::new(bot, Sender::new(limits)))
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

//! Broadcasts: an audience (everyone, one language, one plan) fixed at confirmation, then sent
//! in batches under an overall rate of at most 25 messages a second, each outcome stored before
//! the next, so a restart resumes where it stopped. The panel's runner and `falgram admin
//! broadcast` share all of it.

use std::future::Future;
use std::num::NonZeroU32;

use governor::{Quota, RateLimiter};

use super::accounts::log_action;
use super::messenger::{Messenger, SendError};
use crate::app::App;
use crate::domain::text::escape_html;
use crate::domain::{Lang, Plan};
use crate::store::{BroadcastProgress, Store, StoreResult};

/// Messages per second at most (Telegram allows about 30 overall).
pub const PER_SECOND: u32 = 25;
const BATCH: i64 = 100;

/// Who a broadcast reaches (reachable users only): everyone, one language, or one plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Audience {
    pub lang: Option<Lang>,
    pub plan: Option<Plan>,
}

/// Which process sends a broadcast: the bot's runner or the terminal command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    Bot,
    Terminal,
}

impl Runner {
    fn code(self) -> &'static str {
        match self {
            Runner::Bot => "bot",
            Runner::Terminal => "cli",
        }
    }
}

pub async fn audience_size(app: &App, audience: Audience) -> StoreResult<i64> {
    app.store.audience_size(audience.lang, audience.plan).await
}

/// Fixes the recipients of a new broadcast; returns its id and their number.
pub async fn create(
    app: &App,
    by: Option<i64>,
    text: String,
    audience: Audience,
    runner: Runner,
    paid: bool,
) -> StoreResult<(i64, i64)> {
    let (id, total) = app
        .store
        .create_broadcast(by, text, audience.lang, audience.plan, runner.code(), paid)
        .await?;
    let how = if paid { " (paid broadcast)" } else { "" };
    log_action(
        app,
        by,
        "admin_broadcast",
        format!("broadcast #{id} to {total} recipient(s){how}"),
    )
    .await;
    Ok((id, total))
}

/// Broadcasts the bot's runner has to send (new, or interrupted by a restart).
pub async fn pending(app: &App) -> StoreResult<Vec<i64>> {
    app.store.running_broadcasts(Runner::Bot.code()).await
}

/// Sends broadcast `id` to every pending recipient; `on_batch` hears the progress after each
/// batch. Returns the final counts (the broadcast is marked done).
pub async fn send_all<F, Fut>(
    store: &Store,
    messenger: &dyn Messenger,
    id: i64,
    mut on_batch: F,
) -> anyhow::Result<BroadcastProgress>
where
    F: FnMut(BroadcastProgress) -> Fut,
    Fut: Future<Output = ()>,
{
    // Evenly spaced, no burst: a runner that starts again after a restart cannot add a
    // second's worth on top of the second just sent.
    let Some(start) = store.broadcast_progress(id).await? else {
        anyhow::bail!("no broadcast #{id}");
    };
    // A paid broadcast goes at Telegram's paid ceiling; a free one stays under the free rate.
    let rate = if start.paid {
        crate::domain::broadcast::PAID_PER_SECOND as u32
    } else {
        PER_SECOND
    };
    let limiter = RateLimiter::direct(
        Quota::per_second(NonZeroU32::new(rate).unwrap_or(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::MIN),
    );
    let html = escape_html(&start.text);
    loop {
        let batch = store.next_recipients(id, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        for user in batch {
            limiter.until_ready().await;
            let sent = if start.paid {
                messenger.send_paid_html(user, html.clone()).await
            } else {
                messenger.send_html(user, html.clone()).await
            };
            let status = match sent {
                Ok(()) => "sent",
                Err(SendError::Unreachable) => "blocked",
                Err(e) => {
                    tracing::warn!(error = %e, user, "broadcast message failed");
                    "failed"
                }
            };
            store.mark_recipient(id, user, status).await?;
        }
        if let Some(p) = store.broadcast_progress(id).await? {
            on_batch(p).await;
        }
    }
    store.finish_broadcast(id, "done").await?;
    store
        .broadcast_progress(id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("broadcast #{id} vanished"))
}

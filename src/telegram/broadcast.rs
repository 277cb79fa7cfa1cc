//! Sending a broadcast: recipients in batches, each sent through the throttled bot under an
//! overall rate of at most 25 messages a second, each outcome stored before the next, so a
//! restart resumes where it stopped. Used by the bot (admin panel) and `falgram admin broadcast`.

use std::future::Future;
use std::num::NonZeroU32;

use governor::{Quota, RateLimiter};
use teloxide::types::ChatId;

use super::reply::{escape_html, send_html};
use super::FalBot;
use crate::store::{BroadcastProgress, Store};

/// Messages per second at most (Telegram allows about 30 overall).
pub const PER_SECOND: u32 = 25;
const BATCH: i64 = 100;

/// The user can no longer be reached: blocked the bot, deleted the account, or the chat is gone.
/// Pushes and broadcasts both mark such users inactive.
pub fn unreachable(e: &teloxide::RequestError) -> bool {
    use teloxide::{ApiError, RequestError};
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound
        )
    )
}

/// Sends broadcast `id` to every pending recipient; `on_batch` hears the progress after each
/// batch. Returns the final counts (the broadcast is marked done).
pub async fn send_all<F, Fut>(
    store: &Store,
    bot: &FalBot,
    id: i64,
    mut on_batch: F,
) -> anyhow::Result<BroadcastProgress>
where
    F: FnMut(BroadcastProgress) -> Fut,
    Fut: Future<Output = ()>,
{
    let limiter = RateLimiter::direct(Quota::per_second(
        NonZeroU32::new(PER_SECOND).unwrap_or(NonZeroU32::MIN),
    ));
    let Some(start) = store.broadcast_progress(id).await? else {
        anyhow::bail!("no broadcast #{id}");
    };
    let html = escape_html(&start.text);
    loop {
        let batch = store.next_recipients(id, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        for user in batch {
            limiter.until_ready().await;
            let status = match send_html(bot, ChatId(user), html.clone(), None).await {
                Ok(_) => "sent",
                Err(e) if unreachable(&e) => "blocked",
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

//! Time spent waiting on the Bot API, per update. Handler latency minus this is our own
//! processing: the part a benchmark can hold us to, since Telegram's round trip and the
//! `Throttle` queue (which releases messages in 250 ms rounds) are not ours to shorten.

use std::cell::Cell;
use std::future::Future;
use std::time::{Duration, Instant};

use teloxide::types::ChatId;
use teloxide::RequestError;

tokio::task_local! {
    static OUTBOUND: Cell<Duration>;
}

/// A message to `chat`: it waits for the sender's permit (Telegram's limits, lanes in order),
/// is timed like any call, and counts for the update's record (see `store::effects`): on its
/// way once the permit is granted — the instant it leaves — and answered once Telegram
/// accepts it. A 429 pauses the lane it hit.
pub async fn sent<T, F>(bot: &super::FalBot, chat: ChatId, call: F) -> Result<T, RequestError>
where
    F: Future<Output = Result<T, RequestError>>,
{
    let lane = super::sender::current_lane();
    let out = timed(async {
        bot.sender().permit(lane, chat.0).await;
        crate::store::effects::note_sending();
        call.await
    })
    .await;
    match &out {
        Ok(_) => crate::store::effects::note_answered(),
        Err(RequestError::RetryAfter(after)) => bot.sender().pause(lane, after.duration()),
        // Refused (a message that can no longer be edited, say): nothing reached the chat,
        // so the fallback that usually follows need not wait out the chat's second.
        Err(RequestError::Api(_)) => bot.sender().refund(chat.0),
        Err(_) => {}
    }
    out
}

/// A reply that is not a chat message and must not wait (a pre-checkout answer: Telegram
/// gives 10 s): timed, and counted as the update's answer once accepted.
pub async fn replied<T, E, F: Future<Output = Result<T, E>>>(call: F) -> Result<T, E> {
    crate::store::effects::note_sending();
    let out = timed(call).await;
    if out.is_ok() {
        crate::store::effects::note_answered();
    }
    out
}

/// Awaits a Bot API call and books its duration to the current update.
pub async fn timed<F: Future>(call: F) -> F::Output {
    let started = Instant::now();
    let out = call.await;
    let _ = OUTBOUND.try_with(|c| c.set(c.get() + started.elapsed()));
    out
}

/// Runs one update's handling and returns how long it waited on the Bot API.
pub async fn measured<F: Future>(work: F) -> (F::Output, Duration) {
    OUTBOUND
        .scope(Cell::new(Duration::ZERO), async {
            let out = work.await;
            (out, OUTBOUND.try_with(Cell::get).unwrap_or_default())
        })
        .await
}

/// Sends one HTML message as it is (no keeping through outages: see `reply::send_html`).
pub async fn try_send_html(
    bot: &super::FalBot,
    chat: teloxide::types::ChatId,
    html: String,
    keyboard: Option<teloxide::types::InlineKeyboardMarkup>,
) -> Result<(), teloxide::RequestError> {
    use teloxide::payloads::SendMessageSetters;
    use teloxide::prelude::*;
    let req = bot
        .send_message(chat, html)
        .parse_mode(teloxide::types::ParseMode::Html);
    match keyboard {
        Some(kb) => sent(bot, chat, req.reply_markup(kb).send())
            .await
            .map(|_| ()),
        None => sent(bot, chat, req.send()).await.map(|_| ()),
    }
}

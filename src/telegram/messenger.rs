//! The shared operations' way to reach users ([`Messenger`]), over the throttled bot.

use futures::future::BoxFuture;
use teloxide::prelude::*;
use teloxide::types::{TelegramTransactionId, UserId};
use teloxide::{ApiError, RequestError};

use super::outbound::timed;
use super::reply::send_html;
use super::FalBot;
use crate::services::messenger::{Messenger, SendError};

/// The bot as a [`Messenger`].
#[derive(Clone)]
pub struct BotMessenger(pub FalBot);

/// The user can no longer be reached: blocked the bot, deleted the account, or the chat is
/// gone. Pushes and broadcasts mark such users inactive.
pub fn unreachable(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound
        )
    )
}

fn send_error(e: RequestError) -> SendError {
    if unreachable(&e) {
        SendError::Unreachable
    } else {
        SendError::Failed(e.to_string())
    }
}

impl Messenger for BotMessenger {
    fn send_html(&self, user_id: i64, html: String) -> BoxFuture<'_, Result<(), SendError>> {
        Box::pin(async move {
            send_html(&self.0, ChatId(user_id), html, None)
                .await
                .map(|_| ())
                .map_err(send_error)
        })
    }

    fn send_paid_html(&self, user_id: i64, html: String) -> BoxFuture<'_, Result<(), SendError>> {
        Box::pin(async move {
            let chat = ChatId(user_id);
            let message = self
                .0
                .send_message(chat, html)
                .parse_mode(teloxide::types::ParseMode::Html)
                .allow_paid_broadcast(true)
                .send();
            // Its own lane: the paid ceiling, never the free budget interactive answers use.
            let lane = super::sender::Lane::PaidBroadcast;
            super::sender::in_lane(lane, super::outbound::sent(&self.0, chat, message))
                .await
                .map(|_| ())
                .map_err(send_error)
        })
    }

    fn refund_stars<'a>(
        &'a self,
        user_id: i64,
        charge_id: &'a str,
    ) -> BoxFuture<'a, Result<(), SendError>> {
        Box::pin(async move {
            let refund = self.0.refund_star_payment(
                UserId(user_id as u64),
                TelegramTransactionId(charge_id.to_string()),
            );
            timed(refund.send()).await.map(|_| ()).map_err(send_error)
        })
    }
}

//! The port through which the shared operations reach a user: the Telegram adapter implements
//! it; the terminal commands use it when a bot token is configured and say so when not.

use futures::future::BoxFuture;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Blocked the bot, deleted the account, or the chat is gone: such users are marked
    /// inactive by pushes and broadcasts.
    #[error("the user can no longer be reached")]
    Unreachable,
    #[error("{0}")]
    Failed(String),
}

pub trait Messenger: Send + Sync {
    /// A message in Telegram HTML to a user's private chat.
    fn send_html(&self, user_id: i64, html: String) -> BoxFuture<'_, Result<(), SendError>>;

    /// A broadcast message sent with `allow_paid_broadcast` (see `domain::broadcast`).
    fn send_paid_html(&self, user_id: i64, html: String) -> BoxFuture<'_, Result<(), SendError>> {
        self.send_html(user_id, html)
    }

    /// Gives back a Stars payment (`refundStarPayment`).
    fn refund_stars<'a>(
        &'a self,
        user_id: i64,
        charge_id: &'a str,
    ) -> BoxFuture<'a, Result<(), SendError>>;
}

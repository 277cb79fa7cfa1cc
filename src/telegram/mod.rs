//! The Telegram adapter: the update flow (`schema`), its dispatcher parts (context, guard,
//! callback data, replies, screens, rate limits), the handlers by feature, and the runtime
//! with its Telegram-side background work.

pub mod beside;
pub mod bot;
pub mod callback_data;
mod completion;
pub mod context;
pub mod download;
pub mod drafts;
mod guard;
pub mod handlers;
pub mod intake;
pub(crate) mod messenger;
mod outbound;
pub mod ratelimit;
pub mod reply;
pub mod resend;
mod runtime;
pub mod scheduled;
mod schema;
pub mod screens;
pub mod sender;
pub mod stars;
pub mod state;
pub mod typing;

use teloxide::prelude::*;

pub use bot::{build_bot, set_webhook, BotOptions};
pub use messenger::BotMessenger;
pub use runtime::{start, Running, SHUTDOWN_GRACE};
pub use schema::schema;
pub use state::BotState;

/// The bot every handler gets: teloxide's `Bot` for the requests, and the one sender that
/// keeps Telegram's limits with interactive answers first (see `sender`). Derefs to `Bot`.
#[derive(Clone)]
pub struct FalBot {
    bot: Bot,
    sender: std::sync::Arc<sender::Sender>,
}

impl FalBot {
    pub fn new(bot: Bot, sender: std::sync::Arc<sender::Sender>) -> FalBot {
        FalBot { bot, sender }
    }

    /// The plain Bot API client (for the dispatcher, and requests teloxide does not wrap).
    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    pub fn sender(&self) -> &std::sync::Arc<sender::Sender> {
        &self.sender
    }
}

impl std::ops::Deref for FalBot {
    type Target = Bot;
    fn deref(&self) -> &Bot {
        &self.bot
    }
}
pub type HandlerResult = anyhow::Result<()>;

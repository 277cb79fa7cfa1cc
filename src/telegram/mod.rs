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
pub mod state;
pub mod typing;

use teloxide::adaptors::Throttle;
use teloxide::prelude::*;

pub use bot::{build_bot, set_webhook, BotOptions};
pub use messenger::BotMessenger;
pub use runtime::{start, Running, SHUTDOWN_GRACE};
pub use schema::schema;
pub use state::BotState;

/// The bot type every handler gets: Telegram's limits are enforced by teloxide's `Throttle`.
pub type FalBot = Throttle<Bot>;
pub type HandlerResult = anyhow::Result<()>;

//! "typing…" while an answer is prepared, for as long as it takes.

use teloxide::prelude::*;
use teloxide::types::ChatAction;

use super::FalBot;

/// How often the "typing…" indicator is renewed while the AI works (Telegram shows it ~5 s).
const TYPING_EVERY: std::time::Duration = std::time::Duration::from_secs(4);

/// Keeps "typing…" visible until dropped. Chat actions are not rate-limited like messages, so
/// this costs the user nothing, unlike a "please wait" message.
pub struct Typing(tokio::task::JoinHandle<()>);

impl Typing {
    pub fn start(bot: &FalBot, chat: ChatId) -> Typing {
        let bot = bot.clone();
        Typing(tokio::spawn(async move {
            loop {
                // From the bot's one budget, never queued: a "typing…" that finds it spent is
                // skipped (the next comes in a few seconds).
                if bot.sender().try_now() {
                    let _ = bot.send_chat_action(chat, ChatAction::Typing).await;
                }
                tokio::time::sleep(TYPING_EVERY).await;
            }
        }))
    }
}

impl Drop for Typing {
    fn drop(&mut self) {
        self.0.abort();
    }
}

//! Sending texts: HTML escaping, splitting at Telegram's limit, keyboards on the last part.

use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId, ParseMode};

use super::outbound::timed;
use super::FalBot;
pub use crate::domain::text::escape_html;
use crate::domain::text::{split_message, MESSAGE_LIMIT};

/// Sends an HTML message written by us (locale text with escaped variables).
pub async fn send_html(
    bot: &FalBot,
    chat: ChatId,
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<Message, teloxide::RequestError> {
    let req = bot.send_message(chat, html).parse_mode(ParseMode::Html);
    match keyboard {
        Some(kb) => timed(req.reply_markup(kb).send()).await,
        None => timed(req.send()).await,
    }
}

/// Replaces a message we sent earlier; falls back to a new message when it can no longer be
/// edited (too old, deleted) so the user always sees the screen.
pub async fn edit_or_send(
    bot: &FalBot,
    chat: ChatId,
    message: Option<MessageId>,
    html: String,
    keyboard: InlineKeyboardMarkup,
) -> Result<(), teloxide::RequestError> {
    if let Some(id) = message {
        let edited = timed(
            bot.edit_message_text(chat, id, html.clone())
                .parse_mode(ParseMode::Html)
                .reply_markup(keyboard.clone())
                .send(),
        )
        .await;
        match edited {
            Ok(_) => return Ok(()),
            // Pressing the same button twice asks for an identical edit: nothing to do.
            Err(teloxide::RequestError::Api(teloxide::ApiError::MessageNotModified)) => {
                return Ok(())
            }
            Err(e) => tracing::debug!(error = %e, "edit failed, sending a new message"),
        }
    }
    send_html(bot, chat, html, Some(keyboard)).await.map(|_| ())
}

/// A long plain text (an AI answer) under an HTML title, as the messages that carry it: the
/// text escaped and split at paragraph or sentence boundaries, the title on the first part and
/// the footer on the last. Drafts show the same parts, so what streams is what stays.
pub fn long_parts(title_html: &str, body: &str, footer_html: Option<&str>) -> Vec<String> {
    // Leave room for the title on the first part and the footer on the last (their markup
    // does not count, so the visible length is what is budgeted).
    let visible = |h: &str| h.chars().count().min(512);
    let budget = MESSAGE_LIMIT - visible(title_html) - footer_html.map_or(0, visible) - 8;
    let parts = split_message(body, budget);
    let count = parts.len().max(1);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let mut html = if i == 0 {
            format!("{title_html}\n\n")
        } else {
            String::new()
        };
        html.push_str(&escape_html(parts.get(i).map_or("", String::as_str)));
        if let (true, Some(footer)) = (i + 1 == count, footer_html) {
            html.push_str("\n\n");
            html.push_str(footer);
        }
        out.push(html);
    }
    out
}

/// Sends [`long_parts`]; the keyboard goes on the last part.
pub async fn send_long(
    bot: &FalBot,
    chat: ChatId,
    title_html: &str,
    body: &str,
    footer_html: Option<&str>,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), teloxide::RequestError> {
    let parts = long_parts(title_html, body, footer_html);
    let count = parts.len();
    for (i, html) in parts.into_iter().enumerate() {
        let kb = if i + 1 == count {
            keyboard.clone()
        } else {
            None
        };
        send_html(bot, chat, html, kb).await?;
    }
    Ok(())
}

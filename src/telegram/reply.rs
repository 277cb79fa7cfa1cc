//! Sending texts: HTML escaping, splitting at Telegram's limit, keyboards on the last part.

use teloxide::payloads::EditMessageTextSetters;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId, ParseMode};

use super::outbound::{sent, try_send_html};
use super::{resend, FalBot};
pub use crate::domain::text::escape_html;
use crate::domain::text::{split_message, MESSAGE_LIMIT};
use crate::store::pending::KeptReading;

/// Sends an HTML message written by us (locale text with escaped variables). Inside a handler
/// a passing failure (an outage, a 5xx, a 429) keeps it to send again (see `resend`) and
/// counts as sent; any other failure is returned.
pub async fn send_html(
    bot: &FalBot,
    chat: ChatId,
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), teloxide::RequestError> {
    send_parts(bot, chat, vec![html], keyboard, None)
        .await
        .map(|_| ())
}

/// How an answer went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// Telegram did not take (all of) it: the rest is kept and will be sent later.
    Kept,
}

/// Sends `parts` in order (the keyboard on the last); on a passing failure inside a handler
/// the unsent rest is kept, with the reading whose commit waits for it.
async fn send_parts(
    bot: &FalBot,
    chat: ChatId,
    parts: Vec<String>,
    keyboard: Option<InlineKeyboardMarkup>,
    reading: Option<KeptReading>,
) -> Result<Delivery, teloxide::RequestError> {
    let count = parts.len();
    for (i, html) in parts.iter().enumerate() {
        let kb = if i + 1 == count {
            keyboard.clone()
        } else {
            None
        };
        let Err(e) = try_send_html(bot, chat, html.clone(), kb).await else {
            continue;
        };
        let (Some(hint), Some(app)) = (resend::transient(&e), resend::keeper()) else {
            return Err(e);
        };
        let rest = parts[i..].to_vec();
        return match resend::keep(&app, chat, rest, keyboard.as_ref(), reading, hint).await {
            Ok(()) => Ok(Delivery::Kept),
            Err(keep_error) => {
                tracing::error!(error = %keep_error, "could not keep an answer");
                Err(e)
            }
        };
    }
    Ok(Delivery::Sent)
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
        let edited = sent(
            bot,
            chat,
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

/// Sends [`long_parts`]; the keyboard goes on the last part. A reading passes itself as
/// `reading`: if Telegram does not take it now, it is kept, and committed when delivered.
pub async fn send_long(
    bot: &FalBot,
    chat: ChatId,
    title_html: &str,
    body: &str,
    footer_html: Option<&str>,
    keyboard: Option<InlineKeyboardMarkup>,
    reading: Option<KeptReading>,
) -> Result<Delivery, teloxide::RequestError> {
    let parts = long_parts(title_html, body, footer_html);
    send_parts(bot, chat, parts, keyboard, reading).await
}

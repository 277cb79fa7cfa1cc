//! Sharing a reading: a post on X (intent URL) and a Telegram share, both carrying the
//! user's referral link.

use teloxide::types::InlineKeyboardButton;

use crate::app::App;
use crate::domain::PromptKind;
use crate::i18n::{keys as k, Val};
use crate::telegram::context::UserCtx;

/// X counts characters; 270 leaves room for the link's own shortening.
pub const X_LIMIT: usize = 270;
const HASHTAG: &str = "#FalGram";

pub fn referral_link(bot_username: &str, code: &str) -> String {
    format!("https://t.me/{bot_username}?start=ref_{code}")
}

/// The post: the localized line, the hashtag and the link, cut to fit X's limit (the line is
/// shortened, never the link).
pub fn x_text(line: &str, link: &str) -> String {
    let tail = format!(" {HASHTAG} {link}");
    let room = X_LIMIT.saturating_sub(tail.chars().count());
    let mut head: String = line.chars().take(room).collect();
    if line.chars().count() > room {
        head = head
            .chars()
            .take(room.saturating_sub(1))
            .collect::<String>()
            + "…";
    }
    format!("{head}{tail}")
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

pub fn buttons(
    app: &App,
    ctx: &UserCtx,
    bot_username: &str,
    kind: PromptKind,
) -> Vec<InlineKeyboardButton> {
    let lang = ctx.lang;
    let link = referral_link(bot_username, &ctx.user.referral_code);
    // One sentence per kind in each language: a kind's name never has to fit a shared frame.
    let line = app
        .i18n
        .tr(lang, k::SHARE_TEXT, &[("kind", Val::Str(kind.code()))]);
    let x = format!(
        "https://x.com/intent/tweet?text={}",
        encode(&x_text(&line, &link))
    );
    let tg = format!(
        "https://t.me/share/url?url={}&text={}",
        encode(&link),
        encode(&line)
    );
    [(k::BTN_SHARE_X, x), (k::BTN_SHARE_TELEGRAM, tg)]
        .into_iter()
        .filter_map(|(key, url)| {
            let url = reqwest::Url::parse(&url).ok()?;
            Some(InlineKeyboardButton::url(app.i18n.t(lang, key), url))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_post_fits_and_keeps_hashtag_and_link_whole() {
        let link = referral_link("FalGramBot", "ABCD2345");
        let short = x_text("My reading ✨", &link);
        assert_eq!(
            short,
            "My reading ✨ #FalGram https://t.me/FalGramBot?start=ref_ABCD2345"
        );
        let long = x_text(&"ö".repeat(400), &link);
        assert!(long.chars().count() <= X_LIMIT);
        assert!(long.ends_with(&format!("#FalGram {link}")));
        assert!(long.contains('…'));
    }
}

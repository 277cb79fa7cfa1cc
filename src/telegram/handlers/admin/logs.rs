//! The events log, newest first: all, one level, or one kind.

use std::fmt::Write;

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{back, button, labelled};
use crate::app::App;
use crate::i18n::{format, keys as k};
use crate::store::Level;
use crate::telegram::callback_data::{AdminCb, LOG_KINDS};
use crate::telegram::context::UserCtx;
use crate::telegram::reply::{edit_or_send, escape_html};
use crate::telegram::{FalBot, HandlerResult};

/// Events shown at most.
const SHOWN: i64 = 20;

/// The log of one kind (an index into [`LOG_KINDS`]).
pub async fn of_kind(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    i: u8,
    msg: Option<MessageId>,
) -> HandlerResult {
    let kind = LOG_KINDS.get(usize::from(i)).map(|k| k.to_string());
    show(bot, app, ctx, None, kind, msg).await
}

pub async fn show(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    level: Option<Level>,
    kind: Option<String>,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let events = app
        .store
        .recent_events(level.map(|l| l.code().to_string()), kind, SHOWN)
        .await?;
    let mut html = format!("📜 <b>{}</b>", app.i18n.t(lang, k::ADMIN_LOGS_TITLE));
    if events.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::ADMIN_LOGS_EMPTY));
    }
    for e in events {
        let when = chrono::DateTime::from_timestamp(e.created_at, 0)
            .map(|t| format::day_month_time(lang, t.naive_utc()))
            .unwrap_or_default();
        let text: String = e.message.chars().take(160).collect();
        let who = e.user_id.map(|u| format!(" #{u}")).unwrap_or_default();
        let mark = match Level::from_code(&e.level) {
            Some(Level::Info) | None => "ℹ️",
            Some(Level::Warn) => "⚠️",
            Some(Level::Error) => "❌",
        };
        // Kinds the panel filters by have names; any other is shown by its code.
        let kind = if LOG_KINDS.contains(&e.kind.as_str()) {
            app.i18n.log_kind_name(lang, &e.kind)
        } else {
            e.kind.clone()
        };
        let _ = write!(
            html,
            "\n{mark} {when} <b>{}</b>{who}: {}",
            escape_html(&kind),
            escape_html(&text)
        );
    }
    let mut rows = vec![vec![button(
        app,
        lang,
        k::BTN_ADMIN_ALL_LEVELS,
        AdminCb::Logs(None),
    )]];
    for level in [Level::Info, Level::Warn, Level::Error] {
        rows[0].push(labelled(
            app.i18n.log_level_name(lang, level.code()),
            AdminCb::Logs(Some(level)),
        ));
    }
    let kinds: Vec<InlineKeyboardButton> = LOG_KINDS
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            labelled(
                app.i18n.log_kind_name(lang, kind),
                AdminCb::LogKind(i as u8),
            )
        })
        .collect();
    rows.extend(kinds.chunks(3).map(<[_]>::to_vec));
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

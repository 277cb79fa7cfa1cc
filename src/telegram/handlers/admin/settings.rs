//! Settings: every `config` value with its validation, effective at once (rate limits,
//! prices, push times) without a restart.

use std::fmt::Write;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{back, labelled};
use crate::app::App;
use crate::domain::settings::{range_of, DEFAULTS};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Val};
use crate::telegram::callback_data::AdminCb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::menu::{ask_step, keep_step};
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{FalBot, HandlerResult};

pub async fn list(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let values = app.store.settings_map().await?;
    let mut html = format!("⚙️ <b>{}</b>", app.i18n.t(lang, k::ADMIN_SETTINGS_TITLE));
    let mut buttons = Vec::new();
    for (i, (key, default)) in DEFAULTS.iter().enumerate() {
        let value = values.get(*key).map(String::as_str).unwrap_or(default);
        let value = shown(lang, key, value);
        let name = app.i18n.setting_name(lang, key);
        let line = app.i18n.tr(
            lang,
            k::ADMIN_SETTING_LINE,
            &[
                ("name", Val::from(&name)),
                ("value", Val::from(&escape_html(&value))),
            ],
        );
        let _ = write!(html, "\n{line}");
        buttons.push(labelled(
            format!("✏️ {name}"),
            AdminCb::EditSetting(i as u8),
        ));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = buttons.chunks(2).map(<[_]>::to_vec).collect();
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// Asks for a new value of setting `i` (an index into `DEFAULTS`).
pub async fn ask(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    i: u8,
    msg: Option<MessageId>,
) -> HandlerResult {
    let Some((key, _)) = DEFAULTS.get(usize::from(i)) else {
        return Ok(());
    };
    let current = app
        .store
        .settings_map()
        .await?
        .get(*key)
        .cloned()
        .unwrap_or_default();
    let html = app.i18n.tr(
        ctx.lang,
        k::ADMIN_SETTING_PROMPT,
        &[
            ("key", Val::from(&app.i18n.setting_name(ctx.lang, key))),
            (
                "value",
                Val::from(&escape_html(&shown(ctx.lang, key, &current))),
            ),
        ],
    );
    let flow = Flow::AdminSetting {
        key: key.to_string(),
    };
    ask_step(bot, app, ctx, msg, &flow, html).await
}

/// The new value arrived: saved when valid (and in force at once), else the reason and the
/// step stays open.
pub async fn on_value(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminSetting { key } = flow else {
        return Ok(());
    };
    let value = msg.text().unwrap_or_default().trim().to_string();
    match app.store.set_setting(&key, &value).await? {
        Err(reason) => {
            let html = app.i18n.tr(
                ctx.lang,
                k::ADMIN_SETTING_BAD,
                &[(
                    "reason",
                    Val::from(&escape_html(&app.i18n.setting_error(ctx.lang, &reason))),
                )],
            );
            keep_step(&bot, &app, &ctx, html).await
        }
        Ok(()) => {
            app.reload_settings().await?;
            set_flow(&app, ctx.chat, &Flow::Idle).await?;
            let html = app.i18n.tr(
                ctx.lang,
                k::ADMIN_SETTING_SAVED,
                &[
                    ("key", Val::from(&app.i18n.setting_name(ctx.lang, &key))),
                    (
                        "value",
                        Val::from(&escape_html(&shown(ctx.lang, &key, &value))),
                    ),
                ],
            );
            send_html(&bot, ctx.chat, html, None).await?;
            list(&bot, &app, &ctx, None).await
        }
    }
}

/// A stored value as the admin reads it: numbers grouped the language's way (`1 000`).
fn shown(lang: Lang, key: &str, value: &str) -> String {
    match (range_of(key), value.trim().parse::<i64>()) {
        (Some(_), Ok(n)) => format::number(lang, n),
        _ => value.to_string(),
    }
}

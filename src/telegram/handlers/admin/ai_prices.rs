//! AI prices in the panel: each model's dollars per million tokens, the models used this
//! month with no price (their spend is unknown, never zero), and setting one by typing
//! `MODEL INPUT OUTPUT` — the same prices `falgram admin ai-price` keeps.

use std::fmt::Write;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::{back, button};
use crate::app::App;
use crate::domain::ai_cost::{parse_price, Price};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Val};
use crate::telegram::callback_data::AdminCb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::menu::{ask_step, keep_step};
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{FalBot, HandlerResult};

fn price_line(app: &App, lang: Lang, key: crate::i18n::Key, p: &Price) -> String {
    app.i18n.tr(
        lang,
        key,
        &[
            ("model", Val::from(&escape_html(&p.model))),
            ("input", Val::from(&format::usd(lang, p.input_per_mtok))),
            ("output", Val::from(&format::usd(lang, p.output_per_mtok))),
        ],
    )
}

pub async fn list(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let prices = app.store.ai_prices().await?;
    let mut html = format!("🤖 <b>{}</b>", app.i18n.t(lang, k::ADMIN_AI_PRICES_TITLE));
    if prices.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::ADMIN_AI_PRICES_NONE));
    }
    for p in &prices {
        let _ = write!(
            html,
            "\n• {}",
            price_line(app, lang, k::ADMIN_AI_PRICE_LINE, p)
        );
    }
    let month = app.store.stats(crate::store::now()).await?.ai_month;
    if !month.unpriced.is_empty() {
        let models = escape_html(&month.unpriced.join(", "));
        let _ = write!(
            html,
            "\n\n⚠️ {}",
            app.i18n.tr(
                lang,
                k::ADMIN_AI_UNPRICED,
                &[("models", Val::from(&models))]
            )
        );
    }
    let rows = vec![
        vec![button(
            app,
            lang,
            k::BTN_ADMIN_AI_PRICE_SET,
            AdminCb::SetAiPrice,
        )],
        back(app, lang),
    ];
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn ask(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let html = app.i18n.t(ctx.lang, k::ADMIN_AI_PRICE_PROMPT);
    ask_step(bot, app, ctx, msg, &Flow::AdminAiPrice, html).await
}

/// The typed price: saved when it reads as one, else the reason and the step stays open.
pub async fn on_value(bot: FalBot, app: Arc<App>, ctx: UserCtx, msg: Message) -> HandlerResult {
    let lang = ctx.lang;
    let Some(price) = parse_price(msg.text().unwrap_or_default()) else {
        return keep_step(&bot, &app, &ctx, app.i18n.t(lang, k::ADMIN_AI_PRICE_BAD)).await;
    };
    app.store.set_ai_price(price.clone()).await?;
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    let saved = price_line(&app, lang, k::ADMIN_AI_PRICE_SAVED, &price);
    send_html(&bot, ctx.chat, saved, None).await?;
    list(&bot, &app, &ctx, None).await
}

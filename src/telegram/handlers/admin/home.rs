//! The panel's home: the dashboard figures, its sections, open refund requests, and the
//! 30-day chart of new users and revenue.

use std::fmt::Write;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId};

use super::button;
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Val};
use crate::services::dashboard;
use crate::telegram::callback_data::{AdminCb, Cb};
use crate::telegram::context::UserCtx;
use crate::telegram::outbound::sent;
use crate::telegram::reply::{edit_or_send, send_html};
use crate::telegram::stars;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The panel's sections as a keyboard.
fn section_rows(app: &App, lang: Lang) -> Vec<Vec<InlineKeyboardButton>> {
    vec![
        vec![
            button(app, lang, k::BTN_ADMIN_USERS, AdminCb::Users(0)),
            button(app, lang, k::BTN_ADMIN_PREMIUM, AdminCb::Premium),
        ],
        vec![
            button(app, lang, k::BTN_ADMIN_LOGS, AdminCb::Logs(None)),
            button(app, lang, k::BTN_ADMIN_SETTINGS, AdminCb::Settings),
        ],
        vec![
            button(app, lang, k::BTN_ADMIN_FUNNEL, AdminCb::Funnel),
            button(app, lang, k::BTN_ADMIN_AI_PRICES, AdminCb::AiPrices),
        ],
        vec![
            button(app, lang, k::BTN_ADMIN_PROMPTS, AdminCb::Prompts),
            button(app, lang, k::BTN_ADMIN_BROADCAST, AdminCb::Broadcast),
        ],
    ]
}

/// The figures with the sections, in place (the "Admin" button).
pub async fn home(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let mut html = dashboard::html(app, lang, &dashboard::figures(app).await?);
    html.push_str(&stars::balance_line(app, lang, stars::balance(bot).await));
    let mut rows = section_rows(app, lang);
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// `/admin`: the figures, the sections and open refund requests, then the chart.
pub async fn dashboard(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let lang = ctx.lang;
    let mut html = dashboard::html(app, lang, &dashboard::figures(app).await?);
    html.push_str(&stars::balance_line(app, lang, stars::balance(bot).await));
    let requests = app.store.refund_requests().await?;
    if !requests.is_empty() {
        let _ = write!(
            html,
            "\n\n{}",
            app.i18n.tr(
                lang,
                k::ADMIN_OPEN_REFUNDS,
                &[("count", Val::from(requests.len() as u64))]
            )
        );
    }
    let mut rows = section_rows(app, lang);
    rows.extend(requests.iter().map(|p| {
        vec![InlineKeyboardButton::callback(
            format!(
                "↩️ #{} · {} · {}",
                p.id,
                format::stars(lang, i64::from(p.amount)),
                format::date_of(lang, p.created_at)
            ),
            Cb::AdminRefund(p.id).encode(),
        )]
    }));
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    send_html(bot, ctx.chat, html, Some(InlineKeyboardMarkup::new(rows))).await?;
    let series = app.store.daily_series(crate::store::now(), 30).await?;
    let (users_label, stars_label) = (
        app.i18n.t(lang, k::ADMIN_CHART_USERS),
        app.i18n.t(lang, k::ADMIN_CHART_STARS),
    );
    let png = tokio::task::spawn_blocking(move || {
        crate::chart_image::dashboard::render(&series, lang, &users_label, &stars_label)
    })
    .await?;
    if let Some(png) = png {
        sent(
            bot,
            ctx.chat,
            bot.send_photo(ctx.chat, InputFile::memory(png).file_name("dashboard.png"))
                .send(),
        )
        .await?;
    }
    Ok(())
}

//! Premium at a glance: active plans per plan, and who ends in the next 7 days.

use std::fmt::Write;

use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::{back, labelled};
use crate::app::App;
use crate::domain::Plan;
use crate::i18n::{format, keys as k, Val};
use crate::services::dashboard;
use crate::telegram::callback_data::AdminCb;
use crate::telegram::context::UserCtx;
use crate::telegram::reply::edit_or_send;
use crate::telegram::{FalBot, HandlerResult};

pub async fn overview(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let now = crate::store::now();
    let s = dashboard::figures(app).await?;
    let mut html = app.i18n.tr(
        lang,
        k::ADMIN_PREMIUM,
        &[
            ("basic", Val::from(s.on_plan(Plan::Basic))),
            ("premium", Val::from(s.on_plan(Plan::Premium))),
            ("vip", Val::from(s.on_plan(Plan::Vip))),
        ],
    );
    let _ = write!(
        html,
        "\n\n<b>{}</b>",
        app.i18n.t(lang, k::ADMIN_EXPIRING_TITLE)
    );
    let mut rows = Vec::new();
    for e in app.store.expiring_between(now, now + 7 * 86_400).await? {
        let _ = write!(
            html,
            "\n<code>{}</code> {} · {}",
            e.user_id,
            app.i18n.plan_name(lang, e.plan),
            format::date_of(lang, e.expires_at)
        );
        rows.push(vec![labelled(
            format!("👤 {}", e.user_id),
            AdminCb::User(e.user_id),
        )]);
    }
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

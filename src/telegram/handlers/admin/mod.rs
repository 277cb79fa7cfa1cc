//! The admin panel in Telegram, in the admin's own language: the dashboard, users and their
//! card, premium, logs, settings, the prompt editor, broadcasts and refunds. The actions are
//! the shared ones in `services`; this folder draws the screens. The whole folder sits behind
//! one check — [`is_admin`] on the admin branch of the handler tree.

pub mod ai_prices;
pub mod broadcast;
pub mod funnel;
pub mod home;
pub mod logs;
pub mod plans;
pub mod prompt_screens;
pub mod refunds;
pub mod settings;
pub mod users;

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, Me};

use super::buttons::{acknowledge, message_id};
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::{keys as k, Key};
use crate::services::AdminError;
use crate::telegram::callback_data::{AdminCb, Cb};
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::reply::send_html;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The one admin check (ADMIN_ID, on the server): the admin branch runs only when it holds.
pub fn is_admin(app: Arc<App>, ctx: UserCtx) -> bool {
    app.cfg.is_admin(ctx.user.id)
}

/// Every button of the panel.
pub async fn on_button(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    _me: Me,
    q: CallbackQuery,
    cb: Cb,
) -> HandlerResult {
    acknowledge(&bot, &q).await?;
    let (bot, app, ctx) = (&bot, &*app, &ctx);
    let msg = message_id(&q);
    let a = match cb {
        Cb::Admin(a) => a,
        Cb::AdminRefund(payment) => return refunds::by_button(bot, app, ctx, payment).await,
        _ => return Ok(()),
    };
    match a {
        AdminCb::Home => {
            set_flow(app, ctx.chat, &Flow::Idle).await?;
            home::home(bot, app, ctx, msg).await
        }
        AdminCb::Users(page) => users::list(bot, app, ctx, None, page, msg).await,
        AdminCb::Search => users::ask_search(bot, app, ctx, msg).await,
        AdminCb::User(id) => users::card(bot, app, ctx, id, msg).await,
        AdminCb::Gift(id, plan) => users::gift_button(bot, app, ctx, id, plan, msg).await,
        AdminCb::CancelPlan(id) => users::cancel_button(bot, app, ctx, id, msg).await,
        AdminCb::Block(id, on) => users::block(bot, app, ctx, id, on, msg).await,
        AdminCb::ResetQuota(id) => users::reset_quota(bot, app, ctx, id, msg).await,
        AdminCb::Premium => plans::overview(bot, app, ctx, msg).await,
        AdminCb::Logs(level) => logs::show(bot, app, ctx, level, None, msg).await,
        AdminCb::LogKind(i) => logs::of_kind(bot, app, ctx, i, msg).await,
        AdminCb::Settings => settings::list(bot, app, ctx, msg).await,
        AdminCb::AiPrices => ai_prices::list(bot, app, ctx, msg).await,
        AdminCb::Funnel => funnel::screen(bot, app, ctx, msg).await,
        AdminCb::SetAiPrice => ai_prices::ask(bot, app, ctx, msg).await,
        AdminCb::EditSetting(i) => settings::ask(bot, app, ctx, i, msg).await,
        AdminCb::Prompts => prompt_screens::kinds(bot, app, ctx, msg).await,
        AdminCb::PromptKind(kind) => prompt_screens::languages(bot, app, ctx, kind, msg).await,
        AdminCb::Prompt(kind, l) => prompt_screens::view(bot, app, ctx, kind, l, msg).await,
        AdminCb::EditPrompt(kind, l) => prompt_screens::ask(bot, app, ctx, kind, l, msg).await,
        AdminCb::ResetPrompt(kind, l) => prompt_screens::reset(bot, app, ctx, kind, l, msg).await,
        AdminCb::Broadcast => broadcast::audiences(bot, app, ctx, msg).await,
        AdminCb::Audience(l, p) => broadcast::ask_text(bot, app, ctx, l, p, msg).await,
        AdminCb::SendBroadcast => broadcast::confirm(bot, app, ctx, msg, false).await,
        AdminCb::SendPaidBroadcast => broadcast::confirm(bot, app, ctx, msg, true).await,
    }
}

/// A step only admins have, reached by someone who no longer is one (removed from ADMIN_ID):
/// the step ends and they get what anything not understood gets.
pub async fn left_over_step(bot: FalBot, app: Arc<App>, ctx: UserCtx) -> HandlerResult {
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    super::menu::not_understood(&bot, &app, &ctx).await
}

/// The message an admin reads when an action could not be done.
pub fn error_html(app: &App, lang: Lang, e: &AdminError) -> String {
    use crate::i18n::Val;
    use crate::telegram::reply::escape_html;
    match e {
        AdminError::NoUser(id) => app
            .i18n
            .tr(lang, k::ADMIN_NO_USER, &[("id", Val::Digits(*id))]),
        AdminError::BadGift => app.i18n.t(lang, k::ADMIN_GIFT_USAGE),
        AdminError::UnknownCharge => app.i18n.t(lang, k::ADMIN_REFUND_UNKNOWN),
        AdminError::Refused(why) => app.i18n.tr(
            lang,
            k::ADMIN_REFUND_FAILED,
            &[("error", Val::from(&escape_html(why)))],
        ),
        AdminError::Store(e) => {
            tracing::error!(error = %e, "admin action failed");
            app.i18n.t(lang, k::ERROR_GENERIC)
        }
    }
}

/// Tells the admin why an action failed.
pub async fn report_error(bot: &FalBot, app: &App, ctx: &UserCtx, e: &AdminError) -> HandlerResult {
    send_html(bot, ctx.chat, error_html(app, ctx.lang, e), None).await?;
    Ok(())
}

fn button(app: &App, lang: Lang, key: Key, a: AdminCb) -> InlineKeyboardButton {
    screens::button(app, lang, key, Cb::Admin(a))
}

/// A button whose label is data (a user's name, a language code) rather than a message.
fn labelled(label: impl Into<String>, a: AdminCb) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, Cb::Admin(a).encode())
}

/// The row back to the panel's home.
fn back(app: &App, lang: Lang) -> Vec<InlineKeyboardButton> {
    vec![button(app, lang, k::BTN_ADMIN_HOME, AdminCb::Home)]
}

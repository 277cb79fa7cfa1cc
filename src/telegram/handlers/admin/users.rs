//! Users: the paged list, search by id / @username / name, and a user's card with its
//! actions (gift a plan, end it, refund a payment, block, give the free readings back);
//! `/gift` and `/cancel <id>` do the same by command.

use std::fmt::Write;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{back, button, labelled, report_error};
use crate::app::App;
use crate::domain::payments::PaymentStatus;
use crate::domain::{Lang, Plan};
use crate::i18n::{format, keys as k, Val};
use crate::services::messenger::Messenger;
use crate::services::{accounts, AdminError};
use crate::telegram::callback_data::{AdminCb, Cb};
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::menu::ask_step;
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{BotMessenger, FalBot, HandlerResult};

const PAGE: i64 = 10;

pub async fn list(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    search: Option<String>,
    page: u32,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let offset = i64::from(page) * PAGE;
    let lines = accounts::find(app, None, search.as_deref(), PAGE + 1, offset).await?;
    let more = lines.len() as i64 > PAGE;
    let mut html = app
        .i18n
        .tr(lang, k::ADMIN_USERS_TITLE, &[("page", Val::from(page + 1))]);
    if lines.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::ADMIN_USERS_EMPTY));
    }
    let mut rows = Vec::new();
    for u in lines.iter().take(PAGE as usize) {
        let line = app.i18n.tr(
            lang,
            k::ADMIN_USER_LINE,
            &[
                ("id", Val::Digits(u.id)),
                ("name", Val::from(&escape_html(&u.first_name))),
                ("flag", Val::Str(u.language.flag())),
                (
                    "plan",
                    Val::from(&plan_until(app, lang, u.plan, u.plan_expires_at)),
                ),
            ],
        );
        let _ = write!(html, "\n{line}");
        rows.push(vec![labelled(
            format!("👤 {} ({})", u.first_name, u.id),
            AdminCb::User(u.id),
        )]);
    }
    let mut nav = Vec::new();
    if page > 0 && search.is_none() {
        nav.push(button(app, lang, k::BTN_PREV, AdminCb::Users(page - 1)));
    }
    if more && search.is_none() {
        nav.push(button(app, lang, k::BTN_NEXT, AdminCb::Users(page + 1)));
    }
    if !nav.is_empty() {
        rows.push(nav);
    }
    rows.push(vec![button(
        app,
        lang,
        k::BTN_ADMIN_SEARCH,
        AdminCb::Search,
    )]);
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn ask_search(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let html = app.i18n.t(ctx.lang, k::ADMIN_SEARCH_PROMPT);
    ask_step(bot, app, ctx, msg, &Flow::AdminSearch, html).await
}

/// The search text arrived.
pub async fn on_search(bot: FalBot, app: Arc<App>, ctx: UserCtx, msg: Message) -> HandlerResult {
    let query = msg.text().unwrap_or_default().to_string();
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    list(&bot, &app, &ctx, Some(query), 0, None).await
}

pub async fn card(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let c = match accounts::card(app, id).await {
        Ok(c) => c,
        Err(e) => return report_error(bot, app, ctx, &e).await,
    };
    let u = &c.user;
    let mut html = app.i18n.tr(
        lang,
        k::ADMIN_USER_CARD,
        &[
            ("id", Val::Digits(u.id)),
            ("name", Val::from(&escape_html(&u.first_name))),
            (
                "username",
                Val::from(
                    &u.username
                        .as_deref()
                        .map(|n| format!("@{n}"))
                        .unwrap_or_else(|| "–".into()),
                ),
            ),
            ("lang", Val::from(&u.language.label())),
            (
                "plan",
                Val::from(&plan_until(
                    app,
                    lang,
                    u.plan_in_force(crate::store::now()),
                    u.plan_expires_at,
                )),
            ),
            ("readings", Val::from(c.facts.readings)),
            ("referrals", Val::from(c.facts.referrals)),
            (
                "blocked",
                Val::Str(if c.facts.is_blocked { "🚫" } else { "✅" }),
            ),
            (
                "seen",
                Val::from(&format::date_of(lang, c.facts.last_seen_at)),
            ),
        ],
    );
    let mut rows = vec![Plan::PAID
        .into_iter()
        .map(|p| {
            labelled(
                app.i18n.tr(
                    lang,
                    k::BTN_ADMIN_GIFT,
                    &[("plan", Val::from(&app.i18n.plan_name(lang, p)))],
                ),
                AdminCb::Gift(id, p),
            )
        })
        .collect::<Vec<_>>()];
    for p in &c.payments {
        let _ = write!(
            html,
            "\n⭐ {} · {} · {} · {}",
            format::number(lang, i64::from(p.amount)),
            app.i18n.plan_name(lang, p.plan),
            app.i18n.payment_status_name(lang, p.status),
            format::date_of(lang, p.created_at)
        );
        if p.status == PaymentStatus::Paid {
            rows.push(vec![InlineKeyboardButton::callback(
                format!(
                    "↩️ {} · {}",
                    format::stars(lang, i64::from(p.amount)),
                    format::date_of(lang, p.created_at)
                ),
                Cb::AdminRefund(p.id).encode(),
            )]);
        }
    }
    let block = if c.facts.is_blocked {
        button(app, lang, k::BTN_ADMIN_UNBLOCK, AdminCb::Block(id, false))
    } else {
        button(app, lang, k::BTN_ADMIN_BLOCK, AdminCb::Block(id, true))
    };
    rows.push(vec![
        button(app, lang, k::BTN_ADMIN_CANCEL_PLAN, AdminCb::CancelPlan(id)),
        block,
    ]);
    rows.push(vec![button(
        app,
        lang,
        k::BTN_ADMIN_RESET_QUOTA,
        AdminCb::ResetQuota(id),
    )]);
    rows.push(vec![
        button(app, lang, k::BTN_ADMIN_USERS, AdminCb::Users(0)),
        button(app, lang, k::BTN_ADMIN_HOME, AdminCb::Home),
    ]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// Runs an action from the card, then shows the card again (or why it failed).
async fn then_card(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
    done: Result<(), AdminError>,
) -> HandlerResult {
    if let Err(e) = done {
        report_error(bot, app, ctx, &e).await?;
    }
    card(bot, app, ctx, id, msg).await
}

pub async fn gift_button(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    plan: Plan,
    msg: Option<MessageId>,
) -> HandlerResult {
    let days = app.settings().days(plan);
    let messenger = BotMessenger(bot.clone());
    let done = accounts::gift(app, Some(&messenger), Some(ctx.user.id), id, plan, days).await;
    then_card(bot, app, ctx, id, msg, done.map(|_| ())).await
}

pub async fn cancel_button(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    let messenger = BotMessenger(bot.clone());
    let done = accounts::cancel(app, Some(&messenger), Some(ctx.user.id), id).await;
    then_card(bot, app, ctx, id, msg, done.map(|_| ())).await
}

pub async fn block(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    on: bool,
    msg: Option<MessageId>,
) -> HandlerResult {
    let done = accounts::set_blocked(app, Some(ctx.user.id), id, on).await;
    then_card(bot, app, ctx, id, msg, done).await
}

pub async fn reset_quota(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    let done = accounts::reset_quota(app, Some(ctx.user.id), id).await;
    then_card(bot, app, ctx, id, msg, done).await
}

/// `/gift <user_id> <plan> <days>`.
pub async fn gift_command(bot: &FalBot, app: &App, ctx: &UserCtx, args: &str) -> HandlerResult {
    let lang = ctx.lang;
    let parts: Vec<&str> = args.split_whitespace().collect();
    let parsed = match parts.as_slice() {
        [user, plan, days] => match (
            user.parse::<i64>(),
            plan.parse::<Plan>(),
            days.parse::<u32>(),
        ) {
            (Ok(u), Ok(p), Ok(d)) => Some((u, p, d)),
            _ => None,
        },
        _ => None,
    };
    let Some((user, plan, days)) = parsed else {
        send_html(bot, ctx.chat, app.i18n.t(lang, k::ADMIN_GIFT_USAGE), None).await?;
        return Ok(());
    };
    let messenger = BotMessenger(bot.clone());
    let messenger: &dyn Messenger = &messenger;
    match accounts::gift(app, Some(messenger), Some(ctx.user.id), user, plan, days).await {
        Ok((state, _)) => {
            let html = app.i18n.tr(
                lang,
                k::ADMIN_GIFTED,
                &[
                    ("id", Val::Digits(user)),
                    ("plan", Val::from(&app.i18n.plan_name(lang, plan))),
                    (
                        "date",
                        Val::from(&format::date_or_dash(lang, state.expires_at)),
                    ),
                ],
            );
            send_html(bot, ctx.chat, html, None).await?;
            Ok(())
        }
        Err(e) => report_error(bot, app, ctx, &e).await,
    }
}

/// `/cancel <user_id>`: ends the user's plan now.
pub async fn cancel_command(bot: &FalBot, app: &App, ctx: &UserCtx, user: i64) -> HandlerResult {
    let messenger = BotMessenger(bot.clone());
    match accounts::cancel(app, Some(&messenger), Some(ctx.user.id), user).await {
        Ok(_) => {
            let html = app
                .i18n
                .tr(ctx.lang, k::ADMIN_CANCELLED, &[("id", Val::Digits(user))]);
            send_html(bot, ctx.chat, html, None).await?;
            Ok(())
        }
        Err(e) => report_error(bot, app, ctx, &e).await,
    }
}

/// "Premium until 29 Dec 2026", or the plan alone when it has no end (Free).
fn plan_until(app: &App, lang: Lang, plan: Plan, expires_at: Option<i64>) -> String {
    let expiry = expires_at
        .filter(|_| plan.is_paid())
        .map(|t| format::date_of(lang, t));
    app.i18n.tr(
        lang,
        k::ADMIN_USER_PLAN,
        &[
            ("plan", Val::from(&app.i18n.plan_name(lang, plan))),
            (
                "expiry",
                expiry.as_deref().map_or(Val::Str("none"), Val::from),
            ),
        ],
    )
}

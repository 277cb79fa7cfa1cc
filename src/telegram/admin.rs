//! The operator's commands in Telegram, in the admin's own language: the dashboard with its
//! chart, gifts, cancellations and refunds. Every entry point checks ADMIN_ID on the server; a
//! non-admin gets exactly what any unknown input gets, so nothing reveals the panel.

use std::fmt::Write;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, InputFile, ParseMode, TelegramTransactionId, UserId};

use super::callback::Cb;
use super::context::UserCtx;
use super::outbound::timed;
use super::premium::date_of;
use super::reply::{escape_html, send_html};
use super::{screens, FalBot, HandlerResult};
use crate::app::App;
use crate::domain::{Lang, Plan};
use crate::i18n::{keys as k, Val};
use crate::store::{Event, Level};

pub fn is_admin(app: &App, ctx: &UserCtx) -> bool {
    app.cfg.is_admin(ctx.user.id)
}

/// What a non-admin sees for an admin command: the same as for any text we do not understand.
pub async fn not_for_you(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    send_html(
        bot,
        ctx.chat,
        app.i18n.t(ctx.lang, k::UNKNOWN_INPUT),
        Some(screens::menu_keyboard(app, ctx.lang)),
    )
    .await?;
    Ok(())
}

fn plan_name(app: &App, lang: Lang, plan: Plan) -> String {
    app.i18n.t(lang, screens::plan_name(plan))
}

/// The dashboard's figures (also the panel's home screen).
pub async fn dashboard_text(app: &App, lang: Lang) -> anyhow::Result<String> {
    let s = app.store.stats(crate::store::now()).await?;
    let mut html = app.i18n.tr(
        lang,
        k::ADMIN_DASHBOARD,
        &[
            ("total", Val::from(s.users_total)),
            ("today", Val::from(s.active_today)),
            ("week", Val::from(s.active_7d)),
            ("month", Val::from(s.active_30d)),
            ("new", Val::from(s.new_today)),
            ("basic", Val::from(s.plans[0])),
            ("premium", Val::from(s.plans[1])),
            ("vip", Val::from(s.plans[2])),
            ("stars_today", Val::from(s.revenue_today)),
            ("stars_month", Val::from(s.revenue_month)),
            ("stars_total", Val::from(s.revenue_total)),
            ("ai_failures", Val::from(s.ai_failures_7d)),
        ],
    );
    for (kind, n) in &s.readings {
        let _ = write!(html, "\n• {} — {n}", escape_html(kind));
    }
    Ok(html)
}

/// `/admin`: the figures with the panel's sections and open refund requests, then the 30-day
/// chart of new users and revenue.
pub async fn dashboard(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    if !is_admin(app, ctx) {
        return not_for_you(bot, app, ctx).await;
    }
    let lang = ctx.lang;
    let now = crate::store::now();
    let mut html = dashboard_text(app, lang).await?;
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
    let mut rows = super::admin_panel::home_rows(app, lang);
    rows.extend(requests.iter().map(|p| {
        vec![teloxide::types::InlineKeyboardButton::callback(
            format!("↩️ #{} · {} ⭐ · {}", p.id, p.amount, date_of(p.created_at)),
            Cb::AdminRefund(p.id).encode(),
        )]
    }));
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    send_html(bot, ctx.chat, html, Some(InlineKeyboardMarkup::new(rows))).await?;
    let series = app.store.daily_series(now, 30).await?;
    let (users_label, stars_label) = (
        app.i18n.t(lang, k::ADMIN_CHART_USERS),
        app.i18n.t(lang, k::ADMIN_CHART_STARS),
    );
    let png = tokio::task::spawn_blocking(move || {
        crate::chart_image::dashboard::render(&series, &users_label, &stars_label)
    })
    .await?;
    if let Some(png) = png {
        timed(
            bot.send_photo(ctx.chat, InputFile::memory(png).file_name("dashboard.png"))
                .send(),
        )
        .await?;
    }
    Ok(())
}

/// Tells a user something in their own language (gifts, cancellations, refunds).
async fn tell_user(bot: &FalBot, app: &App, user_id: i64, render: impl Fn(Lang) -> String) {
    let lang = match app.store.user(user_id).await {
        Ok(Some(u)) => u.language,
        _ => Lang::En,
    };
    if let Err(e) = send_html(bot, ChatId(user_id), render(lang), None).await {
        tracing::warn!(error = %e, user = user_id, "could not notify the user");
    }
}

async fn log(app: &App, ctx: &UserCtx, kind: &'static str, message: String) {
    let _ = app
        .store
        .log_event(Event {
            level: Level::Info,
            kind,
            user_id: Some(ctx.user.id),
            message,
        })
        .await;
}

/// `/gift <user_id> <plan> <days>`.
pub async fn gift(bot: &FalBot, app: &App, ctx: &UserCtx, args: &str) -> HandlerResult {
    if !is_admin(app, ctx) {
        return not_for_you(bot, app, ctx).await;
    }
    let lang = ctx.lang;
    let parts: Vec<&str> = args.split_whitespace().collect();
    let parsed = match parts.as_slice() {
        [user, plan, days] => match (
            user.parse::<i64>(),
            plan.parse::<Plan>(),
            days.parse::<u32>(),
        ) {
            (Ok(u), Ok(p), Ok(d)) if p.is_paid() && (1..=3660).contains(&d) => Some((u, p, d)),
            _ => None,
        },
        _ => None,
    };
    let Some((user_id, plan, days)) = parsed else {
        send_html(bot, ctx.chat, app.i18n.t(lang, k::ADMIN_GIFT_USAGE), None).await?;
        return Ok(());
    };
    match app.store.gift_plan(user_id, plan, days).await? {
        None => {
            send_html(
                bot,
                ctx.chat,
                app.i18n
                    .tr(lang, k::ADMIN_NO_USER, &[("id", Val::from(user_id))]),
                None,
            )
            .await?;
        }
        Some(state) => {
            let until = date_of(state.expires_at.unwrap_or(0));
            log(
                app,
                ctx,
                "admin_gift",
                format!("{plan} for {days} days to {user_id}"),
            )
            .await;
            notify_gift(bot, app, user_id, plan, days, &until).await;
            let html = app.i18n.tr(
                lang,
                k::ADMIN_GIFTED,
                &[
                    ("id", Val::from(user_id)),
                    ("plan", Val::from(&plan_name(app, lang, plan))),
                    ("date", Val::from(&until)),
                ],
            );
            send_html(bot, ctx.chat, html, None).await?;
        }
    }
    Ok(())
}

/// Tells a user about a gift (also from the terminal).
pub async fn notify_gift(
    bot: &FalBot,
    app: &App,
    user_id: i64,
    plan: Plan,
    days: u32,
    until: &str,
) {
    tell_user(bot, app, user_id, |l| {
        app.i18n.tr(
            l,
            k::PLAN_GIFTED,
            &[
                ("plan", Val::from(&plan_name(app, l, plan))),
                ("days", Val::from(days)),
                ("date", Val::from(until)),
            ],
        )
    })
    .await;
}

pub async fn notify_cancel(bot: &FalBot, app: &App, user_id: i64) {
    tell_user(bot, app, user_id, |l| app.i18n.t(l, k::PLAN_CANCELLED)).await;
}

/// `/cancel <user_id>` from an admin: ends the user's plan now.
pub async fn cancel_plan(bot: &FalBot, app: &App, ctx: &UserCtx, user_id: i64) -> HandlerResult {
    let lang = ctx.lang;
    if !app.store.cancel_plan(user_id).await? {
        send_html(
            bot,
            ctx.chat,
            app.i18n
                .tr(lang, k::ADMIN_NO_USER, &[("id", Val::from(user_id))]),
            None,
        )
        .await?;
        return Ok(());
    }
    log(
        app,
        ctx,
        "admin_cancel",
        format!("plan of {user_id} cancelled"),
    )
    .await;
    notify_cancel(bot, app, user_id).await;
    send_html(
        bot,
        ctx.chat,
        app.i18n
            .tr(lang, k::ADMIN_CANCELLED, &[("id", Val::from(user_id))]),
        None,
    )
    .await?;
    Ok(())
}

/// Refunds a payment by its Telegram charge id: Telegram first (`refundStarPayment`), then the
/// payment is marked refunded and the days it bought are taken back. Shared with the terminal.
pub async fn refund_charge(
    bot: &FalBot,
    app: &App,
    charge_id: &str,
) -> anyhow::Result<Option<(i64, u32)>> {
    let Some(payment) = app.store.payment_by_charge(charge_id.to_string()).await? else {
        return Ok(None);
    };
    let Some(user_id) = payment.user_id.filter(|_| payment.status == "paid") else {
        return Ok(None);
    };
    bot.refund_star_payment(
        UserId(user_id as u64),
        TelegramTransactionId(charge_id.to_string()),
    )
    .await?;
    if app
        .store
        .refund_payment(charge_id.to_string())
        .await?
        .is_none()
    {
        return Ok(None);
    }
    tell_user(bot, app, user_id, |l| {
        app.i18n
            .tr(l, k::REFUND_DONE, &[("amount", Val::from(payment.amount))])
    })
    .await;
    Ok(Some((user_id, payment.amount)))
}

/// `/refund <charge_id>` or the refund button on a request.
pub async fn refund(bot: &FalBot, app: &App, ctx: &UserCtx, charge_id: &str) -> HandlerResult {
    if !is_admin(app, ctx) {
        return not_for_you(bot, app, ctx).await;
    }
    let lang = ctx.lang;
    let html = match refund_charge(bot, app, charge_id.trim()).await {
        Ok(Some((user_id, amount))) => {
            log(
                app,
                ctx,
                "admin_refund",
                format!("{amount} ⭐ to {user_id} ({charge_id})"),
            )
            .await;
            app.i18n.tr(
                lang,
                k::ADMIN_REFUNDED,
                &[("id", Val::from(user_id)), ("amount", Val::from(amount))],
            )
        }
        Ok(None) => app.i18n.t(lang, k::ADMIN_REFUND_UNKNOWN),
        Err(e) => {
            tracing::warn!(error = %e, "refund failed");
            app.i18n.tr(
                lang,
                k::ADMIN_REFUND_FAILED,
                &[("error", Val::from(&escape_html(&e.to_string())))],
            )
        }
    };
    send_html(bot, ctx.chat, html, None).await?;
    Ok(())
}

pub async fn refund_button(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    payment_id: i64,
) -> HandlerResult {
    if !is_admin(app, ctx) {
        return not_for_you(bot, app, ctx).await;
    }
    // Any paid payment can be refunded from the panel, requested or not.
    let charge = app
        .store
        .payment_by_id(payment_id)
        .await?
        .filter(|p| p.status == "paid")
        .map(|p| p.charge_id);
    match charge {
        Some(c) => refund(bot, app, ctx, &c).await,
        None => {
            send_html(
                bot,
                ctx.chat,
                app.i18n.t(ctx.lang, k::ADMIN_REFUND_UNKNOWN),
                None,
            )
            .await?;
            Ok(())
        }
    }
}

/// A user asked for a refund: every admin hears of it, in their own language, with the button.
pub async fn notify_refund_request(bot: &FalBot, app: &App, ctx: &UserCtx, payment_id: i64) {
    let Ok(payments) = app.store.payments_of(ctx.user.id).await else {
        return;
    };
    let Some(p) = payments.into_iter().find(|p| p.id == payment_id) else {
        return;
    };
    for admin in &app.cfg.admin_ids {
        let lang = match app.store.user(*admin).await {
            Ok(Some(u)) => u.language,
            _ => Lang::En,
        };
        let html = app.i18n.tr(
            lang,
            k::ADMIN_REFUND_REQUEST,
            &[
                ("user", Val::from(ctx.user.id)),
                ("name", Val::from(&escape_html(&ctx.user.first_name))),
                ("amount", Val::from(p.amount)),
                ("plan", Val::from(&p.plan)),
                ("date", Val::from(&date_of(p.created_at))),
            ],
        );
        let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
            app,
            lang,
            k::BTN_ADMIN_REFUND,
            Cb::AdminRefund(p.id),
        )]]);
        let sent = timed(
            bot.send_message(ChatId(*admin), html)
                .parse_mode(ParseMode::Html)
                .reply_markup(kb)
                .send(),
        )
        .await;
        if let Err(e) = sent {
            tracing::warn!(error = %e, admin, "could not tell an admin about a refund request");
        }
    }
}

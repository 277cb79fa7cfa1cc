//! Premium plans in Telegram Stars: the plans screen with a comparison drawn from the
//! entitlement table, and each plan's details. Buying is in `checkout`, refund requests in
//! `refunds`; the expiry reminders run in `scheduled::plan_expiry`.

pub mod checkout;
pub mod refunds;

use std::fmt::Write;

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::payments::PlanState;
use crate::domain::{Feature, Lang, Plan};
use crate::i18n::{format, keys as k, Val};
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::UserCtx;
use crate::telegram::reply::{edit_or_send, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// Tells every admin about a payment, each in their own language, with its refund button.
pub(super) async fn tell_admins(
    bot: &FalBot,
    app: &App,
    payment_id: i64,
    render: impl Fn(Lang) -> String,
) {
    for admin in &app.cfg.admin_ids {
        let lang = match app.store.user(*admin).await {
            Ok(Some(u)) => u.language,
            _ => Lang::En,
        };
        let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
            app,
            lang,
            k::BTN_ADMIN_REFUND,
            Cb::AdminRefund(payment_id),
        )]]);
        let sent = send_html(bot, teloxide::types::ChatId(*admin), render(lang), Some(kb)).await;
        if let Err(e) = sent {
            tracing::warn!(error = %e, admin, "could not tell an admin about a payment");
        }
    }
}

pub(crate) fn state_of(ctx: &UserCtx) -> PlanState {
    PlanState {
        plan: ctx.user.plan,
        expires_at: ctx.user.plan_expires_at,
    }
}

/// The side-by-side comparison: one row per feature, a column per plan, from the one table.
pub fn comparison(app: &App, lang: Lang) -> String {
    // Plans build on each other: each tier lists what it adds to the one below.
    let mut out = format!("<b>{}</b>", app.i18n.t(lang, k::PREMIUM_COMPARE));
    for (i, plan) in Plan::ALL.into_iter().enumerate() {
        let below = i.checked_sub(1).map(|j| Plan::ALL[j]);
        let added: Vec<Feature> = Feature::ALL
            .into_iter()
            .filter(|f| plan.allows(*f) && !below.is_some_and(|b| b.allows(*f)))
            .collect();
        if added.is_empty() {
            continue;
        }
        let key = if below.is_none() {
            k::PLANS_TIER_BASE
        } else {
            k::PLANS_TIER_MORE
        };
        let name = app.i18n.plan_name(lang, plan);
        let _ = write!(
            out,
            "\n\n{}",
            app.i18n.tr(lang, key, &[("plan", Val::from(&name))])
        );
        for f in added {
            let _ = write!(out, "\n• {}", app.i18n.feature_name(lang, f));
        }
    }
    out
}

pub async fn screen(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let now = crate::store::now();
    let state = state_of(ctx);
    let current = match state.active(now) {
        Plan::Free => app.i18n.t(lang, k::PREMIUM_CURRENT_FREE),
        plan => app.i18n.tr(
            lang,
            k::PREMIUM_CURRENT,
            &[
                ("plan", Val::from(&app.i18n.plan_name(lang, plan))),
                (
                    "date",
                    Val::from(&format::date_or_dash(lang, state.expires_at)),
                ),
            ],
        ),
    };
    let html = format!(
        "💎 <b>{}</b>\n{current}\n\n{}\n\n{}",
        app.i18n.t(lang, k::BTN_PREMIUM).trim_start_matches("💎 "),
        screens::plans_text(app, lang),
        comparison(app, lang)
    );
    let settings = app.settings();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Plan::PAID
        .into_iter()
        .map(|p| {
            let label = format!(
                "{} · {}",
                app.i18n.plan_name(lang, p),
                format::stars(lang, i64::from(settings.price(p)))
            );
            vec![InlineKeyboardButton::callback(
                label,
                Cb::PlanInfo(p).encode(),
            )]
        })
        .collect();
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn plan_info(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    plan: Plan,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let s = app.settings();
    let mut html = app.i18n.tr(
        lang,
        k::PLAN_DETAILS,
        &[
            ("plan", Val::from(&app.i18n.plan_name(lang, plan))),
            ("price", Val::from(s.price(plan))),
            ("days", Val::from(s.days(plan))),
        ],
    );
    for f in Feature::ALL.into_iter().filter(|f| plan.allows(*f)) {
        let _ = write!(html, "\n✔ {}", app.i18n.feature_name(lang, f));
    }
    let kb = InlineKeyboardMarkup::new(vec![
        vec![InlineKeyboardButton::callback(
            app.i18n
                .tr(lang, k::BTN_BUY, &[("price", Val::from(s.price(plan)))]),
            Cb::Buy(plan).encode(),
        )],
        vec![screens::button(
            app,
            lang,
            k::BTN_SUBSCRIBE,
            Cb::Subscribe(plan),
        )],
        vec![screens::button(
            app,
            lang,
            k::BTN_BACK,
            Cb::Open(Section::Premium),
        )],
    ]);
    edit_or_send(bot, ctx.chat, msg, html, kb).await?;
    Ok(())
}

//! Premium plans in Telegram Stars: the plans screen with a comparison drawn from the
//! entitlement table, invoices (one price in XTR, no provider token), monthly subscription
//! links, pre-checkout answered by the domain rules, idempotent successful payments, refund
//! requests, and the expiry reminders and downgrades.

use std::fmt::Write;
use std::sync::Arc;

use rand::distr::{Alphanumeric, SampleString};
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, LabeledPrice, MessageId, Seconds, SuccessfulPayment,
};

use super::callback::{Cb, Section};
use super::context::UserCtx;
use super::outbound::timed;
use super::reply::{edit_or_send, send_html};
use super::{screens, FalBot, HandlerResult};
use crate::app::App;
use crate::domain::payments::{check_pre_checkout, Payload, PlanState, Refusal, CURRENCY};
use crate::domain::{Feature, Lang, Plan};
use crate::i18n::{keys as k, Val};
use crate::store::{Applied, Event, Level, NewPayment};

/// Telegram's only accepted Stars subscription period: 30 days.
const SUBSCRIPTION_PERIOD: u32 = 30 * 24 * 3600;
const DAY: i64 = 86_400;

pub fn feature_name(app: &App, lang: Lang, f: Feature) -> String {
    let code = match f {
        Feature::DailyHoroscope => "daily_horoscope",
        Feature::MoonToday => "moon_today",
        Feature::UnlimitedReadings => "unlimited_readings",
        Feature::BirthChart => "birth_chart",
        Feature::WeeklyHoroscope => "weekly_horoscope",
        Feature::MonthlyHoroscope => "monthly_horoscope",
        Feature::Compatibility => "compatibility",
        Feature::MoonCalendar => "moon_calendar",
        Feature::MoonNotifications => "moon_notifications",
        Feature::Transits => "transits",
        Feature::PdfDownload => "pdf_download",
        Feature::AstroChatbot => "astro_chatbot",
        Feature::FriendsCompatibility => "friends_compatibility",
    };
    app.i18n
        .tr(lang, k::NAME_FEATURE, &[("feature", Val::Str(code))])
}

fn plan_label(app: &App, lang: Lang, plan: Plan) -> String {
    app.i18n.t(lang, screens::plan_name(plan))
}

pub fn date_of(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.format("%d.%m.%Y").to_string())
        .unwrap_or_default()
}

fn state_of(ctx: &UserCtx) -> PlanState {
    PlanState {
        plan: ctx.user.plan,
        expires_at: ctx.user.plan_expires_at,
    }
}

/// The side-by-side comparison: one row per feature, a column per plan, from the one table.
pub fn comparison(app: &App, lang: Lang) -> String {
    let mut out = format!("<b>{}</b>\n<code>", app.i18n.t(lang, k::PREMIUM_COMPARE));
    for plan in Plan::ALL {
        let name: String = plan_label(app, lang, plan).chars().take(1).collect();
        let _ = write!(out, "{name} ");
    }
    out.push_str("</code>");
    for f in Feature::ALL {
        out.push_str("\n<code>");
        for plan in Plan::ALL {
            out.push_str(if plan.allows(f) { "✔ " } else { "· " });
        }
        let _ = write!(out, "</code>{}", feature_name(app, lang, f));
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
                ("plan", Val::from(&plan_label(app, lang, plan))),
                ("date", Val::from(&date_of(state.expires_at.unwrap_or(now)))),
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
            let label = format!("{} · {} ⭐", plan_label(app, lang, p), settings.price(p));
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
            ("plan", Val::from(&plan_label(app, lang, plan))),
            ("price", Val::from(s.price(plan))),
            ("days", Val::from(s.days(plan))),
        ],
    );
    for f in Feature::ALL.into_iter().filter(|f| plan.allows(*f)) {
        let _ = write!(html, "\n✔ {}", feature_name(app, lang, f));
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

fn refusal_text(app: &App, lang: Lang, r: Refusal, current: Plan) -> String {
    match r {
        Refusal::BadPayload => app.i18n.t(lang, k::PRECHECKOUT_BAD_PAYLOAD),
        Refusal::WrongCurrency => app.i18n.t(lang, k::PRECHECKOUT_WRONG_CURRENCY),
        Refusal::WrongAmount => app.i18n.t(lang, k::PRECHECKOUT_WRONG_AMOUNT),
        Refusal::WrongUser => app.i18n.t(lang, k::PRECHECKOUT_WRONG_USER),
        Refusal::Downgrade => app.i18n.tr(
            lang,
            k::PRECHECKOUT_DOWNGRADE,
            &[("plan", Val::from(&plan_label(app, lang, current)))],
        ),
    }
}

fn payload_for(ctx: &UserCtx, plan: Plan) -> String {
    let nonce = Alphanumeric.sample_string(&mut rand::rng(), 12);
    Payload {
        plan,
        user_id: ctx.user.id,
        nonce,
    }
    .encode()
}

/// A refused purchase before any invoice: a lower plan while a higher one runs.
async fn refuse_downgrade(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    plan: Plan,
) -> anyhow::Result<bool> {
    let active = state_of(ctx).active(crate::store::now());
    if plan < active {
        let html = refusal_text(app, ctx.lang, Refusal::Downgrade, active);
        send_html(
            bot,
            ctx.chat,
            html,
            Some(screens::back_to_menu(app, ctx.lang)),
        )
        .await?;
        return Ok(true);
    }
    Ok(false)
}

fn invoice_texts(app: &App, lang: Lang, plan: Plan) -> (String, String, String, u32) {
    let s = app.settings();
    let name = plan_label(app, lang, plan);
    (
        app.i18n
            .tr(lang, k::INVOICE_TITLE, &[("plan", Val::from(&name))]),
        app.i18n.tr(
            lang,
            k::INVOICE_DESCRIPTION,
            &[
                ("plan", Val::from(&name)),
                ("days", Val::from(s.days(plan))),
            ],
        ),
        name,
        s.price(plan),
    )
}

pub async fn buy(bot: &FalBot, app: &App, ctx: &UserCtx, plan: Plan) -> HandlerResult {
    if refuse_downgrade(bot, app, ctx, plan).await? {
        return Ok(());
    }
    let (title, description, label, price) = invoice_texts(app, ctx.lang, plan);
    // Stars: currency XTR, exactly one price, and no provider token.
    timed(
        bot.send_invoice(
            ctx.chat,
            title,
            description,
            payload_for(ctx, plan),
            CURRENCY,
            vec![LabeledPrice::new(label, price)],
        )
        .send(),
    )
    .await?;
    Ok(())
}

pub async fn subscribe(bot: &FalBot, app: &App, ctx: &UserCtx, plan: Plan) -> HandlerResult {
    if refuse_downgrade(bot, app, ctx, plan).await? {
        return Ok(());
    }
    let (title, description, label, price) = invoice_texts(app, ctx.lang, plan);
    let link = timed(
        bot.create_invoice_link(
            title,
            description,
            payload_for(ctx, plan),
            CURRENCY,
            vec![LabeledPrice::new(label.clone(), price)],
        )
        .subscription_period(Seconds::from_seconds(SUBSCRIPTION_PERIOD))
        .send(),
    )
    .await?;
    let url = reqwest::Url::parse(&link)?;
    let html = app.i18n.tr(
        ctx.lang,
        k::SUBSCRIBE_LINK,
        &[("plan", Val::from(&label)), ("price", Val::from(price))],
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![InlineKeyboardButton::url(
            app.i18n.t(ctx.lang, k::BTN_OPEN_SUBSCRIPTION),
            url,
        )],
        vec![screens::button(app, ctx.lang, k::BTN_MENU, Cb::Menu)],
    ]);
    send_html(bot, ctx.chat, html, Some(kb)).await?;
    Ok(())
}

/// Answered at once (Telegram allows 10 s) from the domain rules, with a localized reason.
pub async fn pre_checkout(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    q: PreCheckoutQuery,
) -> HandlerResult {
    let now = crate::store::now();
    let verdict = check_pre_checkout(
        &q.invoice_payload,
        &q.currency,
        q.total_amount,
        q.from.id.0 as i64,
        state_of(&ctx),
        &app.settings(),
        now,
    );
    match verdict {
        Ok(_) => {
            timed(bot.answer_pre_checkout_query(q.id, true).send()).await?;
        }
        Err(r) => {
            let reason = refusal_text(&app, ctx.lang, r, state_of(&ctx).active(now));
            tracing::info!(user = ctx.user.id, refusal = ?r, "pre-checkout refused");
            timed(
                bot.answer_pre_checkout_query(q.id, false)
                    .error_message(reason)
                    .send(),
            )
            .await?;
        }
    }
    Ok(())
}

/// The money arrived: record it once per charge id and apply the plan in the same transaction.
pub async fn paid(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    payment: SuccessfulPayment,
) -> HandlerResult {
    let lang = ctx.lang;
    let Some(payload) = Payload::parse(&payment.invoice_payload) else {
        let _ = app
            .store
            .log_event(Event {
                level: Level::Error,
                kind: "payment_unparsed",
                user_id: Some(ctx.user.id),
                message: format!(
                    "charge {} with payload {:?}",
                    payment.telegram_payment_charge_id.0, payment.invoice_payload
                ),
            })
            .await;
        send_html(&bot, ctx.chat, app.i18n.t(lang, k::PAYMENT_PROBLEM), None).await?;
        return Ok(());
    };
    let record = NewPayment {
        user_id: ctx.user.id,
        telegram_charge_id: payment.telegram_payment_charge_id.0.clone(),
        provider_charge_id: payment.provider_payment_charge_id.clone(),
        amount: payment.total_amount,
        currency: payment.currency.clone(),
        plan: payload.plan,
        payload: payment.invoice_payload.clone(),
        is_recurring: payment.is_recurring,
        is_first_recurring: payment.is_first_recurring,
        subscription_expires_at: payment.subscription_expiration_date.map(|d| d.timestamp()),
    };
    match app.store.apply_payment(record, &app.settings()).await? {
        Applied::Duplicate => {
            tracing::info!(charge = %payment.telegram_payment_charge_id.0, "duplicate successful_payment ignored");
        }
        Applied::Granted(state) => {
            let _ = app
                .store
                .log_event(Event {
                    level: Level::Info,
                    kind: "payment",
                    user_id: Some(ctx.user.id),
                    message: format!(
                        "{} ⭐ for {} ({})",
                        payment.total_amount, payload.plan, payment.telegram_payment_charge_id.0
                    ),
                })
                .await;
            let html = app.i18n.tr(
                lang,
                k::PAYMENT_THANKS,
                &[
                    ("plan", Val::from(&plan_label(&app, lang, state.plan))),
                    ("date", Val::from(&date_of(state.expires_at.unwrap_or(0)))),
                ],
            );
            send_html(
                &bot,
                ctx.chat,
                html,
                Some(screens::menu_keyboard(&app, lang)),
            )
            .await?;
        }
    }
    Ok(())
}

/// `/paysupport`: the rules, and a refund button for each payment still inside the window.
pub async fn paysupport(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let lang = ctx.lang;
    let days = app.settings().refund_window_days;
    let since = crate::store::now() - i64::from(days) * DAY;
    let mut rows = Vec::new();
    for p in app.store.payments_of(ctx.user.id).await? {
        if p.status == "paid" && p.created_at >= since && p.refund_requested_at.is_none() {
            let label = app.i18n.tr(
                lang,
                k::BTN_REFUND_REQUEST,
                &[
                    ("amount", Val::from(p.amount)),
                    ("date", Val::from(&date_of(p.created_at))),
                ],
            );
            rows.push(vec![InlineKeyboardButton::callback(
                label,
                Cb::RefundAsk(p.id).encode(),
            )]);
        }
    }
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    let text = app
        .i18n
        .tr(lang, k::PAYSUPPORT, &[("days", Val::from(days))]);
    send_html(bot, ctx.chat, text, Some(InlineKeyboardMarkup::new(rows))).await?;
    Ok(())
}

pub async fn refund_ask(bot: &FalBot, app: &App, ctx: &UserCtx, payment_id: i64) -> HandlerResult {
    let lang = ctx.lang;
    let since = crate::store::now() - i64::from(app.settings().refund_window_days) * DAY;
    let ok = app
        .store
        .request_refund(ctx.user.id, payment_id, since)
        .await?;
    let key = if ok {
        k::REFUND_REQUESTED
    } else {
        k::REFUND_NOT_POSSIBLE
    };
    send_html(
        bot,
        ctx.chat,
        app.i18n.t(lang, key),
        Some(screens::back_to_menu(app, lang)),
    )
    .await?;
    if ok {
        let _ = app
            .store
            .log_event(Event {
                level: Level::Warn,
                kind: "refund_request",
                user_id: Some(ctx.user.id),
                message: format!("payment #{payment_id}"),
            })
            .await;
        super::admin::notify_refund_request(bot, app, ctx, payment_id).await;
    }
    Ok(())
}

/// Reminders 3 days and 1 day before a paid plan ends (with a renew button), and the
/// downgrade at the end with a message. Each is claimed once per user and expiry in `push_log`.
pub async fn expiry_pass(app: &Arc<App>, bot: &FalBot, now: i64) -> anyhow::Result<usize> {
    let mut sent = 0;
    for (days, kind) in [(3, "expiry_3d"), (1, "expiry_1d")] {
        let window = app
            .store
            .expiring_between(now + (days - 1) * DAY, now + days * DAY)
            .await?;
        for e in window {
            if !app
                .store
                .claim_push(e.user_id, kind.into(), e.expires_at.to_string())
                .await?
            {
                continue;
            }
            let lang: Lang = e.language.parse().unwrap_or(Lang::En);
            let html = app.i18n.tr(
                lang,
                k::EXPIRY_REMINDER,
                &[
                    ("plan", Val::from(&plan_label(app, lang, e.plan))),
                    ("days", Val::from(days as u64)),
                    ("date", Val::from(&date_of(e.expires_at))),
                ],
            );
            let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
                app,
                lang,
                k::BTN_RENEW,
                Cb::PlanInfo(e.plan),
            )]]);
            let status = match send_html(bot, ChatId(e.user_id), html, Some(kb)).await {
                Ok(_) => {
                    sent += 1;
                    "sent"
                }
                Err(err) => {
                    tracing::warn!(error = %err, user = e.user_id, "expiry reminder not delivered");
                    "failed"
                }
            };
            app.store
                .finish_push(e.user_id, kind.into(), e.expires_at.to_string(), status)
                .await?;
        }
    }
    for e in app.store.downgrade_expired(now).await? {
        if !app
            .store
            .claim_push(e.user_id, "expired".into(), e.expires_at.to_string())
            .await?
        {
            continue;
        }
        let lang: Lang = e.language.parse().unwrap_or(Lang::En);
        let html = app.i18n.tr(
            lang,
            k::PLAN_EXPIRED,
            &[("plan", Val::from(&plan_label(app, lang, e.plan)))],
        );
        let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
            app,
            lang,
            k::BTN_PREMIUM,
            Cb::Open(Section::Premium),
        )]]);
        let status = match send_html(bot, ChatId(e.user_id), html, Some(kb)).await {
            Ok(_) => {
                sent += 1;
                "sent"
            }
            Err(_) => "failed",
        };
        app.store
            .finish_push(
                e.user_id,
                "expired".into(),
                e.expires_at.to_string(),
                status,
            )
            .await?;
    }
    Ok(sent)
}

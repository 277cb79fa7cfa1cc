//! Buying a plan: an invoice (one price in XTR, no provider token) or a monthly Stars
//! subscription link; the pre-checkout answered by the domain rules at once; and the successful
//! payment recorded once per charge id and applied in the same transaction.

use std::sync::Arc;

use rand::distr::{Alphanumeric, SampleString};
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, LabeledPrice, Seconds, SuccessfulPayment,
};

use super::state_of;
use crate::app::App;
use crate::domain::errors::UserError;
use crate::domain::payments::{check_pre_checkout, review_of, Payload, Refusal, Review, CURRENCY};
use crate::domain::{Lang, Plan};
use crate::i18n::{format, keys as k, Val};
use crate::store::{Applied, Event, Level, NewPayment};
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::outbound::{replied, sent, timed};
use crate::telegram::reply::{escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// Telegram's only accepted Stars subscription period: 30 days.
const SUBSCRIPTION_PERIOD: u32 = 30 * 24 * 3600;

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
        let html = app.i18n.error(
            ctx.lang,
            &UserError::Checkout {
                refusal: Refusal::Downgrade,
                current: active,
            },
        );
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
    let name = app.i18n.plan_name(lang, plan);
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
    sent(
        bot,
        ctx.chat,
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
    app.store
        .reach_step(ctx.user.id, crate::domain::funnel::Step::InvoiceSent)
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
    app.store
        .reach_step(ctx.user.id, crate::domain::funnel::Step::InvoiceSent)
        .await?;
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
    // A blocked account is answered too (refused, with a reason): an unanswered pre-checkout
    // fails after 10 s with a generic error on the user's side.
    let verdict = if blocked(&app, &ctx) {
        Err(Refusal::Blocked)
    } else {
        check_pre_checkout(
            &q.invoice_payload,
            &q.currency,
            q.total_amount,
            q.from.id.0 as i64,
            state_of(&ctx),
            &app.settings(),
            now,
        )
    };
    match verdict {
        Ok(_) => {
            replied(bot.answer_pre_checkout_query(q.id, true).send()).await?;
        }
        Err(r) => {
            let current = state_of(&ctx).active(now);
            let reason = app.i18n.error(
                ctx.lang,
                &UserError::Checkout {
                    refusal: r,
                    current,
                },
            );
            tracing::info!(user = ctx.user.id, refusal = ?r, "pre-checkout refused");
            replied(
                bot.answer_pre_checkout_query(q.id, false)
                    .error_message(reason)
                    .send(),
            )
            .await?;
        }
    }
    Ok(())
}

/// Whether an admin blocked this user (admins cannot block themselves out).
fn blocked(app: &App, ctx: &UserCtx) -> bool {
    ctx.user.is_blocked && !app.cfg.is_admin(ctx.user.id)
}

/// The money arrived: record it once per charge id and apply the plan in the same transaction
/// — whatever the payload, the price or the user's state. What looks wrong is recorded all the
/// same, flagged, and every admin hears of it (refundable from the panel or the terminal).
pub async fn paid(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    payment: SuccessfulPayment,
) -> HandlerResult {
    let lang = ctx.lang;
    let payload = Payload::parse(&payment.invoice_payload);
    let plan = payload.as_ref().map(|p| p.plan);
    let review = review_of(
        plan,
        &payment.currency,
        payment.total_amount,
        blocked(&app, &ctx),
        &app.settings(),
    );
    let record = NewPayment {
        user_id: ctx.user.id,
        telegram_charge_id: payment.telegram_payment_charge_id.0.clone(),
        provider_charge_id: payment.provider_payment_charge_id.clone(),
        amount: payment.total_amount,
        currency: payment.currency.clone(),
        plan,
        payload: payment.invoice_payload.clone(),
        is_recurring: payment.is_recurring,
        is_first_recurring: payment.is_first_recurring,
        subscription_expires_at: payment.subscription_expiration_date.map(|d| d.timestamp()),
        review,
    };
    let charge = payment.telegram_payment_charge_id.0.clone();
    let applied = app.store.apply_payment(record, &app.settings()).await?;
    if applied != Applied::Duplicate {
        let _ = app
            .store
            .log_event(Event {
                level: if review.is_some() {
                    Level::Error
                } else {
                    Level::Info
                },
                kind: "payment",
                user_id: Some(ctx.user.id),
                message: format!(
                    "{} {} for {} ({charge}){}",
                    payment.total_amount,
                    payment.currency,
                    plan.map_or("no plan".to_string(), |p| p.to_string()),
                    review.map_or(String::new(), |r| format!(", review: {}", r.code())),
                ),
            })
            .await;
        if let Some(review) = review {
            alert_admins(&bot, &app, &ctx, &payment, review).await;
        }
    }
    if review == Some(Review::BlockedUser) {
        // Recorded and granted; a blocked user hears nothing from the bot.
        return Ok(());
    }
    match applied {
        Applied::Duplicate => {
            tracing::info!(charge, "duplicate successful_payment ignored");
        }
        Applied::Recorded => {
            send_html(&bot, ctx.chat, app.i18n.t(lang, k::PAYMENT_PROBLEM), None).await?;
        }
        Applied::Granted(state) => {
            let html = app.i18n.tr(
                lang,
                k::PAYMENT_THANKS,
                &[
                    ("plan", Val::from(&app.i18n.plan_name(lang, state.plan))),
                    (
                        "date",
                        Val::from(&format::date_or_dash(lang, state.expires_at)),
                    ),
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

/// A payment recorded with a flag: every admin hears of it, in their own language, with the
/// refund button.
async fn alert_admins(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    payment: &SuccessfulPayment,
    review: Review,
) {
    let Ok(Some(row)) = app
        .store
        .payment_by_charge(payment.telegram_payment_charge_id.0.clone())
        .await
    else {
        return;
    };
    let reason = match review {
        Review::BlockedUser => k::ADMIN_REVIEW_BLOCKED_USER,
        Review::UnreadablePayload => k::ADMIN_REVIEW_UNREADABLE_PAYLOAD,
        Review::PriceMismatch => k::ADMIN_REVIEW_PRICE_MISMATCH,
    };
    super::tell_admins(bot, app, row.id, |lang| {
        app.i18n.tr(
            lang,
            k::ADMIN_PAYMENT_REVIEW,
            &[
                ("amount", Val::from(payment.total_amount)),
                ("user", Val::Digits(ctx.user.id)),
                (
                    "charge",
                    Val::from(&escape_html(&payment.telegram_payment_charge_id.0)),
                ),
                ("reason", Val::from(&app.i18n.t(lang, reason))),
            ],
        )
    })
    .await;
}

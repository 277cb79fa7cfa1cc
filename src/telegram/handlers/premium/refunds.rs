//! `/paysupport`: the rules and a refund request button for each payment inside the window;
//! a request is logged and every admin hears of it, in their own language, with the button.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::app::App;
use crate::domain::payments::PaymentStatus;
use crate::i18n::{format, keys as k, Val};
use crate::store::{Event, Level};
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::reply::{escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

const DAY: i64 = 86_400;

/// `/paysupport`: the rules, and a refund button for each payment still inside the window.
pub async fn paysupport(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let lang = ctx.lang;
    let days = app.settings().refund_window_days;
    let since = crate::store::now() - i64::from(days) * DAY;
    let mut rows = Vec::new();
    for p in app.store.payments_of(ctx.user.id).await? {
        if p.status == PaymentStatus::Paid
            && p.created_at >= since
            && p.refund_requested_at.is_none()
        {
            let label = app.i18n.tr(
                lang,
                k::BTN_REFUND_REQUEST,
                &[
                    ("amount", Val::from(p.amount)),
                    ("date", Val::from(&format::date_of(lang, p.created_at))),
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

pub async fn request(bot: &FalBot, app: &App, ctx: &UserCtx, payment_id: i64) -> HandlerResult {
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
        notify_admins(bot, app, ctx, payment_id).await;
    }
    Ok(())
}

/// A user asked for a refund: every admin hears of it, in their own language, with the button.
async fn notify_admins(bot: &FalBot, app: &App, ctx: &UserCtx, payment_id: i64) {
    let Ok(payments) = app.store.payments_of(ctx.user.id).await else {
        return;
    };
    let Some(p) = payments.into_iter().find(|p| p.id == payment_id) else {
        return;
    };
    super::tell_admins(bot, app, p.id, |lang| {
        app.i18n.tr(
            lang,
            k::ADMIN_REFUND_REQUEST,
            &[
                ("user", Val::Digits(ctx.user.id)),
                ("name", Val::from(&escape_html(&ctx.user.first_name))),
                ("amount", Val::from(p.amount)),
                ("plan", Val::from(&app.i18n.plan_name(lang, p.plan))),
                ("date", Val::from(&format::date_of(lang, p.created_at))),
            ],
        )
    })
    .await;
}

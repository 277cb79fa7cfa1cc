//! Refunds from the panel: `/refund <charge id>` and the refund button on a payment or an
//! open request.

use crate::app::App;
use crate::i18n::{keys as k, Val};
use crate::services::refunds::{self, Refunded};
use crate::services::AdminError;
use crate::telegram::context::UserCtx;
use crate::telegram::reply::send_html;
use crate::telegram::{BotMessenger, FalBot, HandlerResult};

async fn report(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    done: Result<Refunded, AdminError>,
) -> HandlerResult {
    let html = match done {
        Ok(r) => app.i18n.tr(
            ctx.lang,
            k::ADMIN_REFUNDED,
            &[
                ("id", Val::Digits(r.user_id)),
                ("amount", Val::from(r.amount)),
            ],
        ),
        Err(e) => {
            tracing::warn!(error = %e, "refund not done");
            super::error_html(app, ctx.lang, &e)
        }
    };
    send_html(bot, ctx.chat, html, None).await?;
    Ok(())
}

/// `/refund <telegram_payment_charge_id>`.
pub async fn by_command(bot: &FalBot, app: &App, ctx: &UserCtx, charge: &str) -> HandlerResult {
    let messenger = BotMessenger(bot.clone());
    let done = refunds::by_charge(app, &messenger, Some(ctx.user.id), charge).await;
    report(bot, app, ctx, done).await
}

/// The refund button: any paid payment can be refunded from the panel, requested or not.
pub async fn by_button(bot: &FalBot, app: &App, ctx: &UserCtx, payment: i64) -> HandlerResult {
    let messenger = BotMessenger(bot.clone());
    let done = refunds::by_id(app, &messenger, Some(ctx.user.id), payment).await;
    report(bot, app, ctx, done).await
}

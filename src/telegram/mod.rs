//! The Telegram adapter: the handler tree, its handlers, and the bot's runtime.

pub mod admin;
mod admin_panel;
mod astrology;
pub mod broadcast;
pub mod callback;
mod callbacks;
mod coffee;
mod commands;
pub mod context;
mod dream;
mod forget;
mod guard;
mod history;
pub mod intake;
mod outbound;
pub mod premium;
pub mod pushes;
pub mod ratelimit;
mod reading;
mod referral;
pub mod reply;
mod runtime;
pub mod screens;
mod share;
pub mod state;
mod tarot;

use std::sync::Arc;

use teloxide::adaptors::Throttle;
use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

pub use commands::Command;
pub use runtime::{build_bot, set_webhook, start, BotOptions, Running, SHUTDOWN_GRACE};
pub use state::BotState;

use crate::app::App;
use crate::i18n::{keys as k, Val};
use context::{Flow, UserCtx};
use ratelimit::{seconds_to_show, Bucket, Verdict};

/// The bot type every handler gets: Telegram's limits are enforced by teloxide's `Throttle`.
pub type FalBot = Throttle<Bot>;
pub type HandlerResult = anyhow::Result<()>;

/// The whole update flow, read top to bottom: who is it, are they flooding, which step are
/// they in, then commands, input steps and buttons.
pub fn schema() -> UpdateHandler<anyhow::Error> {
    let messages = Update::filter_message()
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(commands::handle),
        )
        .branch(dptree::case![Flow::AwaitingDream].endpoint(dream::on_message))
        .branch(dptree::case![Flow::AwaitingCup].endpoint(coffee::on_message))
        .branch(dptree::case![Flow::AwaitingSaucer { cup }].endpoint(coffee::on_message))
        .branch(
            dptree::case![Flow::AwaitingDreamQuestion { reading_id }].endpoint(dream::on_question),
        )
        .branch(dptree::case![Flow::AwaitingTarotQuestion { spread }].endpoint(tarot::on_question))
        .branch(dptree::case![Flow::BirthDate { who }].endpoint(astrology::birth::on_date))
        .branch(dptree::case![Flow::BirthTime { who, date }].endpoint(astrology::birth::on_time))
        .branch(
            dptree::case![Flow::BirthPlace { who, date, time }]
                .endpoint(astrology::birth::on_place),
        )
        .branch(dptree::case![Flow::PersonName].endpoint(astrology::birth::on_person_name))
        .branch(dptree::case![Flow::Chatbot].endpoint(astrology::chatbot::on_message))
        .branch(dptree::case![Flow::PushTime { kind }].endpoint(astrology::notify::on_time))
        .branch(dptree::case![Flow::AdminSearch].endpoint(admin_panel::on_search))
        .branch(dptree::case![Flow::AdminSetting { key }].endpoint(admin_panel::on_setting))
        .branch(dptree::case![Flow::AdminPrompt { kind, lang }].endpoint(admin_panel::on_prompt))
        .branch(
            dptree::case![Flow::AdminBroadcast { lang, plan }]
                .endpoint(admin_panel::on_broadcast_text),
        )
        .endpoint(on_other_message);

    let callbacks = Update::filter_callback_query().endpoint(callbacks::handle);

    // Money is never rate-limited: a pre-checkout must be answered within 10 s, and a
    // successful payment must be recorded whatever the user did just before.
    let payments = dptree::entry()
        .branch(Update::filter_pre_checkout_query().endpoint(premium::pre_checkout))
        .branch(
            Update::filter_message()
                .filter_map(|m: Message| m.successful_payment().cloned())
                .endpoint(premium::paid),
        );

    guard::guarded(
        dptree::entry()
            .filter_map_async(context::identify)
            .branch(payments)
            .branch(
                dptree::entry()
                    .filter_async(within_rate_limit)
                    .map(context::flow_of)
                    .branch(messages)
                    .branch(callbacks),
            ),
    )
}

/// The general per-user limit; the user hears about it once per window.
async fn within_rate_limit(bot: FalBot, app: Arc<App>, ctx: UserCtx) -> bool {
    match ctx
        .limits
        .check(&app.settings(), ctx.user.id, Bucket::General)
    {
        Verdict::Allowed => true,
        verdict => {
            app.metrics
                .rate_limited
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if let Verdict::Notify(wait) = verdict {
                let secs = seconds_to_show(wait);
                let html = app
                    .i18n
                    .tr(ctx.lang, k::RATE_LIMITED, &[("seconds", Val::from(secs))]);
                if let Err(e) = reply::send_html(&bot, ctx.chat, html, None).await {
                    tracing::debug!(error = %e, "could not send the rate-limit notice");
                }
            }
            false
        }
    }
}

/// Anything else in a private chat when no step is waiting: a gentle pointer to the menu.
/// Says what was wrong with an input and keeps the step open (with its Cancel button).
pub(crate) async fn keep_step(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    html: String,
) -> HandlerResult {
    reply::send_html(
        bot,
        ctx.chat,
        html,
        Some(screens::cancel_only(app, ctx.lang)),
    )
    .await?;
    Ok(())
}

async fn on_other_message(bot: FalBot, app: Arc<App>, ctx: UserCtx) -> HandlerResult {
    let html = app.i18n.t(ctx.lang, k::UNKNOWN_INPUT);
    reply::send_html(
        &bot,
        ctx.chat,
        html,
        Some(screens::menu_keyboard(&app, ctx.lang)),
    )
    .await?;
    Ok(())
}

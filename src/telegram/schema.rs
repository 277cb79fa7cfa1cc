//! The whole update flow, read top to bottom: who is it (payments go straight on), are they
//! flooding, which step are they in; then the admin branch behind its one check; then
//! everyone's commands, input steps and buttons.

use std::sync::Arc;

use teloxide::dispatching::{HandlerExt, UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;

use super::callback_data::Cb;
use super::context::{self, Flow, UserCtx};
use super::handlers::astrology::{birth, chatbot, notify};
use super::handlers::commands::{self, AdminCommand, Command};
use super::handlers::{admin, buttons, coffee, dream, menu, premium, tarot};
use super::ratelimit::seconds_to_show;
use super::reply::send_html;
use super::{guard, BotState, FalBot};
use crate::app::App;
use crate::i18n::{keys as k, Val};

pub fn schema() -> UpdateHandler<anyhow::Error> {
    // Money is never rate-limited: a pre-checkout must be answered within 10 s, and a
    // successful payment must be recorded whatever the user did just before.
    let payments = dptree::entry()
        .branch(Update::filter_pre_checkout_query().endpoint(premium::checkout::pre_checkout))
        .branch(
            Update::filter_message()
                .filter_map(|m: Message| m.successful_payment().cloned())
                .endpoint(premium::checkout::paid),
        );

    guard::guarded(
        dptree::entry()
            .filter_map_async(context::identify)
            .branch(payments)
            .branch(
                dptree::entry()
                    .filter(context::not_blocked)
                    .filter_async(within_rate_limit)
                    .map(context::flow_of)
                    .branch(dptree::filter(admin::is_admin).branch(admin_branch()))
                    .branch(messages())
                    .branch(buttons()),
            ),
    )
}

/// Everything only an admin can do: reached through the one check above.
fn admin_branch() -> UpdateHandler<anyhow::Error> {
    let messages = Update::filter_message()
        .branch(
            dptree::entry()
                .filter_command::<AdminCommand>()
                .filter(|c: AdminCommand| c.applies())
                .endpoint(commands::handle_admin),
        )
        // A command in the middle of an admin step (/cancel, /menu) is that command, not the
        // step's value.
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(commands::handle),
        )
        .branch(dptree::case![Flow::AdminSearch].endpoint(admin::users::on_search))
        .branch(dptree::case![Flow::AdminSetting { key }].endpoint(admin::settings::on_value))
        .branch(dptree::case![Flow::AdminAiPrice].endpoint(admin::ai_prices::on_value))
        .branch(
            dptree::case![Flow::AdminPrompt { kind, lang }]
                .endpoint(admin::prompt_screens::on_text),
        )
        .branch(
            dptree::case![Flow::AdminBroadcast { lang, plan }].endpoint(admin::broadcast::on_text),
        );
    let buttons = Update::filter_callback_query()
        .filter_map(buttons::decode)
        .filter(|cb: Cb| cb.is_admin())
        .endpoint(admin::on_button);
    dptree::entry().branch(messages).branch(buttons)
}

fn messages() -> UpdateHandler<anyhow::Error> {
    Update::filter_message()
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(commands::handle),
        )
        // An admin command from anyone else reads like any text not understood.
        .branch(
            dptree::entry()
                .filter_command::<AdminCommand>()
                .filter(|c: AdminCommand| c.applies())
                .endpoint(menu::on_other_message),
        )
        .branch(dptree::filter(|f: Flow| f.is_admin()).endpoint(admin::left_over_step))
        .branch(dptree::case![Flow::AwaitingDream].endpoint(dream::on_message))
        .branch(dptree::case![Flow::AwaitingCup].endpoint(coffee::on_message))
        .branch(dptree::case![Flow::AwaitingSaucer { cup }].endpoint(coffee::on_message))
        .branch(
            dptree::case![Flow::AwaitingDreamQuestion { reading_id }].endpoint(dream::on_question),
        )
        .branch(dptree::case![Flow::AwaitingTarotQuestion { spread }].endpoint(tarot::on_question))
        .branch(dptree::case![Flow::BirthDate { who }].endpoint(birth::on_date))
        .branch(dptree::case![Flow::BirthTime { who, date }].endpoint(birth::on_time))
        .branch(dptree::case![Flow::BirthPlace { who, date, time }].endpoint(birth::on_place))
        .branch(dptree::case![Flow::PersonName].endpoint(birth::on_person_name))
        .branch(dptree::case![Flow::Chatbot].endpoint(chatbot::on_message))
        .branch(dptree::case![Flow::PushTime { kind }].endpoint(notify::on_time))
        .endpoint(menu::on_other_message)
}

fn buttons() -> UpdateHandler<anyhow::Error> {
    Update::filter_callback_query()
        .branch(
            dptree::filter_map(buttons::decode)
                // An admin button from anyone else changes nothing.
                .branch(dptree::filter(|cb: Cb| cb.is_admin()).endpoint(buttons::not_for_you))
                .endpoint(buttons::route),
        )
        .endpoint(buttons::stale)
}

/// The general per-user limit; the user hears about it once per window.
async fn within_rate_limit(
    bot: FalBot,
    app: Arc<App>,
    state: Arc<BotState>,
    ctx: UserCtx,
    update: Update,
) -> bool {
    // Decided at the intake (`intake::gate`): only the notice's update arrives marked.
    let Some(wait) = state.notices.take(update.id.0) else {
        return true;
    };
    let secs = seconds_to_show(wait);
    let html = app
        .i18n
        .tr(ctx.lang, k::RATE_LIMITED, &[("seconds", Val::from(secs))]);
    if let Err(e) = send_html(&bot, ctx.chat, html, None).await {
        tracing::debug!(error = %e, "could not send the rate-limit notice");
    }
    false
}

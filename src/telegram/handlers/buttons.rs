//! Inline-button presses: decoded once (the tree branches on [`Cb`]), acknowledged, then
//! routed to their feature. Admin buttons never reach this router: the admin branch takes
//! them, and anyone else gets what any message not understood gets.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Me, MessageId};

use super::astrology::{
    birth, chart, chatbot, compat, horoscope, houses, moon, notify, sky, solar_return,
};
use super::{coffee, dream, forget, history, menu, premium, referral, tarot};
use crate::app::App;
use crate::i18n::keys as k;
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::{BirthFor, UserCtx};
use crate::telegram::outbound::timed;
use crate::telegram::reply::{edit_or_send, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// The button's data, when it decodes; forged or stale data does not.
pub fn decode(q: CallbackQuery) -> Option<Cb> {
    q.data.as_deref().and_then(Cb::decode)
}

/// The message the button sits under, to edit in place.
pub fn message_id(q: &CallbackQuery) -> Option<MessageId> {
    match &q.message {
        Some(MaybeInaccessibleMessage::Regular(m)) => Some(m.id),
        _ => None,
    }
}

/// Stops the button's spinner.
pub async fn acknowledge(bot: &FalBot, q: &CallbackQuery) -> HandlerResult {
    timed(bot.answer_callback_query(q.id.clone()).send()).await?;
    Ok(())
}

/// Stale or forged data: a toast and a fresh menu, nothing else happens.
pub async fn stale(bot: FalBot, app: Arc<App>, ctx: UserCtx, q: CallbackQuery) -> HandlerResult {
    timed(
        bot.answer_callback_query(q.id.clone())
            .text(app.i18n.t(ctx.lang, k::CALLBACK_EXPIRED))
            .send(),
    )
    .await?;
    let menu = screens::menu(&app, ctx.lang);
    send_html(&bot, ctx.chat, menu.html, Some(menu.keyboard)).await?;
    Ok(())
}

/// An admin button pressed by someone who is not an admin.
pub async fn not_for_you(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    q: CallbackQuery,
) -> HandlerResult {
    acknowledge(&bot, &q).await?;
    menu::not_understood(&bot, &app, &ctx).await
}

pub async fn route(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    me: Me,
    q: CallbackQuery,
    cb: Cb,
) -> HandlerResult {
    acknowledge(&bot, &q).await?;
    let (bot, app, ctx, me) = (&bot, &*app, &ctx, &me);
    let msg = message_id(&q);
    match cb {
        Cb::Menu => {
            let menu = screens::menu(app, ctx.lang);
            edit_or_send(bot, ctx.chat, msg, menu.html, menu.keyboard).await?;
        }
        Cb::Cancel => menu::cancel(bot, app, ctx, msg).await?,
        Cb::SetLang(new_lang) => menu::switch_language(bot, app, ctx, new_lang, msg).await?,
        Cb::Open(section) => open(bot, app, ctx, me, section, msg).await?,
        Cb::Spread(spread) => tarot::choose(bot, app, ctx, spread, msg).await?,
        Cb::DrawNow => tarot::draw_now(bot, app, ctx, me, &ctx.flow, msg).await?,
        Cb::DailyCard => tarot::daily(bot, app, ctx, me.username()).await?,
        Cb::DreamAsk(id) => dream::ask(bot, app, ctx, id, msg).await?,
        Cb::ReadCup => coffee::read_now(bot, app, ctx, me, &ctx.flow, msg).await?,
        Cb::OpenReading(id) => history::open(bot, app, ctx, id, msg).await?,
        Cb::Forget(yes) => forget::answer(bot, app, ctx, yes, msg).await?,
        Cb::Horoscope(period, sign) => horoscope::show(bot, app, ctx, period, sign, msg).await?,
        Cb::PickSign(period) => horoscope::pick_sign(bot, app, ctx, period, msg).await?,
        Cb::BirthEdit => birth::start(bot, app, ctx, BirthFor::Me, msg).await?,
        Cb::BirthTimeUnknown => birth::time_unknown(bot, app, ctx, &ctx.flow).await?,
        Cb::PickPlace(id) => birth::pick_place(bot, app, ctx, &ctx.flow, id).await?,
        Cb::ChartShow => chart::section(bot, app, ctx, me, None).await?,
        Cb::Transits => chart::transits(bot, app, ctx).await?,
        Cb::HouseSystems => houses::house_systems(bot, app, ctx, msg).await?,
        Cb::SolarReturn => solar_return::reading(bot, app, ctx, me).await?,
        Cb::SetHouseSystem(h) => houses::set_house_system(bot, app, ctx, h).await?,
        Cb::ChartJson => chart::json(bot, app, ctx).await?,
        Cb::CompatFirst(a) => compat::first_chosen(bot, app, ctx, a, msg).await?,
        Cb::Compat(a, b) => compat::pair(bot, app, ctx, me, a, b).await?,
        Cb::Synastry(id) => compat::with_person(bot, app, ctx, me, id).await?,
        Cb::AddPerson => birth::add_person(bot, app, ctx, msg).await?,
        Cb::DeletePerson(id) => compat::delete_person(bot, app, ctx, id, msg).await?,
        Cb::MoonCalendar => moon::month(bot, app, ctx, msg).await?,
        Cb::MoonCommentary => moon::commentary(bot, app, ctx, me).await?,
        Cb::Notifications => notify::screen(bot, app, ctx, msg).await?,
        Cb::TogglePush(kind) => notify::toggle(bot, app, ctx, kind, msg).await?,
        Cb::PushTime(kind) => notify::ask_time(bot, app, ctx, kind, msg).await?,
        Cb::ChatReset => chatbot::reset(bot, app, ctx, msg).await?,
        Cb::PlanInfo(plan) => premium::plan_info(bot, app, ctx, plan, msg).await?,
        Cb::Buy(plan) => premium::checkout::buy(bot, app, ctx, plan).await?,
        Cb::Subscribe(plan) => premium::checkout::subscribe(bot, app, ctx, plan).await?,
        Cb::RefundAsk(id) => premium::refunds::request(bot, app, ctx, id).await?,
        Cb::ReadingPdf(id) => history::pdf(bot, app, ctx, id).await?,
        Cb::ChartPdf => chart::pdf(bot, app, ctx).await?,
        // The admin branch of the tree takes these first; here they change nothing.
        Cb::Admin(_) | Cb::AdminRefund(_) => menu::not_understood(bot, app, ctx).await?,
    }
    Ok(())
}

async fn open(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    section: Section,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let screen = match section {
        Section::Dream => return dream::start(bot, app, ctx, msg).await,
        Section::Coffee => return coffee::start(bot, app, ctx, msg).await,
        Section::Referral => return referral::page(bot, app, ctx, me.username(), msg).await,
        Section::History => return history::list(bot, app, ctx, msg).await,
        Section::Help => screens::help(app, lang),
        Section::Tarot => tarot::screen(app, lang),
        Section::Horoscope => return horoscope::section(bot, app, ctx, msg).await,
        Section::BirthChart => return chart::section(bot, app, ctx, me, msg).await,
        Section::Compatibility => return compat::section(bot, app, ctx, msg).await,
        Section::Moon => return moon::today(bot, app, ctx, msg).await,
        Section::Sky => return sky::screen(bot, app, ctx, msg).await,
        Section::Chatbot => return chatbot::open(bot, app, ctx, msg).await,
        Section::Premium => return premium::screen(bot, app, ctx, msg).await,
        Section::Language => screens::language_picker(app, lang, None),
    };
    edit_or_send(bot, ctx.chat, msg, screen.html, screen.keyboard).await?;
    Ok(())
}

//! Inline-button presses.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Me, MessageId};

use super::astrology::{birth, chart, chatbot, compat, horoscope, moon, notify};
use super::callback::{Cb, Section};
use super::context::BirthFor;
use super::context::{Flow, UserCtx};
use super::outbound::timed;
use super::reply::{edit_or_send, send_html};
use super::{admin, coffee, commands, dream, forget, history, premium, referral, screens, tarot};
use super::{FalBot, HandlerResult};
use crate::app::App;
use crate::i18n::keys as k;

fn message_id(q: &CallbackQuery) -> Option<MessageId> {
    match &q.message {
        Some(MaybeInaccessibleMessage::Regular(m)) => Some(m.id),
        _ => None,
    }
}

pub async fn handle(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    me: Me,
    q: CallbackQuery,
) -> HandlerResult {
    let lang = ctx.lang;
    let msg = message_id(&q);
    let Some(cb) = q.data.as_deref().and_then(Cb::decode) else {
        // Stale or forged: a toast and a fresh menu, nothing else happens.
        timed(
            bot.answer_callback_query(q.id.clone())
                .text(app.i18n.t(lang, k::CALLBACK_EXPIRED))
                .send(),
        )
        .await?;
        let menu = screens::menu(&app, lang);
        send_html(&bot, ctx.chat, menu.html, Some(menu.keyboard)).await?;
        return Ok(());
    };
    timed(bot.answer_callback_query(q.id.clone()).send()).await?;
    match cb {
        Cb::Menu => {
            let menu = screens::menu(&app, lang);
            edit_or_send(&bot, ctx.chat, msg, menu.html, menu.keyboard).await?;
        }
        Cb::Cancel => commands::cancel(&bot, &app, &ctx, &flow, msg).await?,
        Cb::SetLang(new_lang) => commands::switch_language(&bot, &app, &ctx, new_lang, msg).await?,
        Cb::Open(section) => open(&bot, &app, &ctx, &me, section, msg).await?,
        Cb::Spread(spread) => tarot::choose(&bot, &app, &ctx, spread, msg).await?,
        Cb::DrawNow => tarot::draw_now(&bot, &app, &ctx, &me, &flow, msg).await?,
        Cb::DailyCard => tarot::daily(&bot, &app, &ctx, me.username()).await?,
        Cb::DreamAsk(id) => dream::ask(&bot, &app, &ctx, id, msg).await?,
        Cb::ReadCup => coffee::read_now(&bot, &app, &ctx, &me, &flow, msg).await?,
        Cb::OpenReading(id) => history::open(&bot, &app, &ctx, id, msg).await?,
        Cb::Forget(yes) => forget::answer(&bot, &app, &ctx, yes, msg).await?,
        Cb::Horoscope(period, sign) => horoscope::show(&bot, &app, &ctx, period, sign, msg).await?,
        Cb::PickSign(period) => horoscope::pick_sign(&bot, &app, &ctx, period, msg).await?,
        Cb::BirthEdit => birth::start(&bot, &app, &ctx, BirthFor::Me, msg).await?,
        Cb::BirthTimeUnknown => birth::time_unknown(&bot, &app, &ctx, &flow).await?,
        Cb::PickPlace(id) => birth::pick_place(&bot, &app, &ctx, &flow, id).await?,
        Cb::ChartShow => chart::section(&bot, &app, &ctx, &me, None).await?,
        Cb::Transits => chart::transits(&bot, &app, &ctx).await?,
        Cb::ChartJson => chart::json(&bot, &app, &ctx).await?,
        Cb::CompatFirst(a) => compat::first_chosen(&bot, &app, &ctx, a, msg).await?,
        Cb::Compat(a, b) => compat::pair(&bot, &app, &ctx, &me, a, b).await?,
        Cb::Synastry(id) => compat::with_person(&bot, &app, &ctx, &me, id).await?,
        Cb::AddPerson => birth::add_person(&bot, &app, &ctx, msg).await?,
        Cb::DeletePerson(id) => compat::delete_person(&bot, &app, &ctx, id, msg).await?,
        Cb::MoonCalendar => moon::month(&bot, &app, &ctx, msg).await?,
        Cb::Notifications => notify::screen(&bot, &app, &ctx, msg).await?,
        Cb::TogglePush(kind) => notify::toggle(&bot, &app, &ctx, kind, msg).await?,
        Cb::PushTime(kind) => notify::ask_time(&bot, &app, &ctx, kind, msg).await?,
        Cb::ChatReset => chatbot::reset(&bot, &app, &ctx, msg).await?,
        Cb::PlanInfo(plan) => premium::plan_info(&bot, &app, &ctx, plan, msg).await?,
        Cb::Buy(plan) => premium::buy(&bot, &app, &ctx, plan).await?,
        Cb::Subscribe(plan) => premium::subscribe(&bot, &app, &ctx, plan).await?,
        Cb::RefundAsk(id) => premium::refund_ask(&bot, &app, &ctx, id).await?,
        Cb::AdminRefund(id) => admin::refund_button(&bot, &app, &ctx, id).await?,
        Cb::ReadingPdf(id) => history::pdf(&bot, &app, &ctx, id).await?,
        Cb::ChartPdf => super::astrology::chart::pdf(&bot, &app, &ctx).await?,
        Cb::Admin(a) => super::admin_panel::handle(&bot, &app, &ctx, a, msg).await?,
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
        Section::Chatbot => return chatbot::open(bot, app, ctx, msg).await,
        Section::Premium => return premium::screen(bot, app, ctx, msg).await,
        Section::Language => screens::language_picker(app, lang, None),
    };
    edit_or_send(bot, ctx.chat, msg, screen.html, screen.keyboard).await?;
    Ok(())
}

//! Astrology in the bot: birth data entry, charts, horoscopes, compatibility, transits, the moon,
//! the VIP chatbot and push settings. Every fact shown comes from `domain::astro`.

pub mod birth;
pub mod chart;
pub mod chatbot;
pub mod compat;
pub mod horoscope;
pub mod houses;
pub mod moon;
pub mod notify;
pub mod sky;
pub mod solar_return;

use teloxide::types::{InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::astro::birth::unknown_time_noon;
use crate::domain::astro::time::{civil_to_utc, Zone};
use crate::domain::astro::{Chart, ChartInput};
use crate::domain::{Feature, Plan};
use crate::i18n::{keys as k, Val};
use crate::store::BirthRecord;
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::UserCtx;
use crate::telegram::reply::edit_or_send;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The plan in force for this update.
pub fn plan_of(ctx: &UserCtx) -> Plan {
    ctx.user.plan_in_force(crate::store::now())
}

/// Whether the user's plan has a feature.
pub fn allowed(ctx: &UserCtx, feature: Feature) -> bool {
    plan_of(ctx).allows(feature)
}

/// The screen for a feature the plan does not include: which plan unlocks it, the prices, and
/// the way to the premium section.
pub async fn locked(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    feature: Feature,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let plan = app.i18n.plan_name(lang, feature.minimum_plan());
    let html = format!(
        "{}\n\n{}",
        app.i18n
            .tr(lang, k::ASTRO_LOCKED, &[("plan", Val::from(&plan))]),
        screens::plans_text(app, lang)
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(
            app,
            lang,
            k::BTN_PREMIUM,
            Cb::Open(Section::Premium),
        )],
        vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
    ]);
    edit_or_send(bot, ctx.chat, msg, html, kb).await?;
    Ok(())
}

/// Asks for birth data first (with the button that starts the entry).
pub async fn needs_birth(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(
            app,
            ctx.lang,
            k::BTN_BIRTH_ENTER,
            Cb::BirthEdit,
        )],
        vec![screens::button(app, ctx.lang, k::BTN_MENU, Cb::Menu)],
    ]);
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(ctx.lang, k::BIRTH_NEEDED),
        kb,
    )
    .await?;
    Ok(())
}

/// The time zone used for a user's local dates: their birth place's, else the operator default.
pub fn user_zone(app: &App, birth: Option<&BirthRecord>) -> Zone {
    birth
        .and_then(|b| Zone::parse(&b.tz))
        .or_else(|| Zone::parse(&app.settings().push_timezone))
        .unwrap_or(Zone::FixedMinutes(0))
}

/// The user's zone, read from their birth data.
pub async fn zone_of(app: &App, ctx: &UserCtx) -> anyhow::Result<Zone> {
    let birth = app.store.birth(ctx.user.id).await?;
    Ok(user_zone(app, birth.as_ref()))
}

/// Computes a chart from stored birth data, off the async runtime (the series are heavy).
pub async fn chart_of(birth: &BirthRecord) -> anyhow::Result<Chart> {
    let zone = Zone::parse(&birth.tz)
        .ok_or_else(|| anyhow::anyhow!("stored zone {:?} is unknown", birth.tz))?;
    let resolved = civil_to_utc(
        birth.date,
        birth.time.unwrap_or_else(unknown_time_noon),
        &zone,
    )?;
    let input = ChartInput {
        utc: resolved.utc,
        lat: birth.lat,
        lon: birth.lon,
        time_known: birth.time.is_some(),
        house_system: birth.house_system,
    };
    Ok(tokio::task::spawn_blocking(move || Chart::compute(&input)).await??)
}

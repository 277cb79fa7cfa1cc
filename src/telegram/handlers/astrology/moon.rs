//! The moon: today's phase for everyone; the 30-day calendar for premium plans. Local dates and
//! times follow the user's zone (birth place, else the operator's default).

use std::fmt::Write;

use teloxide::types::{InlineKeyboardMarkup, Me, MessageId};

use crate::app::App;
use crate::domain::astro::calendar;
use crate::domain::astro::moon::{state, PhaseName};
use crate::domain::astro::time::{jd_ut, Zone};
use crate::domain::{Feature, Lang, PromptKind};
use crate::i18n::{format, keys as k, Val};
use crate::services::system_prompt::system_prompt;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::reading::{ai_allowed, conclude, deliver, Outcome, ReadingJob};
use crate::telegram::reply::edit_or_send;
use crate::telegram::{screens, FalBot, HandlerResult};

fn local_time(lang: Lang, zone: &Zone, t: chrono::DateTime<chrono::Utc>) -> String {
    format::day_month_time(lang, zone.local(t))
}

pub async fn today(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let zone = super::zone_of(app, ctx).await?;
    let now = chrono::Utc::now();
    let moon = tokio::task::spawn_blocking(move || state(jd_ut(now))).await??;
    let mut html = app.i18n.tr(
        lang,
        k::MOON_TODAY,
        &[
            ("symbol", Val::from(&moon.name.symbol().to_string())),
            ("phase", Val::from(&app.i18n.phase_name(lang, moon.name))),
            (
                "illumination",
                Val::from(moon.illumination_percent.round() as i64),
            ),
            ("age", Val::Decimal(moon.age_days, 1)),
        ],
    );
    html.push('\n');
    for e in &moon.next {
        let _ = write!(
            html,
            "\n{} {}{}{}",
            e.phase.symbol(),
            app.i18n.phase_name(lang, PhaseName::of_principal(e.phase)),
            app.i18n.dash(lang),
            local_time(lang, &zone, e.instant)
        );
    }
    let _ = write!(
        html,
        "\n\n<i>{}</i>",
        app.i18n
            .tr(lang, k::MOON_ZONE, &[("zone", Val::from(&zone.name()))])
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::feature_button(
            app,
            ctx,
            Feature::MoonCommentary,
            k::BTN_MOON_COMMENTARY,
            Cb::MoonCommentary,
        )],
        vec![screens::feature_button(
            app,
            ctx,
            Feature::MoonCalendar,
            k::BTN_MOON_CALENDAR,
            Cb::MoonCalendar,
        )],
        vec![screens::button(
            app,
            lang,
            k::BTN_NOTIFICATIONS,
            Cb::Notifications,
        )],
        vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
    ]);
    edit_or_send(bot, ctx.chat, msg, html, kb).await?;
    Ok(())
}

/// A short AI commentary on today's Moon (premium), grounded in the computed phase.
pub async fn commentary(bot: &FalBot, app: &App, ctx: &UserCtx, me: &Me) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::MoonCommentary) {
        return super::locked(bot, app, ctx, Feature::MoonCommentary, None).await;
    }
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let birth = app.store.birth(ctx.user.id).await?;
    let today = super::user_zone(app, birth.as_ref()).local_date(chrono::Utc::now());
    let now = chrono::Utc::now();
    let moon = tokio::task::spawn_blocking(move || state(jd_ut(now))).await??;
    let phase = app.i18n.phase_name(lang, moon.name);
    let values = [
        ("phase", phase.clone()),
        (
            "illumination",
            format::number(lang, moon.illumination_percent.round() as i64),
        ),
        ("date", format::date(lang, today)),
    ];
    let system = system_prompt(&app.store, PromptKind::Moon, lang, &values).await?;
    let job = ReadingJob {
        counted: false,
        facts: vec![("phase", phase)],
        ..ReadingJob::new(
            PromptKind::Moon,
            app.i18n.t(lang, k::MOON_COMMENTARY_TITLE),
            system,
            app.i18n.t(lang, k::AI_ASK_MOON),
        )
    };
    match deliver(bot, app, ctx, me.username(), job).await? {
        Outcome::Delivered { .. } => Ok(()),
        other => conclude(bot, app, ctx, other).await,
    }
}

pub async fn month(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::MoonCalendar) {
        return super::locked(bot, app, ctx, Feature::MoonCalendar, msg).await;
    }
    let zone = super::zone_of(app, ctx).await?;
    let from = zone.local_date(chrono::Utc::now());
    let z = zone;
    let days = tokio::task::spawn_blocking(move || calendar::days(from, 30, &z)).await??;
    let mut html = format!("📅 <b>{}</b>\n", app.i18n.t(lang, k::MOON_CALENDAR_TITLE));
    for d in &days {
        let line = format!(
            "{} {} {} · {}",
            format::day_month(lang, d.date),
            d.phase.symbol(),
            app.i18n.phase_name(lang, d.phase),
            format::percent(lang, d.illumination_percent.round() as i64)
        );
        if let Some(e) = d.events.first() {
            let _ = write!(
                html,
                "\n<b>{line} · {}</b>",
                // The line already starts with the day: the time is enough.
                format::time(zone.local(e.instant).time())
            );
        } else {
            let _ = write!(html, "\n{line}");
        }
    }
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(
            app,
            lang,
            k::BTN_NOTIFICATIONS,
            Cb::Notifications,
        )],
        vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
    ]);
    edit_or_send(bot, ctx.chat, msg, html, kb).await?;
    Ok(())
}

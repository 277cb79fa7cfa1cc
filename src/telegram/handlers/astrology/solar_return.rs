//! The solar return reading (Premium): the chart of the instant the Sun comes back to its
//! natal place — the one that opened the user's current birthday year — cast at the birth
//! place, and an AI reading of the year ahead told to use only that chart, like the birth
//! chart's.

use chrono::{Datelike, Utc};
use teloxide::types::Me;

use crate::app::App;
use crate::domain::astro::returns::solar_return;
use crate::domain::astro::time::Zone;
use crate::domain::astro::{Body, Chart, ChartInput};
use crate::domain::{Feature, PromptKind};
use crate::i18n::{format, keys as k, Val};
use crate::services::facts;
use crate::services::system_prompt::system_prompt;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::reading::{ai_allowed, conclude, deliver, Outcome, ReadingJob};
use crate::telegram::reply::{escape_html, send_html};
use crate::telegram::{FalBot, HandlerResult};

pub async fn reading(bot: &FalBot, app: &App, ctx: &UserCtx, me: &Me) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::SolarReturn) {
        return super::locked(bot, app, ctx, Feature::SolarReturn, None).await;
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, None).await;
    };
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let natal = super::chart_of(&birth).await?;
    let sun = natal
        .place(Body::Sun)
        .map(|p| p.longitude)
        .ok_or_else(|| anyhow::anyhow!("a chart without the Sun"))?;
    let (born, house_system, lat, lon) = (birth.date, birth.house_system, birth.lat, birth.lon);
    let now = Utc::now();
    let chart = tokio::task::spawn_blocking(move || -> anyhow::Result<Chart> {
        // The return that opened the current birthday year: this year's once it has passed.
        let mut at = solar_return(born, sun, now.year())?;
        if at > now {
            at = solar_return(born, sun, now.year() - 1)?;
        }
        Ok(Chart::compute(&ChartInput {
            utc: at,
            lat,
            lon,
            time_known: true,
            house_system,
        })?)
    })
    .await??;
    let zone = Zone::parse(&birth.tz).unwrap_or(Zone::FixedMinutes(0));
    let when = format::date_time(lang, zone.local(chart.utc));
    let year = chart.utc.year();
    let intro = app.i18n.tr(
        lang,
        k::SOLAR_RETURN_INTRO,
        &[
            ("date", Val::from(&when)),
            ("place", Val::from(&escape_html(&birth.place))),
        ],
    );
    send_html(bot, ctx.chat, intro, None).await?;
    let values = [
        ("username", ctx.user.first_name.clone()),
        ("year", year.to_string()),
        ("return_date", when),
        ("return_place", birth.place.clone()),
        ("chart", facts::chart(&app.i18n, lang, &chart)),
    ];
    let system = system_prompt(&app.store, PromptKind::SolarReturn, lang, &values).await?;
    let ascendant = chart
        .ascendant
        .map(|a| {
            app.i18n
                .sign_name(lang, crate::domain::astro::Sign::of_longitude(a))
        })
        .unwrap_or_default();
    let job = ReadingJob {
        counted: false,
        facts: vec![("year", year.to_string()), ("ascendant_sign", ascendant)],
        meta: serde_json::json!({ "return_utc": chart.utc.to_rfc3339() }),
        ..ReadingJob::new(
            PromptKind::SolarReturn,
            format!(
                "🎂 <b>{}</b>",
                app.i18n.tr(
                    lang,
                    k::SOLAR_RETURN_TITLE,
                    &[("year", Val::Digits(i64::from(year)))]
                )
            ),
            system,
            app.i18n.t(lang, k::SOLAR_RETURN_ASK),
        )
    };
    match deliver(bot, app, ctx, me.username(), job).await? {
        Outcome::Delivered { .. } => Ok(()),
        other => conclude(bot, app, ctx, other).await,
    }
}

//! The birth chart: the wheel (PNG), the table of computed positions, houses and aspects, and an
//! AI interpretation told to use only those facts. Also transits and the JSON export.

use std::fmt::Write;

use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Me, MessageId, ParseMode,
};

use crate::app::App;
use crate::domain::astro::notices::on_natal_points;
use crate::domain::astro::time::jd_ut;
use crate::domain::astro::{transits, Body, Chart};
use crate::domain::{Feature, PromptKind};
use crate::i18n::{format, keys as k, Val};
use crate::services::facts;
use crate::services::system_prompt::system_prompt;
use crate::store::BirthRecord;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::reading::{ai_allowed, deliver, user_error, Outcome};
use crate::telegram::outbound::sent;
use crate::telegram::reply::{escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// The table shown under the wheel, localized.
fn table_html(app: &App, ctx: &UserCtx, chart: &Chart) -> String {
    let lang = ctx.lang;
    let mut out = format!("<b>{}</b>\n", app.i18n.t(lang, k::CHART_POSITIONS));
    for p in &chart.planets {
        let line = app.i18n.tr(
            lang,
            k::CHART_POSITION,
            &[
                ("body", Val::from(&app.i18n.body_name(lang, p.name))),
                ("sign", Val::from(&app.i18n.sign_name(lang, p.sign))),
                ("degree", Val::from(&format::degrees(p.longitude))),
                ("retro", Val::Str(if p.retrograde { " ℞" } else { "" })),
                (
                    "house",
                    p.house.map_or(Val::Str("none"), |h| Val::Num(h as i64)),
                ),
            ],
        );
        let _ = writeln!(out, "{} {line}", p.name.symbol());
    }
    if let (Some(asc), Some(mc), Some(h)) = (chart.ascendant, chart.mc, &chart.houses) {
        let sign = crate::domain::astro::Sign::of_longitude;
        let _ = writeln!(
            out,
            "\n{} {} {}\n{} {} {}",
            app.i18n.t(lang, k::CHART_ASC),
            app.i18n.sign_name(lang, sign(asc)),
            format::degrees(asc),
            app.i18n.t(lang, k::CHART_MC),
            app.i18n.sign_name(lang, sign(mc)),
            format::degrees(mc)
        );
        if let Some(wanted) = h.fallback_from {
            let _ = writeln!(
                out,
                "<i>{}</i>",
                app.i18n.tr(
                    lang,
                    k::CHART_HOUSE_FALLBACK,
                    &[("wanted", Val::Str(wanted.code()))]
                )
            );
        }
    } else {
        let _ = writeln!(out, "\n<i>{}</i>", app.i18n.t(lang, k::BIRTH_NO_HOUSES));
    }
    let _ = writeln!(out, "\n<b>{}</b>", app.i18n.t(lang, k::CHART_ASPECTS));
    for a in chart.aspects.iter().take(10) {
        let aspect = format!("{} {}", a.kind.symbol(), app.i18n.aspect_name(lang, a.kind));
        let line = app.i18n.tr(
            lang,
            k::CHART_ASPECT,
            &[
                ("first", Val::from(&app.i18n.body_name(lang, a.a))),
                ("aspect", Val::from(&aspect)),
                ("second", Val::from(&app.i18n.body_name(lang, a.b))),
                ("second_code", Val::Str(a.b.code())),
                ("orb", Val::Decimal(a.orb, 1)),
            ],
        );
        let _ = writeln!(out, "{line}");
    }
    out
}

/// The chart section: needs the plan, then birth data, then shows the chart.
pub async fn section(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    msg: Option<MessageId>,
) -> HandlerResult {
    if !super::allowed(ctx, Feature::BirthChart) {
        return super::locked(bot, app, ctx, Feature::BirthChart, msg).await;
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, msg).await;
    };
    show(bot, app, ctx, me, &birth).await
}

/// The wheel and the table of a chart, with the house-system button when it has houses.
pub(super) async fn send_chart(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    birth: &BirthRecord,
) -> anyhow::Result<Chart> {
    let lang = ctx.lang;
    let chart = super::chart_of(birth).await?;
    let drawn = chart.clone();
    let png = tokio::task::spawn_blocking(move || crate::chart_image::render(&drawn)).await?;
    let caption = app.i18n.tr(
        lang,
        k::CHART_CAPTION,
        &[
            ("name", Val::from(&escape_html(&ctx.user.first_name))),
            ("date", Val::from(&format::date(lang, birth.date))),
            ("place", Val::from(&escape_html(&birth.place))),
        ],
    );
    if let Some(png) = png {
        sent(
            bot,
            ctx.chat,
            bot.send_photo(ctx.chat, InputFile::memory(png).file_name("chart.png"))
                .caption(caption)
                .parse_mode(ParseMode::Html)
                .send(),
        )
        .await?;
    }
    let houses = chart.houses.as_ref().map(|h| {
        let label = app.i18n.tr(
            lang,
            k::BTN_HOUSE_SYSTEM,
            &[(
                "system",
                Val::from(&app.i18n.house_system_name(lang, h.system)),
            )],
        );
        InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
            label,
            Cb::HouseSystems.encode(),
        )]])
    });
    send_html(bot, ctx.chat, table_html(app, ctx, &chart), houses).await?;
    Ok(chart)
}

async fn show(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    birth: &BirthRecord,
) -> HandlerResult {
    let lang = ctx.lang;
    let chart = send_chart(bot, app, ctx, birth).await?;
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    // An unknown time is said in words, in the user's language.
    let time = birth
        .time
        .map(format::time)
        .unwrap_or_else(|| app.i18n.t(lang, k::BIRTH_TIME_UNKNOWN_LABEL));
    let values = [
        ("username", ctx.user.first_name.clone()),
        ("birth_date", format::date(lang, birth.date)),
        ("birth_time", time),
        ("birth_place", birth.place.clone()),
        ("chart", facts::chart(&app.i18n, lang, &chart)),
    ];
    let system = system_prompt(&app.store, PromptKind::BirthChart, lang, &values).await?;
    let mut extra = vec![screens::button(app, lang, k::BTN_CHART_JSON, Cb::ChartJson)];
    if super::allowed(ctx, Feature::PdfDownload) {
        extra.push(screens::button(app, lang, k::BTN_PDF, Cb::ChartPdf));
    }
    if super::allowed(ctx, Feature::Transits) {
        extra.insert(0, screens::button(app, lang, k::BTN_TRANSITS, Cb::Transits));
    }
    extra.insert(
        0,
        screens::feature_button(
            app,
            ctx,
            Feature::SolarReturn,
            k::BTN_SOLAR_RETURN,
            Cb::SolarReturn,
        ),
    );
    let sign_of = |body| {
        chart
            .place(body)
            .map(|p| app.i18n.sign_name(lang, p.sign))
            .unwrap_or_default()
    };
    let job = crate::telegram::handlers::reading::ReadingJob {
        counted: false,
        extra,
        facts: vec![
            ("sun_sign", sign_of(crate::domain::astro::Body::Sun)),
            ("moon_sign", sign_of(crate::domain::astro::Body::Moon)),
        ],
        meta: serde_json::json!({ "chart_utc": chart.utc.to_rfc3339() }),
        ..crate::telegram::handlers::reading::ReadingJob::new(
            PromptKind::BirthChart,
            format!("🪐 <b>{}</b>", app.i18n.t(lang, k::CHART_TITLE)),
            system,
            app.i18n.t(lang, k::CHART_ASK),
        )
    };
    if let Outcome::Failed(e) = deliver(bot, app, ctx, me.username(), job).await? {
        tracing::warn!(error = %e, "chart interpretation failed");
        let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
            app,
            lang,
            k::BTN_MENU,
            Cb::Menu,
        )]]);
        send_html(
            bot,
            ctx.chat,
            app.i18n.error(lang, &user_error(&e)),
            Some(kb),
        )
        .await?;
    }
    Ok(())
}

/// The birth chart as a PDF: wheel, positions and the latest interpretation (premium plans).
pub async fn pdf(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::PdfDownload) {
        return super::locked(bot, app, ctx, Feature::PdfDownload, None).await;
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, None).await;
    };
    let chart = super::chart_of(&birth).await?;
    let mut table = vec![vec![
        app.i18n.t(lang, k::CHART_POSITIONS),
        String::new(),
        String::new(),
        String::new(),
    ]];
    for p in &chart.planets {
        table.push(vec![
            app.i18n.body_name(lang, p.name),
            app.i18n.sign_name(lang, p.sign),
            format!(
                "{}{}",
                format::degrees(p.longitude),
                if p.retrograde { " R" } else { "" }
            ),
            p.house.map(|h| h.to_string()).unwrap_or_default(),
        ]);
    }
    let interpretation = app
        .store
        .reading_since(ctx.user.id, PromptKind::BirthChart, 0)
        .await?
        .map(|r| r.output);
    let title = crate::domain::text::plain_text(&app.i18n.tr(
        lang,
        k::CHART_CAPTION,
        &[
            ("name", Val::from(&ctx.user.first_name)),
            ("date", Val::from(&format::date(lang, birth.date))),
            ("place", Val::from(&birth.place)),
        ],
    ));
    let bytes = crate::services::reports::chart_pdf(title, chart, table, interpretation).await?;
    let file = InputFile::memory(bytes).file_name(format!("chart-{}.pdf", birth.date));
    sent(bot, ctx.chat, bot.send_document(ctx.chat, file).send()).await?;
    Ok(())
}

/// `/mychart` and the JSON button: the computed chart as a document anyone can check.
pub async fn json(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    if !super::allowed(ctx, Feature::BirthChart) {
        return super::locked(bot, app, ctx, Feature::BirthChart, None).await;
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, None).await;
    };
    let chart = super::chart_of(&birth).await?;
    let mut value = serde_json::to_value(&chart)?;
    value["input"] = serde_json::json!({
        "date": birth.date.to_string(),
        "time": birth.time.map(|t| t.format("%H:%M").to_string()),
        "tz": birth.tz,
        "place": birth.place,
        "lat": birth.lat,
        "lon": birth.lon,
        "house_system": "placidus",
    });
    let bytes = serde_json::to_vec_pretty(&value)?;
    sent(
        bot,
        ctx.chat,
        bot.send_document(
            ctx.chat,
            InputFile::memory(bytes).file_name(format!("chart-{}.json", birth.date)),
        )
        .caption(app.i18n.t(ctx.lang, k::CHART_JSON_CAPTION))
        .parse_mode(ParseMode::Html)
        .send(),
    )
    .await?;
    Ok(())
}

/// Today's transits to the natal chart, with the date each becomes exact.
pub async fn transits(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::Transits) {
        return super::locked(bot, app, ctx, Feature::Transits, None).await;
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, None).await;
    };
    let natal = super::chart_of(&birth).await?;
    let natal_points = natal.planets.clone();
    let now_utc = chrono::Utc::now();
    let now = jd_ut(now_utc);
    let list = tokio::task::spawn_blocking(move || transits::active(&natal, now)).await??;
    let zone = super::user_zone(app, Some(&birth));
    let mut html = format!("🔭 <b>{}</b>\n", app.i18n.t(lang, k::TRANSITS_TITLE));
    if list.is_empty() {
        html.push('\n');
        html.push_str(&app.i18n.t(lang, k::TRANSITS_NONE));
    }
    for t in list.iter().take(15) {
        let when = match t.exact {
            Some(at) => app.i18n.tr(
                lang,
                k::TRANSIT_EXACT,
                &[
                    ("date", Val::from(&format::date(lang, zone.local_date(at)))),
                    // A separating aspect was exact before today.
                    (
                        "tense",
                        Val::Str(if at < now_utc { "past" } else { "future" }),
                    ),
                ],
            ),
            None => app.i18n.t(lang, k::TRANSIT_NOT_EXACT),
        };
        // One whole phrase per language, so word order and agreement with the natal body
        // (Lune natale, натальной Луне) are the translator's, not the code's.
        let line = app.i18n.tr(
            lang,
            k::TRANSIT_LINE,
            &[
                (
                    "transiting",
                    Val::from(&format!(
                        "{} {}",
                        t.transiting.symbol(),
                        app.i18n.body_name(lang, t.transiting)
                    )),
                ),
                (
                    "aspect",
                    Val::from(&format!(
                        "{} {}",
                        t.kind.symbol(),
                        app.i18n.aspect_name(lang, t.kind)
                    )),
                ),
                ("natal", Val::from(&app.i18n.body_name(lang, t.natal))),
                ("body", Val::from(t.natal.code())),
            ],
        );
        let _ = write!(
            html,
            "\n{line}\n   <i>{when} · {}°</i>",
            format::decimal(lang, t.orb, 1)
        );
    }
    let stations = app.sky.stations_ahead(now_utc).await?;
    let points: Vec<(Body, f64)> = natal_points.iter().map(|p| (p.name, p.longitude)).collect();
    let hits = on_natal_points(&stations, &points, STATION_ORB);
    if !hits.is_empty() {
        let _ = write!(
            html,
            "\n\n<b>{}</b>",
            app.i18n.t(lang, k::TRANSIT_STATIONS_TITLE)
        );
    }
    for (e, natal) in hits {
        let line = app.i18n.tr(
            lang,
            k::TRANSIT_STATION,
            &[
                ("symbol", Val::from(&e.body.symbol().to_string())),
                ("body", Val::from(&app.i18n.body_name(lang, e.body))),
                ("body_code", Val::Str(e.body.code())),
                (
                    "direction",
                    Val::Str(e.kind.direction().unwrap_or("direct")),
                ),
                (
                    "date",
                    Val::from(&format::date(lang, zone.local_date(e.instant))),
                ),
                ("degree", Val::from(&format::whole_degrees(e.longitude))),
                ("sign", Val::from(&app.i18n.sign_name(lang, e.sign))),
                ("sign_code", Val::Str(e.sign.code())),
                ("natal", Val::from(&app.i18n.body_name(lang, natal))),
                ("natal_code", Val::Str(natal.code())),
            ],
        );
        let _ = write!(html, "\n{line}");
    }
    send_html(bot, ctx.chat, html, Some(screens::back_to_menu(app, lang))).await?;
    Ok(())
}

/// Degrees from a natal point within which a station counts as on it.
const STATION_ORB: f64 = 2.0;

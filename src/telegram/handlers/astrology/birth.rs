//! Birth data entry: date → time (or "unknown") → place (typed in any language, or a shared
//! location) → saved, for the user or for a person they add. Every bad input gets a precise,
//! localized reason and the step stays open.

use chrono::{NaiveDate, NaiveTime};
use teloxide::prelude::*;
use teloxide::types::{
    ButtonRequest, InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup,
    KeyboardRemove, MessageId, ParseMode,
};

use crate::app::App;
use crate::domain::astro::birth::{parse_date, parse_time, unknown_time_noon};
use crate::domain::astro::ephemeris::{longitude, Body};
use crate::domain::astro::time::{civil_to_utc, jd_ut, CivilTimeError, Zone};
use crate::domain::astro::HouseSystem;
use crate::domain::astro::Sign;
use crate::domain::errors::UserError;
use crate::domain::gazetteer::City;
use crate::domain::Feature;
use crate::i18n::{format, keys as k, Val};
use crate::store::BirthRecord;
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::{set_flow, BirthFor, Flow, UserCtx};
use crate::telegram::outbound::sent;
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// How many saved people each plan may keep.
pub fn people_limit(ctx: &UserCtx) -> usize {
    if super::allowed(ctx, Feature::FriendsCompatibility) {
        20
    } else if super::allowed(ctx, Feature::Compatibility) {
        1
    } else {
        0
    }
}

/// The longest person name accepted.
const MAX_NAME_CHARS: usize = 40;

/// Starts entering birth data.
pub async fn start(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    who: BirthFor,
    msg: Option<MessageId>,
) -> HandlerResult {
    let html = match &who {
        BirthFor::Me => app.i18n.t(ctx.lang, k::BIRTH_DATE_PROMPT),
        BirthFor::Person { name } => app.i18n.tr(
            ctx.lang,
            k::PERSON_DATE_PROMPT,
            &[("name", Val::from(&escape_html(name)))],
        ),
    };
    crate::telegram::handlers::menu::ask_step(bot, app, ctx, msg, &Flow::BirthDate { who }, html)
        .await
}

/// "Add a person": asks for a name, within the plan's limit.
pub async fn add_person(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let limit = people_limit(ctx);
    if limit == 0 {
        return super::locked(bot, app, ctx, Feature::Compatibility, msg).await;
    }
    if app.store.people(ctx.user.id).await?.len() >= limit {
        if !super::allowed(ctx, Feature::FriendsCompatibility) {
            return super::locked(bot, app, ctx, Feature::FriendsCompatibility, msg).await;
        }
        let html = app.i18n.tr(
            ctx.lang,
            k::PERSON_LIMIT,
            &[("max", Val::from(limit as u64))],
        );
        edit_or_send(
            bot,
            ctx.chat,
            msg,
            html,
            screens::back_to_menu(app, ctx.lang),
        )
        .await?;
        return Ok(());
    }
    let html = app.i18n.tr(
        ctx.lang,
        k::PERSON_NAME_PROMPT,
        &[("max", Val::from(MAX_NAME_CHARS as u64))],
    );
    crate::telegram::handlers::menu::ask_step(bot, app, ctx, msg, &Flow::PersonName, html).await
}

pub async fn on_person_name(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    msg: Message,
) -> HandlerResult {
    let cancel = screens::cancel_only(&app, ctx.lang);
    let name = msg
        .text()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        let html = app.i18n.tr(
            ctx.lang,
            k::PERSON_NAME_PROMPT,
            &[("max", Val::from(MAX_NAME_CHARS as u64))],
        );
        send_html(&bot, ctx.chat, html, Some(cancel)).await?;
        return Ok(());
    }
    start(&bot, &app, &ctx, BirthFor::Person { name }, None).await
}

fn time_keyboard(app: &App, ctx: &UserCtx) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![
        vec![screens::button(
            app,
            ctx.lang,
            k::BTN_TIME_UNKNOWN,
            Cb::BirthTimeUnknown,
        )],
        vec![screens::button(app, ctx.lang, k::BTN_CANCEL, Cb::Cancel)],
    ])
}

pub async fn on_date(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::BirthDate { who } = flow else {
        return Ok(());
    };
    let today = chrono::Utc::now().date_naive();
    match parse_date(msg.text().unwrap_or_default(), today) {
        Err(e) => {
            let html = format!(
                "{}\n\n{}",
                app.i18n.error(ctx.lang, &UserError::BirthDate(e)),
                app.i18n.t(ctx.lang, k::BIRTH_DATE_PROMPT)
            );
            crate::telegram::handlers::menu::keep_step(&bot, &app, &ctx, html).await?;
        }
        Ok(date) => {
            set_flow(
                &app,
                ctx.chat,
                &Flow::BirthTime {
                    who,
                    date: date.to_string(),
                },
            )
            .await?;
            send_html(
                &bot,
                ctx.chat,
                app.i18n.t(ctx.lang, k::BIRTH_TIME_PROMPT),
                Some(time_keyboard(&app, &ctx)),
            )
            .await?;
        }
    }
    Ok(())
}

pub async fn on_time(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::BirthTime { who, date } = flow else {
        return Ok(());
    };
    match parse_time(msg.text().unwrap_or_default()) {
        Err(e) => {
            let html = format!(
                "{}\n\n{}",
                app.i18n.error(ctx.lang, &UserError::BirthTime(e)),
                app.i18n.t(ctx.lang, k::BIRTH_TIME_PROMPT)
            );
            send_html(&bot, ctx.chat, html, Some(time_keyboard(&app, &ctx))).await?;
            Ok(())
        }
        Ok(time) => {
            ask_place(
                &bot,
                &app,
                &ctx,
                who,
                date,
                Some(time.format("%H:%M").to_string()),
            )
            .await
        }
    }
}

/// The "I don't know the time" button.
pub async fn time_unknown(bot: &FalBot, app: &App, ctx: &UserCtx, flow: &Flow) -> HandlerResult {
    match flow {
        Flow::BirthTime { who, date } => {
            ask_place(bot, app, ctx, who.clone(), date.clone(), None).await
        }
        _ => expired(bot, app, ctx).await,
    }
}

async fn ask_place(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    who: BirthFor,
    date: String,
    time: Option<String>,
) -> HandlerResult {
    set_flow(app, ctx.chat, &Flow::BirthPlace { who, date, time }).await?;
    let share = KeyboardMarkup::new(vec![vec![KeyboardButton::new(
        app.i18n.t(ctx.lang, k::BTN_SHARE_LOCATION),
    )
    .request(ButtonRequest::Location)]])
    .resize_keyboard()
    .one_time_keyboard();
    sent(
        bot,
        ctx.chat,
        bot.send_message(ctx.chat, app.i18n.t(ctx.lang, k::BIRTH_PLACE_PROMPT))
            .parse_mode(ParseMode::Html)
            .reply_markup(share)
            .send(),
    )
    .await?;
    Ok(())
}

async fn expired(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let menu = screens::menu(app, ctx.lang);
    let html = format!(
        "{}\n\n{}",
        app.i18n.t(ctx.lang, k::CALLBACK_EXPIRED),
        menu.html
    );
    send_html(bot, ctx.chat, html, Some(menu.keyboard)).await?;
    Ok(())
}

/// A typed place (searched in the gazetteer) or a shared location.
pub async fn on_place(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::BirthPlace { .. } = &flow else {
        return Ok(());
    };
    if let Some(loc) = msg.location() {
        let (lat, lon) = (loc.latitude, loc.longitude);
        let nearest = tokio::task::spawn_blocking(move || {
            crate::assets::gazetteer().nearest(lat, lon).cloned()
        })
        .await?;
        let Some(city) = nearest else { return Ok(()) };
        return save(&bot, &app, &ctx, &flow, &city, Some((lat, lon))).await;
    }
    let Some(query) = msg
        .text()
        .map(str::trim)
        .filter(|q| !q.is_empty() && q.chars().count() <= 80)
    else {
        send_html(
            &bot,
            ctx.chat,
            app.i18n.t(ctx.lang, k::BIRTH_PLACE_PROMPT),
            Some(screens::cancel_only(&app, ctx.lang)),
        )
        .await?;
        return Ok(());
    };
    let q = query.to_string();
    let found: Vec<City> = tokio::task::spawn_blocking(move || {
        crate::assets::gazetteer()
            .search(&q, 6)
            .into_iter()
            .cloned()
            .collect()
    })
    .await?;
    if found.is_empty() {
        let html = app.i18n.tr(
            ctx.lang,
            k::BIRTH_PLACE_NOT_FOUND,
            &[("query", Val::from(&escape_html(query)))],
        );
        crate::telegram::handlers::menu::keep_step(&bot, &app, &ctx, html).await?;
        return Ok(());
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = found
        .iter()
        .map(|c| {
            vec![InlineKeyboardButton::callback(
                c.label(),
                Cb::PickPlace(c.id).encode(),
            )]
        })
        .collect();
    rows.push(vec![screens::button(
        &app,
        ctx.lang,
        k::BTN_CANCEL,
        Cb::Cancel,
    )]);
    send_html(
        &bot,
        ctx.chat,
        app.i18n.t(ctx.lang, k::BIRTH_PLACE_PICK),
        Some(InlineKeyboardMarkup::new(rows)),
    )
    .await?;
    Ok(())
}

/// One of the offered places was pressed.
pub async fn pick_place(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    flow: &Flow,
    id: u32,
) -> HandlerResult {
    let city =
        tokio::task::spawn_blocking(move || crate::assets::gazetteer().city(id).cloned()).await?;
    match (flow, city) {
        (Flow::BirthPlace { .. }, Some(city)) => save(bot, app, ctx, flow, &city, None).await,
        _ => expired(bot, app, ctx).await,
    }
}

fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '−' } else { '+' };
    format!(
        "UTC{sign}{:02}:{:02}",
        minutes.abs() / 60,
        minutes.abs() % 60
    )
}

async fn save(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    flow: &Flow,
    city: &City,
    exact: Option<(f64, f64)>,
) -> HandlerResult {
    let Flow::BirthPlace { who, date, time } = flow else {
        return Ok(());
    };
    let lang = ctx.lang;
    let (Ok(date), time) = (
        NaiveDate::parse_from_str(date, "%Y-%m-%d"),
        time.as_deref()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok()),
    ) else {
        return expired(bot, app, ctx).await;
    };
    let zone = Zone::Iana(city.tz);
    let resolved = match civil_to_utc(date, time.unwrap_or_else(unknown_time_noon), &zone) {
        Ok(r) => r,
        Err(CivilTimeError::Skipped(..)) => {
            // The clocks jumped over that time there: ask for the time again.
            set_flow(
                app,
                ctx.chat,
                &Flow::BirthTime {
                    who: who.clone(),
                    date: date.to_string(),
                },
            )
            .await?;
            let skipped = time.unwrap_or_else(unknown_time_noon);
            let html = app.i18n.error(lang, &UserError::BirthTimeSkipped(skipped));
            send_html(bot, ctx.chat, html, Some(time_keyboard(app, ctx))).await?;
            return Ok(());
        }
        Err(CivilTimeError::OutOfRange(_)) => return expired(bot, app, ctx).await,
    };
    let (lat, lon) = exact.unwrap_or((city.lat, city.lon));
    let record = BirthRecord {
        date,
        time,
        place: format!("{}, {}", city.name, city.country),
        lat,
        lon,
        tz: city.tz.name().to_string(),
        // A new birth record for the user keeps the house system they chose before.
        house_system: match who {
            BirthFor::Me => app
                .store
                .birth(ctx.user.id)
                .await?
                .map_or(HouseSystem::Placidus, |b| b.house_system),
            BirthFor::Person { .. } => HouseSystem::Placidus,
        },
    };
    let instant = jd_ut(resolved.utc);
    let sun = tokio::task::spawn_blocking(move || longitude(Body::Sun, instant)).await??;
    let sun_sign = Sign::of_longitude(sun);
    let time_text = match time {
        Some(t) => format::time(t),
        None => app.i18n.t(lang, k::BIRTH_TIME_UNKNOWN_LABEL),
    };
    let mut html = app.i18n.tr(
        lang,
        k::BIRTH_SAVED,
        &[
            ("date", Val::from(&format::date(lang, date))),
            ("time", Val::from(&time_text)),
            ("place", Val::from(&escape_html(&record.place))),
            ("offset", Val::from(&offset_text(resolved.offset_minutes))),
            ("sign", Val::from(&app.i18n.sign_label(lang, sun_sign))),
        ],
    );
    if time.is_none() {
        html.push_str("\n\n");
        html.push_str(&app.i18n.t(lang, k::BIRTH_NO_HOUSES));
    }
    set_flow(app, ctx.chat, &Flow::Idle).await?;
    let (next_key, next_cb) = match who {
        BirthFor::Me => {
            app.store
                .set_birth(ctx.user.id, record, sun_sign.code().to_string())
                .await?;
            (k::BTN_BIRTH_CHART, Cb::ChartShow)
        }
        BirthFor::Person { name } => {
            let id = app
                .store
                .add_person(ctx.user.id, name.clone(), record)
                .await?;
            (k::BTN_SYNASTRY, Cb::Synastry(id))
        }
    };
    // The location keyboard goes away with the confirmation; the next step comes as buttons.
    sent(
        bot,
        ctx.chat,
        bot.send_message(ctx.chat, html)
            .parse_mode(ParseMode::Html)
            .reply_markup(KeyboardRemove::new())
            .send(),
    )
    .await?;
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(app, lang, next_key, next_cb)],
        vec![
            screens::button(app, lang, k::BTN_HOROSCOPE, Cb::Open(Section::Horoscope)),
            screens::button(app, lang, k::BTN_MENU, Cb::Menu),
        ],
    ]);
    send_html(bot, ctx.chat, app.i18n.t(lang, k::BIRTH_NEXT), Some(kb)).await?;
    Ok(())
}

//! The push scheduler: finds opted-in pushes whose local time has come, claims each
//! (user, kind, local date) once in SQLite, and sends through the throttled bot at a bounded
//! rate. After downtime the day's pushes still go out, once; users who blocked the bot are
//! marked inactive and skipped from then on.

use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use futures::StreamExt;
use governor::{Quota, RateLimiter};

use crate::app::App;
use crate::domain::astro::calendar;
use crate::domain::astro::moon::PhaseName;
use crate::domain::astro::notices::{due as alert_events, void_spans, voids_on, Alert};
use crate::domain::astro::sky::SkyEvent;
use crate::domain::astro::time::Zone;
use crate::domain::horoscope::Period;
use crate::domain::payments::PlanState;
use crate::domain::pushes::{due_date, parse_local_time, PushKind};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Val};
use crate::store::DuePush;
use crate::telegram::context::{Flow, UserCtx};
use crate::telegram::handlers::astrology::{horoscope, sky as sky_screen};
use crate::telegram::reply::send_long;
use crate::telegram::{BotState, FalBot};

/// Pushes sent per second at most, leaving room under Telegram's 30 msg/s for live replies.
pub const PUSHES_PER_SECOND: u32 = 20;
/// Pushes prepared at once (a daily card may wait on the AI).
const CONCURRENCY: usize = 16;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub blocked: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Due, but already claimed by an earlier pass (sent before a restart, for example).
    pub already_done: usize,
}

enum Sent {
    Ok,
    AlreadyDone,
    Blocked,
    Skipped,
    Failed(anyhow::Error),
}

/// Whether an error means the user can no longer be reached (blocked the bot, deleted account).
fn unreachable_user(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|cause| cause.downcast_ref::<teloxide::RequestError>())
        .any(crate::telegram::messenger::unreachable)
}

/// Opted-in users read per page: a pass over a million users holds one page at a time.
const PAGE: i64 = 1_000;

/// One pass over every enabled push at `now`, page by page.
pub async fn run_once(
    app: &Arc<App>,
    bot: &FalBot,
    state: &BotState,
    now: DateTime<Utc>,
) -> anyhow::Result<Report> {
    let limiter = RateLimiter::direct(Quota::per_second(
        NonZeroU32::new(PUSHES_PER_SECOND).unwrap_or(NonZeroU32::MIN),
    ));
    // The share buttons under a daily card name the bot; asked once per pass, when needed.
    let bot_name = tokio::sync::OnceCell::new();
    let mut report = Report::default();
    let mut after = 0;
    // The sky alerts read the events around today (computed once a day, shared).
    let sky = app.sky.around(now).await?;
    loop {
        let page = app.store.enabled_pushes(after, PAGE).await?;
        // Moon days need the ephemeris: the page's dates are worked out off the runtime.
        let around = Arc::clone(&sky);
        let due = tokio::task::spawn_blocking(move || due_of(page.pushes, now, &around)).await?;
        if !due.is_empty() {
            let name = if due.iter().any(|(_, kind, _)| *kind == PushKind::DailyCard) {
                bot_name
                    .get_or_try_init(|| async {
                        use teloxide::prelude::Requester;
                        anyhow::Ok(bot.get_me().await?.username().to_string())
                    })
                    .await?
                    .as_str()
            } else {
                ""
            };
            let pass = Pass {
                app,
                bot,
                state,
                bot_name: name,
                limiter: &limiter,
                sky: &sky,
            };
            send_page(&pass, due, &mut report).await;
        }
        match page.next {
            Some(next) => after = next,
            None => break,
        }
    }
    if report.sent + report.blocked + report.failed > 0 {
        tracing::info!(?report, "pushes sent");
    }
    Ok(report)
}

/// The pushes of a page that are due at `now` and allowed on the user's plan, with their date.
fn due_of(
    pushes: Vec<DuePush>,
    now: DateTime<Utc>,
    sky: &[SkyEvent],
) -> Vec<(DuePush, PushKind, NaiveDate)> {
    pushes
        .into_iter()
        .filter_map(|push| {
            let kind = push.kind;
            let time = parse_local_time(&push.local_time)?;
            let zone = Zone::parse(&push.timezone)?;
            let plan = PlanState {
                plan: push.plan,
                expires_at: push.plan_expires_at,
            }
            .active(now.timestamp());
            if !kind.allowed_on(plan) {
                return None;
            }
            let date = due_date(kind, now, time, &zone, sky)?;
            Some((push, kind, date))
        })
        .collect()
}

/// What every push of one pass shares.
struct Pass<'a> {
    app: &'a Arc<App>,
    bot: &'a FalBot,
    state: &'a BotState,
    /// The bot's username, for the share buttons under a daily card.
    bot_name: &'a str,
    limiter: &'a governor::DefaultDirectRateLimiter,
    /// The sky's events around the pass, for the sky alerts.
    sky: &'a [SkyEvent],
}

async fn send_page(pass: &Pass<'_>, due: Vec<(DuePush, PushKind, NaiveDate)>, report: &mut Report) {
    let (app, limiter) = (pass.app, pass.limiter);
    let outcomes: Vec<Sent> = futures::stream::iter(due)
        .map(|(push, kind, date)| async move {
            let day = date.to_string();
            match app
                .store
                .claim_push(push.user_id, kind.code().into(), day.clone())
                .await
            {
                Ok(true) => {}
                Ok(false) => return Sent::AlreadyDone,
                Err(e) => return Sent::Failed(e.into()),
            }
            limiter.until_ready().await;
            let outcome = send(pass, &push, kind, date).await;
            let status = match &outcome {
                Sent::Ok => "sent",
                Sent::Blocked => "blocked",
                Sent::Skipped | Sent::AlreadyDone => "skipped",
                Sent::Failed(_) => "failed",
            };
            if let Err(e) = app
                .store
                .finish_push(push.user_id, kind.code().into(), day, status)
                .await
            {
                tracing::warn!(error = %e, "could not record a push outcome");
            }
            if matches!(outcome, Sent::Blocked) {
                if let Err(e) = app.store.mark_inactive(push.user_id).await {
                    tracing::warn!(error = %e, "could not mark a user inactive");
                }
            }
            outcome
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    for o in outcomes {
        match o {
            Sent::Ok => report.sent += 1,
            Sent::Blocked => report.blocked += 1,
            Sent::Skipped => report.skipped += 1,
            Sent::AlreadyDone => report.already_done += 1,
            Sent::Failed(e) => {
                tracing::warn!(error = %e, "push failed");
                report.failed += 1;
            }
        }
    }
}

async fn send(pass: &Pass<'_>, push: &DuePush, kind: PushKind, date: NaiveDate) -> Sent {
    let Pass {
        app,
        bot,
        state,
        bot_name,
        sky,
        ..
    } = *pass;
    let result = match kind {
        PushKind::DailyCard => daily_card(app, bot, state, bot_name, push).await,
        PushKind::DailyHoroscope => daily_horoscope(app, bot, push, date).await,
        PushKind::NewMoon | PushKind::FullMoon => moon(app, bot, push, kind, date).await,
        PushKind::Stations | PushKind::Eclipses | PushKind::VoidMoon => {
            sky_alert(app, bot, push, kind, date, sky).await
        }
    };
    match result {
        Ok(true) => Sent::Ok,
        Ok(false) => Sent::Skipped,
        Err(e) if unreachable_user(&e) => Sent::Blocked,
        Err(e) => Sent::Failed(e),
    }
}

fn footer(app: &App, lang: Lang) -> String {
    app.i18n.t(lang, k::PUSH_FOOTER)
}

async fn daily_card(
    app: &Arc<App>,
    bot: &FalBot,
    state: &BotState,
    bot_name: &str,
    push: &DuePush,
) -> anyhow::Result<bool> {
    let Some(user) = app.store.user(push.user_id).await? else {
        return Ok(false);
    };
    let ctx = UserCtx {
        lang: user.language,
        chat: teloxide::types::ChatId(user.id),
        user,
        is_new: false,
        returning: false,
        flow: Flow::Idle,
        limits: Arc::clone(&state.limits),
        drafts: None,
        in_flight: Arc::clone(&state.in_flight),
    };
    crate::telegram::handlers::tarot::daily(bot, app, &ctx, bot_name).await?;
    Ok(true)
}

async fn daily_horoscope(
    app: &Arc<App>,
    bot: &FalBot,
    push: &DuePush,
    date: NaiveDate,
) -> anyhow::Result<bool> {
    let lang = push.language;
    let Some(sign) = push.sun_sign else {
        return Ok(false);
    };
    let body = match horoscope::text_for(app, sign, lang, Period::Daily, date).await? {
        Ok(body) => body,
        Err(e) => anyhow::bail!("horoscope for the push: {e}"),
    };
    let title = horoscope::title(app, lang, sign, Period::Daily, date);
    send_long(
        bot,
        teloxide::types::ChatId(push.user_id),
        &title,
        &body,
        Some(&footer(app, lang)),
        None,
        None,
    )
    .await?;
    Ok(true)
}

async fn moon(
    app: &Arc<App>,
    bot: &FalBot,
    push: &DuePush,
    kind: PushKind,
    date: NaiveDate,
) -> anyhow::Result<bool> {
    let lang = push.language;
    let Some(zone) = Zone::parse(&push.timezone) else {
        return Ok(false);
    };
    let z = zone;
    let day = tokio::task::spawn_blocking(move || calendar::days(date, 1, &z)).await??;
    let wanted = match kind {
        PushKind::NewMoon => crate::domain::astro::moon::Phase::NewMoon,
        _ => crate::domain::astro::moon::Phase::FullMoon,
    };
    let Some(event) = day
        .first()
        .and_then(|d| d.events.iter().find(|e| e.phase == wanted).copied())
    else {
        return Ok(false);
    };
    let time = format::time(zone.local(event.instant).time());
    let name = PhaseName::of_principal(wanted);
    let html = format!(
        "{}\n\n{}",
        app.i18n.tr(
            lang,
            k::PUSH_MOON,
            &[
                ("symbol", Val::from(&name.symbol().to_string())),
                ("phase", Val::from(&app.i18n.phase_name(lang, name))),
                ("time", Val::from(&time))
            ]
        ),
        footer(app, lang)
    );
    crate::telegram::reply::send_html(bot, teloxide::types::ChatId(push.user_id), html, None)
        .await?;
    Ok(true)
}

/// A sky alert: tomorrow's stations or eclipses, or today's void-of-course periods, in the
/// user's zone. Nothing to tell (the window moved on since the check): skipped.
async fn sky_alert(
    app: &Arc<App>,
    bot: &FalBot,
    push: &DuePush,
    kind: PushKind,
    date: NaiveDate,
    sky: &[SkyEvent],
) -> anyhow::Result<bool> {
    let lang = push.language;
    let (Some(zone), Some(alert)) = (Zone::parse(&push.timezone), kind.alert()) else {
        return Ok(false);
    };
    let lines: Vec<String> = if alert == Alert::VoidMoon {
        let periods: Vec<String> = voids_on(&void_spans(sky), date, &zone)
            .iter()
            .map(|s| sky_screen::void_text(app, lang, &zone, s, date))
            .collect();
        if periods.is_empty() {
            Vec::new()
        } else {
            vec![app.i18n.tr(
                lang,
                k::PUSH_VOID_MOON,
                &[("periods", Val::from(&periods.join("; ")))],
            )]
        }
    } else {
        alert_events(alert, sky, date, &zone)
            .into_iter()
            .map(|e| alert_line(app, lang, &zone, e))
            .collect()
    };
    if lines.is_empty() {
        return Ok(false);
    }
    let html = format!("{}\n\n{}", lines.join("\n\n"), footer(app, lang));
    crate::telegram::reply::send_html(bot, teloxide::types::ChatId(push.user_id), html, None)
        .await?;
    Ok(true)
}

/// "☿ Mercury turns retrograde tomorrow at 14:06 in 4° Sagittarius."
fn alert_line(app: &App, lang: Lang, zone: &Zone, e: &SkyEvent) -> String {
    let time = format::time(zone.local(e.instant).time());
    let words = sky_screen::EventWords::of(app, lang, e);
    let key = if e.kind.is_eclipse() {
        k::PUSH_ECLIPSE
    } else {
        k::PUSH_STATION
    };
    app.i18n.tr(lang, key, &words.args(e, ("time", &time)))
}

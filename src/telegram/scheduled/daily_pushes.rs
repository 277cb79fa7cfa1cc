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
use crate::domain::astro::time::Zone;
use crate::domain::horoscope::Period;
use crate::domain::payments::PlanState;
use crate::domain::pushes::{due_date, parse_local_time, PushKind};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Val};
use crate::store::DuePush;
use crate::telegram::context::{Flow, UserCtx};
use crate::telegram::handlers::astrology::horoscope;
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
    loop {
        let page = app.store.enabled_pushes(after, PAGE).await?;
        // Moon days need the ephemeris: the page's dates are worked out off the runtime.
        let due = tokio::task::spawn_blocking(move || due_of(page.pushes, now)).await?;
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
            send_page(app, bot, state, name, &limiter, due, &mut report).await;
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
fn due_of(pushes: Vec<DuePush>, now: DateTime<Utc>) -> Vec<(DuePush, PushKind, NaiveDate)> {
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
            let date = due_date(kind, now, time, &zone)?;
            Some((push, kind, date))
        })
        .collect()
}

async fn send_page(
    app: &Arc<App>,
    bot: &FalBot,
    state: &BotState,
    bot_name: &str,
    limiter: &governor::DefaultDirectRateLimiter,
    due: Vec<(DuePush, PushKind, NaiveDate)>,
    report: &mut Report,
) {
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
            let outcome = send(app, bot, state, bot_name, &push, kind, date).await;
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

async fn send(
    app: &Arc<App>,
    bot: &FalBot,
    state: &BotState,
    bot_name: &str,
    push: &DuePush,
    kind: PushKind,
    date: NaiveDate,
) -> Sent {
    let result = match kind {
        PushKind::DailyCard => daily_card(app, bot, state, bot_name, push).await,
        PushKind::DailyHoroscope => daily_horoscope(app, bot, push, date).await,
        PushKind::NewMoon | PushKind::FullMoon => moon(app, bot, push, kind, date).await,
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
    let offset = chrono::Duration::minutes(i64::from(zone.offset_minutes_at(event.instant)));
    let time = format::time((event.instant.naive_utc() + offset).time());
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

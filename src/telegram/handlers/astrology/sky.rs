//! The Sky screen: today's void-of-course Moon and the month's stations, ingresses and
//! eclipses in the user's zone — the next three for everyone, the whole month on the plans
//! with sky events. The lines are shared with the sky alerts (`scheduled::daily_pushes`).

use std::fmt::Write;

use chrono::{DateTime, NaiveDate, Utc};
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::astro::notices::{notable, void_spans, voids_on, VoidSpan};
use crate::domain::astro::sky::{EventKind, SkyEvent};
use crate::domain::astro::time::Zone;
use crate::domain::{Feature, Lang};
use crate::i18n::{format, keys as k, Val};
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::UserCtx;
use crate::telegram::reply::edit_or_send;
use crate::telegram::{screens, FalBot, HandlerResult};

/// Events free users see.
const FREE_EVENTS: usize = 3;
/// How far ahead the screen looks, days.
const AHEAD_DAYS: i64 = 30;

/// The words of a line about an event, in the user's language: shared by the Sky screen and
/// the alerts, which differ only in their messages and in giving a date or a time.
pub struct EventWords {
    symbol: String,
    body: String,
    degree: String,
    sign: String,
}

impl EventWords {
    pub fn of(app: &App, lang: Lang, e: &SkyEvent) -> EventWords {
        EventWords {
            symbol: e.body.symbol().to_string(),
            body: app.i18n.body_name(lang, e.body),
            degree: format::whole_degrees(e.longitude),
            sign: app.i18n.sign_name(lang, e.sign),
        }
    }

    /// A station's or an eclipse's message arguments besides its date or time; `time` is
    /// added under the name the message takes it by (`when` or `time`).
    pub fn args<'a>(
        &'a self,
        e: &SkyEvent,
        time: (&'static str, &'a str),
    ) -> Vec<(&'static str, Val<'a>)> {
        let place = [
            ("degree", Val::from(&self.degree)),
            ("sign", Val::from(&self.sign)),
            ("sign_code", Val::Str(e.sign.code())),
        ];
        let what = match e.kind.eclipse() {
            Some((of, kind)) => vec![("kind", Val::Str(of)), ("type", Val::Str(kind.code()))],
            None => vec![
                ("symbol", Val::from(&self.symbol)),
                ("body", Val::from(&self.body)),
                ("body_code", Val::Str(e.body.code())),
                (
                    "direction",
                    Val::Str(e.kind.direction().unwrap_or("direct")),
                ),
            ],
        };
        what.into_iter()
            .chain([(time.0, Val::from(time.1))])
            .chain(place)
            .collect()
    }
}

/// What happens, with its date: "29 Nov 14:06 · ☿ Mercury turns retrograde at 22° Sagittarius".
pub fn event_text(app: &App, lang: Lang, e: &SkyEvent, when: &str) -> Option<String> {
    let words = EventWords::of(app, lang, e);
    let key = match e.kind {
        EventKind::StationRetrograde | EventKind::StationDirect => k::SKY_STATION,
        EventKind::SolarEclipse { .. } | EventKind::LunarEclipse { .. } => k::SKY_ECLIPSE,
        EventKind::Ingress => {
            return Some(app.i18n.tr(
                lang,
                k::SKY_INGRESS,
                &[
                    ("when", Val::from(when)),
                    ("symbol", Val::from(&words.symbol)),
                    ("body", Val::from(&words.body)),
                    ("body_code", Val::Str(e.body.code())),
                    ("sign", Val::from(&words.sign)),
                    ("sign_code", Val::Str(e.sign.code())),
                ],
            ))
        }
        EventKind::VocStart { .. } | EventKind::VocEnd => return None,
    };
    Some(app.i18n.tr(lang, key, &words.args(e, ("when", when))))
}

/// A void period on a local day: its times, the day too where it begins or ends on another.
pub fn void_text(app: &App, lang: Lang, zone: &Zone, span: &VoidSpan, day: NaiveDate) -> String {
    let at = |t: DateTime<Utc>| {
        let l = zone.local(t);
        if l.date() == day {
            format::time(l.time())
        } else {
            format::day_month_time(lang, l)
        }
    };
    let (from, to) = (at(span.start), at(span.end));
    match span.last_aspect {
        Some((aspect, partner)) => app.i18n.tr(
            lang,
            k::SKY_VOID,
            &[
                ("from", Val::from(&from)),
                ("to", Val::from(&to)),
                ("aspect", Val::from(&app.i18n.aspect_name(lang, aspect))),
                ("aspect_code", Val::Str(aspect.code())),
                ("partner", Val::from(&app.i18n.body_name(lang, partner))),
                ("partner_code", Val::Str(partner.code())),
            ],
        ),
        None => app.i18n.tr(
            lang,
            k::SKY_VOID_WHOLE,
            &[("from", Val::from(&from)), ("to", Val::from(&to))],
        ),
    }
}

pub async fn screen(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let zone = super::zone_of(app, ctx).await?;
    let now = Utc::now();
    let events = app.sky.around(now).await?;
    let today = zone.local_date(now);
    let mut html = format!("🌌 <b>{}</b>\n", app.i18n.t(lang, k::SKY_TITLE));
    let voids = voids_on(&void_spans(&events), today, &zone);
    let _ = write!(html, "\n<b>{}</b>", app.i18n.t(lang, k::SKY_VOID_TITLE));
    if voids.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::SKY_VOID_NONE));
    }
    for span in &voids {
        let _ = write!(html, "\n☽ {}", void_text(app, lang, &zone, span, today));
    }
    let horizon = now + chrono::Duration::days(AHEAD_DAYS);
    let coming: Vec<&SkyEvent> = events
        .iter()
        .filter(|e| notable(e) && e.instant >= now && e.instant < horizon)
        .collect();
    let whole = super::allowed(ctx, Feature::SkyEvents);
    let shown = if whole {
        coming.len()
    } else {
        coming.len().min(FREE_EVENTS)
    };
    let _ = write!(html, "\n\n<b>{}</b>", app.i18n.t(lang, k::SKY_COMING_TITLE));
    if coming.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::SKY_COMING_NONE));
    }
    for e in &coming[..shown] {
        let when = format::day_month_time(lang, zone.local(e.instant));
        if let Some(line) = event_text(app, lang, e, &when) {
            let _ = write!(html, "\n{line}");
        }
    }
    let hidden = coming.len() - shown;
    if hidden > 0 {
        let plan = app.i18n.plan_name(lang, Feature::SkyEvents.minimum_plan());
        let _ = write!(
            html,
            "\n\n🔒 {}",
            app.i18n.tr(
                lang,
                k::SKY_MORE_LOCKED,
                &[
                    ("hidden", Val::from(hidden as i64)),
                    ("plan", Val::from(&plan))
                ]
            )
        );
    }
    let _ = write!(
        html,
        "\n\n<i>{}</i>",
        app.i18n
            .tr(lang, k::MOON_ZONE, &[("zone", Val::from(&zone.name()))])
    );
    let mut rows = Vec::new();
    if hidden > 0 {
        rows.push(vec![screens::button(
            app,
            lang,
            k::BTN_PREMIUM,
            Cb::Open(Section::Premium),
        )]);
    }
    rows.push(vec![screens::button(
        app,
        lang,
        k::BTN_NOTIFICATIONS,
        Cb::Notifications,
    )]);
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

//! Horoscope periods: which entitlement each needs, the cache key of the current period, and
//! the computed sky of the period that the AI interprets instead of inventing one.

use super::astro::ephemeris::{position, Body};
use super::astro::moon::{phases_between, PhaseEvent};
use super::astro::sky::{self, EventKind, SkyEvent};
use super::astro::time::jd_ut;
use super::astro::zodiac::Sign;
use super::plan::Feature;
use super::prompts::PromptKind;
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Daily,
    Weekly,
    Monthly,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Daily, Period::Weekly, Period::Monthly];

    pub fn code(self) -> &'static str {
        match self {
            Period::Daily => "daily",
            Period::Weekly => "weekly",
            Period::Monthly => "monthly",
        }
    }

    pub fn from_code(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.code() == s)
    }

    pub fn feature(self) -> Feature {
        match self {
            Period::Daily => Feature::DailyHoroscope,
            Period::Weekly => Feature::WeeklyHoroscope,
            Period::Monthly => Feature::MonthlyHoroscope,
        }
    }

    pub fn prompt(self) -> PromptKind {
        match self {
            Period::Daily => PromptKind::DailyHoroscope,
            Period::Weekly => PromptKind::WeeklyHoroscope,
            Period::Monthly => PromptKind::MonthlyHoroscope,
        }
    }

    /// The first and last day of the period containing `day` (weeks run Monday–Sunday).
    pub fn span(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            Period::Daily => (day, day),
            Period::Weekly => {
                let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
                (monday, monday + Duration::days(6))
            }
            Period::Monthly => {
                let first = day.with_day(1).unwrap_or(day);
                let next = if first.month() == 12 {
                    NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
                };
                (first, next.map(|n| n - Duration::days(1)).unwrap_or(first))
            }
        }
    }

    /// The cache key: `2026-11-26`, `2026-W48` (ISO week), `2026-11`.
    pub fn key(self, day: NaiveDate) -> String {
        match self {
            Period::Daily => day.format("%Y-%m-%d").to_string(),
            Period::Weekly => {
                let w = day.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Period::Monthly => day.format("%Y-%m").to_string(),
        }
    }
}

/// One body at the start of a period: where it is, whether it moves backwards, and the sign
/// it enters before the period ends (and when), if it changes sign.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyFact {
    pub body: Body,
    pub longitude: f64,
    pub retrograde: bool,
    pub enters: Option<(Sign, NaiveDate)>,
}

/// The sky over a period, computed: positions at the start (noon UTC), sign changes during
/// it, the principal moon phases, and the stations and eclipses in it. Worded for the AI in
/// the user's language by `services::facts`, so the AI interprets real positions and dates.
#[derive(Debug, Clone, PartialEq)]
pub struct SkyFacts {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub bodies: Vec<BodyFact>,
    pub phases: Vec<PhaseEvent>,
    /// Stations and eclipses in the period, in time order.
    pub events: Vec<SkyEvent>,
}

pub fn sky_facts(period: Period, day: NaiveDate) -> SkyFacts {
    let (first, last) = period.span(day);
    let at = |d: NaiveDate, h: u32| {
        d.and_hms_opt(h, 0, 0)
            .map(|t| jd_ut(Utc.from_utc_datetime(&t)))
    };
    let mut facts = SkyFacts {
        first,
        last,
        bodies: Vec::new(),
        phases: Vec::new(),
        events: Vec::new(),
    };
    let (Some(start), Some(from), Some(to)) = (at(first, 12), at(first, 0), at(last, 0)) else {
        return facts;
    };
    let to = to + 1.0;
    // The whole period's events at once: exact sign changes, stations, eclipses.
    let events = sky::events(from, to).unwrap_or_default();
    for body in Body::ALL {
        let Ok(p) = position(body, start) else {
            continue;
        };
        let enters = events
            .iter()
            .find(|e| e.body == body && e.kind == EventKind::Ingress && jd_ut(e.instant) > start)
            .map(|e| (e.sign, e.instant.date_naive()));
        facts.bodies.push(BodyFact {
            body,
            longitude: p.longitude,
            retrograde: p.speed < 0.0 && !body.is_luminary(),
            enters,
        });
    }
    facts.events = events
        .into_iter()
        .filter(|e| {
            e.kind.is_eclipse()
                || matches!(
                    e.kind,
                    EventKind::StationRetrograde | EventKind::StationDirect
                )
        })
        .collect();
    if let Ok(phases) = phases_between(from, to) {
        facts.phases = phases;
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn keys_and_spans_follow_the_calendar() {
        assert_eq!(Period::Daily.key(d(2026, 11, 26)), "2026-11-26");
        assert_eq!(Period::Weekly.key(d(2026, 11, 26)), "2026-W48");
        assert_eq!(
            Period::Weekly.key(d(2027, 1, 1)),
            "2026-W53",
            "ISO weeks cross new year"
        );
        assert_eq!(Period::Monthly.key(d(2026, 11, 26)), "2026-11");
        assert_eq!(
            Period::Weekly.span(d(2026, 11, 26)),
            (d(2026, 11, 23), d(2026, 11, 29))
        );
        assert_eq!(
            Period::Monthly.span(d(2026, 12, 5)),
            (d(2026, 12, 1), d(2026, 12, 31))
        );
        assert_eq!(Period::Monthly.span(d(2028, 2, 5)).1, d(2028, 2, 29));
    }

    #[test]
    fn the_facts_list_every_body_the_sign_changes_and_the_phases() {
        use crate::domain::astro::moon::Phase;
        let facts = sky_facts(Period::Monthly, d(2024, 4, 10));
        assert_eq!((facts.first, facts.last), (d(2024, 4, 1), d(2024, 4, 30)));
        assert_eq!(facts.bodies.len(), Body::ALL.len());
        let day_of = |p: Phase| {
            facts
                .phases
                .iter()
                .find(|e| e.phase == p)
                .map(|e| e.instant.date_naive())
        };
        assert_eq!(day_of(Phase::NewMoon), Some(d(2024, 4, 8)));
        assert_eq!(day_of(Phase::FullMoon), Some(d(2024, 4, 23)));
        // The Sun enters Taurus on 19 April 2024 (20:00 UTC).
        let sun = facts.bodies.iter().find(|b| b.body == Body::Sun).unwrap();
        assert_eq!(sun.enters, Some((Sign::Taurus, d(2024, 4, 19))));
        // The total solar eclipse of the 8th and Mercury's station direct on the 25th.
        assert!(facts
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::SolarEclipse { .. })
                && e.instant.date_naive() == d(2024, 4, 8)));
        assert!(facts
            .events
            .iter()
            .any(|e| e.kind == EventKind::StationDirect
                && e.body == Body::Mercury
                && e.instant.date_naive() == d(2024, 4, 25)));
        // Mercury turned retrograde late on 1 April 2024: by the week of the 8th it is.
        let week = sky_facts(Period::Weekly, d(2024, 4, 10));
        let mercury = week
            .bodies
            .iter()
            .find(|b| b.body == Body::Mercury)
            .unwrap();
        assert!(mercury.retrograde && mercury.enters.is_none());
    }
}

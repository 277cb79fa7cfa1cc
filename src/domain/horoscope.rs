//! Horoscope periods: which entitlement each needs, the cache key of the current period, and
//! the computed sky of the period that the AI interprets instead of inventing one.

use super::astro::ephemeris::{position, Body};
use super::astro::moon::{phases_between, PhaseEvent};
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
/// it, and the principal moon phases in it. Worded for the AI in the user's language by
/// `services::facts`, so the AI interprets real positions.
#[derive(Debug, Clone, PartialEq)]
pub struct SkyFacts {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub bodies: Vec<BodyFact>,
    pub phases: Vec<PhaseEvent>,
}

pub fn sky_facts(period: Period, day: NaiveDate) -> SkyFacts {
    let (first, last) = period.span(day);
    let noon = |d: NaiveDate| {
        d.and_hms_opt(12, 0, 0)
            .map(|t| jd_ut(Utc.from_utc_datetime(&t)))
    };
    let mut facts = SkyFacts {
        first,
        last,
        bodies: Vec::new(),
        phases: Vec::new(),
    };
    let (Some(start), Some(end)) = (noon(first), noon(last)) else {
        return facts;
    };
    for body in Body::ALL {
        let Ok(p) = position(body, start) else {
            continue;
        };
        let from = Sign::of_longitude(p.longitude);
        // The day it changes sign: the first noon in the period where the sign differs.
        let enters = (period != Period::Daily)
            .then(|| {
                first
                    .iter_days()
                    .take_while(|d| *d <= last)
                    .skip(1)
                    .find_map(|d| {
                        let later = position(body, noon(d)?).ok()?;
                        let to = Sign::of_longitude(later.longitude);
                        (to != from).then_some((to, d))
                    })
            })
            .flatten();
        facts.bodies.push(BodyFact {
            body,
            longitude: p.longitude,
            retrograde: p.speed < 0.0 && !body.is_luminary(),
            enters,
        });
    }
    if let Ok(phases) = phases_between(start - 0.5, end + 0.5) {
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
        // The Sun enters Taurus on 19 April 2024 (20:00 UTC): by noon on the 20th.
        let sun = facts.bodies.iter().find(|b| b.body == Body::Sun).unwrap();
        assert_eq!(sun.enters, Some((Sign::Taurus, d(2024, 4, 20))));
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

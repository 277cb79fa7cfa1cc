//! Horoscope periods: which entitlement each needs, the cache key of the current period, and
//! the computed sky facts handed to the AI so it interprets real positions.

use super::astro::ephemeris::{position, Body};
use super::astro::moon::phases_between;
use super::astro::time::jd_ut;
use super::astro::zodiac::{degree_minutes_in_sign, Sign};
use super::plan::Feature;
use super::prompts::PromptKind;
use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use std::fmt::Write;

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

/// The sky over a period, as plain facts for the AI: positions at the start (noon UTC), sign
/// changes during it, and the moon phases in it.
pub fn sky_facts(period: Period, day: NaiveDate) -> String {
    let (first, last) = period.span(day);
    let noon = |d: NaiveDate| {
        d.and_hms_opt(12, 0, 0)
            .map(|t| jd_ut(Utc.from_utc_datetime(&t)))
    };
    let (Some(start), Some(end)) = (noon(first), noon(last)) else {
        return String::new();
    };
    let mut out = format!("Sky from {first} to {last} (tropical zodiac, computed):\n");
    for body in Body::ALL {
        let Ok(p) = position(body, start) else {
            continue;
        };
        let (d, m) = degree_minutes_in_sign(p.longitude);
        let retro = if p.speed < 0.0 && !body.is_luminary() {
            ", retrograde"
        } else {
            ""
        };
        let _ = write!(
            out,
            "- {}: {} {d}°{m:02}′{retro}",
            body.code(),
            Sign::of_longitude(p.longitude).code()
        );
        if period != Period::Daily {
            if let Ok(later) = position(body, end) {
                let (from, to) = (
                    Sign::of_longitude(p.longitude),
                    Sign::of_longitude(later.longitude),
                );
                if from != to {
                    let _ = write!(out, " → enters {} by {last}", to.code());
                }
            }
        }
        out.push('\n');
    }
    if let Ok(phases) = phases_between(start - 0.5, end + 0.5) {
        for e in phases {
            let _ = writeln!(
                out,
                "- {} on {}",
                e.phase.code(),
                e.instant.format("%Y-%m-%d %H:%M UTC")
            );
        }
    }
    out
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
    fn the_facts_list_every_body_and_the_phases() {
        let facts = sky_facts(Period::Monthly, d(2024, 4, 10));
        for body in Body::ALL {
            assert!(facts.contains(&format!("- {}:", body.code())), "{facts}");
        }
        assert!(facts.contains("new_moon on 2024-04-08"), "{facts}");
        assert!(facts.contains("full_moon on 2024-04-23"), "{facts}");
    }
}

//! The moon calendar: one row per local day with the phase name of that day, the illumination
//! at the middle of the day (the same instant the phase name is read at), and the principal
//! phase instants falling on it.

use super::ephemeris::EphemerisError;
use super::moon::{elongation, illumination, phases_between, PhaseEvent, PhaseName};
use super::time::{jd_ut, Zone};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CalendarDay {
    pub date: NaiveDate,
    pub phase: PhaseName,
    pub illumination_percent: f64,
    /// Principal phases whose instant falls on this local day.
    pub events: Vec<PhaseEvent>,
}

/// Midnight starting a local date, as a UT Julian day.
fn local_midnight(date: NaiveDate, zone: &Zone) -> f64 {
    let naive = date.and_time(NaiveTime::MIN);
    let utc = naive - chrono::Duration::minutes(i64::from(zone_offset_near(naive, zone)));
    jd_ut(Utc.from_utc_datetime(&utc))
}

/// The zone's offset around a local time (taken at that wall time read as UTC: exact except in
/// the hour of a DST change, which moves the day boundary by at most that hour).
fn zone_offset_near(naive: chrono::NaiveDateTime, zone: &Zone) -> i32 {
    zone.offset_minutes_at(Utc.from_utc_datetime(&naive))
}

/// `days` consecutive local days from `from` in a zone.
pub fn days(from: NaiveDate, days: u32, zone: &Zone) -> Result<Vec<CalendarDay>, EphemerisError> {
    let start = local_midnight(from, zone);
    let last = from + chrono::Duration::days(i64::from(days));
    let end = local_midnight(last, zone);
    let events = phases_between(start, end)?;
    let mut out = Vec::with_capacity(days as usize);
    for offset in 0..days {
        let date = from + chrono::Duration::days(i64::from(offset));
        let (begin, finish) = (
            local_midnight(date, zone),
            local_midnight(date + chrono::Duration::days(1), zone),
        );
        let on_day: Vec<PhaseEvent> = events
            .iter()
            .filter(|e| {
                let jd = jd_ut(e.instant);
                jd >= begin && jd < finish
            })
            .copied()
            .collect();
        let midday = (begin + finish) / 2.0;
        let phase = match on_day.first() {
            Some(e) => PhaseName::of_principal(e.phase),
            None => PhaseName::between_principals(elongation(midday)?),
        };
        out.push(CalendarDay {
            date,
            phase,
            illumination_percent: illumination(midday)? * 100.0,
            events: on_day,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::moon::Phase;

    #[test]
    fn the_eclipse_new_moon_of_april_2024_lands_on_its_local_day() {
        // 2024-04-08 18:21 UTC is 21:21 in Istanbul: still the 8th there.
        let zone = Zone::parse("Europe/Istanbul").unwrap();
        let from = NaiveDate::from_ymd_opt(2024, 4, 1).unwrap();
        let cal = days(from, 30, &zone).unwrap();
        assert_eq!(cal.len(), 30);
        let new_day = cal.iter().find(|d| d.phase == PhaseName::NewMoon).unwrap();
        assert_eq!(new_day.date, NaiveDate::from_ymd_opt(2024, 4, 8).unwrap());
        assert_eq!(new_day.events[0].phase, Phase::NewMoon);
        assert!(new_day.illumination_percent < 2.0);
        // In Auckland (UTC+12) the same instant is already the 9th.
        let auckland = days(from, 30, &Zone::parse("Pacific/Auckland").unwrap()).unwrap();
        let nz = auckland
            .iter()
            .find(|d| d.phase == PhaseName::NewMoon)
            .unwrap();
        assert_eq!(nz.date, NaiveDate::from_ymd_opt(2024, 4, 9).unwrap());
        let full = cal.iter().find(|d| d.phase == PhaseName::FullMoon).unwrap();
        assert!(full.illumination_percent > 97.0);
    }
}

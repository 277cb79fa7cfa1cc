//! The Moon's phase: elongation from the Sun, illuminated fraction (Meeus ch. 48), age, and the
//! instants of the four principal phases found by root search on the elongation.

use super::ephemeris::{place_tt, signed_difference, Body, EphemerisError};
use super::search::roots;
use super::time::{tt_of, utc_of_jd};
use chrono::{DateTime, Utc};
use serde::Serialize;

const SYNODIC_MONTH: f64 = 29.530_588_853;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    NewMoon,
    FirstQuarter,
    FullMoon,
    LastQuarter,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::NewMoon,
        Phase::FirstQuarter,
        Phase::FullMoon,
        Phase::LastQuarter,
    ];

    pub fn elongation(self) -> f64 {
        90.0 * self as usize as f64
    }

    pub fn code(self) -> &'static str {
        ["new_moon", "first_quarter", "full_moon", "last_quarter"][self as usize]
    }

    pub fn symbol(self) -> char {
        ['🌑', '🌓', '🌕', '🌗'][self as usize]
    }
}

/// The eight names of the lunar cycle: four instants and the four stretches between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseName {
    NewMoon,
    WaxingCrescent,
    FirstQuarter,
    WaxingGibbous,
    FullMoon,
    WaningGibbous,
    LastQuarter,
    WaningCrescent,
}

impl PhaseName {
    pub fn code(self) -> &'static str {
        [
            "new_moon",
            "waxing_crescent",
            "first_quarter",
            "waxing_gibbous",
            "full_moon",
            "waning_gibbous",
            "last_quarter",
            "waning_crescent",
        ][self as usize]
    }

    pub fn symbol(self) -> char {
        ['🌑', '🌒', '🌓', '🌔', '🌕', '🌖', '🌗', '🌘'][self as usize]
    }

    pub fn of_principal(phase: Phase) -> PhaseName {
        [
            PhaseName::NewMoon,
            PhaseName::FirstQuarter,
            PhaseName::FullMoon,
            PhaseName::LastQuarter,
        ][phase as usize]
    }

    /// The stretch an elongation falls in (for moments that are not a principal instant).
    pub fn between_principals(elongation: f64) -> PhaseName {
        [
            PhaseName::WaxingCrescent,
            PhaseName::WaxingGibbous,
            PhaseName::WaningGibbous,
            PhaseName::WaningCrescent,
        ][(elongation.rem_euclid(360.0) / 90.0).floor().min(3.0) as usize]
    }

    /// The name at a moment: a principal phase within ±6° (about half a day) of its instant.
    pub fn at_elongation(elongation: f64) -> PhaseName {
        Phase::ALL
            .into_iter()
            .find(|p| signed_difference(elongation, p.elongation()).abs() < 6.0)
            .map(PhaseName::of_principal)
            .unwrap_or_else(|| PhaseName::between_principals(elongation))
    }
}

/// Moon − Sun apparent longitude, 0–360°, at a TT Julian day.
fn elongation_tt(jd_tt: f64) -> Result<f64, EphemerisError> {
    let moon = place_tt(Body::Moon, jd_tt)?.longitude;
    let sun = place_tt(Body::Sun, jd_tt)?.longitude;
    Ok((moon - sun).rem_euclid(360.0))
}

/// Elongation at a UT Julian day.
pub fn elongation(jd_ut: f64) -> Result<f64, EphemerisError> {
    elongation_tt(tt_of(jd_ut).0)
}

/// Illuminated fraction of the disc, 0–1, from the geocentric Sun and Moon (Meeus 48.2–48.3).
pub fn illumination(jd_ut: f64) -> Result<f64, EphemerisError> {
    let jd_tt = tt_of(jd_ut).0;
    let moon = place_tt(Body::Moon, jd_tt)?;
    let sun = place_tt(Body::Sun, jd_tt)?;
    let psi = (moon.latitude.to_radians().cos()
        * (moon.longitude - sun.longitude).to_radians().cos())
    .acos();
    let phase_angle = (sun.distance * psi.sin()).atan2(moon.distance - sun.distance * psi.cos());
    Ok((1.0 + phase_angle.cos()) / 2.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PhaseEvent {
    pub phase: Phase,
    #[serde(with = "rfc3339_seconds")]
    pub instant: DateTime<Utc>,
}

/// Every principal phase between two UT Julian days, in time order.
pub fn phases_between(start_ut: f64, end_ut: f64) -> Result<Vec<PhaseEvent>, EphemerisError> {
    let mut events = Vec::new();
    for phase in Phase::ALL {
        let f = |jd: f64| Ok(signed_difference(elongation(jd)?, phase.elongation()));
        for jd in roots(f, start_ut, end_ut, 1.0)? {
            events.push(PhaseEvent {
                phase,
                instant: utc_of_jd(jd),
            });
        }
    }
    events.sort_by_key(|e| e.instant);
    Ok(events)
}

/// The next instant of each principal phase after a moment, soonest first.
pub fn next_phases(jd_ut: f64) -> Result<Vec<PhaseEvent>, EphemerisError> {
    let upcoming = phases_between(jd_ut, jd_ut + SYNODIC_MONTH + 1.0)?;
    let mut next: Vec<PhaseEvent> = Phase::ALL
        .into_iter()
        .filter_map(|p| upcoming.iter().find(|e| e.phase == p).copied())
        .collect();
    next.sort_by_key(|e| e.instant);
    Ok(next)
}

/// The Moon at one moment: name, illumination in percent, age in days since the last new moon.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoonState {
    pub name: PhaseName,
    pub elongation: f64,
    pub illumination_percent: f64,
    pub age_days: f64,
    pub next: Vec<PhaseEvent>,
}

pub fn state(jd_ut: f64) -> Result<MoonState, EphemerisError> {
    let e = elongation(jd_ut)?;
    let f = |jd: f64| Ok(signed_difference(elongation(jd)?, 0.0));
    let last_new = roots(f, jd_ut - SYNODIC_MONTH - 1.0, jd_ut, 1.0)?
        .last()
        .copied();
    Ok(MoonState {
        name: PhaseName::at_elongation(e),
        elongation: e,
        illumination_percent: illumination(jd_ut)? * 100.0,
        age_days: last_new
            .map(|n| jd_ut - n)
            .unwrap_or(e / 360.0 * SYNODIC_MONTH),
        next: next_phases(jd_ut)?,
    })
}

/// RFC 3339 in UTC with whole seconds (`2024-04-08T18:21:00Z`).
pub mod rfc3339_seconds {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_phases_come_in_time_order() {
        // 2026-11-29 (after the full moon of 24 Nov): the last quarter comes first.
        let jd = crate::domain::astro::time::jd_ut(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|t| t.and_utc())
                .unwrap(),
        );
        let next = next_phases(jd).unwrap();
        assert_eq!(next.len(), 4);
        assert_eq!(next[0].phase, Phase::LastQuarter, "{next:?}");
        assert!(
            next.windows(2).all(|w| w[0].instant < w[1].instant),
            "{next:?}"
        );
    }

    #[test]
    fn names_follow_the_elongation() {
        assert_eq!(PhaseName::at_elongation(2.0), PhaseName::NewMoon);
        assert_eq!(PhaseName::at_elongation(358.0), PhaseName::NewMoon);
        assert_eq!(PhaseName::at_elongation(45.0), PhaseName::WaxingCrescent);
        assert_eq!(PhaseName::at_elongation(93.0), PhaseName::FirstQuarter);
        assert_eq!(PhaseName::at_elongation(150.0), PhaseName::WaxingGibbous);
        assert_eq!(PhaseName::at_elongation(185.0), PhaseName::FullMoon);
        assert_eq!(PhaseName::at_elongation(200.0), PhaseName::WaningGibbous);
        assert_eq!(PhaseName::at_elongation(300.0), PhaseName::WaningCrescent);
    }

    #[test]
    fn a_month_has_each_principal_phase_once_in_order() {
        let start = 2_460_310.5; // 2024-01-01
        let events = phases_between(start, start + SYNODIC_MONTH).unwrap();
        assert_eq!(events.len(), 4, "{events:?}");
        let mut kinds: Vec<_> = events.iter().map(|e| e.phase as usize).collect();
        let first = kinds[0];
        kinds.iter_mut().for_each(|k| *k = (*k + 4 - first) % 4);
        assert_eq!(kinds, [0, 1, 2, 3]);
    }
}

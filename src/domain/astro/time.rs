//! Instants for the ephemeris: UTC ↔ Julian days (UT and TT), and civil birth times → UTC with
//! the IANA history of the place (DST rules and offset changes such as Turkey's in 2016).

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use xalen_time::{DeltaTModel, JdTT, JdUT1};

const UNIX_EPOCH_JD: f64 = 2_440_587.5;
const SECONDS_PER_DAY: f64 = 86_400.0;

/// The span the engine is validated for (Pluto's series covers 1885–2099).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2099;

/// Julian day (UT) of a UTC instant. UTC and UT1 differ by < 0.9 s, below our accuracy needs.
pub fn jd_ut(t: DateTime<Utc>) -> f64 {
    let seconds = t.timestamp() as f64 + f64::from(t.timestamp_subsec_nanos()) * 1e-9;
    UNIX_EPOCH_JD + seconds / SECONDS_PER_DAY
}

/// The UTC instant of a Julian day (UT), to the millisecond.
pub fn utc_of_jd(jd: f64) -> DateTime<Utc> {
    let millis = ((jd - UNIX_EPOCH_JD) * SECONDS_PER_DAY * 1000.0).round() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Terrestrial Time for a UT Julian day, with the Stephenson–Morrison–Hohenkerk ΔT model.
pub fn tt_of(jd_ut: f64) -> JdTT {
    JdUT1(jd_ut).to_tt(&DeltaTModel::StephensonMorrisonHohenkerk2016)
}

/// ΔT = TT − UT in seconds at a UT Julian day.
pub fn delta_t_seconds(jd_ut: f64) -> f64 {
    (tt_of(jd_ut).0 - jd_ut) * SECONDS_PER_DAY
}

/// A time zone as users and operators give it: an IANA name or a fixed UTC offset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    Iana(Tz),
    FixedMinutes(i32),
}

impl Zone {
    /// Parses `Europe/Istanbul`, `UTC`, `+03:00`, `-0530` or `UTC+3`.
    pub fn parse(s: &str) -> Option<Zone> {
        let s = s.trim();
        if let Ok(tz) = s.parse::<Tz>() {
            return Some(Zone::Iana(tz));
        }
        let rest = s
            .strip_prefix("UTC")
            .or_else(|| s.strip_prefix("GMT"))
            .unwrap_or(s);
        let mut chars = rest.chars();
        let sign = match chars.next()? {
            '+' => 1,
            '-' | '−' => -1,
            _ => return None,
        };
        let digits = chars.as_str();
        let (hours, minutes) = match digits.split_once(':') {
            Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
            None if digits.len() == 4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
            None => (digits.parse().ok()?, 0),
        };
        if !(0..=14).contains(&hours) || !(0..60).contains(&minutes) {
            return None;
        }
        Some(Zone::FixedMinutes(sign * (hours * 60 + minutes)))
    }

    pub fn name(&self) -> String {
        match self {
            Zone::Iana(tz) => tz.name().to_string(),
            Zone::FixedMinutes(m) => {
                let sign = if *m < 0 { '-' } else { '+' };
                format!("{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
            }
        }
    }

    /// The UTC offset in effect at a UTC instant, in minutes.
    pub fn offset_minutes_at(&self, t: DateTime<Utc>) -> i32 {
        match self {
            Zone::Iana(tz) => t.with_timezone(tz).offset().fix().local_minus_utc() / 60,
            Zone::FixedMinutes(m) => *m,
        }
    }

    /// The local wall-clock date and time at a UTC instant.
    pub fn local(&self, t: DateTime<Utc>) -> chrono::NaiveDateTime {
        t.naive_utc() + chrono::Duration::minutes(i64::from(self.offset_minutes_at(t)))
    }

    /// The local calendar date at a UTC instant.
    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        self.local(t).date()
    }
}

/// Why a civil time cannot be turned into one instant.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CivilTimeError {
    #[error("year {0} is outside {FIRST_YEAR}–{LAST_YEAR}")]
    OutOfRange(i32),
    #[error("{0} did not exist in {1}: the clocks jumped forward")]
    Skipped(NaiveDateTime, String),
}

/// How a civil time was resolved; `ambiguous` marks the repeated hour when clocks fall back
/// (the earlier instant — still daylight time — is taken).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    pub utc: DateTime<Utc>,
    pub offset_minutes: i32,
    pub ambiguous: bool,
}

/// Local civil date and time in a zone → the UTC instant, with that date's historical offset.
pub fn civil_to_utc(
    date: NaiveDate,
    time: NaiveTime,
    zone: &Zone,
) -> Result<Resolved, CivilTimeError> {
    use chrono::Datelike;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(CivilTimeError::OutOfRange(date.year()));
    }
    let local = date.and_time(time);
    match zone {
        Zone::FixedMinutes(m) => {
            let utc = local - chrono::Duration::minutes(i64::from(*m));
            Ok(Resolved {
                utc: utc.and_utc(),
                offset_minutes: *m,
                ambiguous: false,
            })
        }
        Zone::Iana(tz) => {
            let (picked, ambiguous) = match tz.from_local_datetime(&local) {
                LocalResult::Single(t) => (t, false),
                LocalResult::Ambiguous(earlier, _) => (earlier, true),
                LocalResult::None => return Err(CivilTimeError::Skipped(local, tz.name().into())),
            };
            Ok(Resolved {
                utc: picked.with_timezone(&Utc),
                offset_minutes: picked.offset().fix().local_minus_utc() / 60,
                ambiguous,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }
    fn istanbul() -> Zone {
        Zone::parse("Europe/Istanbul").unwrap()
    }

    #[test]
    fn julian_days_round_trip_and_match_meeus() {
        // Meeus 7.a: 1957 October 4.81 = JD 2436116.31
        let sputnik = Utc.with_ymd_and_hms(1957, 10, 4, 19, 26, 24).unwrap();
        assert!((jd_ut(sputnik) - 2_436_116.31).abs() < 1e-6);
        assert_eq!(utc_of_jd(jd_ut(sputnik)), sputnik);
        // J2000.0 is 2000-01-01 12:00 TT; ΔT then was 63.8 s.
        let dt = delta_t_seconds(2_451_545.0);
        assert!((dt - 63.8).abs() < 1.0, "ΔT(2000) = {dt}");
    }

    #[test]
    fn turkey_before_2016_had_winter_time_and_summer_time() {
        // Winter 2010: EET, UTC+2.
        let winter = civil_to_utc(d(2010, 1, 15), t(12, 0), &istanbul()).unwrap();
        assert_eq!(winter.offset_minutes, 120);
        assert_eq!(
            winter.utc,
            Utc.with_ymd_and_hms(2010, 1, 15, 10, 0, 0).unwrap()
        );
        // Summer 2010: EEST, UTC+3.
        let summer = civil_to_utc(d(2010, 7, 15), t(12, 0), &istanbul()).unwrap();
        assert_eq!(summer.offset_minutes, 180);
        // Since September 2016 Turkey stays on UTC+3 all year.
        let winter_now = civil_to_utc(d(2020, 1, 15), t(12, 0), &istanbul()).unwrap();
        assert_eq!(winter_now.offset_minutes, 180);
    }

    #[test]
    fn dst_edges_are_reported_not_guessed() {
        // Europe/Berlin, 2021-03-28: 02:00 → 03:00, so 02:30 never happened.
        let berlin = Zone::parse("Europe/Berlin").unwrap();
        let skipped = civil_to_utc(d(2021, 3, 28), t(2, 30), &berlin);
        assert!(
            matches!(skipped, Err(CivilTimeError::Skipped(..))),
            "{skipped:?}"
        );
        // 2021-10-31: 02:30 happened twice; the first one (CEST, UTC+2) is taken and flagged.
        let twice = civil_to_utc(d(2021, 10, 31), t(2, 30), &berlin).unwrap();
        assert!(twice.ambiguous);
        assert_eq!(twice.offset_minutes, 120);
        assert_eq!(
            twice.utc,
            Utc.with_ymd_and_hms(2021, 10, 31, 0, 30, 0).unwrap()
        );
        // Just after the jump it is CEST again.
        let after = civil_to_utc(d(2021, 3, 28), t(3, 0), &berlin).unwrap();
        assert_eq!(after.offset_minutes, 120);
    }

    #[test]
    fn fixed_offsets_parse_in_the_usual_spellings() {
        assert_eq!(Zone::parse("+03:00"), Some(Zone::FixedMinutes(180)));
        assert_eq!(Zone::parse("-0530"), Some(Zone::FixedMinutes(-330)));
        assert_eq!(Zone::parse("UTC+3"), Some(Zone::FixedMinutes(180)));
        assert_eq!(Zone::parse("Mars/Olympus"), None);
        assert_eq!(Zone::parse("+25:00"), None);
        let r = civil_to_utc(d(1990, 5, 1), t(6, 0), &Zone::FixedMinutes(-330)).unwrap();
        assert_eq!(r.utc, Utc.with_ymd_and_hms(1990, 5, 1, 11, 30, 0).unwrap());
        assert!(matches!(
            civil_to_utc(d(1850, 1, 1), t(0, 0), &istanbul()),
            Err(CivilTimeError::OutOfRange(1850))
        ));
    }
}

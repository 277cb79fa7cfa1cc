//! Birth data as people type it: dates in the common orders, times with or without "unknown",
//! each rejected with a precise reason the bot can translate.

use super::time::{FIRST_YEAR, LAST_YEAR};
use chrono::{Datelike, NaiveDate, NaiveTime};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("not a date; use YYYY-MM-DD or DD.MM.YYYY")]
    Format,
    #[error("month {0} does not exist")]
    Month(u32),
    #[error("day {day} does not exist in {year}-{month:02}")]
    Day { year: i32, month: u32, day: u32 },
    #[error("year {0} is outside {FIRST_YEAR}–{LAST_YEAR}")]
    Year(i32),
    #[error("{0} is in the future")]
    Future(NaiveDate),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("not a time; use HH:MM (24-hour)")]
    Format,
    #[error("hour {0} does not exist (0–23)")]
    Hour(u32),
    #[error("minute {0} does not exist (0–59)")]
    Minute(u32),
}

/// Parses `1990-07-15`, `15.07.1990`, `15/07/1990` or `15-07-1990`; `today` bounds the future.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = collapsed.split(['-', '.', '/', ' ']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(DateError::Format);
    };
    let num = |s: &str| -> Result<u32, DateError> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Format);
        }
        s.parse().map_err(|_| DateError::Format)
    };
    let (year, month, day) = if a.len() == 4 {
        (num(a)? as i32, num(b)?, num(c)?)
    } else if c.len() == 4 {
        (num(c)? as i32, num(b)?, num(a)?)
    } else {
        return Err(DateError::Format);
    };
    if !(1..=12).contains(&month) {
        return Err(DateError::Month(month));
    }
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(DateError::Year(year));
    }
    let date =
        NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::Day { year, month, day })?;
    if date > today {
        return Err(DateError::Future(date));
    }
    debug_assert!(date.year() == year);
    Ok(date)
}

/// Parses `14:30`, `14.30`, `9:05` or `1430`.
pub fn parse_time(text: &str) -> Result<NaiveTime, TimeError> {
    let t = text.trim();
    let (h, m) = match t.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, m),
        None if t.len() == 4 => t.split_at(2),
        None => return Err(TimeError::Format),
    };
    let num = |s: &str| -> Result<u32, TimeError> {
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TimeError::Format);
        }
        s.parse().map_err(|_| TimeError::Format)
    };
    let (hour, minute) = (num(h)?, num(m)?);
    if hour > 23 {
        return Err(TimeError::Hour(hour));
    }
    if minute > 59 {
        return Err(TimeError::Minute(minute));
    }
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(TimeError::Format)
}

/// When the birth time is unknown the chart is cast for local noon (the Moon is then within
/// about ±6.5° and houses are left out).
pub fn unknown_time_noon() -> NaiveTime {
    NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn dates_in_every_common_order() {
        let want = NaiveDate::from_ymd_opt(1990, 7, 15).unwrap();
        for s in [
            "1990-07-15",
            "15.07.1990",
            "15/07/1990",
            "15-7-1990",
            " 1990.7.15 ",
        ] {
            assert_eq!(parse_date(s, today()), Ok(want), "{s}");
        }
    }

    #[test]
    fn bad_dates_say_exactly_what_is_wrong() {
        assert_eq!(
            parse_date("31.02.1990", today()),
            Err(DateError::Day {
                year: 1990,
                month: 2,
                day: 31
            })
        );
        assert_eq!(
            parse_date("29.02.2001", today()),
            Err(DateError::Day {
                year: 2001,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            parse_date("29.02.2000", today()),
            Ok(NaiveDate::from_ymd_opt(2000, 2, 29).unwrap())
        );
        assert_eq!(parse_date("1990-13-01", today()), Err(DateError::Month(13)));
        assert_eq!(
            parse_date("01.01.1850", today()),
            Err(DateError::Year(1850))
        );
        assert!(matches!(
            parse_date("01.01.2030", today()),
            Err(DateError::Future(_))
        ));
        for junk in [
            "yesterday",
            "1990",
            "12.12.12",
            "1990-07-15-01",
            "١٩٩٠-٠٧-١٥",
            "-1.-2.1990",
        ] {
            assert_eq!(parse_date(junk, today()), Err(DateError::Format), "{junk}");
        }
    }

    #[test]
    fn times_and_their_errors() {
        assert_eq!(
            parse_time("14:30"),
            Ok(NaiveTime::from_hms_opt(14, 30, 0).unwrap())
        );
        assert_eq!(
            parse_time("9.05"),
            Ok(NaiveTime::from_hms_opt(9, 5, 0).unwrap())
        );
        assert_eq!(
            parse_time("0730"),
            Ok(NaiveTime::from_hms_opt(7, 30, 0).unwrap())
        );
        assert_eq!(parse_time("25:00"), Err(TimeError::Hour(25)));
        assert_eq!(parse_time("12:75"), Err(TimeError::Minute(75)));
        assert_eq!(parse_time("noon"), Err(TimeError::Format));
    }
}

//! Solar returns: the instant in a given year the Sun comes back to its natal longitude — the
//! moment a solar-return chart is cast for. The Sun moves about 0.9856° a day, so the return
//! falls within a day or two of the birthday; it is found by root search on the apparent
//! longitude, to about a tenth of a second.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::ephemeris::{longitude, signed_difference, Body, EphemerisError};
use super::search::roots;
use super::time::{jd_ut, utc_of_jd};

/// Why a return could not be given.
#[derive(Debug, thiserror::Error)]
pub enum ReturnError {
    #[error("year {0} is outside 1900–2100")]
    OutOfRange(i32),
    #[error(transparent)]
    Ephemeris(#[from] EphemerisError),
}

/// The solar return of a birth in `year`: the instant the Sun's apparent longitude equals the
/// natal Sun's (`natal_sun`, degrees), near the birthday (`born`, whose month and day are
/// used; 29 February counts as 28 February in common years).
pub fn solar_return(
    born: NaiveDate,
    natal_sun: f64,
    year: i32,
) -> Result<DateTime<Utc>, ReturnError> {
    if !(1900..=2100).contains(&year) {
        return Err(ReturnError::OutOfRange(year));
    }
    let birthday = NaiveDate::from_ymd_opt(year, born.month(), born.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, born.month(), born.day() - 1))
        .ok_or(ReturnError::OutOfRange(year))?;
    let noon = jd_ut(birthday.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc());
    let f = |jd: f64| Ok(signed_difference(longitude(Body::Sun, jd)?, natal_sun));
    // Within three days either side: the calendar drifts against the tropical year by less.
    let found = roots(f, noon - 3.0, noon + 3.0, 1.0)?;
    let jd = found
        .into_iter()
        .min_by(|a, b| (a - noon).abs().total_cmp(&(b - noon).abs()))
        .ok_or(ReturnError::OutOfRange(year))?;
    Ok(utc_of_jd(jd))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_return_is_where_the_sun_comes_back_to_the_second() {
        // Born 15 July 1990 06:30 UT (09:30 in Istanbul), across 1900–2100's range of years.
        let birth = Utc.with_ymd_and_hms(1990, 7, 15, 6, 30, 0).unwrap();
        let natal = longitude(Body::Sun, jd_ut(birth)).unwrap();
        for year in [1901, 1990, 2024, 2025, 2100] {
            let at = solar_return(birth.date_naive(), natal, year).unwrap();
            assert_eq!(at.year(), year);
            let jd = jd_ut(at);
            // The Sun moves about 0.0114″ a second: the longitude equal within that is the
            // instant within a second.
            let off = signed_difference(longitude(Body::Sun, jd).unwrap(), natal).abs() * 3600.0;
            assert!(off < 0.0114, "{year}: {at} is {off}″ off");
            assert!(
                (at.date_naive() - NaiveDate::from_ymd_opt(year, 7, 15).unwrap())
                    .num_days()
                    .abs()
                    <= 1
            );
        }
        // The year of birth returns the birth itself.
        let same = solar_return(birth.date_naive(), natal, 1990).unwrap();
        assert!((same - birth).num_seconds().abs() <= 1, "{same}");
    }

    #[test]
    fn a_leap_day_birthday_returns_in_common_years_and_years_out_of_range_are_refused() {
        let born = NaiveDate::from_ymd_opt(2000, 2, 29).unwrap();
        let natal = longitude(
            Body::Sun,
            jd_ut(Utc.with_ymd_and_hms(2000, 2, 29, 12, 0, 0).unwrap()),
        )
        .unwrap();
        let at = solar_return(born, natal, 2025).unwrap();
        assert!(matches!((at.month(), at.day()), (2, 28) | (3, 1)), "{at}");
        assert!(matches!(
            solar_return(born, natal, 2150),
            Err(ReturnError::OutOfRange(2150))
        ));
    }
}

//! Equinoxes and solstices: the instants the Sun's apparent longitude reaches 0°, 90°, 180°, 270°.

use super::ephemeris::{longitude, signed_difference, Body, EphemerisError};
use super::search::roots;
use super::time::{jd_ut, utc_of_jd};
use chrono::{DateTime, TimeZone, Utc};

/// The four season starts of a year (March equinox, June solstice, September equinox, December
/// solstice), in UTC.
pub fn season_starts(year: i32) -> Result<Vec<DateTime<Utc>>, EphemerisError> {
    let start = Utc
        .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .single()
        .map(jd_ut)
        .unwrap_or(0.0);
    let mut out = Vec::new();
    for target in [0.0, 90.0, 180.0, 270.0] {
        let f = |jd: f64| Ok(signed_difference(longitude(Body::Sun, jd)?, target));
        if let Some(jd) = roots(f, start, start + 366.0, 5.0)?.first() {
            out.push(utc_of_jd(*jd));
        }
    }
    Ok(out)
}

//! Retrograde periods with their shadows: a planet turns retrograde at one degree (R) and
//! direct at an earlier one (D). Before R it already crossed D once — the pre-retrograde
//! shadow begins there — and after D it must travel back up to R, where the post-retrograde
//! shadow ends. Astrologers read the whole stretch, shadow to shadow, as the period's arc.

use chrono::{DateTime, Utc};

use super::ephemeris::{signed_difference, Body, EphemerisError};
use super::search::roots_in_samples;
use super::sky::{polish_crossing, sampled, station_days};
use super::time::utc_of_jd;
use super::track::Track;

/// One retrograde loop of a planet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Retrograde {
    pub body: Body,
    pub shadow_start: DateTime<Utc>,
    pub station_retrograde: DateTime<Utc>,
    pub station_direct: DateTime<Utc>,
    pub shadow_end: DateTime<Utc>,
    /// Longitudes of the two stations, degrees.
    pub retrograde_at: f64,
    pub direct_at: f64,
}

/// Days a loop and its shadows can reach either side of a station: the track looks this far
/// beyond the window so a loop cut by the window's edge is still whole.
fn reach(body: Body) -> f64 {
    match body {
        Body::Mercury => 60.0,
        Body::Venus => 110.0,
        Body::Mars => 170.0,
        _ => 330.0,
    }
}

/// The instant the track crosses `target` between `a` and `b`: the last one, or the first.
fn crossing(
    track: &Track,
    target: f64,
    a: f64,
    b: f64,
    last: bool,
) -> Result<Option<f64>, EphemerisError> {
    let off = |t: f64| signed_difference(track.longitude(t), target);
    let samples = sampled(off, a, b, Track::step_for(track.body) / 4.0);
    let found = roots_in_samples(&|t| Ok(off(t)), &samples)?;
    let pick = if last { found.last() } else { found.first() };
    match pick {
        Some(&guess) => Ok(Some(polish_crossing(track, guess, target)?)),
        None => Ok(None),
    }
}

/// The retrograde loops of a planet that touch `[start, end]` (UT Julian days), shadows
/// included.
pub fn retrogrades(body: Body, start: f64, end: f64) -> Result<Vec<Retrograde>, EphemerisError> {
    if body.is_luminary() || body == Body::NorthNode {
        return Ok(Vec::new());
    }
    let reach = reach(body);
    let track = Track::new(body, start - reach, end + reach)?;
    let stations = station_days(&track)?;
    let mut out = Vec::new();
    for pair in stations.windows(2) {
        let (r, d) = (pair[0], pair[1]);
        // Retrograde first: the planet was moving forward just before r.
        if track.speed(r - 0.5) <= 0.0 {
            continue;
        }
        let (at_r, at_d) = (track.longitude(r), track.longitude(d));
        let (Some(before), Some(after)) = (
            crossing(&track, at_d, r - reach, r, true)?,
            crossing(&track, at_r, d, d + reach, false)?,
        ) else {
            continue;
        };
        if after < start || before >= end {
            continue;
        }
        out.push(Retrograde {
            body,
            shadow_start: utc_of_jd(before),
            station_retrograde: utc_of_jd(r),
            station_direct: utc_of_jd(d),
            shadow_end: utc_of_jd(after),
            retrograde_at: at_r,
            direct_at: at_d,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::ephemeris::longitude;
    use crate::domain::astro::time::jd_ut;
    use chrono::TimeZone;

    #[test]
    fn mercurys_2024_loops_have_their_shadows_where_the_planet_crosses_the_station_degrees() {
        let jd = |y, m, d| jd_ut(Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap());
        let loops = retrogrades(Body::Mercury, jd(2024, 3, 1), jd(2024, 10, 1)).unwrap();
        // 1 April–25 April (Aries) and 5 August–28 August (Virgo to Leo).
        assert_eq!(loops.len(), 2, "{loops:#?}");
        for l in &loops {
            assert!(l.shadow_start < l.station_retrograde);
            assert!(l.station_retrograde < l.station_direct);
            assert!(l.station_direct < l.shadow_end);
            // On the ephemeris itself: at the shadow's start the planet stands on the degree
            // of the direct station, at its end on the degree of the retrograde one.
            let at = |t: DateTime<Utc>| longitude(Body::Mercury, jd_ut(t)).unwrap();
            assert!(
                signed_difference(at(l.shadow_start), l.direct_at).abs() < 1e-3,
                "{l:?}"
            );
            assert!(
                signed_difference(at(l.shadow_end), l.retrograde_at).abs() < 1e-3,
                "{l:?}"
            );
        }
        // The spring loop: pre-shadow from 18 March, post-shadow until 13 May 2024 (published
        // almanacs), within a day.
        let spring = loops[0];
        let near = |t: DateTime<Utc>, m, d| {
            (t - Utc.with_ymd_and_hms(2024, m, d, 12, 0, 0).unwrap())
                .num_hours()
                .abs()
                <= 24
        };
        assert!(near(spring.shadow_start, 3, 18), "{spring:?}");
        assert!(near(spring.shadow_end, 5, 13), "{spring:?}");
    }
}

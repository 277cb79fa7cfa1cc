//! Transits: where today's planets aspect the natal chart, and the date each aspect is exact.

use super::aspects::AspectKind;
use super::ephemeris::{longitude, position, signed_difference, Body, EphemerisError};
use super::search::roots_in_samples;
use super::time::utc_of_jd;
use super::Chart;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Orb for a transit to count as active, degrees.
pub const TRANSIT_ORB: f64 = 2.0;
/// How far around today an exact date is looked for, and the scan step, in days: long enough for
/// a retrograde loop through the orb, steps well under the shortest loop (so no double crossing
/// hides between two samples). The slowest planets can stay in orb longer than a year and then
/// show no date.
fn search_span(body: Body) -> (f64, f64) {
    match body {
        Body::Sun => (5.0, 1.0),
        Body::Mercury => (70.0, 1.5),
        Body::Venus => (70.0, 2.0),
        Body::Mars => (100.0, 3.0),
        Body::Jupiter => (200.0, 8.0),
        Body::Saturn => (260.0, 10.0),
        _ => (366.0, 15.0),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transit {
    pub transiting: Body,
    pub natal: Body,
    pub kind: AspectKind,
    pub orb: f64,
    pub applying: bool,
    /// The exact hit nearest to today (a retrograde planet may make it up to three times).
    #[serde(serialize_with = "optional_instant")]
    pub exact: Option<DateTime<Utc>>,
}

fn optional_instant<S: serde::Serializer>(
    t: &Option<DateTime<Utc>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        None => s.serialize_none(),
    }
}

/// Active transits at `jd_ut` to the natal planets, tightest first. Each transiting body's
/// longitude is sampled once over its window and shared by all the natal points it aspects.
pub fn active(natal: &Chart, jd_ut: f64) -> Result<Vec<Transit>, EphemerisError> {
    let mut out = Vec::new();
    // The Moon's daily aspects are left out as noise.
    for body in Body::MOVING.into_iter().filter(|b| *b != Body::Moon) {
        let now = position(body, jd_ut)?;
        let mut samples: Option<Vec<(f64, f64)>> = None;
        for target in &natal.planets {
            let diff = signed_difference(now.longitude, target.longitude);
            let Some(kind) = AspectKind::ALL
                .into_iter()
                .find(|k| (diff.abs() - k.angle()).abs() <= TRANSIT_ORB)
            else {
                continue;
            };
            let orb = (diff.abs() - kind.angle()).abs();
            // The aimed-at point: natal ± the aspect angle, on the side the planet is now.
            let aim = target.longitude + kind.angle() * diff.signum();
            if samples.is_none() {
                let (window, step) = search_span(body);
                let mut grid = Vec::new();
                let mut t = jd_ut - window;
                while t <= jd_ut + window {
                    grid.push((t, longitude(body, t)?));
                    t += step;
                }
                samples = Some(grid);
            }
            let shifted: Vec<(f64, f64)> = samples
                .iter()
                .flatten()
                .map(|(t, lon)| (*t, signed_difference(*lon, aim)))
                .collect();
            let f = |jd: f64| Ok(signed_difference(longitude(body, jd)?, aim));
            let exact = roots_in_samples(&f, &shifted)?
                .into_iter()
                .min_by(|a, b| (a - jd_ut).abs().total_cmp(&(b - jd_ut).abs()))
                .map(utc_of_jd);
            let later = signed_difference(now.longitude + now.speed * 0.1, aim).abs();
            out.push(Transit {
                transiting: body,
                natal: target.name,
                kind,
                orb,
                applying: later < signed_difference(now.longitude, aim).abs(),
                exact,
            });
        }
    }
    out.sort_by(|a, b| a.orb.total_cmp(&b.orb));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::time::jd_ut;
    use crate::domain::astro::{ChartInput, HouseSystem};
    use chrono::TimeZone;

    #[test]
    fn each_active_transit_has_an_exact_date_where_the_angle_is_met() {
        let natal = Chart::compute(&ChartInput {
            utc: Utc.with_ymd_and_hms(1990, 7, 15, 9, 30, 0).unwrap(),
            lat: 41.0,
            lon: 29.0,
            time_known: true,
            house_system: HouseSystem::Placidus,
        })
        .unwrap();
        let today = jd_ut(Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap());
        let list = active(&natal, today).unwrap();
        assert!(!list.is_empty());
        for t in &list {
            assert!(t.orb <= TRANSIT_ORB);
            let Some(exact) = t.exact else {
                // Only the slowest planets can sit in orb for more than the search window.
                assert!(
                    matches!(t.transiting, Body::Neptune | Body::Pluto | Body::Uranus),
                    "{t:?}"
                );
                continue;
            };
            let at = jd_ut(exact);
            let natal_lon = natal.place(t.natal).unwrap().longitude;
            let sep = crate::domain::astro::ephemeris::separation(
                longitude(t.transiting, at).unwrap(),
                natal_lon,
            );
            assert!((sep - t.kind.angle()).abs() < 0.001, "{t:?}: {sep}");
        }
    }
}

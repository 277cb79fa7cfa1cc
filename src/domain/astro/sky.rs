//! Events of the sky in a window of time (issue 16, first part): planetary stations — the
//! instants Mercury through Pluto turn retrograde or direct, where their speed in apparent
//! geocentric longitude crosses zero — ingresses, the instants a body enters a sign
//! (retrograde re-entries included), and lunar eclipses (see `eclipses`). Found by scanning sampled longitudes and refining each
//! bracket (see `search`); pure, no I/O.

use chrono::{DateTime, Utc};

use super::aspects::AspectKind;
use super::eclipses::{eclipses, EclipseType};
use super::ephemeris::{longitude, signed_difference, Body, EphemerisError};
use super::search::{roots, roots_in_samples};
use super::time::utc_of_jd;
use super::zodiac::Sign;

/// What happens, with what only that kind of event carries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EventKind {
    StationRetrograde,
    StationDirect,
    Ingress,
    SolarEclipse {
        kind: EclipseType,
        magnitude: f64,
    },
    LunarEclipse {
        kind: EclipseType,
        magnitude: f64,
    },
    /// The Moon's last exact aspect in its sign: void of course until it leaves the sign.
    VocStart {
        aspect: AspectKind,
        partner: Body,
    },
    VocEnd,
}

impl EventKind {
    pub fn code(self) -> &'static str {
        match self {
            EventKind::StationRetrograde => "station_retrograde",
            EventKind::StationDirect => "station_direct",
            EventKind::Ingress => "ingress",
            EventKind::SolarEclipse { .. } => "solar_eclipse",
            EventKind::LunarEclipse { .. } => "lunar_eclipse",
            EventKind::VocStart { .. } => "voc_start",
            EventKind::VocEnd => "voc_end",
        }
    }

    pub fn is_eclipse(self) -> bool {
        matches!(
            self,
            EventKind::SolarEclipse { .. } | EventKind::LunarEclipse { .. }
        )
    }
}

/// One event: what, which body (the Moon for eclipses and void-of-course periods), when, and
/// where in the zodiac.
#[derive(Debug, Clone, PartialEq)]
pub struct SkyEvent {
    pub kind: EventKind,
    pub body: Body,
    pub instant: DateTime<Utc>,
    /// Apparent geocentric longitude at the instant, degrees.
    pub longitude: f64,
    /// The sign the body stands in (for an ingress: the sign it enters).
    pub sign: Sign,
}

/// The bodies whose ingresses are listed: the Sun, the Moon and the planets.
pub fn ingressing() -> impl Iterator<Item = Body> {
    Body::ALL.into_iter().filter(|b| *b != Body::NorthNode)
}

/// Days between samples: short enough that no body crosses a sign boundary twice, or holds
/// a whole retrograde loop, between two samples (crossings close to a station are looked for
/// again finely, see [`crossings_near`]).
fn step(body: Body) -> f64 {
    match body {
        Body::Moon => 0.25,
        Body::Mercury => 1.0,
        Body::Venus | Body::Mars => 2.0,
        Body::Sun => 5.0,
        _ => 4.0,
    }
}

/// Speed in longitude, degrees a day, by a central difference over ±1 hour: smooth enough for
/// the root search, and zero exactly at a station.
fn speed(body: Body, jd: f64) -> Result<f64, EphemerisError> {
    const H: f64 = 1.0 / 24.0;
    Ok(signed_difference(longitude(body, jd + H)?, longitude(body, jd - H)?) / (2.0 * H))
}

fn event(kind: EventKind, body: Body, jd: f64, lon: f64, sign: Sign) -> SkyEvent {
    SkyEvent {
        kind,
        body,
        instant: utc_of_jd(jd),
        longitude: lon,
        sign,
    }
}

/// The body's longitude every `dt` days from `start` through `end`.
fn sampled(body: Body, start: f64, end: f64, dt: f64) -> Result<Vec<(f64, f64)>, EphemerisError> {
    let mut out = Vec::new();
    let mut t = start;
    loop {
        out.push((t, longitude(body, t)?));
        if t >= end {
            return Ok(out);
        }
        t = (t + dt).min(end);
    }
}

/// Station instants from sampled longitudes: where the motion between samples changes
/// direction, the speed's zero is refined in the samples around it.
fn station_days(body: Body, lons: &[(f64, f64)]) -> Result<Vec<f64>, EphemerisError> {
    let moves: Vec<f64> = lons
        .windows(2)
        .map(|w| signed_difference(w[1].1, w[0].1))
        .collect();
    let mut out = Vec::new();
    for i in 1..moves.len() {
        if moves[i - 1].signum() != moves[i].signum() {
            let (a, b) = (lons[i - 1].0, lons[i + 1].0);
            out.extend(roots(|t| speed(body, t), a, b, (b - a) / 4.0)?);
        }
    }
    out.dedup_by(|x, y| (*x - *y).abs() < 1e-3);
    Ok(out)
}

fn station(body: Body, jd: f64) -> Result<SkyEvent, EphemerisError> {
    let lon = longitude(body, jd)?;
    // Moving forward just before: it turns retrograde here.
    let kind = if speed(body, jd - 0.5)? > 0.0 {
        EventKind::StationRetrograde
    } else {
        EventKind::StationDirect
    };
    Ok(event(kind, body, jd, lon, Sign::of_longitude(lon)))
}

/// Instants where sampled longitudes cross a sign boundary, refined.
fn crossings(body: Body, lons: &[(f64, f64)]) -> Result<Vec<(f64, f64)>, EphemerisError> {
    let mut out = Vec::new();
    for boundary in (0..12).map(|i| f64::from(i) * 30.0) {
        let samples: Vec<(f64, f64)> = lons
            .iter()
            .map(|(t, lon)| (*t, signed_difference(*lon, boundary)))
            .collect();
        let f = |jd: f64| Ok(signed_difference(longitude(body, jd)?, boundary));
        out.extend(
            roots_in_samples(&f, &samples)?
                .into_iter()
                .map(|jd| (jd, boundary)),
        );
    }
    Ok(out)
}

/// Crossings within three days of a station, sampled finely: a planet that turns just past a
/// boundary can cross it twice between two ordinary samples.
fn crossings_near(body: Body, station: f64) -> Result<Vec<(f64, f64)>, EphemerisError> {
    crossings(body, &sampled(body, station - 3.0, station + 3.0, 0.25)?)
}

fn ingress(body: Body, jd: f64, boundary: f64) -> Result<SkyEvent, EphemerisError> {
    // Forward across the boundary enters the sign that starts there; backward, the one that
    // ends there.
    let entered = if speed(body, jd)? >= 0.0 {
        boundary
    } else {
        (boundary - 15.0).rem_euclid(360.0)
    };
    Ok(event(
        EventKind::Ingress,
        body,
        jd,
        boundary,
        Sign::of_longitude(entered),
    ))
}

/// One body's stations (for planets) and ingresses between two UT Julian days, from one pass
/// of samples.
fn body_events(body: Body, start: f64, end: f64) -> Result<Vec<SkyEvent>, EphemerisError> {
    let dt = step(body);
    // A step beyond each end, so an event in the first or last half-step is bracketed too.
    let lons = sampled(body, start - dt, end + dt, dt)?;
    let stations = if body.is_luminary() {
        Vec::new()
    } else {
        station_days(body, &lons)?
    };
    let mut found = crossings(body, &lons)?;
    for jd in &stations {
        found.extend(crossings_near(body, *jd)?);
    }
    found.sort_by(|a, b| a.0.total_cmp(&b.0));
    // The same crossing found twice (by the coarse and the fine scan) counts once.
    found.dedup_by(|later, earlier| later.1 == earlier.1 && (later.0 - earlier.0).abs() < 1e-3);
    let within = |jd: &f64| (start..end).contains(jd);
    let mut out = Vec::new();
    for jd in stations.into_iter().filter(within) {
        out.push(station(body, jd)?);
    }
    for (jd, boundary) in found.into_iter().filter(|(jd, _)| within(jd)) {
        out.push(ingress(body, jd, boundary)?);
    }
    Ok(out)
}

/// The stations of `body` between two UT Julian days.
pub fn stations(body: Body, start: f64, end: f64) -> Result<Vec<SkyEvent>, EphemerisError> {
    Ok(body_events(body, start, end)?
        .into_iter()
        .filter(|e| e.kind != EventKind::Ingress)
        .collect())
}

/// The sign ingresses of `body` between two UT Julian days.
pub fn ingresses(body: Body, start: f64, end: f64) -> Result<Vec<SkyEvent>, EphemerisError> {
    Ok(body_events(body, start, end)?
        .into_iter()
        .filter(|e| e.kind == EventKind::Ingress)
        .collect())
}

/// Every station, ingress and eclipse between two UT Julian days, in time order.
pub fn events(start: f64, end: f64) -> Result<Vec<SkyEvent>, EphemerisError> {
    let mut out = Vec::new();
    for body in ingressing() {
        out.extend(body_events(body, start, end)?);
    }
    for (of, e) in eclipses(start, end)? {
        let (kind, magnitude) = (e.kind, e.magnitude);
        let kind = if of == Body::Sun {
            EventKind::SolarEclipse { kind, magnitude }
        } else {
            EventKind::LunarEclipse { kind, magnitude }
        };
        out.push(SkyEvent {
            kind,
            body: Body::Moon,
            instant: e.greatest,
            longitude: e.longitude,
            sign: Sign::of_longitude(e.longitude),
        });
    }
    out.sort_by_key(|e| e.instant);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::time::jd_ut;
    use chrono::TimeZone;

    fn jd(y: i32, m: u32, d: u32, h: u32, min: u32) -> f64 {
        jd_ut(Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap())
    }

    fn minutes_between(a: DateTime<Utc>, b: DateTime<Utc>) -> f64 {
        (a - b).num_seconds().abs() as f64 / 60.0
    }

    #[test]
    fn mercurys_stations_of_2024_match_the_published_tables() {
        // Published station times (UT) of Mercury in 2024, as almanacs and ephemeris
        // services list them.
        let published = [
            (
                EventKind::StationDirect,
                (2024, 1, 2, 3, 8),
                Sign::Sagittarius,
            ),
            (
                EventKind::StationRetrograde,
                (2024, 4, 1, 22, 14),
                Sign::Aries,
            ),
            (EventKind::StationDirect, (2024, 4, 25, 12, 54), Sign::Aries),
            (
                EventKind::StationRetrograde,
                (2024, 8, 5, 4, 56),
                Sign::Virgo,
            ),
            (EventKind::StationDirect, (2024, 8, 28, 21, 14), Sign::Leo),
            (
                EventKind::StationRetrograde,
                (2024, 11, 26, 2, 42),
                Sign::Sagittarius,
            ),
            (
                EventKind::StationDirect,
                (2024, 12, 15, 20, 56),
                Sign::Sagittarius,
            ),
        ];
        let found = stations(Body::Mercury, jd(2024, 1, 1, 0, 0), jd(2025, 1, 1, 0, 0)).unwrap();
        assert_eq!(found.len(), published.len(), "{found:?}");
        for (event, (kind, (y, m, d, h, min), sign)) in found.iter().zip(published) {
            let want = Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
            assert_eq!(event.kind, kind);
            assert_eq!(event.sign, sign);
            let off = minutes_between(event.instant, want);
            assert!(
                off <= 15.0,
                "{kind:?} {want}: found {} ({off:.1} min)",
                event.instant
            );
        }
    }

    #[test]
    fn the_suns_ingresses_into_the_cardinal_signs_are_the_equinoxes_and_solstices() {
        let found = ingresses(Body::Sun, jd(2025, 1, 1, 0, 0), jd(2026, 1, 1, 0, 0)).unwrap();
        assert_eq!(found.len(), 12, "one a month");
        let seasons = crate::domain::astro::seasons::season_starts(2025).unwrap();
        for (sign, season) in [Sign::Aries, Sign::Cancer, Sign::Libra, Sign::Capricorn]
            .into_iter()
            .zip(seasons)
        {
            let ingress = found.iter().find(|e| e.sign == sign).unwrap();
            let off = minutes_between(ingress.instant, season);
            assert!(off < 1.0, "{sign:?}: {} vs {season}", ingress.instant);
        }
    }

    #[test]
    fn the_moon_enters_every_sign_each_month_and_each_ingress_is_on_a_boundary() {
        let (start, end) = (jd(2025, 3, 1, 0, 0), jd(2025, 3, 29, 12, 0));
        let found = ingresses(Body::Moon, start, end).unwrap();
        assert!((12..=14).contains(&found.len()), "{}", found.len());
        for e in &found {
            let jd = jd_ut(e.instant);
            let lon = longitude(Body::Moon, jd).unwrap();
            assert!(
                signed_difference(lon, e.longitude).abs() < 1e-3,
                "{e:?} at {lon}"
            );
            assert_eq!(
                Sign::of_longitude(e.longitude),
                e.sign,
                "forward into the sign"
            );
        }
        let mut sorted = found.clone();
        sorted.sort_by_key(|e| e.instant);
        let signs: Vec<Sign> = sorted.iter().map(|e| e.sign).collect();
        for pair in signs.windows(2) {
            assert_eq!(
                (pair[0].index() + 1) % 12,
                pair[1].index(),
                "in zodiac order"
            );
        }
    }

    #[test]
    fn a_retrograde_planet_reenters_the_sign_it_left() {
        // Mercury went retrograde in early Virgo on 5 August 2024 and backed into Leo.
        let found = ingresses(Body::Mercury, jd(2024, 8, 5, 0, 0), jd(2024, 8, 28, 0, 0)).unwrap();
        let back = found
            .iter()
            .find(|e| e.sign == Sign::Leo)
            .expect("backed into Leo");
        assert!(speed(Body::Mercury, jd_ut(back.instant)).unwrap() < 0.0);
        assert_eq!(back.longitude, 150.0);
    }
}

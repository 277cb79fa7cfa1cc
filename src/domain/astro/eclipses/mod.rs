//! Eclipses, geocentric (issue 16): at each syzygy — new moon for the Sun, full moon for the
//! Moon — the instant of greatest eclipse and how deep it goes. Both kinds search the same
//! way: the shadow geometry has one minimum within hours of the syzygy.

mod lunar;
mod solar;

pub use lunar::lunar_eclipses;
pub use solar::solar_eclipses;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::ephemeris::{place_tt, signed_difference, Body, EphemerisError, Position};
use super::moon::Phase;
use super::search::roots_in_samples;
use super::time::{tt_of, utc_of_jd};
use super::track::Track;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EclipseType {
    Total,
    Annular,
    /// Total along part of the path, annular at its ends.
    Hybrid,
    Partial,
    Penumbral,
}

impl EclipseType {
    pub fn code(self) -> &'static str {
        match self {
            EclipseType::Total => "total",
            EclipseType::Annular => "annular",
            EclipseType::Hybrid => "hybrid",
            EclipseType::Partial => "partial",
            EclipseType::Penumbral => "penumbral",
        }
    }
}

/// One eclipse at its greatest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Eclipse {
    pub greatest: DateTime<Utc>,
    #[serde(rename = "type")]
    pub kind: EclipseType,
    /// Solar: the fraction of the Sun's diameter covered where the eclipse is greatest (the
    /// Moon's apparent diameter over the Sun's for central eclipses). Lunar: the umbral
    /// magnitude, or the penumbral one for a penumbral eclipse.
    pub magnitude: f64,
    /// The Moon's apparent longitude at greatest eclipse, degrees.
    pub longitude: f64,
}

pub(crate) const AU_KM: f64 = 149_597_870.7;
pub(crate) const EARTH_RADIUS_KM: f64 = 6_378.137;
pub(crate) const SUN_RADIUS_KM: f64 = 696_000.0;
pub(crate) const MOON_RADIUS_KM: f64 = 1_737.4;

/// The Sun's and the Moon's positions at one UT Julian day (without speeds, which would
/// cost two more evaluations each).
pub(crate) fn luminaries(jd: f64) -> Result<(Position, Position), EphemerisError> {
    let tt = tt_of(jd).0;
    Ok((place_tt(Body::Sun, tt)?, place_tt(Body::Moon, tt)?))
}

/// Beyond this ecliptic latitude of the Moon at a syzygy no eclipse of either kind can
/// happen (the limits are about 1.58° for the Sun and 1.6° for the penumbra): the costly
/// search is spared there.
const LATITUDE_LIMIT: f64 = 1.75;

/// The instants of one principal phase between two UT Julian days at which the Moon is near
/// enough to a node for an eclipse, from the two tracks (the elongation turns 12° a day, so
/// a day's step brackets each phase once).
fn syzygies(
    phase: Phase,
    sun: &Track,
    moon: &Track,
    start: f64,
    end: f64,
) -> Result<Vec<f64>, EphemerisError> {
    let f = |jd: f64| {
        let elongation = (moon.longitude(jd) - sun.longitude(jd)).rem_euclid(360.0);
        Ok(signed_difference(elongation, phase.elongation()))
    };
    let mut samples = Vec::new();
    let mut t = start - 1.0;
    while t <= end + 1.0 {
        samples.push((t, f(t)?));
        t += 1.0;
    }
    let mut out = Vec::new();
    for jd in roots_in_samples(&f, &samples)? {
        if place_tt(Body::Moon, tt_of(jd).0)?.latitude.abs() < LATITUDE_LIMIT {
            out.push(jd);
        }
    }
    Ok(out)
}

/// Where within ±0.3 day of `near` the function has its minimum, to a second, by
/// golden-section search (the shadow distances have one minimum there).
fn minimum(
    near: f64,
    f: impl Fn(f64) -> Result<f64, EphemerisError>,
) -> Result<f64, EphemerisError> {
    const G: f64 = 0.618_033_988_749_895;
    let (mut a, mut b) = (near - 0.3, near + 0.3);
    let mut c = b - G * (b - a);
    let mut d = a + G * (b - a);
    let (mut fc, mut fd) = (f(c)?, f(d)?);
    while b - a > 1.0 / 86_400.0 {
        if fc < fd {
            (b, d, fd) = (d, c, fc);
            c = b - G * (b - a);
            fc = f(c)?;
        } else {
            (a, c, fc) = (c, d, fd);
            d = a + G * (b - a);
            fd = f(d)?;
        }
    }
    Ok((a + b) / 2.0)
}

/// The eclipses of one kind between two UT Julian days: at each syzygy of `phase`, the
/// instant `distance` is least, judged there by `judge` (None: no eclipse).
fn eclipses_at(
    phase: Phase,
    (sun, moon): (&Track, &Track),
    start: f64,
    end: f64,
    distance: impl Fn(f64) -> Result<f64, EphemerisError>,
    judge: impl Fn(f64) -> Result<Option<(EclipseType, f64, f64)>, EphemerisError>,
) -> Result<Vec<Eclipse>, EphemerisError> {
    let mut out = Vec::new();
    for jd in syzygies(phase, sun, moon, start, end)? {
        let greatest = minimum(jd, &distance)?;
        if !(start..end).contains(&greatest) {
            continue;
        }
        if let Some((kind, magnitude, longitude)) = judge(greatest)? {
            out.push(Eclipse {
                greatest: utc_of_jd(greatest),
                kind,
                magnitude,
                longitude,
            });
        }
    }
    Ok(out)
}

/// The Sun's and the Moon's tracks over a window and two days beyond each end.
pub fn tracks(start: f64, end: f64) -> Result<(Track, Track), EphemerisError> {
    Ok((
        Track::new(Body::Sun, start - 2.0, end + 2.0)?,
        Track::new(Body::Moon, start - 2.0, end + 2.0)?,
    ))
}

/// Both kinds between two UT Julian days, in time order, from the Sun's and the Moon's
/// tracks (covering the window and two days beyond each end, see [`tracks`]).
pub fn eclipses(
    luminaries: (&Track, &Track),
    start: f64,
    end: f64,
) -> Result<Vec<(Body, Eclipse)>, EphemerisError> {
    let mut out: Vec<(Body, Eclipse)> = solar_eclipses(luminaries, start, end)?
        .into_iter()
        .map(|e| (Body::Sun, e))
        .chain(
            lunar_eclipses(luminaries, start, end)?
                .into_iter()
                .map(|e| (Body::Moon, e)),
        )
        .collect();
    out.sort_by_key(|(_, e)| e.greatest);
    Ok(out)
}

#[cfg(test)]
pub(crate) fn jd_of(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> f64 {
    use chrono::TimeZone;
    super::time::jd_ut(Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap())
}

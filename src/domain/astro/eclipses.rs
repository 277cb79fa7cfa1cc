//! Lunar eclipses, geocentric (issue 16): at each full moon, the instant the Moon's centre
//! comes closest to the axis of Earth's shadow (greatest eclipse) and how deep it goes. The
//! shadow's radii follow Danjon's rule (Earth's radius enlarged by 1/85 for the atmosphere),
//! as the modern canons do; magnitudes are the fraction of the Moon's diameter inside the
//! umbra (or, for a penumbral eclipse, the penumbra).

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::ephemeris::{position, Body, EphemerisError};
use super::moon::{phases_between, Phase};
use super::time::{jd_ut, utc_of_jd};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LunarType {
    Penumbral,
    Partial,
    Total,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LunarEclipse {
    pub greatest: DateTime<Utc>,
    #[serde(rename = "type")]
    pub kind: LunarType,
    /// Umbral magnitude for partial and total eclipses, penumbral for penumbral ones.
    pub magnitude: f64,
    pub umbral_magnitude: f64,
    pub penumbral_magnitude: f64,
    /// The Moon's apparent longitude at greatest eclipse, degrees.
    pub longitude: f64,
}

const AU_KM: f64 = 149_597_870.7;
const EARTH_RADIUS_KM: f64 = 6_378.137;
const SUN_RADIUS_KM: f64 = 696_000.0;
const MOON_RADIUS_KM: f64 = 1_737.4;

/// Where the Moon stands against Earth's shadow at `jd`: its centre's distance from the
/// shadow axis and the radii (umbra, penumbra, Moon), all in degrees.
struct Geometry {
    distance: f64,
    umbra: f64,
    penumbra: f64,
    moon: f64,
    moon_longitude: f64,
}

fn geometry(jd: f64) -> Result<Geometry, EphemerisError> {
    let sun = position(Body::Sun, jd)?;
    let moon = position(Body::Moon, jd)?;
    // The shadow axis points at the antisolar point.
    let (lon1, lat1) = (
        (sun.longitude + 180.0).to_radians(),
        (-sun.latitude).to_radians(),
    );
    let (lon2, lat2) = (moon.longitude.to_radians(), moon.latitude.to_radians());
    let cos_d = lat1.sin() * lat2.sin() + lat1.cos() * lat2.cos() * (lon1 - lon2).cos();
    let distance = cos_d.clamp(-1.0, 1.0).acos().to_degrees();
    let (sun_km, moon_km) = (sun.distance * AU_KM, moon.distance * AU_KM);
    let parallax = |r: f64, d: f64| (r / d).asin().to_degrees();
    let (pi_moon, pi_sun) = (
        parallax(EARTH_RADIUS_KM, moon_km),
        parallax(EARTH_RADIUS_KM, sun_km),
    );
    let s_sun = parallax(SUN_RADIUS_KM, sun_km);
    // Danjon: the atmosphere enlarges Earth's radius by 1/85.
    let earth = pi_moon * (1.0 + 1.0 / 85.0) + pi_sun;
    Ok(Geometry {
        distance,
        umbra: earth - s_sun,
        penumbra: earth + s_sun,
        moon: parallax(MOON_RADIUS_KM, moon_km),
        moon_longitude: moon.longitude,
    })
}

/// The minimum of the Moon's distance from the shadow axis near a full moon, by golden-section
/// search (the distance has one minimum within hours of opposition).
fn greatest(full: f64) -> Result<f64, EphemerisError> {
    const G: f64 = 0.618_033_988_749_895;
    let (mut a, mut b) = (full - 0.3, full + 0.3);
    let mut c = b - G * (b - a);
    let mut d = a + G * (b - a);
    let (mut fc, mut fd) = (geometry(c)?.distance, geometry(d)?.distance);
    while b - a > 1.0 / 86_400.0 {
        if fc < fd {
            (b, d, fd) = (d, c, fc);
            c = b - G * (b - a);
            fc = geometry(c)?.distance;
        } else {
            (a, c, fc) = (c, d, fd);
            d = a + G * (b - a);
            fd = geometry(d)?.distance;
        }
    }
    Ok((a + b) / 2.0)
}

/// The lunar eclipses between two UT Julian days.
pub fn lunar_eclipses(start: f64, end: f64) -> Result<Vec<LunarEclipse>, EphemerisError> {
    let mut out = Vec::new();
    for full in phases_between(start, end)?
        .into_iter()
        .filter(|p| p.phase == Phase::FullMoon)
    {
        let jd = greatest(jd_ut(full.instant))?;
        let g = geometry(jd)?;
        let magnitude = |radius: f64| (radius + g.moon - g.distance) / (2.0 * g.moon);
        let (umbral, penumbral) = (magnitude(g.umbra), magnitude(g.penumbra));
        let (kind, shown) = if umbral >= 1.0 {
            (LunarType::Total, umbral)
        } else if umbral > 0.0 {
            (LunarType::Partial, umbral)
        } else if penumbral > 0.0 {
            (LunarType::Penumbral, penumbral)
        } else {
            continue;
        };
        out.push(LunarEclipse {
            greatest: utc_of_jd(jd),
            kind,
            magnitude: shown,
            umbral_magnitude: umbral,
            penumbral_magnitude: penumbral,
            longitude: g.moon_longitude,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn jd(y: i32, m: u32, d: u32) -> f64 {
        jd_ut(Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap())
    }

    #[test]
    fn the_lunar_eclipses_of_2024_and_2025_match_nasas_tables() {
        // NASA's eclipse tables (Espenak): greatest eclipse (UT), type, umbral magnitude (the
        // penumbral one for the penumbral eclipse).
        let published = [
            ((2024, 3, 25, 7, 12, 51), LunarType::Penumbral, 0.956),
            ((2024, 9, 18, 2, 44, 17), LunarType::Partial, 0.085),
            ((2025, 3, 14, 6, 58, 43), LunarType::Total, 1.178),
            ((2025, 9, 7, 18, 11, 48), LunarType::Total, 1.362),
        ];
        let found = lunar_eclipses(jd(2024, 1, 1), jd(2026, 1, 1)).unwrap();
        assert_eq!(found.len(), published.len(), "{found:#?}");
        for (e, ((y, mo, d, h, mi, s), kind, magnitude)) in found.iter().zip(published) {
            let want = Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap();
            let off = (e.greatest - want).num_seconds().abs();
            assert!(
                off <= 120,
                "{want}: greatest at {} ({off} s off)",
                e.greatest
            );
            assert_eq!(e.kind, kind, "{want}");
            assert!((e.magnitude - magnitude).abs() < 0.02, "{want}: {e:?}");
        }
    }
}

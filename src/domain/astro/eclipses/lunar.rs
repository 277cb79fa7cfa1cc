//! Lunar eclipses: the instant the Moon's centre comes closest to the axis of Earth's shadow
//! and how deep it goes. The shadow's radii follow Danjon's rule (Earth's radius enlarged by
//! 1/85 for the atmosphere), as the modern canons do; magnitudes are the fraction of the
//! Moon's diameter inside the umbra (or, for a penumbral eclipse, the penumbra).

use super::{
    eclipses_at, luminaries, Eclipse, EclipseType, AU_KM, EARTH_RADIUS_KM, MOON_RADIUS_KM,
    SUN_RADIUS_KM,
};
use crate::domain::astro::ephemeris::EphemerisError;
use crate::domain::astro::moon::Phase;
use crate::domain::astro::track::Track;

/// Where the Moon stands against Earth's shadow: its centre's distance from the shadow axis
/// and the radii (umbra, penumbra, Moon), all in degrees.
struct Shadow {
    distance: f64,
    umbra: f64,
    penumbra: f64,
    moon: f64,
    moon_longitude: f64,
}

fn shadow(jd: f64) -> Result<Shadow, EphemerisError> {
    let (sun, moon) = luminaries(jd)?;
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
    Ok(Shadow {
        distance,
        umbra: earth - s_sun,
        penumbra: earth + s_sun,
        moon: parallax(MOON_RADIUS_KM, moon_km),
        moon_longitude: moon.longitude,
    })
}

fn judge(jd: f64) -> Result<Option<(EclipseType, f64, f64)>, EphemerisError> {
    let s = shadow(jd)?;
    let magnitude = |radius: f64| (radius + s.moon - s.distance) / (2.0 * s.moon);
    let (umbral, penumbral) = (magnitude(s.umbra), magnitude(s.penumbra));
    let found = if umbral >= 1.0 {
        Some((EclipseType::Total, umbral))
    } else if umbral > 0.0 {
        Some((EclipseType::Partial, umbral))
    } else if penumbral > 0.0 {
        Some((EclipseType::Penumbral, penumbral))
    } else {
        None
    };
    Ok(found.map(|(kind, m)| (kind, m, s.moon_longitude)))
}

/// The lunar eclipses between two UT Julian days, from the Sun's and the Moon's tracks
/// (see [`super::tracks`]).
pub fn lunar_eclipses(
    luminaries: (&Track, &Track),
    start: f64,
    end: f64,
) -> Result<Vec<Eclipse>, EphemerisError> {
    eclipses_at(
        Phase::FullMoon,
        luminaries,
        start,
        end,
        |jd| Ok(shadow(jd)?.distance),
        judge,
    )
}

#[cfg(test)]
mod tests {
    use super::super::jd_of;
    use super::*;

    #[test]
    fn the_lunar_eclipses_of_2024_and_2025_match_nasas_tables() {
        // NASA's eclipse tables (Espenak): greatest eclipse (UT), type, umbral magnitude (the
        // penumbral one for the penumbral eclipse).
        let published = [
            ((2024, 3, 25, 7, 12, 51), EclipseType::Penumbral, 0.956),
            ((2024, 9, 18, 2, 44, 17), EclipseType::Partial, 0.085),
            ((2025, 3, 14, 6, 58, 43), EclipseType::Total, 1.178),
            ((2025, 9, 7, 18, 11, 48), EclipseType::Total, 1.362),
        ];
        let (start, end) = (jd_of(2024, 1, 1, 0, 0, 0), jd_of(2026, 1, 1, 0, 0, 0));
        let (sun, moon) = super::super::tracks(start, end).unwrap();
        let found = lunar_eclipses((&sun, &moon), start, end).unwrap();
        assert_eq!(found.len(), published.len(), "{found:#?}");
        for (e, ((y, mo, d, h, mi, s), kind, magnitude)) in found.iter().zip(published) {
            let want = crate::domain::astro::time::utc_of_jd(jd_of(y, mo, d, h, mi, s));
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

    #[test]
    fn the_great_total_lunar_eclipses_of_2000_and_2018_match_too() {
        // NASA: 21 January 2000, greatest 04:44:34 TD, umbral magnitude 1.3246; 27 July 2018
        // (the century's longest totality), greatest 20:22:54 TD, umbral magnitude 1.6087.
        for ((y, mo, d, h, mi, s), magnitude) in [
            ((2000, 1, 21, 4, 44, 34), 1.3246),
            ((2018, 7, 27, 20, 22, 54), 1.6087),
        ] {
            let td = jd_of(y, mo, d, h, mi, s);
            let (sun, moon) = super::super::tracks(td - 2.0, td + 2.0).unwrap();
            let found = lunar_eclipses((&sun, &moon), td - 2.0, td + 2.0).unwrap();
            assert_eq!(found.len(), 1, "{found:?}");
            let e = &found[0];
            let ours = crate::domain::astro::time::jd_ut(e.greatest);
            let delta_t = crate::domain::astro::time::delta_t_seconds(ours);
            let off = ((ours + delta_t / 86_400.0) - td).abs() * 86_400.0;
            assert!(off <= 120.0, "{y}: {e:?} ({off:.0} s off)");
            assert_eq!(e.kind, EclipseType::Total);
            assert!((e.magnitude - magnitude).abs() < 0.01, "{y}: {e:?}");
        }
    }
}

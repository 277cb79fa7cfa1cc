//! Solar eclipses, geocentric: the Moon's shadow against the fundamental plane (through
//! Earth's centre, square to the shadow axis), as Bessel's method sets it up. Greatest
//! eclipse is the instant the axis passes closest to Earth's centre (γ, in Earth radii);
//! the shadow cones' radii there and at Earth's surface give the type and the magnitude.

use super::{eclipses_at, luminaries, Eclipse, EclipseType, AU_KM, EARTH_RADIUS_KM, SUN_RADIUS_KM};
use crate::domain::astro::ephemeris::{EphemerisError, Position};
use crate::domain::astro::moon::Phase;
use crate::domain::astro::track::Track;

/// The Moon's radius in Earth radii for the umbra, as the canons use (the mean radius of
/// the limb valleys, slightly smaller than the penumbra's 0.2725076).
const K_UMBRA: f64 = 0.272_281;
const K_PENUMBRA: f64 = 0.272_507_6;
/// Earth's mean radius across the fundamental plane, in equatorial radii: where the axis
/// misses it the eclipse is not central.
const EARTH_EDGE: f64 = 0.9972;

type Vector = [f64; 3];

fn rectangular(p: &Position) -> Vector {
    let r = p.distance * AU_KM / EARTH_RADIUS_KM;
    let (l, b) = (p.longitude.to_radians(), p.latitude.to_radians());
    [r * b.cos() * l.cos(), r * b.cos() * l.sin(), r * b.sin()]
}

fn dot(a: Vector, b: Vector) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// The shadow on the fundamental plane at one instant, lengths in Earth radii.
struct Shadow {
    /// Distance of the axis from Earth's centre.
    gamma: f64,
    /// Penumbra and umbra radii on the plane (the umbra's is negative where its vertex lies
    /// beyond the plane: the shadow is total there).
    l1: f64,
    l2: f64,
    /// Tangents of the cones' half-angles: the radii shrink by these per unit towards the Moon.
    tan_f1: f64,
    tan_f2: f64,
    moon_longitude: f64,
}

fn shadow(jd: f64) -> Result<Shadow, EphemerisError> {
    let (sun, moon) = luminaries(jd)?;
    let (s, m) = (rectangular(&sun), rectangular(&moon));
    let g = [s[0] - m[0], s[1] - m[1], s[2] - m[2]];
    let length = dot(g, g).sqrt();
    let axis = [g[0] / length, g[1] / length, g[2] / length];
    // The Moon's height above the plane, and its distance from the axis' foot at Earth.
    let z_moon = dot(m, axis);
    let gamma = (dot(m, m) - z_moon * z_moon).max(0.0).sqrt();
    let sun_radius = SUN_RADIUS_KM / EARTH_RADIUS_KM;
    let (sin_f1, sin_f2) = (
        (sun_radius + K_PENUMBRA) / length,
        (sun_radius - K_UMBRA) / length,
    );
    let tan = |sin: f64| sin / (1.0 - sin * sin).sqrt();
    let (tan_f1, tan_f2) = (tan(sin_f1), tan(sin_f2));
    Ok(Shadow {
        gamma,
        // The penumbra's vertex lies sunward of the Moon, the umbra's earthward.
        l1: (z_moon + K_PENUMBRA / sin_f1) * tan_f1,
        l2: (z_moon - K_UMBRA / sin_f2) * tan_f2,
        tan_f1,
        tan_f2,
        moon_longitude: moon.longitude,
    })
}

fn judge(jd: f64) -> Result<Option<(EclipseType, f64, f64)>, EphemerisError> {
    let s = shadow(jd)?;
    let found = if s.gamma >= EARTH_EDGE + s.l1 {
        None
    } else if s.gamma < EARTH_EDGE {
        // Central: on the surface under the axis, z Earth radii above the plane.
        let z = (1.0 - s.gamma * s.gamma).max(0.0).sqrt();
        let (l1, l2) = (s.l1 - z * s.tan_f1, s.l2 - z * s.tan_f2);
        let magnitude = (l1 - l2) / (l1 + l2);
        let kind = match (l2 < 0.0, s.l2 < 0.0) {
            // Total under the axis but annular at the path's ends, where the surface
            // curves away towards the plane.
            (true, false) => EclipseType::Hybrid,
            (true, true) => EclipseType::Total,
            _ => EclipseType::Annular,
        };
        Some((kind, magnitude))
    } else if s.gamma < EARTH_EDGE + s.l2.abs() {
        // The umbra grazes the limb without its axis touching Earth: non-central.
        let kind = if s.l2 < 0.0 {
            EclipseType::Total
        } else {
            EclipseType::Annular
        };
        Some((kind, (s.l1 - s.l2) / (s.l1 + s.l2)))
    } else {
        // Partial: greatest on the limb, `gamma − edge` from the axis.
        let magnitude = (s.l1 - (s.gamma - EARTH_EDGE)) / (s.l1 + s.l2);
        Some((EclipseType::Partial, magnitude))
    };
    Ok(found.map(|(kind, m)| (kind, m, s.moon_longitude)))
}

/// The solar eclipses between two UT Julian days, from the Sun's and the Moon's tracks
/// (see [`super::tracks`]).
pub fn solar_eclipses(
    luminaries: (&Track, &Track),
    start: f64,
    end: f64,
) -> Result<Vec<Eclipse>, EphemerisError> {
    eclipses_at(
        Phase::NewMoon,
        luminaries,
        start,
        end,
        |jd| Ok(shadow(jd)?.gamma),
        judge,
    )
}

#[cfg(test)]
mod tests {
    use super::super::jd_of;
    use super::*;
    use crate::domain::astro::time::{delta_t_seconds, jd_ut};

    type Published = ((i32, u32, u32, u32, u32, u32), EclipseType, f64);

    /// The eclipses found in whole years match the published ones one by one: greatest
    /// eclipse within 2 minutes, the type, the magnitude within 0.005.
    fn check(from: i32, to: i32, published: &[Published]) {
        let (start, end) = (jd_of(from, 1, 1, 0, 0, 0), jd_of(to, 1, 1, 0, 0, 0));
        let (sun, moon) = super::super::tracks(start, end).unwrap();
        let found = solar_eclipses((&sun, &moon), start, end).unwrap();
        assert_eq!(found.len(), published.len(), "{found:#?}");
        for (e, &((y, mo, d, h, mi, s), kind, magnitude)) in found.iter().zip(published) {
            let td = jd_of(y, mo, d, h, mi, s);
            let ours = jd_ut(e.greatest);
            let off = ((ours + delta_t_seconds(ours) / 86_400.0) - td).abs() * 86_400.0;
            assert!(off <= 120.0, "{y}-{mo}-{d}: {e:?} ({off:.0} s off)");
            assert_eq!(e.kind, kind, "{y}-{mo}-{d}: {e:?}");
            assert!(
                (e.magnitude - magnitude).abs() < 0.005,
                "{y}-{mo}-{d}: {e:?} vs {magnitude}"
            );
        }
    }

    #[test]
    fn the_solar_eclipses_of_2023_to_2026_match_nasas_tables() {
        // NASA's eclipse tables (Espenak): greatest eclipse in dynamical time, type, magnitude.
        check(
            2023,
            2027,
            &[
                ((2023, 4, 20, 4, 17, 55), EclipseType::Hybrid, 1.0132),
                ((2023, 10, 14, 18, 0, 40), EclipseType::Annular, 0.9520),
                ((2024, 4, 8, 18, 18, 29), EclipseType::Total, 1.0566),
                ((2024, 10, 2, 18, 46, 13), EclipseType::Annular, 0.9326),
                ((2025, 3, 29, 10, 48, 36), EclipseType::Partial, 0.9376),
                ((2025, 9, 21, 19, 43, 4), EclipseType::Partial, 0.8550),
                ((2026, 2, 17, 12, 13, 5), EclipseType::Annular, 0.9630),
                ((2026, 8, 12, 17, 47, 5), EclipseType::Total, 1.0386),
            ],
        );
    }

    #[test]
    fn eddingtons_eclipse_and_the_1999_total_eclipse_match_too() {
        // 29 May 1919 (the light-bending test) and 11 August 1999, with the other solar
        // eclipses of those years.
        check(
            1919,
            1920,
            &[
                ((1919, 5, 29, 13, 8, 55), EclipseType::Total, 1.0719),
                ((1919, 11, 22, 15, 14, 12), EclipseType::Annular, 0.9198),
            ],
        );
        check(
            1999,
            2000,
            &[
                ((1999, 2, 16, 6, 34, 38), EclipseType::Annular, 0.9928),
                ((1999, 8, 11, 11, 4, 9), EclipseType::Total, 1.0286),
            ],
        );
    }
}

//! Ascendant, Midheaven and house cusps. RAMC comes from apparent sidereal time and the true
//! obliquity, as professional ephemerides do. Seven systems; Placidus and Koch fall back to
//! Whole Sign where their semi-arcs do not exist (beyond the polar circles of the ecliptic).

use super::time::tt_of;
use serde::Serialize;
use std::str::FromStr;
use xalen_houses::{GeoLocation, HouseSystem as XSystem};
use xalen_time::JulianDay;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HouseSystem {
    Placidus,
    Koch,
    /// Equal houses of 30° from the Ascendant.
    Equal,
    WholeSign,
    Porphyry,
    Regiomontanus,
    Campanus,
}

impl HouseSystem {
    pub const ALL: [HouseSystem; 7] = [
        HouseSystem::Placidus,
        HouseSystem::Koch,
        HouseSystem::Equal,
        HouseSystem::WholeSign,
        HouseSystem::Porphyry,
        HouseSystem::Regiomontanus,
        HouseSystem::Campanus,
    ];

    pub fn code(self) -> &'static str {
        match self {
            HouseSystem::Placidus => "placidus",
            HouseSystem::Koch => "koch",
            HouseSystem::Equal => "equal",
            HouseSystem::WholeSign => "whole-sign",
            HouseSystem::Porphyry => "porphyry",
            HouseSystem::Regiomontanus => "regiomontanus",
            HouseSystem::Campanus => "campanus",
        }
    }

    /// Placidus and Koch divide semi-arcs that do not exist where part of the ecliptic never
    /// rises or sets (beyond the polar circles).
    fn needs_semi_arcs(self) -> bool {
        matches!(self, HouseSystem::Placidus | HouseSystem::Koch)
    }
}

impl FromStr for HouseSystem {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        match wanted.as_str() {
            "p" => return Ok(HouseSystem::Placidus),
            "w" | "wholesign" => return Ok(HouseSystem::WholeSign),
            _ => {}
        }
        HouseSystem::ALL
            .into_iter()
            .find(|h| h.code() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = HouseSystem::ALL.iter().map(|h| h.code()).collect();
                format!("unknown house system {wanted:?} ({})", names.join(", "))
            })
    }
}

/// Cusps in degrees (`cusps[0]` is the 1st house), the angles, and the system actually used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Houses {
    pub system: HouseSystem,
    /// Set when Placidus was asked for but is undefined at this latitude.
    pub fallback_from: Option<HouseSystem>,
    pub cusps: [f64; 12],
    pub ascendant: f64,
    pub mc: f64,
}

impl Houses {
    /// The house (1–12) a longitude falls in.
    pub fn house_of(&self, longitude: f64) -> usize {
        let lon = longitude.rem_euclid(360.0);
        for i in 0..12 {
            let start = self.cusps[i];
            let span = (self.cusps[(i + 1) % 12] - start).rem_euclid(360.0);
            if (lon - start).rem_euclid(360.0) < span {
                return i + 1;
            }
        }
        1
    }
}

/// True obliquity of the ecliptic (degrees) at a UT Julian day.
pub fn true_obliquity(jd_ut: f64) -> f64 {
    let t = tt_of(jd_ut).julian_centuries_from_j2000();
    let nutation = xalen_coords::nutation_2000b(t);
    (xalen_coords::mean_obliquity(t) + nutation.delta_epsilon).to_degrees()
}

/// Right ascension of the meridian (degrees) for an east longitude at a UT Julian day.
pub fn ramc(jd_ut: f64, lon_deg: f64) -> f64 {
    let t = tt_of(jd_ut).julian_centuries_from_j2000();
    (xalen_coords::gast_deg(jd_ut, t) + lon_deg).rem_euclid(360.0)
}

/// Placidus is undefined where some ecliptic degrees never rise or set.
pub fn placidus_defined(lat_deg: f64, obliquity_deg: f64) -> bool {
    lat_deg.abs() < 90.0 - obliquity_deg
}

pub fn compute(jd_ut: f64, lat_deg: f64, lon_deg: f64, wanted: HouseSystem) -> Houses {
    let epsilon = true_obliquity(jd_ut);
    let (system, fallback_from) = match wanted {
        // Porphyry trisects the quadrants between the same angles, so the chart keeps its
        // quadrant shape where the semi-arc systems have no answer.
        w if w.needs_semi_arcs() && !placidus_defined(lat_deg, epsilon) => {
            (HouseSystem::Porphyry, Some(w))
        }
        other => (other, None),
    };
    let x_system = match system {
        HouseSystem::Placidus => XSystem::Placidus,
        HouseSystem::Koch => XSystem::Koch,
        HouseSystem::Equal => XSystem::Equal,
        HouseSystem::WholeSign => XSystem::WholeSign,
        HouseSystem::Porphyry => XSystem::Porphyry,
        HouseSystem::Regiomontanus => XSystem::Regiomontanus,
        HouseSystem::Campanus => XSystem::Campanus,
    };
    let raw = xalen_houses::compute_houses_from_ramc(
        ramc(jd_ut, lon_deg).to_radians(),
        &GeoLocation::new(lat_deg, lon_deg),
        epsilon.to_radians(),
        x_system,
    );
    let deg = |r: f64| r.to_degrees().rem_euclid(360.0);
    Houses {
        system,
        fallback_from,
        cusps: raw.cusps.map(deg),
        ascendant: deg(raw.ascendant),
        mc: deg(raw.mc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::ephemeris::separation;

    #[test]
    fn placidus_cusps_are_anchored_on_the_angles_and_ordered() {
        let h = compute(2_451_545.0, 41.0, 29.0, HouseSystem::Placidus);
        assert_eq!(h.system, HouseSystem::Placidus);
        assert!(separation(h.cusps[0], h.ascendant) < 1e-9);
        assert!(separation(h.cusps[9], h.mc) < 1e-9);
        assert!((separation(h.cusps[3], h.cusps[9]) - 180.0).abs() < 1e-6);
        assert!((separation(h.cusps[6], h.cusps[0]) - 180.0).abs() < 1e-6);
        let total: f64 = (0..12)
            .map(|i| (h.cusps[(i + 1) % 12] - h.cusps[i]).rem_euclid(360.0))
            .sum();
        assert!(
            (total - 360.0).abs() < 1e-6,
            "cusps not in zodiacal order: {:?}",
            h.cusps
        );
        for i in 0..12 {
            assert_eq!(h.house_of(h.cusps[i] + 0.01), i + 1);
        }
    }

    /// The cusps as an independent construction gives them, for the systems simple enough to
    /// build from the angles alone.
    fn by_construction(system: HouseSystem, asc: f64, mc: f64) -> Option<[f64; 12]> {
        let mut cusps = [0.0; 12];
        match system {
            HouseSystem::Equal => {
                for (i, c) in cusps.iter_mut().enumerate() {
                    *c = (asc + 30.0 * i as f64).rem_euclid(360.0);
                }
            }
            HouseSystem::Porphyry => {
                // Each quadrant between the angles in three equal parts.
                let ic = (mc + 180.0).rem_euclid(360.0);
                let dsc = (asc + 180.0).rem_euclid(360.0);
                for (q, (from, to)) in [(asc, ic), (ic, dsc), (dsc, mc), (mc, asc)]
                    .into_iter()
                    .enumerate()
                {
                    let span = (to - from).rem_euclid(360.0);
                    for k in 0..3 {
                        cusps[q * 3 + k] = (from + span * k as f64 / 3.0).rem_euclid(360.0);
                    }
                }
            }
            _ => return None,
        }
        Some(cusps)
    }

    /// The ecliptic point rising at a "pole" (an elevation standing for the latitude) when the
    /// right ascension of the east point is `east` (degrees): the ascendant formula every
    /// quadrant system reuses with its own east point and pole.
    fn rising(east: f64, pole: f64, eps: f64) -> f64 {
        let (x, p, e) = (east.to_radians(), pole.to_radians(), eps.to_radians());
        // With RAMC = east − 90°: λ = atan2(cos RAMC, −(sin RAMC cos ε + tan φ sin ε)).
        let (sin_r, cos_r) = (
            (x - std::f64::consts::FRAC_PI_2).sin(),
            (x - std::f64::consts::FRAC_PI_2).cos(),
        );
        cos_r
            .atan2(-(sin_r * e.cos() + p.tan() * e.sin()))
            .to_degrees()
            .rem_euclid(360.0)
    }

    /// Cusps 11, 12, 2 and 3 of the quadrant systems, by the published constructions, written
    /// independently of the library: Regiomontanus and Campanus divide the equator or the prime
    /// vertical and raise a pole for each cusp; Koch trisects the MC degree's diurnal semi-arc;
    /// Placidus trisects each degree's own semi-arc (solved by iteration).
    fn independent(system: HouseSystem, armc: f64, lat: f64, eps: f64) -> Option<[f64; 4]> {
        let (sin, cos, tan) = (
            |d: f64| d.to_radians().sin(),
            |d: f64| d.to_radians().cos(),
            |d: f64| d.to_radians().tan(),
        );
        let deg = |r: f64| r.to_degrees();
        Some(match system {
            HouseSystem::Regiomontanus => {
                let (p1, p2) = (
                    deg((tan(lat) * 0.5).atan()),
                    deg((tan(lat) * cos(30.0)).atan()),
                );
                [
                    rising(armc + 30.0, p1, eps),
                    rising(armc + 60.0, p2, eps),
                    rising(armc + 120.0, p2, eps),
                    rising(armc + 150.0, p1, eps),
                ]
            }
            HouseSystem::Campanus => {
                let (p1, p2) = (
                    deg((sin(lat) / 2.0).asin()),
                    deg((3f64.sqrt() / 2.0 * sin(lat)).asin()),
                );
                let (x1, x2) = (
                    deg((3f64.sqrt() / cos(lat)).atan()),
                    deg((1.0 / 3f64.sqrt() / cos(lat)).atan()),
                );
                [
                    rising(armc + 90.0 - x1, p1, eps),
                    rising(armc + 90.0 - x2, p2, eps),
                    rising(armc + 90.0 + x2, p2, eps),
                    rising(armc + 90.0 + x1, p1, eps),
                ]
            }
            HouseSystem::Koch => {
                // The MC degree's declination, its ascensional difference, a third of it.
                let mc = deg(sin(armc).atan2(cos(armc) * cos(eps))).rem_euclid(360.0);
                let sin_decl = sin(mc) * sin(eps);
                let ad3 =
                    deg((tan(lat) * sin_decl / (1.0 - sin_decl * sin_decl).sqrt()).asin()) / 3.0;
                [
                    rising(armc + 30.0 - 2.0 * ad3, lat, eps),
                    rising(armc + 60.0 - ad3, lat, eps),
                    rising(armc + 120.0 + ad3, lat, eps),
                    rising(armc + 150.0 + 2.0 * ad3, lat, eps),
                ]
            }
            HouseSystem::Placidus => {
                // The ecliptic degree whose right ascension stands `part` of its own diurnal
                // (above the horizon) or nocturnal semi-arc from the meridian.
                let cusp = |part: f64, above: bool| {
                    let mut lon = armc + if above { 30.0 } else { 150.0 };
                    for _ in 0..60 {
                        let decl = deg((sin(lon) * sin(eps)).asin());
                        let ad = deg((tan(lat) * tan(decl)).clamp(-1.0, 1.0).asin());
                        let ra = if above {
                            armc + part * (90.0 + ad)
                        } else {
                            armc + 180.0 - part * (90.0 - ad)
                        };
                        // The ecliptic degree with that right ascension.
                        lon = deg(sin(ra).atan2(cos(ra) * cos(eps)));
                    }
                    lon.rem_euclid(360.0)
                };
                [
                    cusp(1.0 / 3.0, true),
                    cusp(2.0 / 3.0, true),
                    cusp(2.0 / 3.0, false),
                    cusp(1.0 / 3.0, false),
                ]
            }
            _ => return None,
        })
    }

    #[test]
    fn the_quadrant_systems_match_their_constructions_within_an_arcminute() {
        for lat in [-45.0, 0.0, 23.0, 41.0, 55.0, 60.0] {
            for jd in [2_451_545.3, 2_460_300.8, 2_430_000.1] {
                let eps = true_obliquity(jd);
                let armc = ramc(jd, 29.0);
                for system in [
                    HouseSystem::Placidus,
                    HouseSystem::Koch,
                    HouseSystem::Regiomontanus,
                    HouseSystem::Campanus,
                ] {
                    let h = compute(jd, lat, 29.0, system);
                    let Some(want) = independent(system, armc, lat, eps) else {
                        continue;
                    };
                    for (cusp, want) in [10, 11, 1, 2].into_iter().zip(want) {
                        let got = h.cusps[cusp];
                        assert!(
                            separation(got, want) < 1.0 / 60.0,
                            "{system:?} lat {lat} jd {jd}: cusp {} {got} vs {want}",
                            cusp + 1
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_system_is_anchored_ordered_and_the_simple_ones_match_their_construction() {
        for lat in [-45.0, 0.0, 41.0, 60.0] {
            for system in HouseSystem::ALL {
                let h = compute(2_451_545.3, lat, 29.0, system);
                assert_eq!(h.system, system, "{lat}");
                assert_eq!(system.code().parse::<HouseSystem>(), Ok(system));
                let total: f64 = (0..12)
                    .map(|i| (h.cusps[(i + 1) % 12] - h.cusps[i]).rem_euclid(360.0))
                    .sum();
                assert!(
                    (total - 360.0).abs() < 1e-6,
                    "{system:?} at {lat}: {:?}",
                    h.cusps
                );
                if !matches!(system, HouseSystem::Equal | HouseSystem::WholeSign) {
                    assert!(separation(h.cusps[0], h.ascendant) < 1e-6, "{system:?}");
                    assert!(separation(h.cusps[9], h.mc) < 1e-6, "{system:?}");
                }
                if let Some(want) = by_construction(system, h.ascendant, h.mc) {
                    for (got, want) in h.cusps.iter().zip(want) {
                        // Within 1′ (the bound); these agree to rounding.
                        assert!(
                            separation(*got, want) < 1.0 / 60.0,
                            "{system:?} {lat}: {got} vs {want}"
                        );
                    }
                }
            }
        }
        assert!("topocentric"
            .parse::<HouseSystem>()
            .unwrap_err()
            .contains("campanus"));
    }

    #[test]
    fn polar_latitudes_fall_back_to_porphyry() {
        let h = compute(2_451_545.0, 69.65, 18.96, HouseSystem::Placidus); // Tromsø
        assert_eq!(h.system, HouseSystem::Porphyry);
        assert_eq!(h.fallback_from, Some(HouseSystem::Placidus));
        let porphyry = compute(2_451_545.0, 69.65, 18.96, HouseSystem::Porphyry);
        assert_eq!(h.cusps, porphyry.cusps);
        assert!(separation(h.cusps[0], h.ascendant) < 1e-9);
        assert_eq!(h.house_of(h.ascendant), 1);
        let koch = compute(2_451_545.0, 69.65, 18.96, HouseSystem::Koch);
        assert_eq!(koch.fallback_from, Some(HouseSystem::Koch));
        let regio = compute(2_451_545.0, 69.65, 18.96, HouseSystem::Regiomontanus);
        assert_eq!(regio.fallback_from, None, "defined at any latitude");
        let south = compute(2_451_545.0, 40.0, 0.0, HouseSystem::WholeSign);
        assert_eq!(south.fallback_from, None);
        assert_eq!(
            "whole-sign".parse::<HouseSystem>(),
            Ok(HouseSystem::WholeSign)
        );
    }
}

//! Ascendant, Midheaven and house cusps. RAMC comes from apparent sidereal time and the true
//! obliquity, as professional ephemerides do; Placidus falls back to Whole Sign where its
//! semi-arcs do not exist (beyond the polar circles of the ecliptic).

use super::time::tt_of;
use serde::Serialize;
use std::str::FromStr;
use xalen_houses::{GeoLocation, HouseSystem as XSystem};
use xalen_time::JulianDay;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HouseSystem {
    Placidus,
    WholeSign,
}

impl HouseSystem {
    pub fn code(self) -> &'static str {
        match self {
            HouseSystem::Placidus => "placidus",
            HouseSystem::WholeSign => "whole-sign",
        }
    }
}

impl FromStr for HouseSystem {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "placidus" | "p" => Ok(HouseSystem::Placidus),
            "whole-sign" | "wholesign" | "w" => Ok(HouseSystem::WholeSign),
            other => Err(format!(
                "unknown house system {other:?} (placidus or whole-sign)"
            )),
        }
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
        HouseSystem::Placidus if !placidus_defined(lat_deg, epsilon) => {
            (HouseSystem::WholeSign, Some(HouseSystem::Placidus))
        }
        other => (other, None),
    };
    let x_system = match system {
        HouseSystem::Placidus => XSystem::Placidus,
        HouseSystem::WholeSign => XSystem::WholeSign,
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

    #[test]
    fn polar_latitudes_fall_back_to_whole_sign() {
        let h = compute(2_451_545.0, 69.65, 18.96, HouseSystem::Placidus); // Tromsø
        assert_eq!(h.system, HouseSystem::WholeSign);
        assert_eq!(h.fallback_from, Some(HouseSystem::Placidus));
        assert!((h.cusps[0] % 30.0).abs() < 1e-9);
        assert_eq!(h.house_of(h.ascendant), 1);
        let south = compute(2_451_545.0, 40.0, 0.0, HouseSystem::WholeSign);
        assert_eq!(south.fallback_from, None);
        assert_eq!(
            "whole-sign".parse::<HouseSystem>(),
            Ok(HouseSystem::WholeSign)
        );
    }
}

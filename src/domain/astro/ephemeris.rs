//! Apparent geocentric positions (ecliptic and equinox of date) of the bodies a chart shows,
//! from xalen-ephem: VSOP87 planets, an analytical Moon, and the true (osculating) lunar node.

use super::time::tt_of;
use serde::Serialize;
use std::sync::LazyLock;
use xalen_ephem::{Almanac, Body as XBody};
use xalen_time::JdTT;

static ALMANAC: LazyLock<Almanac> = LazyLock::new(Almanac::default_vedic);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Sun,
    Moon,
    Mercury,
    Venus,
    Mars,
    Jupiter,
    Saturn,
    Uranus,
    Neptune,
    Pluto,
    NorthNode,
}

impl Body {
    /// The bodies that move through the signs: the Sun, the Moon and the planets (the node
    /// is a point of the Moon's orbit).
    pub const MOVING: [Body; 10] = [
        Body::Sun,
        Body::Moon,
        Body::Mercury,
        Body::Venus,
        Body::Mars,
        Body::Jupiter,
        Body::Saturn,
        Body::Uranus,
        Body::Neptune,
        Body::Pluto,
    ];

    /// Every body a chart shows: the moving ones and the node.
    pub const ALL: [Body; 11] = {
        let mut all = [Body::NorthNode; 11];
        let mut i = 0;
        while i < Self::MOVING.len() {
            all[i] = Self::MOVING[i];
            i += 1;
        }
        all
    };

    pub fn code(self) -> &'static str {
        [
            "sun",
            "moon",
            "mercury",
            "venus",
            "mars",
            "jupiter",
            "saturn",
            "uranus",
            "neptune",
            "pluto",
            "north_node",
        ][self as usize]
    }

    pub fn symbol(self) -> char {
        ['☉', '☽', '☿', '♀', '♂', '♃', '♄', '♅', '♆', '♇', '☊'][self as usize]
    }

    pub fn is_luminary(self) -> bool {
        matches!(self, Body::Sun | Body::Moon)
    }

    fn xalen(self) -> Option<XBody> {
        Some(match self {
            Body::Sun => XBody::Sun,
            Body::Moon => XBody::Moon,
            Body::Mercury => XBody::Mercury,
            Body::Venus => XBody::Venus,
            Body::Mars => XBody::Mars,
            Body::Jupiter => XBody::Jupiter,
            Body::Saturn => XBody::Saturn,
            Body::Uranus => XBody::Uranus,
            Body::Neptune => XBody::Neptune,
            Body::Pluto => XBody::Pluto,
            Body::NorthNode => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("no position for {body:?} at JD {jd}: {reason}")]
pub struct EphemerisError {
    pub body: Body,
    pub jd: f64,
    pub reason: String,
}

/// One body's place: longitude/latitude in degrees, distance in AU (0 for the node), speed in
/// degrees of longitude per day (negative = retrograde).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    pub longitude: f64,
    pub latitude: f64,
    pub distance: f64,
    pub speed: f64,
}

/// Apparent longitude, latitude and distance at a TT Julian day (no speed: cheap, for searches).
pub fn place_tt(body: Body, jd_tt: f64) -> Result<Position, EphemerisError> {
    let fail = |reason: String| EphemerisError {
        body,
        jd: jd_tt,
        reason,
    };
    match body.xalen() {
        Some(x) => {
            let p = ALMANAC
                .geocentric_ecliptic_tt(x, JdTT(jd_tt))
                .map_err(|e| fail(e.to_string()))?;
            Ok(Position {
                longitude: p.longitude.to_degrees().rem_euclid(360.0),
                latitude: p.latitude.to_degrees(),
                distance: p.distance,
                speed: 0.0,
            })
        }
        None => {
            let node =
                xalen_ephem::true_lunar_node(JdTT(jd_tt)).map_err(|e| fail(e.to_string()))?;
            Ok(Position {
                longitude: node.to_degrees().rem_euclid(360.0),
                latitude: 0.0,
                distance: 0.0,
                speed: 0.0,
            })
        }
    }
}

/// Apparent longitude in degrees at a UT Julian day.
pub fn longitude(body: Body, jd_ut: f64) -> Result<f64, EphemerisError> {
    Ok(place_tt(body, tt_of(jd_ut).0)?.longitude)
}

/// Full position with speed (central difference over ±half a day, so stations read ~0).
pub fn position(body: Body, jd_ut: f64) -> Result<Position, EphemerisError> {
    let jd_tt = tt_of(jd_ut).0;
    let mut here = place_tt(body, jd_tt)?;
    let step = if body == Body::Moon { 0.05 } else { 0.5 };
    let before = place_tt(body, jd_tt - step)?.longitude;
    let after = place_tt(body, jd_tt + step)?.longitude;
    here.speed = signed_difference(after, before) / (2.0 * step);
    Ok(here)
}

/// The lunar nodes and Black Moon Lilith at a UT Julian day, longitudes in degrees.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct LunarPoints {
    /// Mean ascending node (Meeus' polynomial).
    pub mean_node: f64,
    /// True (osculating) ascending node, as Swiss Ephemeris' `SE_TRUE_NODE`.
    pub true_node: f64,
    /// Black Moon Lilith: the mean lunar apogee.
    pub lilith: f64,
}

pub fn lunar_points(jd_ut: f64) -> Result<LunarPoints, EphemerisError> {
    let tt = JdTT(tt_of(jd_ut).0);
    let deg = |r: f64| r.to_degrees().rem_euclid(360.0);
    let true_node = xalen_ephem::true_lunar_node(tt).map_err(|e| EphemerisError {
        body: Body::NorthNode,
        jd: jd_ut,
        reason: e.to_string(),
    })?;
    Ok(LunarPoints {
        mean_node: deg(xalen_ephem::mean_lunar_node(tt)),
        true_node: deg(true_node),
        lilith: deg(xalen_ephem::mean_lilith(tt)),
    })
}

/// `a − b` folded into (−180°, 180°].
pub fn signed_difference(a: f64, b: f64) -> f64 {
    let d = (a - b).rem_euclid(360.0);
    if d > 180.0 {
        d - 360.0
    } else {
        d
    }
}

/// The unsigned angle between two longitudes, 0–180°.
pub fn separation(a: f64, b: f64) -> f64 {
    signed_difference(a, b).abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_fold_across_aries_zero() {
        assert!((signed_difference(5.0, 355.0) - 10.0).abs() < 1e-12);
        assert!((signed_difference(355.0, 5.0) + 10.0).abs() < 1e-12);
        assert!((separation(10.0, 190.0) - 180.0).abs() < 1e-12);
    }

    #[test]
    fn every_body_has_a_position_across_the_supported_span() {
        for jd in [2_415_020.5, 2_451_545.0, 2_488_068.5] {
            for body in Body::ALL {
                let p = position(body, jd).unwrap();
                assert!((0.0..360.0).contains(&p.longitude), "{body:?} {p:?}");
                assert!(p.speed.is_finite());
            }
        }
    }

    #[test]
    fn nodes_and_lilith_at_j2000_match_the_published_elements() {
        // At J2000.0 (T = 0) Meeus' mean elements are their constant terms: the mean node at
        // 125.0445479°, the mean perigee at 83.3532465° (so the apogee, Lilith, 180° on).
        // J2000.0 is 2000-01-01 12:00 TT; UT is ΔT (≈ 64 s) earlier.
        let jd_ut = 2_451_545.0 - 63.8 / 86_400.0;
        let p = lunar_points(jd_ut).unwrap();
        let arcmin = |a: f64, b: f64| signed_difference(a, b).abs() * 60.0;
        assert!(arcmin(p.mean_node, 125.044_547_9) < 1.0, "{p:?}");
        assert!(arcmin(p.lilith, 263.353_246_5) < 1.0, "{p:?}");
        // The true node swings about the mean one by at most about 1.7°.
        assert!(arcmin(p.true_node, p.mean_node) < 2.0 * 60.0, "{p:?}");
    }
}

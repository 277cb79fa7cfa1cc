//! Major aspects with orbs. Luminaries get wider orbs, the node a narrow one — the common
//! modern convention, kept in one table so charts, synastry and transits agree.

use super::ephemeris::{separation, Body};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AspectKind {
    Conjunction,
    Sextile,
    Square,
    Trine,
    Opposition,
}

impl AspectKind {
    pub const ALL: [AspectKind; 5] = [
        AspectKind::Conjunction,
        AspectKind::Sextile,
        AspectKind::Square,
        AspectKind::Trine,
        AspectKind::Opposition,
    ];

    pub fn angle(self) -> f64 {
        match self {
            AspectKind::Conjunction => 0.0,
            AspectKind::Sextile => 60.0,
            AspectKind::Square => 90.0,
            AspectKind::Trine => 120.0,
            AspectKind::Opposition => 180.0,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            AspectKind::Conjunction => "conjunction",
            AspectKind::Sextile => "sextile",
            AspectKind::Square => "square",
            AspectKind::Trine => "trine",
            AspectKind::Opposition => "opposition",
        }
    }

    pub fn symbol(self) -> char {
        match self {
            AspectKind::Conjunction => '☌',
            AspectKind::Sextile => '⚹',
            AspectKind::Square => '□',
            AspectKind::Trine => '△',
            AspectKind::Opposition => '☍',
        }
    }

    /// Base orb in degrees for a natal chart.
    fn base_orb(self) -> f64 {
        match self {
            AspectKind::Conjunction | AspectKind::Opposition | AspectKind::Trine => 8.0,
            AspectKind::Square => 7.0,
            AspectKind::Sextile => 5.0,
        }
    }

    /// Allowed orb between two bodies (the wider of the two bodies' allowances).
    pub fn orb_for(self, a: Body, b: Body) -> f64 {
        if a == Body::NorthNode || b == Body::NorthNode {
            return 3.0_f64.min(self.base_orb());
        }
        let bonus = if a.is_luminary() || b.is_luminary() {
            2.0
        } else {
            0.0
        };
        self.base_orb() + bonus
    }
}

/// A point taking part in aspects: a body with its longitude and daily speed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub body: Body,
    pub longitude: f64,
    pub speed: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aspect {
    pub a: Body,
    pub b: Body,
    pub kind: AspectKind,
    /// Actual angular distance between the two points, degrees.
    pub angle: f64,
    /// Distance from exactness, degrees.
    pub orb: f64,
    /// Whether the orb is shrinking (the aspect is still building).
    pub applying: bool,
}

/// The tightest aspect between two points within orb, if any. `scale` narrows orbs (synastry).
pub fn between(p: &Point, q: &Point, scale: f64) -> Option<Aspect> {
    let angle = separation(p.longitude, q.longitude);
    let kind = AspectKind::ALL
        .into_iter()
        .filter(|k| (angle - k.angle()).abs() <= k.orb_for(p.body, q.body) * scale)
        .min_by(|x, y| {
            (angle - x.angle())
                .abs()
                .total_cmp(&(angle - y.angle()).abs())
        })?;
    let orb = (angle - kind.angle()).abs();
    let dt = 0.01;
    let later = separation(p.longitude + p.speed * dt, q.longitude + q.speed * dt);
    Some(Aspect {
        a: p.body,
        b: q.body,
        kind,
        angle,
        orb,
        applying: (later - kind.angle()).abs() < orb,
    })
}

/// All aspects among one set of points (each pair once), tightest first.
pub fn within(points: &[Point]) -> Vec<Aspect> {
    let mut found: Vec<Aspect> = points
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            points[i + 1..]
                .iter()
                .filter_map(move |q| between(p, q, 1.0))
        })
        .collect();
    found.sort_by(|x, y| x.orb.total_cmp(&y.orb));
    found
}

/// Aspects from one set of points to another (synastry), with orbs narrowed by `scale`.
pub fn across(left: &[Point], right: &[Point], scale: f64) -> Vec<Aspect> {
    let mut found: Vec<Aspect> = left
        .iter()
        .flat_map(|p| right.iter().filter_map(move |q| between(p, q, scale)))
        .collect();
    found.sort_by(|x, y| x.orb.total_cmp(&y.orb));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(body: Body, longitude: f64, speed: f64) -> Point {
        Point {
            body,
            longitude,
            speed,
        }
    }

    #[test]
    fn finds_the_tightest_aspect_with_the_right_orb() {
        let sun = pt(Body::Sun, 10.0, 1.0);
        let mars = pt(Body::Mars, 101.5, 0.5);
        let a = between(&sun, &mars, 1.0).unwrap();
        assert_eq!(a.kind, AspectKind::Square);
        assert!((a.orb - 1.5).abs() < 1e-9);
        // The Sun (faster) closes on 90°: the square is applying.
        assert!(a.applying);
        // Across Aries 0°.
        let venus = pt(Body::Venus, 355.0, 1.2);
        let moon = pt(Body::Moon, 3.0, 13.0);
        assert_eq!(
            between(&venus, &moon, 1.0).unwrap().kind,
            AspectKind::Conjunction
        );
    }

    #[test]
    fn orbs_depend_on_the_bodies() {
        let mars = pt(Body::Mars, 0.0, 0.5);
        let saturn = pt(Body::Saturn, 128.5, 0.0);
        assert!(
            between(&mars, &saturn, 1.0).is_none(),
            "8.5° off a trine is out of orb"
        );
        let sun = pt(Body::Sun, 0.0, 1.0);
        assert!(between(&sun, &saturn, 1.0).is_some(), "luminaries get 10°");
        let node = pt(Body::NorthNode, 4.0, -0.05);
        assert!(
            between(&sun, &node, 1.0).is_none(),
            "the node takes at most 3°"
        );
        let list = within(&[sun, mars, saturn, node]);
        assert!(list.windows(2).all(|w| w[0].orb <= w[1].orb));
        assert_eq!(list[0].kind, AspectKind::Conjunction);
    }
}

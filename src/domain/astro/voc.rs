//! The void-of-course Moon, in the modern (Lilly–Jones) definition: from the Moon's last
//! exact Ptolemaic aspect — conjunction, sextile, square, trine or opposition — to the Sun or
//! a planet (Mercury through Pluto) while it stays in a sign, until it enters the next sign.
//! A stay with no exact aspect at all is void from its ingress.

use super::aspects::AspectKind;
use super::ephemeris::{signed_difference, Body, EphemerisError};
use super::search::roots_in_samples;
use super::track::Track;

/// The Moon's last exact aspect in a sign and to whom, if it made one.
pub type LastAspect = Option<(AspectKind, Body)>;

/// One void period: from the last aspect (or the ingress) to the next ingress, UT Julian days.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoidPeriod {
    pub start: f64,
    pub end: f64,
    /// The aspect that began it and to whom; None when the Moon made none in the sign.
    pub last_aspect: LastAspect,
}

/// The Moon's angle ahead of a partner at which each aspect is exact.
pub(crate) const TARGETS: [(f64, AspectKind); 8] = [
    (0.0, AspectKind::Conjunction),
    (60.0, AspectKind::Sextile),
    (90.0, AspectKind::Square),
    (120.0, AspectKind::Trine),
    (180.0, AspectKind::Opposition),
    (240.0, AspectKind::Trine),
    (270.0, AspectKind::Square),
    (300.0, AspectKind::Sextile),
];

/// The Moon's last exact aspect to one partner in `(a, b)`, if any. The Moon outruns every
/// planet, so its angle ahead of the partner only grows (by about 25–35° in a sign): the
/// last target passed is the last aspect.
fn last_aspect(
    moon: &Track,
    partner: &Track,
    a: f64,
    b: f64,
) -> Result<Option<(f64, AspectKind)>, EphemerisError> {
    let ahead = |t: f64| (moon.longitude(t) - partner.longitude(t)).rem_euclid(360.0);
    let at_a = ahead(a);
    let advance = (ahead(b) - at_a).rem_euclid(360.0);
    let Some(&(target, kind)) = TARGETS
        .iter()
        .filter(|(t, _)| {
            let past = (t - at_a).rem_euclid(360.0);
            past > 0.0 && past <= advance
        })
        .max_by(|x, y| {
            let past = |t: f64| (t - at_a).rem_euclid(360.0);
            past(x.0).total_cmp(&past(y.0))
        })
    else {
        return Ok(None);
    };
    let f = |t: f64| Ok(signed_difference(ahead(t), target));
    let samples = [(a, f(a)?), (b, f(b)?)];
    Ok(roots_in_samples(&f, &samples)?.last().map(|&jd| (jd, kind)))
}

/// The void periods of the Moon's stays between consecutive `ingresses` (UT Julian days, in
/// order), read from the Moon's and the partners' tracks.
pub fn void_periods(
    ingresses: &[f64],
    moon: &Track,
    partners: &[&Track],
) -> Result<Vec<VoidPeriod>, EphemerisError> {
    let mut out = Vec::new();
    for stay in ingresses.windows(2) {
        let (a, b) = (stay[0], stay[1]);
        let mut last: Option<(f64, AspectKind, Body)> = None;
        for partner in partners {
            if let Some((jd, kind)) = last_aspect(moon, partner, a, b)? {
                if last.is_none_or(|(t, _, _)| jd > t) {
                    last = Some((jd, kind, partner.body));
                }
            }
        }
        out.push(VoidPeriod {
            start: last.map_or(a, |(t, _, _)| t),
            end: b,
            last_aspect: last.map(|(_, kind, body)| (kind, body)),
        });
    }
    Ok(out)
}

//! Compatibility: a sign-pair score from element and angular relation, and a synastry score
//! from the aspects between two charts. Numbers are computed here; the AI only narrates them.

use super::aspects::{across, Aspect, AspectKind};
use super::ephemeris::Body;
use super::zodiac::Sign;
use super::Chart;

/// 0–100 for two sun signs: trines and same-element pairs rank highest, squares lowest.
pub fn sign_score(a: Sign, b: Sign) -> u8 {
    let steps = (b.index() + 12 - a.index()) % 12;
    let steps = steps.min(12 - steps);
    let base: u8 = match steps {
        0 => 78, // same sign: easy understanding, shared blind spots
        1 => 52, // neighbours: little in common
        2 => 84, // sextile: complementary elements (fire–air, earth–water)
        3 => 44, // square: friction between modalities' ways
        4 => 92, // trine: same element
        5 => 48, // quincunx: adjustment needed
        _ => 70, // opposition: attraction of opposites
    };
    let same_modality = a.modality() == b.modality() && steps != 0;
    base.saturating_sub(if same_modality && steps == 3 { 4 } else { 0 })
}

/// The aspects between two charts (orbs narrowed to three quarters) and a 0–100 score.
pub struct Synastry {
    pub aspects: Vec<Aspect>,
    pub score: u8,
}

fn weight(body: Body) -> f64 {
    match body {
        Body::Sun | Body::Moon | Body::Venus => 3.0,
        Body::Mars | Body::Mercury => 2.0,
        Body::Jupiter | Body::Saturn => 1.5,
        _ => 0.5,
    }
}

pub fn synastry(first: &Chart, second: &Chart) -> Synastry {
    let aspects = across(&first.points(), &second.points(), 0.75);
    let mut balance = 0.0;
    for a in &aspects {
        let tightness = 1.0 - (a.orb / (a.kind.orb_for(a.a, a.b) * 0.75)).min(1.0);
        let importance = weight(a.a) * weight(a.b) * (0.5 + tightness);
        balance += importance
            * match a.kind {
                AspectKind::Trine | AspectKind::Sextile => 1.0,
                AspectKind::Conjunction => 0.7,
                AspectKind::Opposition => -0.4,
                AspectKind::Square => -0.8,
            };
    }
    // A squashing curve keeps the score inside 5–98 however many aspects there are.
    let score = 50.0 + 48.0 * (balance / 25.0).tanh();
    Synastry {
        aspects,
        score: score.round().clamp(5.0, 98.0) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trines_beat_squares_and_the_score_is_symmetric() {
        assert!(sign_score(Sign::Aries, Sign::Leo) > sign_score(Sign::Aries, Sign::Cancer));
        assert!(sign_score(Sign::Taurus, Sign::Cancer) > sign_score(Sign::Taurus, Sign::Gemini));
        for a in Sign::ALL {
            for b in Sign::ALL {
                assert_eq!(sign_score(a, b), sign_score(b, a), "{a:?} {b:?}");
                assert!(sign_score(a, b) <= 100);
            }
        }
    }
}

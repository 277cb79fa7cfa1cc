//! Finding the instants where an angle reaches a target: scan in steps, then refine the bracket.
//! Used for moon phases, equinoxes and exact transits.

use super::ephemeris::EphemerisError;

/// Roots of `f` (an angle difference folded into ±180°) in `[start, end]`, in order.
/// A sign change across a jump of more than 180° is the fold, not a root, and is skipped.
pub fn roots(
    f: impl Fn(f64) -> Result<f64, EphemerisError>,
    start: f64,
    end: f64,
    step: f64,
) -> Result<Vec<f64>, EphemerisError> {
    let mut samples = Vec::new();
    let mut t = start;
    loop {
        samples.push((t, f(t)?));
        if t >= end {
            break;
        }
        t = (t + step).min(end);
    }
    roots_in_samples(&f, &samples)
}

/// Roots of `f` between precomputed `(t, f(t))` samples (ordered by `t`): lets several
/// targets share one scan of an expensive function.
pub fn roots_in_samples(
    f: &impl Fn(f64) -> Result<f64, EphemerisError>,
    samples: &[(f64, f64)],
) -> Result<Vec<f64>, EphemerisError> {
    let mut found = Vec::new();
    for pair in samples.windows(2) {
        let ((a, fa), (b, fb)) = (pair[0], pair[1]);
        if fa == 0.0 {
            found.push(a);
        } else if fa.signum() != fb.signum() && fb != 0.0 && (fa - fb).abs() < 180.0 {
            found.push(refine(f, a, fa, b, fb)?);
        }
    }
    if let Some(&(t, ft)) = samples.last() {
        if ft == 0.0 && found.last() != Some(&t) {
            found.push(t);
        }
    }
    Ok(found)
}

/// Illinois regula falsi: converges superlinearly and never leaves the bracket.
fn refine(
    f: &impl Fn(f64) -> Result<f64, EphemerisError>,
    mut a: f64,
    mut fa: f64,
    mut b: f64,
    mut fb: f64,
) -> Result<f64, EphemerisError> {
    const TOLERANCE_DAYS: f64 = 1e-6; // ≈ 0.09 s
    let mut side = 0;
    for _ in 0..100 {
        let c = (a * fb - b * fa) / (fb - fa);
        if (b - a).abs() < TOLERANCE_DAYS {
            return Ok(c);
        }
        let fc = f(c)?;
        if fc == 0.0 {
            return Ok(c);
        }
        if fc.signum() == fb.signum() {
            b = c;
            fb = fc;
            if side == -1 {
                fa /= 2.0;
            }
            side = -1;
        } else {
            a = c;
            fa = fc;
            if side == 1 {
                fb /= 2.0;
            }
            side = 1;
        }
        if (fc).abs() < 1e-9 {
            return Ok(c);
        }
    }
    Ok((a + b) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::ephemeris::signed_difference;

    #[test]
    fn finds_every_crossing_of_a_wrapping_angle() {
        // An angle turning 12°/day from 0°: hits 90° at t = 7.5 and 450° at t = 37.5.
        let f = |t: f64| Ok(signed_difference(12.0 * t, 90.0));
        let r = roots(f, 0.0, 40.0, 1.0).unwrap();
        assert_eq!(r.len(), 2, "{r:?}");
        assert!((r[0] - 7.5).abs() < 1e-6);
        assert!((r[1] - 37.5).abs() < 1e-6);
    }

    #[test]
    fn a_retrograde_loop_gives_three_crossings() {
        // Longitude 10 + 2 sin(t/5): crosses 10° at t = 0, 5π, 10π.
        let f = |t: f64| Ok(signed_difference(10.0 + 2.0 * (t / 5.0).sin(), 10.0));
        let r = roots(f, -1.0, 40.0, 0.7).unwrap();
        assert_eq!(r.len(), 3, "{r:?}");
        assert!((r[1] - 5.0 * std::f64::consts::PI).abs() < 1e-5);
    }
}

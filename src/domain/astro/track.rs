//! A body's apparent longitude sampled on a regular grid and read back anywhere between the
//! samples by six-point Lagrange interpolation of the unwrapped angle. A planet's position
//! costs up to 0.6 ms (full VSOP87 with light time); the sky's event searches ask for
//! thousands, so they find events on tracks and spend the ephemeris only on polishing each
//! one. The spacing is a trade: wide enough to be cheap, close enough that the track finds
//! every event and lands within a few minutes of it (`tests` measure the error).

use super::ephemeris::{longitude, signed_difference, Body, EphemerisError};

/// Points on each side of the interval read.
const HALF: usize = 3;

#[derive(Debug, Clone)]
pub struct Track {
    pub body: Body,
    start: f64,
    step: f64,
    /// Longitudes unwrapped: consecutive samples differ by their true motion, never by a
    /// jump of 360°.
    unwrapped: Vec<f64>,
}

impl Track {
    /// Days between samples (the worst error each gives over 1900–2100 is in `tests`).
    /// Arcseconds come from motions shorter than a step: the Earth's monthly swing about the
    /// Earth–Moon barycentre (6″ seen from the Sun, more from a near planet) and the sharp
    /// loops of Mercury and Venus near inferior conjunction.
    pub fn step_for(body: Body) -> f64 {
        match body {
            Body::Moon => 0.25,
            Body::Mercury => 4.0,
            Body::Venus | Body::Sun => 8.0,
            Body::Mars => 12.0,
            _ => 16.0,
        }
    }

    /// The worst error of the track against the ephemeris, arcseconds (measured in `tests`
    /// with a margin): what an event found on it must be polished from.
    pub fn error_arcseconds(body: Body) -> f64 {
        match body {
            Body::Mercury => 50.0,
            Body::Venus => 35.0,
            Body::Mars => 20.0,
            Body::Moon => 0.01,
            _ => 4.5,
        }
    }

    /// The body's track covering `[start, end]`.
    pub fn new(body: Body, start: f64, end: f64) -> Result<Track, EphemerisError> {
        let step = Self::step_for(body);
        // Enough points beyond each end for a full stencil anywhere inside.
        let first = start - step * HALF as f64;
        let count = ((end - first) / step).ceil() as usize + HALF + 1;
        let mut unwrapped = Vec::with_capacity(count);
        for i in 0..count {
            let lon = longitude(body, first + step * i as f64)?;
            let next = match unwrapped.last() {
                Some(&previous) => previous + signed_difference(lon, previous),
                None => lon,
            };
            unwrapped.push(next);
        }
        Ok(Track {
            body,
            start: first,
            step,
            unwrapped,
        })
    }

    pub fn covers(&self) -> (f64, f64) {
        let last = self.start + self.step * (self.unwrapped.len() - 1) as f64;
        (
            self.start + self.step * HALF as f64,
            last - self.step * HALF as f64,
        )
    }

    /// The samples themselves, `(jd, longitude in 0..360)`.
    pub fn samples(&self) -> impl Iterator<Item = (f64, f64)> + '_ {
        self.unwrapped
            .iter()
            .enumerate()
            .map(|(i, l)| (self.start + self.step * i as f64, l.rem_euclid(360.0)))
    }

    /// The stencil around `jd`: its first index and `jd`'s offset from it, in steps.
    fn stencil(&self, jd: f64) -> (usize, f64) {
        let x = (jd - self.start) / self.step;
        let last_first = self.unwrapped.len() - 2 * HALF;
        let first = (x.floor() as isize - (HALF as isize - 1)).clamp(0, last_first as isize);
        (first as usize, x - first as f64)
    }

    /// The unwrapped longitude at `jd`.
    fn unwrapped_at(&self, jd: f64) -> f64 {
        let (first, x) = self.stencil(jd);
        let ys = &self.unwrapped[first..first + 2 * HALF];
        let mut sum = 0.0;
        for (j, y) in ys.iter().enumerate() {
            let mut weight = 1.0;
            for m in 0..2 * HALF {
                if m != j {
                    weight *= (x - m as f64) / (j as f64 - m as f64);
                }
            }
            sum += weight * y;
        }
        sum
    }

    /// Apparent longitude at `jd`, degrees in 0..360.
    pub fn longitude(&self, jd: f64) -> f64 {
        self.unwrapped_at(jd).rem_euclid(360.0)
    }

    /// Speed in longitude at `jd`, degrees a day: the interpolating polynomial's slope.
    pub fn speed(&self, jd: f64) -> f64 {
        let (first, x) = self.stencil(jd);
        let ys = &self.unwrapped[first..first + 2 * HALF];
        let n = 2 * HALF;
        let mut sum = 0.0;
        for (j, y) in ys.iter().enumerate() {
            let denominator: f64 = (0..n)
                .filter(|&m| m != j)
                .map(|m| j as f64 - m as f64)
                .product();
            // d/dx of Π(x − m) over m ≠ j: the sum of the products leaving one factor out.
            let mut derivative = 0.0;
            for k in (0..n).filter(|&k| k != j) {
                derivative += (0..n)
                    .filter(|&m| m != j && m != k)
                    .map(|m| x - m as f64)
                    .product::<f64>();
            }
            sum += derivative / denominator * y;
        }
        sum / self.step
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_body_interpolates_within_its_stated_error() {
        // Across 1900–2100 (a year near each end and the middle), at instants between the
        // samples: the track agrees with the ephemeris itself.
        for start in [2_415_100.3, 2_460_000.5, 2_487_500.7] {
            for body in Body::MOVING {
                let track = Track::new(body, start, start + 366.0).unwrap();
                let mut worst: f64 = 0.0;
                let mut t = start + 0.137;
                while t < start + 366.0 {
                    let direct = longitude(body, t).unwrap();
                    worst = worst.max(signed_difference(track.longitude(t), direct).abs());
                    t += 3.71;
                }
                let bound = Track::error_arcseconds(body);
                assert!(worst * 3600.0 < bound, "{body:?}: {:.3}″", worst * 3600.0);
            }
        }
    }

    #[test]
    fn the_speed_is_the_ephemeris_speed() {
        // Mercury's 2024 spring loop (retrograde 1–25 April) and Saturn's slow summer station.
        for (body, bound) in [(Body::Mercury, 0.01), (Body::Saturn, 1e-4)] {
            let track = Track::new(body, 2_460_400.5, 2_460_500.5).unwrap();
            for t in [2_460_410.3, 2_460_420.9, 2_460_437.9, 2_460_480.1] {
                let h = 0.01;
                let direct = signed_difference(
                    longitude(body, t + h).unwrap(),
                    longitude(body, t - h).unwrap(),
                ) / (2.0 * h);
                let off = (track.speed(t) - direct).abs();
                assert!(off < bound, "{body:?} at {t}: {off}");
            }
        }
    }
}

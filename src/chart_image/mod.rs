//! The chart wheel as a PNG: zodiac ring, house cusps, planets and aspect lines, drawn from the
//! same computed `Chart` the tables and the AI see. Ascendant on the left, as astrologers draw it.

pub mod canvas;
pub mod dashboard;

use crate::domain::astro::aspects::AspectKind;
use crate::domain::astro::zodiac::{Element, Sign};
use crate::domain::astro::Chart;
use canvas::{Canvas, Rgb};

pub const SIZE: u32 = 900;
const CENTER: f32 = SIZE as f32 / 2.0;
const R_OUTER: f32 = 432.0;
const R_ZODIAC_INNER: f32 = 372.0;
const R_PLANETS: f32 = 322.0;
const R_HOUSES_INNER: f32 = 200.0;
const R_ASPECTS: f32 = 192.0;

const BACKGROUND: Rgb = Rgb(20, 18, 43);
const INK: Rgb = Rgb(236, 232, 255);
const FAINT: Rgb = Rgb(120, 112, 170);
const GOLD: Rgb = Rgb(244, 200, 96);

fn element_tint(e: Element) -> Rgb {
    match e {
        Element::Fire => Rgb(92, 38, 48),
        Element::Earth => Rgb(44, 66, 44),
        Element::Air => Rgb(70, 66, 30),
        Element::Water => Rgb(32, 50, 92),
    }
}

fn aspect_color(kind: AspectKind) -> Option<Rgb> {
    match kind {
        AspectKind::Conjunction => None,
        AspectKind::Trine | AspectKind::Sextile => Some(Rgb(96, 170, 255)),
        AspectKind::Square | AspectKind::Opposition => Some(Rgb(255, 96, 110)),
    }
}

/// Where a longitude sits on the wheel: an angle in radians, counter-clockwise from the right,
/// with the left edge (180°) at `anchor` (the Ascendant, or 0° Aries without a birth time).
fn screen_angle(longitude: f64, anchor: f64) -> f32 {
    ((180.0 + longitude - anchor).rem_euclid(360.0)).to_radians() as f32
}

fn at(radius: f32, angle: f32) -> (f32, f32) {
    (CENTER + radius * angle.cos(), CENTER - radius * angle.sin())
}

/// Spreads planet glyphs that would overlap (closer than `gap` degrees) while keeping order.
/// The circle is cut at its widest empty stretch, so the sequence never wraps while it relaxes.
fn spread_out(longitudes: &[f64], gap: f64) -> Vec<f64> {
    let n = longitudes.len();
    if n < 2 {
        return longitudes.to_vec();
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| longitudes[*a].total_cmp(&longitudes[*b]));
    let sorted: Vec<f64> = order.iter().map(|i| longitudes[*i]).collect();
    let widest = (0..n)
        .max_by(|a, b| {
            let gap_before = |i: usize| (sorted[i] - sorted[(i + n - 1) % n]).rem_euclid(360.0);
            gap_before(*a).total_cmp(&gap_before(*b))
        })
        .unwrap_or(0);
    let mut placed: Vec<f64> = Vec::with_capacity(n);
    for k in 0..n {
        let value = sorted[(widest + k) % n];
        let base = placed.last().copied().unwrap_or(value);
        placed.push(base + (value - base).rem_euclid(360.0));
    }
    for _ in 0..200 {
        let mut moved = false;
        for k in 0..n - 1 {
            let diff = placed[k + 1] - placed[k];
            if diff < gap - 1e-9 {
                let push = (gap - diff) / 2.0;
                placed[k] -= push;
                placed[k + 1] += push;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    let mut out = vec![0.0; n];
    for (k, value) in placed.into_iter().enumerate() {
        out[order[(widest + k) % n]] = value.rem_euclid(360.0);
    }
    out
}

/// Renders the wheel; `None` only if the embedded font or the encoder fails.
pub fn render(chart: &Chart) -> Option<Vec<u8>> {
    let mut c = Canvas::new(SIZE, BACKGROUND)?;
    let anchor = chart.ascendant.unwrap_or(0.0);

    // Zodiac ring: element-tinted sectors, sign glyphs, degree ticks.
    for sign in Sign::ALL {
        let start = sign.index() as f64 * 30.0;
        let a0 = screen_angle(start, anchor);
        c.annular_sector(
            R_ZODIAC_INNER,
            R_OUTER,
            a0,
            30f32.to_radians(),
            element_tint(sign.element()),
        );
        let (x0, y0) = at(R_ZODIAC_INNER, a0);
        let (x1, y1) = at(R_OUTER, a0);
        c.line(x0, y0, x1, y1, 1.5, FAINT);
        let (gx, gy) = at(
            (R_OUTER + R_ZODIAC_INNER) / 2.0,
            screen_angle(start + 15.0, anchor),
        );
        c.text_centered(&sign.symbol().to_string(), gx, gy, 34.0, INK);
    }
    for degree in (0..360).step_by(5) {
        let a = screen_angle(f64::from(degree), anchor);
        let len = if degree % 10 == 0 { 9.0 } else { 5.0 };
        let (x0, y0) = at(R_ZODIAC_INNER, a);
        let (x1, y1) = at(R_ZODIAC_INNER + len, a);
        c.line(x0, y0, x1, y1, 1.0, FAINT);
    }
    c.circle(R_OUTER, 2.0, FAINT);
    c.circle(R_ZODIAC_INNER, 2.0, FAINT);
    c.circle(R_HOUSES_INNER, 1.5, FAINT);

    // Houses: cusp lines, the angles in gold, house numbers near the inner circle.
    if let Some(houses) = &chart.houses {
        for (i, cusp) in houses.cusps.iter().enumerate() {
            let a = screen_angle(*cusp, anchor);
            let angle_cusp = i % 3 == 0;
            let (x0, y0) = at(R_HOUSES_INNER, a);
            let (x1, y1) = at(R_ZODIAC_INNER, a);
            c.line(
                x0,
                y0,
                x1,
                y1,
                if angle_cusp { 3.0 } else { 1.2 },
                if angle_cusp { GOLD } else { FAINT },
            );
            let next = houses.cusps[(i + 1) % 12];
            let mid = cusp + (next - cusp).rem_euclid(360.0) / 2.0;
            let (nx, ny) = at(R_HOUSES_INNER + 16.0, screen_angle(mid, anchor));
            c.text_centered(&(i + 1).to_string(), nx, ny, 15.0, FAINT);
        }
        for (label, longitude) in [("ASC", chart.ascendant), ("MC", chart.mc)] {
            if let Some(l) = longitude {
                let (x, y) = at(R_OUTER - 74.0, screen_angle(l, anchor) + 0.06);
                c.text_centered(label, x, y, 15.0, GOLD);
            }
        }
    }

    // Aspects inside the inner circle.
    for aspect in &chart.aspects {
        let (Some(p), Some(q)) = (chart.place(aspect.a), chart.place(aspect.b)) else {
            continue;
        };
        if let Some(color) = aspect_color(aspect.kind) {
            let (x0, y0) = at(R_ASPECTS, screen_angle(p.longitude, anchor));
            let (x1, y1) = at(R_ASPECTS, screen_angle(q.longitude, anchor));
            let width = if aspect.orb < 2.0 { 2.2 } else { 1.1 };
            c.line(x0, y0, x1, y1, width, color);
        }
    }

    // Planets: a tick at the true place, the glyph (spread when crowded), degree, ℞.
    let longitudes: Vec<f64> = chart.planets.iter().map(|p| p.longitude).collect();
    let shown = spread_out(&longitudes, 7.5);
    for (p, display) in chart.planets.iter().zip(shown) {
        let true_angle = screen_angle(p.longitude, anchor);
        let (x0, y0) = at(R_ZODIAC_INNER, true_angle);
        let (x1, y1) = at(R_ZODIAC_INNER - 12.0, true_angle);
        c.line(x0, y0, x1, y1, 2.0, INK);
        let (dx, dy) = at(R_ASPECTS, true_angle);
        c.dot(dx, dy, 3.0, INK);
        let a = screen_angle(display, anchor);
        let (gx, gy) = at(R_PLANETS, a);
        c.text_centered(&p.name.symbol().to_string(), gx, gy, 30.0, INK);
        let degree = format!(
            "{}°{}",
            p.degree_in_sign.floor() as u32,
            if p.retrograde { "℞" } else { "" }
        );
        let (tx, ty) = at(R_PLANETS - 36.0, a);
        c.text_centered(&degree, tx, ty, 14.0, FAINT);
    }
    c.png()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_planets_are_spread_apart_in_order() {
        let out = spread_out(&[10.0, 11.0, 12.0, 200.0], 6.0);
        assert!(out[0] < out[1] && out[1] < out[2]);
        assert!(out[1] - out[0] >= 5.9 && out[2] - out[1] >= 5.9, "{out:?}");
        assert!((out[3] - 200.0).abs() < 1e-9);
        // Across 0° Aries too.
        let wrap = spread_out(&[359.0, 1.0], 6.0);
        assert!(
            crate::domain::astro::ephemeris::separation(wrap[0], wrap[1]) >= 5.9,
            "{wrap:?}"
        );
    }

    #[test]
    fn the_ascendant_is_drawn_on_the_left() {
        let a = screen_angle(123.0, 123.0);
        let (x, y) = at(100.0, a);
        assert!((x - (CENTER - 100.0)).abs() < 1e-3 && (y - CENTER).abs() < 1e-3);
        // Ten degrees later in the zodiac is below the horizon line (counter-clockwise).
        let (_, y2) = at(100.0, screen_angle(133.0, 123.0));
        assert!(y2 > CENTER);
    }
}

//! One card's face, of our own design: a palette per suit (the major arcana deep indigo and
//! gold), the number at the top, the suit's emblem as many times as the card counts (one large
//! emblem under a crown for the court cards; for each major arcanum its astrological sign in a
//! ring of rays, after the Golden Dawn attributions, with the modern planets for the three
//! elemental cards), and the card's name in the user's language at the bottom.

use crate::chart_image::canvas::{Canvas, Rgb};
use crate::domain::tarot::{Arcana, Card, Suit};
use crate::i18n::shaping;

use super::layout::{CARD_H, CARD_W};

struct Palette {
    ground: Rgb,
    accent: Rgb,
    ink: Rgb,
}

fn palette(card: &Card) -> Palette {
    let ink = Rgb(248, 244, 255);
    match (card.arcana, card.suit) {
        (Arcana::Major, _) | (_, None) => Palette {
            ground: Rgb(44, 30, 82),
            accent: Rgb(244, 200, 96),
            ink,
        },
        (_, Some(Suit::Wands)) => Palette {
            ground: Rgb(118, 40, 32),
            accent: Rgb(255, 176, 88),
            ink,
        },
        (_, Some(Suit::Cups)) => Palette {
            ground: Rgb(26, 58, 116),
            accent: Rgb(146, 204, 255),
            ink,
        },
        (_, Some(Suit::Swords)) => Palette {
            ground: Rgb(66, 74, 94),
            accent: Rgb(226, 232, 244),
            ink,
        },
        (_, Some(Suit::Pentacles)) => Palette {
            ground: Rgb(30, 82, 52),
            accent: Rgb(236, 206, 112),
            ink,
        },
    }
}

const ROMAN: [&str; 22] = [
    "0", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI",
];

/// The card face, upright; `name` is already in the user's language.
pub fn draw(card: &Card, name: &str) -> Option<Canvas> {
    let p = palette(card);
    let mut c = Canvas::clear(CARD_W as u32, CARD_H as u32)?;
    c.rounded_rect((0.0, 0.0, CARD_W, CARD_H), 16.0, Some(p.ground), None);
    c.rounded_rect(
        (8.0, 8.0, CARD_W - 16.0, CARD_H - 16.0),
        11.0,
        None,
        Some((p.accent, 2.0)),
    );
    let numeral = match card.arcana {
        Arcana::Major => ROMAN.get(usize::from(card.number)).copied().unwrap_or(""),
        Arcana::Minor => "",
    };
    let number = card.number.to_string();
    let top = if card.arcana == Arcana::Minor && card.number <= 10 {
        number.as_str()
    } else {
        numeral
    };
    if !top.is_empty() {
        c.text_centered(top, CARD_W / 2.0, 32.0, 26.0, p.accent);
    }
    // The picture area between the number and the name.
    let (cx, cy) = (CARD_W / 2.0, 58.0 + (CARD_H - 58.0 - 88.0) / 2.0);
    match (card.arcana, card.suit) {
        (Arcana::Minor, Some(suit)) if card.number <= 10 => {
            pips(&mut c, suit, card.number, cx, cy, p.accent)
        }
        (Arcana::Minor, Some(suit)) => {
            crown(
                &mut c,
                cx,
                cy - 62.0,
                card.number.saturating_sub(10),
                p.accent,
            );
            emblem(&mut c, suit, cx, cy + 14.0, 92.0, p.accent);
        }
        _ => sign(&mut c, card.number, cx, cy, p.accent),
    }
    name_band(&mut c, name, p.ink);
    Some(c)
}

/// The name in at most two lines, shrunk to fit the card.
fn name_band(c: &mut Canvas, name: &str, ink: Rgb) {
    let max_w = CARD_W - 28.0;
    let mut px = 18.0;
    let lines = loop {
        let lines: Vec<String> = shaping::wrap(name, ((max_w / (px * 0.5)) as usize).max(6))
            .into_iter()
            .map(|l| shaping::visual_line(&l).0)
            .collect();
        let fits = lines.len() <= 2 && lines.iter().all(|l| c.text_width(l, px) <= max_w);
        if fits || px <= 11.0 {
            break lines;
        }
        px -= 1.0;
    };
    let base = CARD_H - 56.0;
    let lines: Vec<&String> = lines.iter().take(2).collect();
    let offset = if lines.len() == 1 { 12.0 } else { 0.0 };
    for (i, line) in lines.iter().enumerate() {
        c.text_centered(
            line,
            CARD_W / 2.0,
            base + offset + i as f32 * (px + 6.0),
            px,
            ink,
        );
    }
}

/// Where `n` emblems sit in the picture area, as offsets from its centre (two columns, like
/// playing cards).
fn pip_places(n: u8) -> Vec<(f32, f32)> {
    let (l, r) = (-38.0, 38.0);
    let col = |x: f32, rows: &[f32]| rows.iter().map(move |y| (x, *y)).collect::<Vec<_>>();
    match n {
        1 => vec![(0.0, 0.0)],
        2 => vec![(0.0, -40.0), (0.0, 40.0)],
        3 => vec![(0.0, -52.0), (0.0, 0.0), (0.0, 52.0)],
        4 => [col(l, &[-36.0, 36.0]), col(r, &[-36.0, 36.0])].concat(),
        5 => [
            col(l, &[-40.0, 40.0]),
            col(r, &[-40.0, 40.0]),
            vec![(0.0, 0.0)],
        ]
        .concat(),
        6 => [col(l, &[-52.0, 0.0, 52.0]), col(r, &[-52.0, 0.0, 52.0])].concat(),
        7 => [
            col(l, &[-52.0, 0.0, 52.0]),
            col(r, &[-52.0, 0.0, 52.0]),
            vec![(0.0, -26.0)],
        ]
        .concat(),
        8 => [
            col(l, &[-54.0, -18.0, 18.0, 54.0]),
            col(r, &[-54.0, -18.0, 18.0, 54.0]),
        ]
        .concat(),
        9 => [
            col(l, &[-54.0, -18.0, 18.0, 54.0]),
            col(r, &[-54.0, -18.0, 18.0, 54.0]),
            vec![(0.0, 0.0)],
        ]
        .concat(),
        _ => [
            col(l, &[-60.0, -24.0, 12.0, 48.0]),
            col(r, &[-60.0, -24.0, 12.0, 48.0]),
            vec![(0.0, -42.0), (0.0, 30.0)],
        ]
        .concat(),
    }
}

fn pips(c: &mut Canvas, suit: Suit, n: u8, cx: f32, cy: f32, color: Rgb) {
    let size = if n == 1 { 96.0 } else { 34.0 };
    for (dx, dy) in pip_places(n) {
        emblem(c, suit, cx + dx, cy + dy, size, color);
    }
}

/// A suit's emblem centred at (`x`, `y`), `s` pixels tall.
fn emblem(c: &mut Canvas, suit: Suit, x: f32, y: f32, s: f32, color: Rgb) {
    match suit {
        Suit::Wands => {
            c.line(
                x - s * 0.22,
                y + s * 0.45,
                x + s * 0.22,
                y - s * 0.45,
                s * 0.12,
                color,
            );
            for t in [0.25f32, 0.5, 0.75] {
                let (lx, ly) = (x - s * 0.22 + t * s * 0.44, y + s * 0.45 - t * s * 0.9);
                c.dot(lx + s * 0.1, ly + s * 0.02, s * 0.07, color);
            }
        }
        Suit::Cups => {
            c.polygon(
                &[
                    (x - s * 0.34, y - s * 0.42),
                    (x + s * 0.34, y - s * 0.42),
                    (x + s * 0.2, y + s * 0.05),
                    (x - s * 0.2, y + s * 0.05),
                ],
                color,
            );
            c.rect(x - s * 0.05, y + s * 0.05, s * 0.1, s * 0.28, color);
            c.polygon(
                &[
                    (x - s * 0.24, y + s * 0.45),
                    (x + s * 0.24, y + s * 0.45),
                    (x + s * 0.1, y + s * 0.33),
                    (x - s * 0.1, y + s * 0.33),
                ],
                color,
            );
        }
        Suit::Swords => {
            c.polygon(
                &[
                    (x, y - s * 0.5),
                    (x + s * 0.07, y + s * 0.18),
                    (x - s * 0.07, y + s * 0.18),
                ],
                color,
            );
            c.rect(x - s * 0.24, y + s * 0.18, s * 0.48, s * 0.07, color);
            c.rect(x - s * 0.04, y + s * 0.25, s * 0.08, s * 0.16, color);
            c.dot(x, y + s * 0.45, s * 0.06, color);
        }
        Suit::Pentacles => {
            c.ring(x, y, s * 0.42, s * 0.07, color);
            c.polygon(&star_points(x, y, s * 0.33, s * 0.13), color);
        }
    }
}

/// A five-pointed star's outline, point up.
fn star_points(x: f32, y: f32, outer: f32, inner: f32) -> Vec<(f32, f32)> {
    (0..10)
        .map(|i| {
            let r = if i % 2 == 0 { outer } else { inner };
            let a = std::f32::consts::PI * (i as f32 / 5.0) - std::f32::consts::FRAC_PI_2;
            (x + r * a.cos(), y + r * a.sin())
        })
        .collect()
}

/// Each major arcanum's sign: Uranus for the Fool, Mercury for the Magician … Saturn for the
/// World (Golden Dawn; the modern planets for the Fool, the Hanged Man and Judgement).
const MAJOR_SIGNS: [char; 22] = [
    '♅', '☿', '☽', '♀', '♈', '♉', '♊', '♋', '♌', '♍', '♃', '♎', '♆', '♏', '♐', '♑', '♂',
    '♒', '♓', '☉', '♇', '♄',
];

/// A major arcanum's picture: its sign in a ring with rays.
fn sign(c: &mut Canvas, number: u8, x: f32, y: f32, color: Rgb) {
    c.ring(x, y, 58.0, 3.0, color);
    for i in 0..12 {
        let a = std::f32::consts::PI * i as f32 / 6.0;
        c.line(
            x + 66.0 * a.cos(),
            y + 66.0 * a.sin(),
            x + 78.0 * a.cos(),
            y + 78.0 * a.sin(),
            2.5,
            color,
        );
    }
    let glyph = MAJOR_SIGNS.get(usize::from(number)).copied().unwrap_or('★');
    c.text_centered(&glyph.to_string(), x, y, 64.0, color);
}

/// A crown with `points` peaks: page 1, knight 2, queen 3, king 4.
fn crown(c: &mut Canvas, x: f32, y: f32, points: u8, color: Rgb) {
    let n = f32::from(points.max(1));
    let (w, h) = (24.0 + 16.0 * n, 26.0);
    let mut outline = vec![(x - w / 2.0, y + h / 2.0)];
    for i in 0..=points.max(1) * 2 {
        let t = f32::from(i) / (n * 2.0);
        let peak = if i % 2 == 0 { -h / 2.0 } else { 0.0 };
        outline.push((x - w / 2.0 + t * w, y + peak));
    }
    outline.push((x + w / 2.0, y + h / 2.0));
    c.polygon(&outline, color);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_count_of_pips_has_distinct_places_in_the_picture() {
        for n in 1..=10u8 {
            let places = pip_places(n);
            assert_eq!(places.len(), usize::from(n));
            for (i, a) in places.iter().enumerate() {
                for b in places.iter().skip(i + 1) {
                    assert!(a != b, "{n}: two pips at {a:?}");
                }
                assert!(
                    a.0.abs() < CARD_W / 2.0 - 20.0 && a.1.abs() < 70.0,
                    "{n}: {a:?}"
                );
            }
        }
    }
}

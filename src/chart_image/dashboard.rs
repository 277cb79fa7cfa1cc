//! The admin dashboard's chart: new users (bars) and Stars revenue (line) per day.

use super::canvas::{Canvas, Rgb};
use crate::domain::Lang;
use crate::i18n::format;

const W: u32 = 900;
const H: u32 = 420;
const LEFT: f32 = 60.0;
const RIGHT: f32 = 60.0;
const TOP: f32 = 50.0;
const BOTTOM: f32 = 60.0;

/// `days` are (UTC day start, new users, Stars). `None` only if the font or encoder fails.
pub fn render(
    days: &[(i64, i64, i64)],
    lang: Lang,
    users_label: &str,
    stars_label: &str,
) -> Option<Vec<u8>> {
    let mut c = Canvas::with_size(W, H, Rgb(20, 18, 43))?;
    let ink = Rgb(236, 232, 255);
    let faint = Rgb(120, 112, 170);
    let bar = Rgb(96, 170, 255);
    let gold = Rgb(244, 200, 96);
    let plot_w = W as f32 - LEFT - RIGHT;
    let plot_h = H as f32 - TOP - BOTTOM;
    let base = TOP + plot_h;
    c.line(LEFT, base, LEFT + plot_w, base, 1.5, faint);
    let n = days.len().max(1) as f32;
    let slot = plot_w / n;
    let max_users = days.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f32;
    let max_stars = days.iter().map(|d| d.2).max().unwrap_or(0).max(1) as f32;
    for (i, (_, users, _)) in days.iter().enumerate() {
        let x = LEFT + slot * i as f32 + slot * 0.15;
        let h = plot_h * (*users as f32 / max_users);
        if h > 0.0 {
            c.rect(x, base - h, slot * 0.7, h, bar);
        }
    }
    let points: Vec<(f32, f32)> = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                LEFT + slot * (i as f32 + 0.5),
                base - plot_h * (d.2 as f32 / max_stars),
            )
        })
        .collect();
    for pair in points.windows(2) {
        c.line(pair[0].0, pair[0].1, pair[1].0, pair[1].1, 2.5, gold);
    }
    for (x, y) in &points {
        c.dot(*x, *y, 3.0, gold);
    }
    // Axis labels: every fifth day's date, the maxima on each side.
    for (i, (day, _, _)) in days.iter().enumerate() {
        if i % 5 == 0 || i + 1 == days.len() {
            let label = chrono::DateTime::from_timestamp(*day, 0)
                .map(|t| format::day_month(lang, t.date_naive()))
                .unwrap_or_default();
            c.text_centered(
                &label,
                LEFT + slot * (i as f32 + 0.5),
                base + 18.0,
                13.0,
                faint,
            );
        }
    }
    c.text_centered(&format!("{}", max_users as i64), LEFT / 2.0, TOP, 14.0, bar);
    c.text_centered(
        &format!("{}", max_stars as i64),
        W as f32 - RIGHT / 2.0,
        TOP,
        14.0,
        gold,
    );
    c.text_centered(&format!("■ {users_label}"), W as f32 * 0.3, 22.0, 16.0, bar);
    c.text_centered(
        &format!("● {stars_label}"),
        W as f32 * 0.7,
        22.0,
        16.0,
        gold,
    );
    c.text_centered("0", LEFT / 2.0, base, 13.0, ink);
    c.png()
}

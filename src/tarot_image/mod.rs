//! A spread as a picture: the drawn cards in their places — the Celtic Cross in its classic
//! layout with the crossing card turned — reversed cards upside down, each card's name and its
//! position in the user's language (Arabic shaped, right to left). Sent before the reading and
//! put into its PDF.

mod face;
pub mod layout;

use crate::chart_image::canvas::{Canvas, Rgb};
use crate::domain::tarot::{Card, Spread};
use crate::i18n::shaping;
use layout::{table, LABEL_H};

const TABLE: Rgb = Rgb(20, 18, 43);
const LABEL: Rgb = Rgb(206, 198, 240);

/// One drawn card with its words in the user's language.
pub struct Laid {
    pub card: Card,
    pub reversed: bool,
    pub name: String,
    /// The position ("1 · The situation"), shown under the card.
    pub label: String,
}

/// The spread on its table; `None` if the cards do not match the spread or drawing fails.
pub fn draw(spread: Spread, cards: &[Laid]) -> Option<Canvas> {
    let t = table(spread);
    if cards.len() != t.slots.len() {
        return None;
    }
    let mut c = Canvas::with_size(t.width as u32, t.height as u32, TABLE)?;
    for (slot, laid) in t.slots.iter().zip(cards) {
        let face = face::draw(&laid.card, &laid.name)?;
        let turns = slot.quarter_turns + if laid.reversed { 2 } else { 0 };
        c.place(&face, slot.x, slot.y, 90.0 * f32::from(turns % 4));
        let (line, _) = shaping::visual_line(&laid.label);
        let px = fit(&c, &line, 17.0, (layout::CARD_W + 60.0).min(t.width - 8.0));
        c.text_centered(&line, slot.x, slot.label_y + LABEL_H / 4.0, px, LABEL);
    }
    Some(c)
}

/// The spread as a PNG.
pub fn render(spread: Spread, cards: &[Laid]) -> Option<Vec<u8>> {
    draw(spread, cards)?.png()
}

/// The largest size up to `px` at which `text` fits in `width`.
fn fit(c: &Canvas, text: &str, px: f32, width: f32) -> f32 {
    let mut size = px;
    while size > 10.0 && c.text_width(text, size) > width {
        size -= 1.0;
    }
    size
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tarot::{draw as deal, Deck};
    use crate::domain::Lang;
    use rand::SeedableRng;

    fn deck() -> Deck {
        crate::app::load_deck().unwrap()
    }

    fn laid(deck: &Deck, id: u8, reversed: bool, lang: Lang) -> Laid {
        let card = deck.card(id).unwrap().clone();
        Laid {
            name: card.name(lang).to_string(),
            card,
            reversed,
            label: "1 · Situation".into(),
        }
    }

    #[test]
    fn a_reversed_card_is_the_upright_one_turned_upside_down() {
        let deck = deck();
        let up = draw(Spread::One, &[laid(&deck, 40, false, Lang::En)]).unwrap();
        let down = draw(Spread::One, &[laid(&deck, 40, true, Lang::En)]).unwrap();
        let slot = table(Spread::One).slots[0];
        let (x0, y0) = (
            (slot.x - layout::CARD_W / 2.0) as u32,
            (slot.y - layout::CARD_H / 2.0) as u32,
        );
        let (w, h) = (layout::CARD_W as u32, layout::CARD_H as u32);
        let mut differs = 0;
        for (dx, dy) in [
            (20, 30),
            (95, 32),
            (60, 150),
            (95, 270),
            (140, 268),
            (30, 300),
        ] {
            let a = up.pixel(x0 + dx, y0 + dy).unwrap();
            let b = down.pixel(x0 + w - 1 - dx, y0 + h - 1 - dy).unwrap();
            assert_eq!(a, b, "({dx}, {dy})");
            differs += usize::from(up.pixel(x0 + dx, y0 + dy) != down.pixel(x0 + dx, y0 + dy));
        }
        assert!(
            differs > 0,
            "the face is not symmetric, so turning it shows"
        );
    }

    #[test]
    fn a_seeded_celtic_cross_renders_wide_small_and_with_the_second_card_across() {
        let deck = deck();
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let drawn = deal(Spread::CelticCross, &mut rng);
        let cards: Vec<Laid> = drawn
            .iter()
            .map(|d| laid(&deck, d.card, d.reversed, Lang::Ar))
            .collect();
        let canvas = draw(Spread::CelticCross, &cards).unwrap();
        let png = canvas.png().unwrap();
        assert!(canvas.width() >= 1000.0);
        assert!(png.len() < 400 * 1024, "{} bytes", png.len());
        let size = imagesize::blob_size(&png).unwrap();
        assert_eq!(
            (size.width as f32, size.height as f32),
            (canvas.width(), canvas.height())
        );
        // Beside the first card, where only the crossing card reaches, is card face, not table.
        let first = table(Spread::CelticCross).slots[0];
        let beside = canvas
            .pixel(
                (first.x + layout::CARD_W / 2.0 + 30.0) as u32,
                first.y as u32,
            )
            .unwrap();
        assert_ne!(beside, TABLE);
    }
}

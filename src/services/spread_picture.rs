//! The picture of a tarot spread in the user's language: rendered off the async runtime for
//! the chat, and again from a stored reading's cards for its PDF.

use serde_json::Value;

use crate::app::App;
use crate::domain::tarot::{Drawn, Position, Spread};
use crate::domain::{Lang, PromptKind};
use crate::tarot_image::{self, Laid};

/// The spread as a PNG; `None` if a card is unknown or drawing failed (the reading goes on
/// without its picture).
pub async fn png(app: &App, lang: Lang, spread: Spread, cards: &[Drawn]) -> Option<Vec<u8>> {
    let laid = laid(app, lang, cards);
    if laid.len() != cards.len() {
        return None;
    }
    tokio::task::spawn_blocking(move || tarot_image::render(spread, &laid))
        .await
        .ok()
        .flatten()
}

fn laid(app: &App, lang: Lang, cards: &[Drawn]) -> Vec<Laid> {
    let single = cards.len() == 1;
    cards
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let card = app.deck.card(d.card)?.clone();
            let position = app.i18n.position_name(lang, d.position);
            Some(Laid {
                name: card.name(lang).to_string(),
                card,
                reversed: d.reversed,
                // One card needs no number.
                label: if single {
                    position
                } else {
                    format!("{} · {position}", i + 1)
                },
            })
        })
        .collect()
}

/// The spread and cards a stored tarot reading or card of the day was drawn with.
pub fn from_meta(kind: PromptKind, meta: &Value) -> Option<(Spread, Vec<Drawn>)> {
    let card = |v: &Value| u8::try_from(v["card"].as_u64()?).ok();
    match kind {
        PromptKind::DailyCard => Some((
            Spread::One,
            vec![Drawn {
                card: card(meta)?,
                reversed: meta["reversed"].as_bool().unwrap_or(false),
                position: Position::Card,
            }],
        )),
        PromptKind::Tarot => {
            let spread = Spread::from_code(meta["spread"].as_str()?)?;
            let stored = meta["cards"].as_array()?;
            let drawn: Option<Vec<Drawn>> = stored
                .iter()
                .zip(spread.positions())
                .map(|(c, position)| {
                    Some(Drawn {
                        card: card(c)?,
                        reversed: c["reversed"].as_bool().unwrap_or(false),
                        position: *position,
                    })
                })
                .collect();
            drawn
                .filter(|d| d.len() == spread.positions().len())
                .map(|d| (spread, d))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stored_cards_come_back_in_their_positions() {
        let meta = json!({"spread": "three", "cards": [
            {"card": 5, "reversed": false, "position": "Past"},
            {"card": 60, "reversed": true, "position": "Present"},
            {"card": 21, "reversed": false, "position": "Future"}]});
        let (spread, cards) = from_meta(PromptKind::Tarot, &meta).unwrap();
        assert_eq!(spread, Spread::Three);
        assert_eq!(cards[1].card, 60);
        assert!(cards[1].reversed);
        assert_eq!(cards[2].position, Position::Future);
        let daily = json!({"card": 13, "reversed": true, "date": "2026-11-29"});
        let (spread, cards) = from_meta(PromptKind::DailyCard, &daily).unwrap();
        assert_eq!(
            (spread, cards[0].card, cards[0].reversed),
            (Spread::One, 13, true)
        );
        assert!(from_meta(PromptKind::Dream, &daily).is_none());
        assert!(from_meta(PromptKind::Tarot, &json!({"spread": "three", "cards": []})).is_none());
    }
}

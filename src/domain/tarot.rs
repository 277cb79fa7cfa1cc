//! The tarot: a 78-card deck (`assets/tarot/deck.json`, its words in every language in
//! `assets/tarot/cards/<lang>.json`), spreads with their positions,
//! secure draws without repetition, and a keyed, deterministic card of the day.

use std::collections::HashMap;

use hmac::{KeyInit, Mac};
use rand::Rng;
use serde::Deserialize;

use super::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Arcana {
    Major,
    Minor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Suit {
    Wands,
    Cups,
    Swords,
    Pentacles,
}

/// A card's words in one language: its name and its traditional keywords.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CardText {
    pub name: String,
    pub upright: Vec<String>,
    pub reversed: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Card {
    pub id: u8,
    pub arcana: Arcana,
    pub suit: Option<Suit>,
    pub number: u8,
    /// The card's words in every language.
    texts: HashMap<Lang, CardText>,
}

impl Card {
    fn text(&self, lang: Lang) -> Option<&CardText> {
        self.texts.get(&lang).or_else(|| self.texts.get(&Lang::En))
    }

    pub fn name(&self, lang: Lang) -> &str {
        self.text(lang).map_or("?", |t| t.name.as_str())
    }

    /// The traditional keywords of an orientation, in `lang`.
    pub fn keywords(&self, lang: Lang, reversed: bool) -> &[String] {
        match self.text(lang) {
            Some(t) if reversed => &t.reversed,
            Some(t) => &t.upright,
            None => &[],
        }
    }
}

#[derive(Debug, Clone)]
pub struct Deck {
    cards: Vec<Card>,
}

/// `deck.json`: the cards, with their English words.
#[derive(Deserialize)]
struct DeckFile {
    cards: Vec<CardEntry>,
}

#[derive(Deserialize)]
struct CardEntry {
    id: u8,
    arcana: Arcana,
    #[serde(default)]
    suit: Option<Suit>,
    number: u8,
    #[serde(flatten)]
    text: CardText,
}

/// `cards/<lang>.json`: one language's words for every card.
#[derive(Deserialize)]
struct TranslationFile {
    cards: Vec<TranslatedCard>,
}

#[derive(Deserialize)]
struct TranslatedCard {
    id: u8,
    #[serde(flatten)]
    text: CardText,
}

impl Deck {
    pub const SIZE: usize = 78;

    /// Parses and checks the deck: 78 distinct cards in id order, 22 major arcana, 14 of each
    /// suit; and every card's name and keywords (both orientations) in every language, from
    /// `translations` (language, JSON) beside the English of `deck_json`.
    pub fn from_json(deck_json: &str, translations: &[(Lang, &str)]) -> Result<Deck, String> {
        let file: DeckFile =
            serde_json::from_str(deck_json).map_err(|e| format!("deck.json: {e}"))?;
        if file.cards.len() != Self::SIZE {
            return Err(format!(
                "deck.json: {} cards, expected 78",
                file.cards.len()
            ));
        }
        let mut cards = Vec::with_capacity(Self::SIZE);
        for (i, c) in file.cards.into_iter().enumerate() {
            if usize::from(c.id) != i {
                return Err(format!("deck.json: card {i} has id {}", c.id));
            }
            if (c.arcana == Arcana::Minor) != c.suit.is_some() {
                return Err(format!(
                    "deck.json: card {i}: only minor arcana have a suit"
                ));
            }
            cards.push(Card {
                id: c.id,
                arcana: c.arcana,
                suit: c.suit,
                number: c.number,
                texts: HashMap::from([(Lang::En, c.text)]),
            });
        }
        for (lang, json) in translations {
            let file: TranslationFile = serde_json::from_str(json)
                .map_err(|e| format!("cards/{}.json: {e}", lang.code()))?;
            for t in file.cards {
                let card = cards
                    .get_mut(usize::from(t.id))
                    .ok_or_else(|| format!("cards/{}.json: no card {}", lang.code(), t.id))?;
                card.texts.insert(*lang, t.text);
            }
        }
        for c in &cards {
            for lang in Lang::ALL {
                match c.texts.get(&lang) {
                    None => return Err(format!("card {} has no {lang} name", c.id)),
                    Some(t) if t.name.trim().is_empty() => {
                        return Err(format!("card {} has no {lang} name", c.id))
                    }
                    Some(t) if t.upright.is_empty() || t.reversed.is_empty() => {
                        return Err(format!("card {} lacks {lang} keywords", c.id))
                    }
                    Some(_) => {}
                }
            }
        }
        let major = cards.iter().filter(|c| c.arcana == Arcana::Major).count();
        if major != 22 {
            return Err(format!("deck.json: {major} major arcana, expected 22"));
        }
        for suit in [Suit::Wands, Suit::Cups, Suit::Swords, Suit::Pentacles] {
            let n = cards.iter().filter(|c| c.suit == Some(suit)).count();
            if n != 14 {
                return Err(format!("deck.json: {n} cards of {suit:?}, expected 14"));
            }
        }
        Ok(Deck { cards })
    }

    pub fn card(&self, id: u8) -> Option<&Card> {
        self.cards.get(usize::from(id))
    }

    pub fn cards(&self) -> &[Card] {
        &self.cards
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    One,
    Three,
    CelticCross,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Card,
    Past,
    Present,
    Future,
    Situation,
    Challenge,
    Foundation,
    RecentPast,
    Crown,
    NearFuture,
    SelfView,
    Environment,
    HopesFears,
    Outcome,
}

impl Spread {
    pub const ALL: [Spread; 3] = [Spread::One, Spread::Three, Spread::CelticCross];

    pub fn code(self) -> &'static str {
        match self {
            Spread::One => "one",
            Spread::Three => "three",
            Spread::CelticCross => "celtic",
        }
    }

    pub fn from_code(s: &str) -> Option<Spread> {
        Spread::ALL.into_iter().find(|x| x.code() == s)
    }

    /// The interpretation's length limit in characters: more cards, more room.
    pub fn max_chars(self) -> u32 {
        match self {
            Spread::One => 1_200,
            Spread::Three => 2_000,
            Spread::CelticCross => 3_500,
        }
    }

    pub fn positions(self) -> &'static [Position] {
        use Position::*;
        match self {
            Spread::One => &[Card],
            Spread::Three => &[Past, Present, Future],
            Spread::CelticCross => &[
                Situation,
                Challenge,
                Foundation,
                RecentPast,
                Crown,
                NearFuture,
                SelfView,
                Environment,
                HopesFears,
                Outcome,
            ],
        }
    }
}

/// One card laid in a spread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drawn {
    pub card: u8,
    pub reversed: bool,
    pub position: Position,
}

/// Draws a spread: distinct cards, each upright or reversed with equal chance. `rng` should be
/// a cryptographically secure generator (`rand::rng()` is ChaCha seeded from the OS).
pub fn draw(spread: Spread, rng: &mut impl Rng) -> Vec<Drawn> {
    let positions = spread.positions();
    rand::seq::index::sample(rng, Deck::SIZE, positions.len())
        .into_iter()
        .zip(positions)
        .map(|(card, position)| Drawn {
            card: u8::try_from(card).unwrap_or(0),
            reversed: rng.random_bool(0.5),
            position: *position,
        })
        .collect()
}

/// The card of the day for a user: the same all day, different across users and days, and
/// unpredictable without the server secret (HMAC-SHA256 of user and date).
pub fn daily_card(secret: &[u8], user_id: i64, date: &str) -> (u8, bool) {
    let mut mac = match hmac::Hmac::<sha2::Sha256>::new_from_slice(secret) {
        Ok(m) => m,
        // HMAC takes keys of any length; this arm is unreachable in practice.
        Err(_) => return (0, false),
    };
    mac.update(format!("daily-card|{user_id}|{date}").as_bytes());
    let digest = mac.finalize().into_bytes();
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    let index = (u64::from_be_bytes(head) % Deck::SIZE as u64) as u8;
    (index, digest[8] & 1 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/assets/tarot/{path}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    fn deck() -> Deck {
        let texts: Vec<(Lang, String)> = Lang::ALL
            .into_iter()
            .filter(|l| *l != Lang::En)
            .map(|l| (l, read(&format!("cards/{}.json", l.code()))))
            .collect();
        let texts: Vec<(Lang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
        Deck::from_json(&read("deck.json"), &texts).unwrap()
    }

    #[test]
    fn the_deck_is_complete_and_translated() {
        let d = deck();
        assert_eq!(d.cards().len(), 78);
        assert_eq!(d.card(0).unwrap().name(Lang::En), "The Fool");
        assert_eq!(d.card(36).unwrap().name(Lang::Tr), "Kupa Ası");
        for lang in Lang::ALL {
            let names: HashSet<&str> = d.cards().iter().map(|c| c.name(lang)).collect();
            assert_eq!(names.len(), 78, "{lang}: card names must be distinct");
        }
        assert!(d.card(78).is_none());
    }

    #[test]
    fn a_broken_deck_is_rejected() {
        assert!(Deck::from_json("{\"cards\": []}", &[]).is_err());
        assert!(Deck::from_json("not json", &[]).is_err());
        // English alone is not a deck: every language needs its words.
        let missing = Deck::from_json(&read("deck.json"), &[]).unwrap_err();
        assert!(missing.contains("has no tr name"), "{missing}");
    }

    #[test]
    fn draws_never_repeat_and_fill_every_position() {
        let mut rng = rand::rng();
        for _ in 0..500 {
            let cards = draw(Spread::CelticCross, &mut rng);
            assert_eq!(cards.len(), 10);
            let ids: HashSet<u8> = cards.iter().map(|c| c.card).collect();
            assert_eq!(ids.len(), 10);
            assert!(cards.iter().all(|c| usize::from(c.card) < 78));
            assert_eq!(
                cards.iter().map(|c| c.position).collect::<Vec<_>>(),
                Spread::CelticCross.positions()
            );
        }
        assert_eq!(draw(Spread::Three, &mut rng).len(), 3);
    }

    #[test]
    fn draws_cover_the_deck_and_both_orientations() {
        let mut rng = rand::rng();
        let mut seen = HashSet::new();
        let mut reversed = 0;
        for _ in 0..2000 {
            let c = draw(Spread::One, &mut rng)[0];
            seen.insert(c.card);
            reversed += usize::from(c.reversed);
        }
        assert_eq!(seen.len(), 78);
        assert!((800..1200).contains(&reversed), "{reversed}");
    }

    #[test]
    fn the_daily_card_is_stable_per_day_and_keyed() {
        let a = daily_card(b"secret", 42, "2026-11-26");
        assert_eq!(a, daily_card(b"secret", 42, "2026-11-26"));
        let other_days: HashSet<_> = (1..=28)
            .map(|d| daily_card(b"secret", 42, &format!("2026-02-{d:02}")))
            .collect();
        assert!(other_days.len() > 15, "varies across days");
        let other_keys: HashSet<_> = (0..20)
            .map(|k| daily_card(format!("k{k}").as_bytes(), 42, "2026-11-26"))
            .collect();
        assert!(other_keys.len() > 10, "depends on the secret");
    }
}

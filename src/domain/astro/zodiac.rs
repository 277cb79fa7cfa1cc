//! The twelve signs with their element and modality — the vocabulary every chart is written in.

use serde::Serialize;
use std::str::FromStr;

/// Serialized as its code (`"aries"`), see `domain::code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sign {
    Aries,
    Taurus,
    Gemini,
    Cancer,
    Leo,
    Virgo,
    Libra,
    Scorpio,
    Sagittarius,
    Capricorn,
    Aquarius,
    Pisces,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    Fire,
    Earth,
    Air,
    Water,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Cardinal,
    Fixed,
    Mutable,
}

impl Sign {
    pub const ALL: [Sign; 12] = [
        Sign::Aries,
        Sign::Taurus,
        Sign::Gemini,
        Sign::Cancer,
        Sign::Leo,
        Sign::Virgo,
        Sign::Libra,
        Sign::Scorpio,
        Sign::Sagittarius,
        Sign::Capricorn,
        Sign::Aquarius,
        Sign::Pisces,
    ];

    /// The sign a tropical ecliptic longitude (degrees) falls in.
    pub fn of_longitude(longitude: f64) -> Sign {
        let index = (longitude.rem_euclid(360.0) / 30.0).floor() as usize;
        Sign::ALL[index.min(11)]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        [
            "aries",
            "taurus",
            "gemini",
            "cancer",
            "leo",
            "virgo",
            "libra",
            "scorpio",
            "sagittarius",
            "capricorn",
            "aquarius",
            "pisces",
        ][self.index()]
    }

    pub fn symbol(self) -> char {
        [
            '♈', '♉', '♊', '♋', '♌', '♍', '♎', '♏', '♐', '♑', '♒', '♓',
        ][self.index()]
    }

    pub fn element(self) -> Element {
        [Element::Fire, Element::Earth, Element::Air, Element::Water][self.index() % 4]
    }

    pub fn modality(self) -> Modality {
        [Modality::Cardinal, Modality::Fixed, Modality::Mutable][self.index() % 3]
    }
}

impl FromStr for Sign {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Sign::ALL
            .into_iter()
            .find(|sign| sign.code() == wanted)
            .ok_or_else(|| format!("unknown sign {s:?}"))
    }
}

impl Element {
    pub fn code(self) -> &'static str {
        match self {
            Element::Fire => "fire",
            Element::Earth => "earth",
            Element::Air => "air",
            Element::Water => "water",
        }
    }
}

impl Modality {
    pub fn code(self) -> &'static str {
        match self {
            Modality::Cardinal => "cardinal",
            Modality::Fixed => "fixed",
            Modality::Mutable => "mutable",
        }
    }
}

/// Degrees and whole arc-minutes of a longitude inside its sign, e.g. `(14, 7)` for 14°07′.
pub fn degree_minutes_in_sign(longitude: f64) -> (u32, u32) {
    let total_minutes = (longitude.rem_euclid(30.0) * 60.0).floor() as u32;
    (total_minutes / 60, total_minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longitudes_map_to_signs_at_the_boundaries() {
        assert_eq!(Sign::of_longitude(0.0), Sign::Aries);
        assert_eq!(Sign::of_longitude(29.999), Sign::Aries);
        assert_eq!(Sign::of_longitude(30.0), Sign::Taurus);
        assert_eq!(Sign::of_longitude(359.9), Sign::Pisces);
        assert_eq!(Sign::of_longitude(-0.5), Sign::Pisces);
        assert_eq!(Sign::of_longitude(720.0 + 95.0), Sign::Cancer);
    }

    #[test]
    fn elements_and_modalities_follow_the_classical_cycle() {
        assert_eq!(Sign::Leo.element(), Element::Fire);
        assert_eq!(Sign::Capricorn.element(), Element::Earth);
        assert_eq!(Sign::Aquarius.element(), Element::Air);
        assert_eq!(Sign::Scorpio.element(), Element::Water);
        assert_eq!(Sign::Libra.modality(), Modality::Cardinal);
        assert_eq!(Sign::Taurus.modality(), Modality::Fixed);
        assert_eq!(Sign::Pisces.modality(), Modality::Mutable);
        assert_eq!("Scorpio".parse::<Sign>(), Ok(Sign::Scorpio));
        assert_eq!(degree_minutes_in_sign(44.125), (14, 7));
    }
}

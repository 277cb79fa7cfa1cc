//! The nine languages Fal Gram speaks, and how a Telegram `language_code` maps onto them.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Tr,
    En,
    Es,
    Fr,
    Ru,
    De,
    Ar,
    It,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 9] = [
        Lang::Tr,
        Lang::En,
        Lang::Es,
        Lang::Fr,
        Lang::Ru,
        Lang::De,
        Lang::Ar,
        Lang::It,
        Lang::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Tr => "tr",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::De => "de",
            Lang::Ar => "ar",
            Lang::It => "it",
            Lang::Pt => "pt",
        }
    }

    /// The language's own name, as shown on the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Tr => "Türkçe",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::De => "Deutsch",
            Lang::Ar => "العربية",
            Lang::It => "Italiano",
            Lang::Pt => "Português (Brasil)",
        }
    }

    /// Flag and own name, "🇹🇷 Türkçe": how a language is named on every screen.
    pub fn label(self) -> String {
        format!("{} {}", self.flag(), self.native_name())
    }

    pub fn flag(self) -> &'static str {
        match self {
            Lang::Tr => "🇹🇷",
            Lang::En => "🇬🇧",
            Lang::Es => "🇪🇸",
            Lang::Fr => "🇫🇷",
            Lang::Ru => "🇷🇺",
            Lang::De => "🇩🇪",
            Lang::Ar => "🇸🇦",
            Lang::It => "🇮🇹",
            Lang::Pt => "🇧🇷",
        }
    }

    /// English name of the language, used inside AI prompts ("answer in Turkish").
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::Tr => "Turkish",
            Lang::En => "English",
            Lang::Es => "Spanish",
            Lang::Fr => "French",
            Lang::Ru => "Russian",
            Lang::De => "German",
            Lang::Ar => "Arabic",
            Lang::It => "Italian",
            Lang::Pt => "Brazilian Portuguese",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Maps a Telegram `language_code` (an IETF tag such as `pt-BR` or `tr`) to a supported
    /// language: the region is stripped (so `pt-PT` and `pt-BR` both get the Brazilian
    /// Portuguese we write), anything unknown or missing becomes English.
    pub fn detect(code: Option<&str>) -> Lang {
        code.and_then(|c| c.split(['-', '_']).next())
            .and_then(|primary| primary.parse().ok())
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (expected one of tr, en, es, fr, ru, de, ar, it, pt)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == lower)
            .ok_or(UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_primary_subtag_and_defaults_to_english() {
        assert_eq!(Lang::detect(Some("tr")), Lang::Tr);
        assert_eq!(Lang::detect(Some("pt-BR")), Lang::Pt);
        assert_eq!(Lang::detect(Some("DE_at")), Lang::De);
        assert_eq!(Lang::detect(Some("zh-hans")), Lang::En);
        assert_eq!(Lang::detect(Some("")), Lang::En);
        assert_eq!(Lang::detect(None), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
        }
        assert!("xx".parse::<Lang>().is_err());
    }
}

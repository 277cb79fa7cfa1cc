//! English words that must not appear in another language's screens: common function words
//! and the product's own vocabulary (the words a missed translation would leave behind).

pub const WORDS: &[&str] = &[
    "the", "and", "your", "you", "please", "with", "this", "that", "are", "have", "from", "our",
    "what", "which", "when", "how", "about", "just", "only", "here", "there", "then", "would",
    "could", "should", "been", "because", "sorry", "thanks", "reading", "readings", "send",
    "choose", "back", "next", "previous", "days", "week", "month", "users", "settings", "search",
    "refund", "delete", "share", "invite", "friends", "today", "tomorrow", "birth", "moon", "sun",
    "dream", "cup", "coffee",
];

/// Words of that list that are also words of another language ("elle t’invite", "sun" =
/// "offer" in Turkish, the French "week-end" split at its hyphen).
const NATIVE: &[(&str, &str)] = &[("fr", "invite"), ("tr", "sun"), ("fr", "week")];

/// The English words in `lang`'s `text`, matched as whole words in any script (so "Häuser" is not
/// read as "user").
pub fn find(lang: &str, text: &str) -> Vec<String> {
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\p{L}[\p{L}']+").expect("a valid pattern"));
    WORD.find_iter(text)
        .map(|m| m.as_str())
        .map(str::to_lowercase)
        .filter(|w| WORDS.contains(&w.as_str()) && !NATIVE.contains(&(lang, w.as_str())))
        .collect()
}

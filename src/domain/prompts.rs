//! Prompt types, their named placeholders, and rendering that never leaks a literal `{sign}`.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use super::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromptKind {
    Coffee,
    Tarot,
    Dream,
    DailyCard,
    DailyHoroscope,
    WeeklyHoroscope,
    MonthlyHoroscope,
    BirthChart,
    Compatibility,
    AstroChatbot,
    Moon,
    /// The year ahead from a solar return chart.
    SolarReturn,
}

impl PromptKind {
    pub const ALL: [PromptKind; 12] = [
        PromptKind::Coffee,
        PromptKind::Tarot,
        PromptKind::Dream,
        PromptKind::DailyCard,
        PromptKind::DailyHoroscope,
        PromptKind::WeeklyHoroscope,
        PromptKind::MonthlyHoroscope,
        PromptKind::BirthChart,
        PromptKind::Compatibility,
        PromptKind::AstroChatbot,
        PromptKind::Moon,
        PromptKind::SolarReturn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PromptKind::Coffee => "coffee",
            PromptKind::Tarot => "tarot",
            PromptKind::Dream => "dream",
            PromptKind::DailyCard => "daily_card",
            PromptKind::DailyHoroscope => "daily_horoscope",
            PromptKind::WeeklyHoroscope => "weekly_horoscope",
            PromptKind::MonthlyHoroscope => "monthly_horoscope",
            PromptKind::BirthChart => "birth_chart",
            PromptKind::Compatibility => "compatibility",
            PromptKind::AstroChatbot => "astro_chatbot",
            PromptKind::Moon => "moon",
            PromptKind::SolarReturn => "solar_return",
        }
    }

    /// The placeholders a template of this kind may use. User-typed text (a dream, a chat
    /// message) is never a placeholder: it travels as the user's turn, apart from the
    /// instructions, so it cannot rewrite them. `{max_chars}` is every kind's answer length.
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            PromptKind::Coffee => &["username", "date", "max_chars"],
            PromptKind::Tarot => &["username", "spread", "cards", "max_chars"],
            PromptKind::Dream => &["username", "date", "max_chars"],
            PromptKind::DailyCard => &["username", "card", "date", "max_chars"],
            PromptKind::DailyHoroscope => &["sign", "date", "max_chars"],
            PromptKind::WeeklyHoroscope => &["sign", "week", "max_chars"],
            PromptKind::MonthlyHoroscope => &["sign", "month", "max_chars"],
            PromptKind::BirthChart => &[
                "username",
                "birth_date",
                "birth_time",
                "birth_place",
                "chart",
                "max_chars",
            ],
            PromptKind::Compatibility => &[
                "first_sign",
                "second_sign",
                "score",
                "synastry",
                "max_chars",
            ],
            PromptKind::AstroChatbot => &["username", "sign", "chart", "date", "max_chars"],
            PromptKind::Moon => &["phase", "illumination", "date", "max_chars"],
            PromptKind::SolarReturn => &[
                "username",
                "year",
                "return_date",
                "return_place",
                "chart",
                "max_chars",
            ],
        }
    }

    /// The longest answer, in characters, that fits the screen a reading of this kind lands
    /// on; prompts state it (`{max_chars}`) and the AI's output budget follows from it.
    /// A tarot spread sets its own (see `Spread::max_chars`).
    pub fn max_chars(self) -> u32 {
        self.default_max_chars()
    }

    /// The output tokens to allow for an answer of `max_chars` characters: one token per
    /// character (tokenizers average two or more characters per token in all nine languages,
    /// so the answer always fits) plus room for the thinking that Gemini's thinking models
    /// bill against the same budget. A runaway answer stops here, not at the model's limit.
    pub fn output_tokens(max_chars: u32) -> u32 {
        max_chars + 1_024
    }

    fn default_max_chars(self) -> u32 {
        match self {
            PromptKind::Coffee => 2_500,
            PromptKind::Tarot => 2_000,
            PromptKind::Dream => 2_000,
            PromptKind::DailyCard => 900,
            PromptKind::DailyHoroscope => 1_200,
            PromptKind::WeeklyHoroscope => 2_000,
            PromptKind::MonthlyHoroscope => 2_500,
            PromptKind::BirthChart => 3_500,
            PromptKind::Compatibility => 2_000,
            PromptKind::AstroChatbot => 1_500,
            PromptKind::Moon => 600,
            PromptKind::SolarReturn => 3_000,
        }
    }
}

impl fmt::Display for PromptKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for PromptKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PromptKind::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| format!("unknown prompt type {s:?}"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PromptError {
    #[error("placeholder {{{name}}} is not known for prompt type {kind}")]
    UnknownPlaceholder { kind: PromptKind, name: String },
    #[error("no value given for placeholder {{{name}}}")]
    MissingValue { name: String },
    #[error("unclosed '{{' at byte {at}")]
    Unclosed { at: usize },
    #[error("the prompt is empty")]
    Empty,
}

/// A piece of a parsed template.
enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// Splits a template into text and `{name}` slots. `{{` and `}}` stand for literal braces,
/// and a `{` not followed by a name and `}` is an error rather than silently kept.
fn parse(template: &str) -> Result<Vec<Piece<'_>>, PromptError> {
    let mut pieces = Vec::new();
    let bytes = template.as_bytes();
    let (mut i, mut text_start) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                pieces.push(Piece::Text(&template[text_start..=i]));
                i += 2;
                text_start = i;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                pieces.push(Piece::Text(&template[text_start..=i]));
                i += 2;
                text_start = i;
            }
            b'{' => {
                let close = template[i + 1..].find('}').map(|p| p + i + 1);
                let name = close.map(|c| &template[i + 1..c]);
                match (close, name) {
                    (Some(c), Some(n)) if is_name(n) => {
                        pieces.push(Piece::Text(&template[text_start..i]));
                        pieces.push(Piece::Slot(n));
                        i = c + 1;
                        text_start = i;
                    }
                    _ => return Err(PromptError::Unclosed { at: i }),
                }
            }
            _ => i += 1,
        }
    }
    pieces.push(Piece::Text(&template[text_start..]));
    Ok(pieces)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit())
}

/// The placeholders a template uses.
pub fn placeholders_in(template: &str) -> Result<BTreeSet<String>, PromptError> {
    Ok(parse(template)?
        .into_iter()
        .filter_map(|p| match p {
            Piece::Slot(n) => Some(n.to_string()),
            Piece::Text(_) => None,
        })
        .collect())
}

/// Checks a template before it is stored or shipped: parseable, non-empty, and every
/// placeholder known for its kind.
pub fn validate(kind: PromptKind, template: &str) -> Result<(), PromptError> {
    if template.trim().is_empty() {
        return Err(PromptError::Empty);
    }
    for name in placeholders_in(template)? {
        if !kind.placeholders().contains(&name.as_str()) {
            return Err(PromptError::UnknownPlaceholder { kind, name });
        }
    }
    Ok(())
}

/// Fills a template. Every placeholder it uses must have a value.
pub fn render(
    kind: PromptKind,
    template: &str,
    values: &[(&str, String)],
) -> Result<String, PromptError> {
    validate(kind, template)?;
    let mut out = String::with_capacity(template.len() + 64);
    for piece in parse(template)? {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Slot(name) => {
                let value = values.iter().find(|(k, _)| *k == name).ok_or_else(|| {
                    PromptError::MissingValue {
                        name: name.to_string(),
                    }
                })?;
                out.push_str(&value.1);
            }
        }
    }
    Ok(out)
}

/// The closing instruction added to every system prompt, so the answer comes in the user's
/// language even when an operator's override forgets to say so.
pub fn language_directive(lang: Lang) -> String {
    format!(
        "Write your whole answer in {} only. Use plain text with short paragraphs; no Markdown.",
        lang.english_name()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_known_placeholders() {
        let out = render(
            PromptKind::DailyHoroscope,
            "Sign {sign} on {date}. {{literal}}",
            &[("sign", "Leo".into()), ("date", "2026-01-01".into())],
        );
        assert_eq!(out.as_deref(), Ok("Sign Leo on 2026-01-01. {literal}"));
    }

    #[test]
    fn unknown_placeholder_is_rejected() {
        let err = validate(PromptKind::Coffee, "Hello {sign}").unwrap_err();
        assert!(matches!(err, PromptError::UnknownPlaceholder { .. }));
    }

    #[test]
    fn missing_value_is_an_error_not_a_literal() {
        let err = render(
            PromptKind::DailyHoroscope,
            "{sign} {date}",
            &[("sign", "Leo".into())],
        );
        assert_eq!(
            err,
            Err(PromptError::MissingValue {
                name: "date".into()
            })
        );
    }

    #[test]
    fn stray_brace_is_an_error() {
        assert!(matches!(
            validate(PromptKind::Coffee, "oops { here"),
            Err(PromptError::Unclosed { .. })
        ));
        assert!(matches!(
            validate(PromptKind::Coffee, "{Bad Name}"),
            Err(PromptError::Unclosed { .. })
        ));
        assert_eq!(validate(PromptKind::Coffee, "  "), Err(PromptError::Empty));
    }
}

//! Prompt management from Supabase: rows of the `prompts` table (the Python version's shape:
//! `prompt_type`, `language`, `content`) become local overrides, after the same validation as
//! the admin panel's editor. Periodically and on SIGHUP.

use super::Client;
use crate::domain::prompts::validate;
use crate::domain::{Lang, PromptKind};
use crate::store::Store;

/// What a pull did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pulled {
    pub applied: usize,
    pub unchanged: usize,
    /// (prompt_type, language, why) for rows that were not applied.
    pub skipped: Vec<(String, String, String)>,
}

/// The Python version's names for our prompt kinds, besides our own codes.
fn kind_of(name: &str) -> Option<PromptKind> {
    let name = name.trim().to_ascii_lowercase();
    let ours = match name.as_str() {
        "coffee_fortune" | "coffee_reading" | "fal" => "coffee",
        "tarot_reading" | "tarot_fortune" => "tarot",
        "dream_interpretation" | "dream_analysis" => "dream",
        "daily_horoscope_prompt" => "daily_horoscope",
        "chatbot" | "astrology_chatbot" => "astro_chatbot",
        other => other,
    };
    ours.parse().ok()
}

/// Reads a row's text from the column names the Python version used.
pub(crate) fn field<'a>(
    row: &'a serde_json::Value,
    names: &[&str],
) -> Option<&'a serde_json::Value> {
    names
        .iter()
        .find_map(|n| row.get(*n).filter(|v| !v.is_null()))
}

/// Applies every valid row of Supabase's `prompts` whose text differs from the local one.
pub async fn pull(store: &Store, client: &Client) -> anyhow::Result<Pulled> {
    let rows = client.select_all("prompts", "language.asc").await?;
    let mut out = Pulled::default();
    for row in rows {
        let kind_name = field(&row, &["prompt_type", "kind", "type"])
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let lang_name = field(&row, &["language", "lang"])
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let body = field(&row, &["content", "prompt", "body", "text"])
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        if row.get("is_active").and_then(|v| v.as_bool()) == Some(false) {
            continue;
        }
        let Some(kind) = kind_of(&kind_name) else {
            out.skipped
                .push((kind_name, lang_name, "unknown prompt type".into()));
            continue;
        };
        let Ok(lang) = lang_name.parse::<Lang>() else {
            out.skipped
                .push((kind_name, lang_name, "unknown language".into()));
            continue;
        };
        if let Err(e) = validate(kind, body) {
            out.skipped.push((kind_name, lang_name, e.to_string()));
            continue;
        }
        if store.prompt_override(kind, lang).await?.as_deref() == Some(body) {
            out.unchanged += 1;
            continue;
        }
        store
            .set_prompt_override(kind, lang, body.to_string(), None)
            .await?;
        out.applied += 1;
    }
    Ok(out)
}

//! Prompt lookup: an override row in the database wins over the embedded default.

use crate::assets;
use crate::domain::prompts::{language_directive, render, PromptError};
use crate::domain::{Lang, PromptKind};
use crate::store::Store;

pub fn embedded_path(kind: PromptKind, lang: Lang) -> String {
    format!("prompts/{}/{}.txt", lang.code(), kind.code())
}

/// The embedded default template for a type and language.
pub fn embedded(kind: PromptKind, lang: Lang) -> Option<String> {
    assets::text(&embedded_path(kind, lang)).map(|t| t.trim().to_string())
}

#[derive(Debug, thiserror::Error)]
pub enum PromptLookupError {
    #[error("no prompt for {kind} in {lang}")]
    Missing { kind: PromptKind, lang: Lang },
    #[error("prompt {kind}/{lang}: {source}")]
    Render {
        kind: PromptKind,
        lang: Lang,
        source: PromptError,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// The system instruction for a request: the template filled in, plus the language directive.
/// `{max_chars}` is the kind's own limit unless `values` sets it.
pub async fn system_prompt(
    store: &Store,
    kind: PromptKind,
    lang: Lang,
    values: &[(&str, String)],
) -> Result<String, PromptLookupError> {
    let template = match store.prompt_override(kind, lang).await? {
        Some(t) => t,
        None => embedded(kind, lang).ok_or(PromptLookupError::Missing { kind, lang })?,
    };
    let limit = kind.max_chars().to_string();
    let mut values = values.to_vec();
    if !values.iter().any(|(name, _)| *name == "max_chars") {
        values.push(("max_chars", limit));
    }
    let body = render(kind, &template, &values).map_err(|source| PromptLookupError::Render {
        kind,
        lang,
        source,
    })?;
    Ok(format!("{body}\n\n{}", language_directive(lang)))
}

//! The prompt editor behind the panel, `falgram admin prompts` and the Supabase pull: see a
//! prompt (override or embedded default) with a preview, save an override only after it
//! validates, and go back to the default.

use super::accounts::log_action;
use super::system_prompt::embedded;
use crate::app::App;
use crate::domain::prompts::{render, validate, PromptError};
use crate::domain::{Lang, PromptKind};
use crate::store::{Store, StoreResult};

/// Where the prompt in force comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Override,
    Embedded,
}

impl Source {
    pub fn code(self) -> &'static str {
        match self {
            Source::Override => "override",
            Source::Embedded => "embedded",
        }
    }
}

/// A prompt as the editor shows it.
#[derive(Debug, Clone)]
pub struct View {
    pub body: String,
    pub source: Source,
    /// The template filled with sample values (`‹sign›`), or why it does not render.
    pub preview: Result<String, PromptError>,
}

pub async fn view(store: &Store, kind: PromptKind, lang: Lang) -> StoreResult<View> {
    let (body, source) = match store.prompt_override(kind, lang).await? {
        Some(b) => (b, Source::Override),
        None => (embedded(kind, lang).unwrap_or_default(), Source::Embedded),
    };
    let samples: Vec<(&str, String)> = kind
        .placeholders()
        .iter()
        .map(|p| (*p, format!("‹{p}›")))
        .collect();
    Ok(View {
        preview: render(kind, &body, &samples),
        body,
        source,
    })
}

/// Which languages of `kind` are overridden, in `Lang::ALL` order.
pub async fn overridden(store: &Store, kind: PromptKind) -> StoreResult<Vec<(Lang, bool)>> {
    let mut out = Vec::with_capacity(Lang::ALL.len());
    for lang in Lang::ALL {
        out.push((lang, store.prompt_override(kind, lang).await?.is_some()));
    }
    Ok(out)
}

/// The placeholders a template of `kind` may use, as `{a} {b}`.
pub fn placeholders(kind: PromptKind) -> String {
    kind.placeholders()
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why an override was not saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    Invalid(#[from] PromptError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Saves `body` as the override of `kind` in `lang`, only once it validates (every
/// placeholder known for the kind, braces balanced). The bot uses it from the next request.
pub async fn save(
    app: &App,
    by: Option<i64>,
    kind: PromptKind,
    lang: Lang,
    body: &str,
) -> Result<(), SaveError> {
    let body = body.trim();
    validate(kind, body)?;
    app.store
        .set_prompt_override(kind, lang, body.to_string(), by)
        .await?;
    log_action(app, by, "admin_prompt", format!("{kind}/{lang} overridden")).await;
    Ok(())
}

/// Back to the embedded default; `false` when it was not overridden.
pub async fn reset(app: &App, by: Option<i64>, kind: PromptKind, lang: Lang) -> StoreResult<bool> {
    let removed = app.store.reset_prompt(kind, lang).await?;
    if removed {
        log_action(app, by, "admin_prompt", format!("{kind}/{lang} reset")).await;
    }
    Ok(removed)
}

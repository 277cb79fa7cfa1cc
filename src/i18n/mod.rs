//! Fluent bundles for the nine languages, embedded in the binary.

pub mod keys;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use keys::Key;

use crate::assets::{self, Assets};
use crate::domain::Lang;

/// A variable's value.
#[derive(Debug, Clone, Copy)]
pub enum Val<'a> {
    Str(&'a str),
    Num(i64),
}

impl<'a> From<&'a str> for Val<'a> {
    fn from(s: &'a str) -> Self {
        Val::Str(s)
    }
}

impl<'a> From<&'a String> for Val<'a> {
    fn from(s: &'a String) -> Self {
        Val::Str(s)
    }
}

impl From<i64> for Val<'_> {
    fn from(n: i64) -> Self {
        Val::Num(n)
    }
}

impl From<u32> for Val<'_> {
    fn from(n: u32) -> Self {
        Val::Num(n.into())
    }
}

impl From<u64> for Val<'_> {
    fn from(n: u64) -> Self {
        Val::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {lang}: no .ftl files embedded")]
    Missing { lang: Lang },
    #[error("locale {file}: {detail}")]
    Parse { file: String, detail: String },
}

pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

/// The embedded `.ftl` sources of one language: (path, text).
pub fn sources(lang: Lang) -> Vec<(String, String)> {
    let prefix = format!("locales/{}/", lang.code());
    let mut files: Vec<_> = Assets::iter()
        .filter(|p| p.starts_with(&prefix) && p.ends_with(".ftl"))
        .filter_map(|p| assets::text(&p).map(|t| (p.to_string(), t.into_owned())))
        .collect();
    files.sort();
    files
}

impl I18n {
    pub fn load() -> Result<I18n, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let files = sources(lang);
            if files.is_empty() {
                return Err(I18nError::Missing { lang });
            }
            let langid = lang
                .code()
                .parse()
                .map_err(|_| I18nError::Missing { lang })?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would show up inside Telegram texts and test assertions.
            bundle.set_use_isolating(false);
            for (file, text) in files {
                let res = FluentResource::try_new(text).map_err(|(_, errs)| I18nError::Parse {
                    file: file.clone(),
                    detail: format!("{errs:?}"),
                })?;
                bundle.add_resource(res).map_err(|errs| I18nError::Parse {
                    file: file.clone(),
                    detail: format!("{errs:?}"),
                })?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles })
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(id))
    }

    /// A message without variables.
    pub fn t(&self, lang: Lang, key: Key) -> String {
        self.tr(lang, key, &[])
    }

    /// A message with variables; falls back to English, then to the id, never panics.
    pub fn tr(&self, lang: Lang, key: Key, args: &[(&str, Val<'_>)]) -> String {
        debug_assert!(
            key.args.len() == args.len() && args.iter().all(|(n, _)| key.args.contains(n)),
            "message {} takes {:?}",
            key.id,
            key.args
        );
        let mut fargs = FluentArgs::new();
        for (name, val) in args {
            match val {
                Val::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Val::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.format(l, key.id, &fargs))
            .unwrap_or_else(|| key.id.to_string())
    }

    fn format(&self, lang: Lang, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = %lang, id, ?errors, "message formatted with errors");
        }
        Some(text.into_owned())
    }
}

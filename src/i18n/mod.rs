//! Fluent bundles for the nine languages, embedded in the binary.

mod bidi;
mod dates;
mod errors;
pub mod format;
pub mod keys;
mod names;
pub mod shaping;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use keys::Key;

use crate::assets::{self, Assets};
use crate::domain::{Lang, Plan, PromptKind};

/// A variable's value.
#[derive(Debug, Clone, Copy)]
pub enum Val<'a> {
    Str(&'a str),
    /// A count or amount: selects the plural form and is written with the language's grouping.
    Num(i64),
    /// A number that is a name, not an amount (a user id, a year): written as plain digits.
    Digits(i64),
    /// A decimal (the moon's age), written with the language's decimal mark and `places`
    /// digits after it; selects the plural form like CLDR says for fractions.
    Decimal(f64, usize),
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
            // Arabic is right to left: its variables are isolated (FSI…PDI) so a Latin name or a
            // number keeps its place; the left-to-right languages need no marks.
            bundle.set_use_isolating(lang == Lang::Ar);
            bundle.set_formatter(Some(number_formatter(lang)));
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
            key.args.len() == args.len() && args.iter().all(|(n, _)| key.takes(n)),
            "message {} takes {:?}",
            key.id,
            key.args
        );
        let fargs = fluent_args(args);
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.format(l, key.id, &fargs))
            .unwrap_or_else(|| key.id.to_string())
    }

    /// The dash between a label and its value (" — "; German " – ").
    pub fn dash(&self, lang: Lang) -> String {
        self.t(lang, keys::DASH)
    }

    /// A plan's name ("Premium").
    pub fn plan_name(&self, lang: Lang, plan: Plan) -> String {
        self.t(
            lang,
            match plan {
                Plan::Free => keys::PLAN_FREE,
                Plan::Basic => keys::PLAN_BASIC,
                Plan::Premium => keys::PLAN_PREMIUM,
                Plan::Vip => keys::PLAN_VIP,
            },
        )
    }

    /// A reading kind's label ("Tarot reading"), for history lists, PDFs and the dashboard.
    pub fn reading_kind(&self, lang: Lang, kind: PromptKind) -> String {
        self.tr(lang, keys::READING_KIND, &[("kind", Val::Str(kind.code()))])
    }

    /// Like [`I18n::tr`] in one language only, with Fluent's errors instead of a log line:
    /// for the tests that render every message.
    pub fn tr_checked(
        &self,
        lang: Lang,
        key: Key,
        args: &[(&str, Val<'_>)],
    ) -> Result<String, String> {
        let bundle = self.bundles.get(&lang).ok_or("no bundle")?;
        let pattern = bundle
            .get_message(key.id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("{lang}: no message {}", key.id))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
        match errors.first() {
            Some(e) => Err(format!("{lang} {}: {e:?}", key.id)),
            None => Ok(text.into_owned()),
        }
    }

    fn format(&self, lang: Lang, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let bundle = self.bundles.get(&lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = %lang, id, ?errors, "message formatted with errors");
        }
        Some(if lang == Lang::Ar {
            bidi::isolate_latin(&text)
        } else {
            text.into_owned()
        })
    }
}

/// Numbers inside messages, written by [`format`]'s rules for `lang`: one function per
/// language, because Fluent hands the formatter no language of its own.
fn number_formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    fn write<M, const L: usize>(value: &FluentValue, _: &M) -> Option<String> {
        let FluentValue::Number(n) = value else {
            return None;
        };
        let lang = Lang::ALL[L];
        let places = n
            .options
            .minimum_fraction_digits
            .or(n.options.maximum_fraction_digits)
            .unwrap_or(0);
        Some(
            if places == 0 && n.value.fract() == 0.0 && n.value.abs() < 1e15 {
                format::number(lang, n.value as i64)
            } else {
                format::decimal(lang, n.value, places.max(1))
            },
        )
    }
    match Lang::ALL.iter().position(|l| *l == lang) {
        Some(0) => write::<M, 0>,
        Some(1) => write::<M, 1>,
        Some(2) => write::<M, 2>,
        Some(3) => write::<M, 3>,
        Some(4) => write::<M, 4>,
        Some(5) => write::<M, 5>,
        Some(6) => write::<M, 6>,
        Some(7) => write::<M, 7>,
        _ => write::<M, 8>,
    }
}

fn fluent_args<'a>(args: &[(&'a str, Val<'a>)]) -> FluentArgs<'a> {
    let mut fargs = FluentArgs::new();
    for (name, val) in args {
        match val {
            Val::Str(s) => fargs.set(*name, FluentValue::from(*s)),
            Val::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Val::Digits(n) => fargs.set(*name, FluentValue::from(n.to_string())),
            Val::Decimal(x, places) => {
                let mut number = fluent_bundle::types::FluentNumber::from(*x);
                number.options.minimum_fraction_digits = Some(*places);
                number.options.maximum_fraction_digits = Some(*places);
                fargs.set(*name, FluentValue::Number(number));
            }
        }
    }
    fargs
}

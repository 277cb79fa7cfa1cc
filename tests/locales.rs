//! Locale parity: every language has every message the code uses, no message references a
//! variable its callers do not pass, and translations are not English copies.

use std::collections::{BTreeMap, BTreeSet};

use falgram::domain::Lang;
use falgram::i18n::{keys, sources, I18n, Val};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn vars_in_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for n in &arguments.named {
                vars_in_inline(&n.value, out);
            }
        }
        InlineExpression::Placeable { expression } => vars_in_expr(expression, out),
        _ => {}
    }
}

fn vars_in_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => vars_in_inline(i, out),
        Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
    }
}

fn vars_in_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out);
        }
    }
}

/// message id → variables it references, for one language.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (file, text) in sources(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{file}: {e:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in_pattern(v, &mut vars);
                }
                assert!(
                    all.insert(m.id.name.to_string(), vars).is_none(),
                    "{file}: {} defined twice",
                    m.id.name
                );
            }
        }
    }
    all
}

#[test]
fn every_language_has_exactly_the_keys_the_code_uses() {
    let declared: BTreeMap<&str, BTreeSet<String>> = keys::ALL
        .iter()
        .map(|k| (k.id, k.args.iter().map(|a| a.name.to_string()).collect()))
        .collect();
    for lang in Lang::ALL {
        let have = messages(lang);
        for (id, args) in &declared {
            let vars = have
                .get(*id)
                .unwrap_or_else(|| panic!("{lang}: message {id} is missing"));
            let unknown: Vec<_> = vars.difference(args).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: {id} references {unknown:?}, but callers pass only {args:?}"
            );
        }
        for id in have.keys() {
            assert!(
                declared.contains_key(id.as_str()),
                "{lang}: {id} is not used by the code (add it to i18n/keys.rs or remove it)"
            );
        }
    }
}

#[test]
fn translations_are_real_not_english_copies() {
    let en = I18n::load().unwrap();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let same: Vec<&str> = keys::ALL
            .iter()
            .filter(|k| k.args.is_empty())
            .filter(|k| en.t(lang, **k) == en.t(Lang::En, **k))
            .map(|k| k.id)
            .collect();
        // Brand-like labels ("VIP", "Premium", "Tarot") may legitimately match English, but never more than a tenth of the messages.
        assert!(
            same.len() * 10 <= keys::ALL.len(),
            "{lang}: {} messages identical to English: {same:?}",
            same.len()
        );
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let i18n = I18n::load().unwrap();
    for lang in Lang::ALL {
        for key in keys::ALL {
            let args: Vec<(&str, Val)> = key.args.iter().map(|a| (a.name, Val::Num(3))).collect();
            let text = i18n.tr(lang, *key, &args);
            assert!(
                !text.is_empty() && !text.contains("{$") && !text.contains("{ $"),
                "{lang} {}: {text}",
                key.id
            );
            assert!(i18n.has(lang, key.id), "{lang}: {} is missing", key.id);
        }
    }
}

#[test]
fn plural_forms_follow_each_language() {
    let i18n = I18n::load().unwrap();
    let left = |lang, n: i64| i18n.tr(lang, keys::QUOTA_LEFT, &[("count", Val::Num(n))]);
    assert_eq!(left(Lang::En, 1), "You have 1 free reading left.");
    assert_eq!(left(Lang::En, 3), "You have 3 free readings left.");
    assert_eq!(left(Lang::Ru, 2), "Осталось 2 бесплатных гадания.");
    assert_eq!(left(Lang::Ru, 5), "Осталось 5 бесплатных гаданий.");
    assert_eq!(left(Lang::Tr, 0), "Ücretsiz fal hakkın kalmadı.");
}

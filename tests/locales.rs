//! The nine languages: every language has every message the code uses; no message references a
//! variable its callers do not pass; every count chooses its plural form by the language's
//! CLDR categories; every message renders with counts 0, 1, 2, 3, 5, 11, 21 and 101; one
//! register per language; no English left in the others; the tarot words in every language.

#[path = "support/english.rs"]
mod english;

use std::collections::{BTreeMap, BTreeSet};

use falgram::domain::Lang;
use falgram::i18n::{keys, sources, I18n, Val};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

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

/// The plural categories a count must choose between, as the bot's Fluent resolves them for
/// whole numbers and decimals. Turkish nouns do not change after a number ("1 gün", "5 gün"),
/// so Turkish needs none.
fn categories(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Tr => &[],
        Lang::Ru => &["one", "few", "many", "other"],
        Lang::Ar => &["zero", "one", "two", "few", "many", "other"],
        Lang::En | Lang::Es | Lang::Fr | Lang::De | Lang::It | Lang::Pt => &["one", "other"],
    }
}

/// The variant keys of every selector on `var` in a pattern.
fn selectors_on(p: &Pattern<&str>, var: &str, out: &mut Vec<BTreeSet<String>>) {
    fn in_expr(e: &Expression<&str>, var: &str, out: &mut Vec<BTreeSet<String>>) {
        match e {
            Expression::Select { selector, variants } => {
                if matches!(selector, InlineExpression::VariableReference { id } if id.name == var)
                {
                    out.push(
                        variants
                            .iter()
                            .map(|v| match &v.key {
                                VariantKey::Identifier { name } => name.to_string(),
                                VariantKey::NumberLiteral { value } => value.to_string(),
                            })
                            .collect(),
                    );
                }
                for v in variants {
                    selectors_on(&v.value, var, out);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                in_expr(expression, var, out)
            }
            Expression::Inline(_) => {}
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            in_expr(expression, var, out);
        }
    }
}

#[test]
fn every_count_chooses_its_plural_form_by_the_languages_categories() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let needed = categories(lang);
        if needed.is_empty() {
            continue;
        }
        for (file, text) in sources(lang) {
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(key) = keys::ALL.iter().find(|k| k.id == m.id.name) else {
                    continue;
                };
                let Some(value) = &m.value else { continue };
                for count in key.counts() {
                    let mut found = Vec::new();
                    selectors_on(value, count, &mut found);
                    if found.is_empty() {
                        problems.push(format!(
                            "{file}: {}: ${count} has no plural selector",
                            key.id
                        ));
                    }
                    for variants in found {
                        let missing: Vec<_> =
                            needed.iter().filter(|c| !variants.contains(**c)).collect();
                        if !missing.is_empty() {
                            problems
                                .push(format!("{file}: {}: ${count} lacks {missing:?}", key.id));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_renders_with_the_sample_counts_in_every_language() {
    let i18n = I18n::load().unwrap();
    for lang in Lang::ALL {
        for key in keys::ALL {
            for n in [0, 1, 2, 3, 5, 11, 21, 101] {
                let args: Vec<(&str, Val)> = key
                    .args
                    .iter()
                    .map(|a| (a.name, if a.count { Val::Num(n) } else { Val::Str("x") }))
                    .collect();
                let text = i18n
                    .tr_checked(lang, *key, &args)
                    .unwrap_or_else(|e| panic!("{e}"));
                assert!(
                    !text.trim().is_empty() && !text.contains("{$") && !text.contains("{ $"),
                    "{lang} {} with {n}: {text}",
                    key.id
                );
            }
        }
    }
}

/// The text of every message (all variants), without markup, variables or commands.
fn words_of(lang: Lang) -> Vec<(String, String)> {
    fn collect(p: &Pattern<&str>, out: &mut String) {
        for el in &p.elements {
            match el {
                PatternElement::TextElement { value } => {
                    out.push_str(value);
                    out.push(' ');
                }
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => {
                    for v in variants {
                        collect(&v.value, out);
                    }
                }
                PatternElement::Placeable { .. } => out.push(' '),
            }
        }
    }
    let markup = regex::Regex::new(r"<[^>]+>|/[a-z]+|&[a-z]+;").unwrap();
    let mut out = Vec::new();
    for (_, text) in sources(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut t = String::new();
                if let Some(v) = &m.value {
                    collect(v, &mut t);
                }
                out.push((
                    m.id.name.to_string(),
                    markup.replace_all(&t, " ").into_owned(),
                ));
            }
        }
    }
    out
}

#[test]
fn each_language_keeps_one_register() {
    // The register chosen per language (README, Languages): the forms of the other one.
    let patterns: &[(Lang, &str)] = &[
        (
            Lang::Tr,
            r"(?i)\b(siz|sizin|size|sizi|sizde|sizden|sizinle)\b",
        ),
        (
            Lang::Tr,
            r"(?i)\b(gönderiniz|seçiniz|yazınız|deneyiniz|bekleyiniz|tıklayınız|giriniz)\b",
        ),
        (Lang::Es, r"(?i)\b(usted|ustedes|vosotros|vosotras|os)\b"),
        (
            Lang::Es,
            r"\b(elija|seleccione|pulse|escriba|envíe|introduzca|inténtelo|espere|vuelva)\b",
        ),
        (Lang::Fr, r"(?i)\b(vous|votre|vos)\b"),
        (
            Lang::Ru,
            r"(?i)(^|[^а-яё])(вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашу|вашим|ваших|вашем)([^а-яё]|$)",
        ),
        (
            Lang::De,
            r"\b(Sie|Ihr|Ihre|Ihnen|Ihren|Ihrem|Ihrer|Ihres)\b",
        ),
        (
            Lang::It,
            r"[a-zàèéìòù,] Lei\b|\b(Scelga|Invii|Prema|Scriva|Riprovi|Attenda)\b",
        ),
        (
            Lang::Pt,
            r"(?i)\b(utilizador|utilizadores|carrega|carregue|ecrã|telemóvel|partilhar|definições|registo|contigo|teu|tua|teus|tuas|estás|podes|queres|tens)\b",
        ),
        (Lang::Pt, r"(?i)\b(estou|está|estamos|estão) a [a-zà-ú]+r\b"),
    ];
    let mut problems = Vec::new();
    for (lang, pattern) in patterns {
        let re = regex::Regex::new(pattern).unwrap();
        for (id, text) in words_of(*lang) {
            if let Some(m) = re.find(&text) {
                problems.push(format!("{lang} {id}: {:?}", m.as_str().trim()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_english_is_left_in_the_other_languages() {
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (id, text) in words_of(lang) {
            let english = english::find(lang.code(), &text);
            if !english.is_empty() {
                problems.push(format!("{lang} {id}: {english:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_tarot_speaks_every_language() {
    let deck = falgram::assets::text("tarot/deck.json").unwrap();
    let english: serde_json::Value = serde_json::from_str(&deck).unwrap();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let file = falgram::assets::text(&format!("tarot/cards/{}.json", lang.code())).unwrap();
        let cards: serde_json::Value = serde_json::from_str(&file).unwrap();
        let cards = cards["cards"].as_array().unwrap();
        assert_eq!(cards.len(), 78, "{lang}");
        for c in cards {
            let id = c["id"].as_u64().unwrap() as usize;
            for o in ["upright", "reversed"] {
                assert_eq!(
                    c[o].as_array().map(Vec::len),
                    Some(3),
                    "{lang} card {id} {o}"
                );
                assert_ne!(
                    c[o], english["cards"][id][o],
                    "{lang} card {id}: the {o} keywords are still English"
                );
            }
        }
    }
}

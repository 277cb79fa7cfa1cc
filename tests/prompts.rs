//! Embedded prompts: every type in every language, only known placeholders, and rendering
//! that never leaves a literal `{placeholder}` behind.

use falgram::domain::prompts::{placeholders_in, render, validate};
use falgram::domain::{Lang, PromptKind};
use falgram::services::system_prompt::{embedded, system_prompt};
use falgram::store::Store;

fn sample(name: &str) -> String {
    format!("<{name}>")
}

#[test]
fn every_type_exists_in_every_language_with_known_placeholders() {
    for kind in PromptKind::ALL {
        for lang in Lang::ALL {
            let t = embedded(kind, lang).unwrap_or_else(|| panic!("missing prompt {kind}/{lang}"));
            validate(kind, &t).unwrap_or_else(|e| panic!("{kind}/{lang}: {e}"));
            // The same placeholders as the English original: a translation must not drop facts.
            let en = embedded(kind, Lang::En).unwrap();
            assert_eq!(
                placeholders_in(&t).unwrap(),
                placeholders_in(&en).unwrap(),
                "{kind}/{lang}"
            );
            let values: Vec<(&str, String)> = kind
                .placeholders()
                .iter()
                .map(|p| (*p, sample(p)))
                .collect();
            let out = render(kind, &t, &values).unwrap();
            for p in kind.placeholders() {
                assert!(
                    !out.contains(&format!("{{{p}}}")),
                    "{kind}/{lang}: {{{p}}} left in the prompt"
                );
            }
        }
    }
}

#[test]
fn fact_bearing_prompts_carry_their_facts() {
    for lang in Lang::ALL {
        for (kind, must) in [
            (PromptKind::BirthChart, "chart"),
            (PromptKind::AstroChatbot, "chart"),
            (PromptKind::Tarot, "cards"),
            (PromptKind::DailyCard, "card"),
            (PromptKind::Compatibility, "score"),
            (PromptKind::DailyHoroscope, "sign"),
            (PromptKind::Moon, "phase"),
        ] {
            let t = embedded(kind, lang).unwrap();
            assert!(
                placeholders_in(&t).unwrap().contains(must),
                "{kind}/{lang} must use {{{must}}}"
            );
        }
    }
}

#[tokio::test]
async fn an_override_wins_and_the_language_directive_is_always_added() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("p.db")).unwrap();
    let values = vec![
        ("username", "Ali".to_string()),
        ("date", "2026-11-26".to_string()),
    ];
    let default = system_prompt(&store, PromptKind::Dream, Lang::Tr, &values)
        .await
        .unwrap();
    assert!(
        default.contains("Ali") && default.contains("Turkish"),
        "{default}"
    );
    store
        .set_prompt_override(
            PromptKind::Dream,
            Lang::Tr,
            "Özel yorumcu: {username}".into(),
            None,
        )
        .await
        .unwrap();
    let custom = system_prompt(&store, PromptKind::Dream, Lang::Tr, &values)
        .await
        .unwrap();
    assert!(custom.starts_with("Özel yorumcu: Ali"), "{custom}");
    assert!(
        custom.contains("Write your whole answer in Turkish"),
        "{custom}"
    );
    assert!(store
        .reset_prompt(PromptKind::Dream, Lang::Tr)
        .await
        .unwrap());
    assert_eq!(
        system_prompt(&store, PromptKind::Dream, Lang::Tr, &values)
            .await
            .unwrap(),
        default
    );
    // A missing value is an error, never a literal placeholder.
    assert!(
        system_prompt(&store, PromptKind::Dream, Lang::Tr, &values[1..])
            .await
            .is_err()
    );
}

#[test]
fn the_offline_fixtures_answer_every_prompt_kind() {
    // `falgram sim` runs on fixtures: every kind needs at least the English samples.
    for kind in falgram::domain::PromptKind::ALL {
        let path = falgram::ai::fixture_path(falgram::domain::Lang::En, kind);
        let text = falgram::assets::text(&path).unwrap_or_else(|| panic!("missing {path}"));
        assert!(
            text.contains("Offline sample"),
            "{path} must say it is a sample"
        );
    }
}

#[test]
fn every_prompt_carries_the_safety_line_in_its_language() {
    // Stems of "medical" and "death" in each language; dreams also point to professional help.
    let stems = |lang: Lang| -> (&[&str], &[&str], &[&str]) {
        match lang {
            Lang::En => (&["medical"], &["death"], &["professional", "psycholog"]),
            Lang::Tr => (&["tıbbi"], &["ölüm"], &["uzman"]),
            Lang::Es => (&["médic"], &["muerte"], &["profesional"]),
            Lang::Fr => (
                &["médica"],
                &["mort", "décès"],
                &["professionnel", "psycholog"],
            ),
            Lang::Ru => (&["медицин"], &["смерт"], &["специалист", "психолог"]),
            Lang::De => (
                &["medizin"],
                &["tod"],
                &["fachperson", "psycholog", "therapeut"],
            ),
            Lang::Ar => (&["طبي"], &["موت", "وفاة"], &["مختص", "متخصص"]),
            Lang::It => (&["medic"], &["morte"], &["professionista", "psicolog"]),
            Lang::Pt => (&["médic"], &["morte"], &["profissional", "psicólog"]),
        }
    };
    for lang in Lang::ALL {
        let (medical, death, help) = stems(lang);
        for kind in PromptKind::ALL {
            let t = embedded(kind, lang).unwrap().to_lowercase();
            let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
            assert!(has(medical), "{kind}/{lang}: no medical-advice line");
            assert!(
                has(death),
                "{kind}/{lang}: no line against predicting death or illness"
            );
            if kind == PromptKind::Dream {
                assert!(has(help), "dream/{lang}: no pointer to professional help");
            }
            assert!(t.contains("{max_chars}"), "{kind}/{lang}: no length limit");
        }
    }
}

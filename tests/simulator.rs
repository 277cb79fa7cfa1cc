//! The terminal simulator replays a script against the real bot and prints the transcript.

#[path = "support/english.rs"]
mod english;

use std::sync::Arc;

use falgram::domain::Lang;
use falgram::sim::{run, SimOptions};

async fn replay(script: &str, lang: &str) -> String {
    let script = std::fs::read(script).unwrap();
    let files = tempfile::tempdir().unwrap();
    let opts = SimOptions {
        db: None,
        lang: lang.into(),
        echo: true,
        admin: false,
        files: Some(files.path().to_path_buf()),
        ai: Arc::new(falgram::ai::FixtureProvider::new()),
    };
    let mut out = Vec::new();
    run(opts, &script[..], &mut out).await.unwrap();
    String::from_utf8(out).unwrap()
}

/// What the bot said: its messages and their continuation lines, buttons and toasts — not the
/// simulator's own (English) notes, the echoed input or file names.
fn bot_lines(transcript: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut in_message = false;
    for line in transcript.lines() {
        if line.starts_with("🤖") || line.starts_with("💬") {
            in_message = true;
        } else if !(in_message && (line.starts_with("   ") || line.starts_with("  ["))) {
            in_message = false;
        }
        if in_message {
            lines.push(line);
        }
    }
    lines
}

#[tokio::test]
async fn every_section_reads_in_each_language_with_no_english_and_no_raw_placeholders() {
    // The nine replays wait mostly on the bot's outbound queue, so they run side by side.
    let transcripts = futures::future::join_all(
        Lang::ALL.map(|lang| replay("tests/scripts/every_section.sim", lang.code())),
    )
    .await;
    for (lang, transcript) in Lang::ALL.into_iter().zip(transcripts) {
        let said = bot_lines(&transcript);
        assert!(
            said.len() > 300,
            "{lang}: the script stopped early:\n{transcript}"
        );
        for expected in [
            "☕", "🃏", "💭", "🪐", "🔭", "💞", "📅", "💎", "🎁", "📜", "🌐",
        ] {
            assert!(
                said.iter().any(|l| l.contains(expected)),
                "{lang}: no {expected} screen in:\n{transcript}"
            );
        }
        // The operator's prompt editor shows prompt placeholders on purpose; users never do.
        let users_part = transcript.split("> :admin").next().unwrap_or_default();
        for line in bot_lines(users_part) {
            for raw in ["{username}", "{date}", "{sign}", "{max_chars}"] {
                assert!(!line.contains(raw), "{lang}: raw {raw:?} in {line:?}");
            }
        }
        for line in &said {
            for raw in ["{ $", "{$", "$name", "�"] {
                assert!(!line.contains(raw), "{lang}: raw {raw:?} in {line:?}");
            }
            if lang != Lang::En {
                let english = english::find(lang.code(), line);
                assert!(
                    english.is_empty(),
                    "{lang}: English {english:?} in {line:?}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_tour_script_replays_into_a_readable_transcript() {
    let transcript = replay("tests/scripts/tour.sim", "tr").await;
    for expected in [
        "> /start",
        "🤖 ✨ Fal Gram’a hoş geldin, Deniz!",
        "[3] 💭 Rüya Tabiri",
        "🤖 (edited) 💭 Rüyanı hatırladığın kadar ayrıntılı anlat",
        "💭 Rüya tabirin",
        "Gece denizde yüzüyordum",
        "3 ücretsiz fal hakkın kaldı.",
        "🌐 Dilini seç:",
        "✅ Language set to English.",
        "now chatting as user 2002",
        "✨ Boas-vindas ao Fal Gram, User 2002!",
    ] {
        assert!(
            transcript.contains(expected),
            "missing {expected:?} in:\n{transcript}"
        );
    }
}

#[tokio::test]
async fn a_kept_simulator_database_answers_again_on_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kept.db");
    let run_once = |script: &'static str| {
        let db = db.clone();
        async move {
            let opts = SimOptions {
                files: Some(db.with_extension("files")),
                db: Some(db),
                lang: "en".into(),
                echo: true,
                admin: false,
                ai: Arc::new(falgram::ai::FixtureProvider::new()),
            };
            let mut out = Vec::new();
            run(opts, script.as_bytes(), &mut out).await.unwrap();
            String::from_utf8(out).unwrap()
        }
    };
    let first = run_once("/start\n:plan vip\n:quit\n").await;
    assert!(first.contains("Welcome to Fal Gram"), "{first}");
    // The second run, as a newcomer following the README would try it: answered, and the plan
    // given in the first run is still there.
    let second = run_once("/menu\n10\n:quit\n").await;
    assert!(!second.contains("did not handle"), "{second}");
    assert!(second.contains("Your plan: VIP"), "{second}");
}

#[tokio::test]
async fn offline_a_plan_is_paid_a_dream_is_told_by_voice_and_the_admin_panel_opens() {
    let files = tempfile::tempdir().unwrap();
    let script = std::fs::read("tests/scripts/offline_complete.sim").unwrap();
    let opts = SimOptions {
        db: None,
        lang: "en".into(),
        echo: true,
        admin: false,
        files: Some(files.path().to_path_buf()),
        // At a model's pace, so the answers are seen being written.
        ai: Arc::new(
            falgram::ai::FixtureProvider::new()
                .streaming_every(std::time::Duration::from_millis(15)),
        ),
    };
    let mut out = Vec::new();
    run(opts, &script[..], &mut out).await.unwrap();
    let transcript = String::from_utf8(out).unwrap();
    for expected in [
        "✍️ …",
        "🧾 invoice: Fal Gram Basic",
        "🎉 Thank you! Basic is active until",
        "🎙 I heard: “In my dream I was back in the garden",
        "now chatting as user 1000",
        "📊 Dashboard",
    ] {
        assert!(
            transcript.contains(expected),
            "missing {expected:?} in:\n{transcript}"
        );
    }
    // The spread's picture and the dashboard chart were saved where the transcript says.
    let saved: Vec<&str> = transcript
        .lines()
        .filter_map(|l| l.split("saved ").nth(1))
        .filter_map(|l| l.split(" (").next())
        .collect();
    assert!(
        saved.iter().any(|p| p.contains("spread-10")),
        "{transcript}"
    );
    for path in &saved {
        let bytes = std::fs::read(path).unwrap();
        assert!(imagesize::blob_size(&bytes).is_ok(), "{path} is a picture");
    }
}

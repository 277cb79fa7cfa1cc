//! The terminal simulator replays a script against the real bot and prints the transcript.

use std::sync::Arc;

use falgram::sim::{run, SimOptions};

#[tokio::test]
async fn the_tour_script_replays_into_a_readable_transcript() {
    let script = std::fs::read("tests/scripts/tour.sim").unwrap();
    let opts = SimOptions {
        db: None,
        lang: "tr".into(),
        echo: true,
        ai: Arc::new(falgram::ai::FixtureProvider::new()),
    };
    let mut out = Vec::new();
    run(opts, &script[..], &mut out).await.unwrap();
    let transcript = String::from_utf8(out).unwrap();
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

//! Shared test support: the real bot on a temporary SQLite file talking to the fake Telegram
//! server (which ships with the simulator), with the fixture AI or a fake Gemini server; and
//! the fakes only tests and benchmarks need (Gemini, OpenAI-compatible, PostgREST, Sentry),
//! speaking their real wire protocols.
#![allow(dead_code)]

pub mod gemini;
pub mod openai;
pub mod postgrest;
pub mod sentry;
mod server;

use std::sync::Arc;
use std::time::Duration;

use falgram::ai::{GeminiProvider, RetryPolicy, SharedAi};
use falgram::config::Secret;
use falgram::sim::fake_telegram::{FakeUser, Recorded};
use falgram::sim::Harness;

pub fn fixture_ai() -> SharedAi {
    Arc::new(falgram::ai::FixtureProvider::new())
}

/// A Gemini provider pointed at a fake server, with quick retries so tests stay fast.
pub fn gemini_ai(url: &str) -> SharedAi {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("http client");
    let retry = RetryPolicy {
        attempts: 3,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(500),
    };
    Arc::new(GeminiProvider::new(
        http,
        url.to_string(),
        Secret::new("test-key"),
        "gemini-test".into(),
        "gemini-test-vision".into(),
        retry,
    ))
}

pub async fn start(ai: SharedAi) -> (tempfile::TempDir, Harness) {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = Harness::start(&dir.path().join("bot.db"), ai)
        .await
        .expect("harness starts");
    (dir, h)
}

pub fn user(id: i64, lang: &str) -> FakeUser {
    FakeUser::new(id, "Ayşe", lang)
}

/// Texts the bot sent or edited, in order.
pub fn texts(records: &[Recorded]) -> Vec<String> {
    records
        .iter()
        .filter_map(|r| r.text().map(str::to_string))
        .collect()
}

pub fn all_text(records: &[Recorded]) -> String {
    texts(records).join("\n---\n")
}

/// The last message carrying a keyboard: its id and its buttons.
pub fn last_keyboard(records: &[Recorded]) -> (i64, Vec<(String, String)>) {
    records
        .iter()
        .rev()
        .find(|r| !r.buttons().is_empty())
        .map(|r| {
            (
                r.message_id.expect("sent message id"),
                r.buttons().into_iter().flatten().collect(),
            )
        })
        .expect("a keyboard was sent")
}

/// The callback data of the button whose label contains `label`.
pub fn button(records: &[Recorded], label: &str) -> (i64, String) {
    let (id, buttons) = last_keyboard(records);
    let data = buttons
        .iter()
        .find(|(l, _)| l.contains(label))
        .map(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("no button {label:?} in {buttons:?}"));
    (id, data)
}

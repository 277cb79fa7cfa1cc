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

use falgram::ai::{GeminiProvider, OpenAiProvider, RetryPolicy, SharedAi};
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
        ..RetryPolicy::default()
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

/// An OpenAI-compatible provider pointed at a fake server (model `llava`, key `sk-local`),
/// retrying `attempts` times with short waits so tests stay fast.
pub fn openai_provider(url: &str, attempts: u32, max_delay: Duration) -> OpenAiProvider {
    let retry = RetryPolicy {
        attempts,
        base_delay: Duration::from_millis(10),
        max_delay,
        ..RetryPolicy::default()
    };
    OpenAiProvider::new(
        reqwest::Client::new(),
        url.to_string(),
        Some(Secret::new("sk-local")),
        "llava".into(),
        retry,
    )
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

/// Like [`button`], on any message of the exchange, not only the last with a keyboard.
pub fn button_anywhere(records: &[Recorded], label: &str) -> (i64, String) {
    records
        .iter()
        .rev()
        .find_map(|r| {
            let data = r
                .buttons()
                .into_iter()
                .flatten()
                .find(|(l, _)| l.contains(label))?;
            Some((r.message_id.expect("sent message id"), data.1))
        })
        .unwrap_or_else(|| panic!("no button {label:?} in {records:?}"))
}

/// Waits (up to `within`) for a message or edit to `chat` whose text contains `needle`, sent
/// after request number `since`; returns it and how long it took.
pub async fn reply_containing(
    h: &Harness,
    chat: i64,
    needle: &str,
    since: usize,
    within: Duration,
) -> Option<(Recorded, Duration)> {
    let started = std::time::Instant::now();
    while started.elapsed() < within {
        let found = h.fake.requests_since(since).into_iter().find(|r| {
            r.chat_id() == Some(chat)
                && !r.is("sendMessageDraft")
                && r.text().is_some_and(|t| t.contains(needle))
        });
        if let Some(r) = found {
            return Some((r, started.elapsed()));
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    None
}

/// Starts the bot with extra environment variables (e.g. `AI_TIMEOUT`).
pub async fn start_with(ai: SharedAi, env: &[(&str, &str)]) -> (tempfile::TempDir, Harness) {
    let dir = tempfile::tempdir().expect("temp dir");
    let env = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let h = Harness::start_with_env(&dir.path().join("bot.db"), ai, env)
        .await
        .expect("harness starts");
    (dir, h)
}

/// Waits (up to 2 s) for the inbox to empty: a handler's end is recorded by a queued write.
pub async fn inbox_drains(app: &falgram::app::App) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < Duration::from_secs(2) {
        if app.store.inbox_len().await.unwrap_or(-1) == 0 {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

/// A user (English) who opened the dream step: the next text is a dream.
pub async fn open_dreams(h: &mut Harness, id: i64) -> FakeUser {
    let u = user(id, "en");
    let out = h.text(&u, "/start").await.expect("/start");
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.expect("dreams");
    u
}

/// (readings spent or reserved, readings in the history) of a user.
pub async fn spent(h: &Harness, id: i64) -> (u32, usize) {
    let app = h.app().expect("running").clone();
    let a = app
        .store
        .allowance(id, &app.settings())
        .await
        .expect("allowance")
        .expect("a user");
    let history = app
        .store
        .recent_readings(id, 10)
        .await
        .expect("history")
        .len();
    (a.free_used + a.free_reserved, history)
}

/// The bot with one admin (who has said /start, in English), on the fixture AI.
pub async fn start_with_admin(admin_id: i64) -> (tempfile::TempDir, Harness, FakeUser) {
    let (dir, mut h) = start_with(fixture_ai(), &[("ADMIN_ID", &admin_id.to_string())]).await;
    let admin = user(admin_id, "en");
    h.text(&admin, "/start").await.expect("/start");
    (dir, h, admin)
}

/// Puts a user on a plan for 30 days, straight in the database.
pub async fn set_plan(h: &Harness, id: i64, plan: &'static str) {
    let until = chrono::Utc::now().timestamp() + 30 * 86_400;
    h.app()
        .unwrap()
        .store
        .write(move |c| {
            c.execute(
                "UPDATE users SET plan = ?1, plan_expires_at = ?2 WHERE id = ?3",
                rusqlite::params![plan, until, id],
            )?;
            Ok(())
        })
        .await
        .unwrap();
}

/// Opens a menu section by its button label.
pub async fn open(h: &mut Harness, u: &FakeUser, label: &str) -> Vec<Recorded> {
    let out = h.text(u, "/menu").await.unwrap();
    let (msg, data) = button(&out, label);
    h.press(u, msg, &data).await.unwrap()
}

/// Enters birth data through the real dialogue: date, time (or unknown), city, first match.
pub async fn enter_birth(
    h: &mut Harness,
    u: &FakeUser,
    date: &str,
    time: Option<&str>,
    city: &str,
) -> Vec<Recorded> {
    let out = h.text(u, "/menu").await.unwrap();
    let (msg, _) = last_keyboard(&out);
    h.press(u, msg, "1:be").await.unwrap();
    let out = h.text(u, date).await.unwrap();
    let out = match time {
        Some(t) => h.text(u, t).await.unwrap(),
        None => {
            let (msg, data) = button(&out, "🤷");
            h.press(u, msg, &data).await.unwrap()
        }
    };
    assert!(
        out.iter()
            .any(|r| r.body["reply_markup"]["keyboard"][0][0]["request_location"] == true),
        "{out:?}"
    );
    let out = h.text(u, city).await.unwrap();
    let (msg, buttons) = last_keyboard(&out);
    h.press(u, msg, &buttons[0].1).await.unwrap()
}

/// Presses "buy" for a plan and returns the payload of the Stars invoice the bot sent.
pub async fn invoice_payload(h: &mut Harness, u: &FakeUser, plan: &str) -> String {
    let out = h.press(u, 1, &format!("1:pb:{plan}")).await.unwrap();
    out.iter()
        .find(|r| r.is("sendInvoice"))
        .expect("an invoice")
        .body["payload"]
        .as_str()
        .expect("a payload")
        .to_string()
}

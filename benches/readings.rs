//! 1,000 dream readings from 1,000 users in flight at once, against a fake Gemini server that
//! takes 2 s to answer each: how long until every reading is delivered?
//!
//! Everything is real but the two network peers: the dispatcher (one worker per chat), the
//! quota reservations in SQLite, the Gemini client over HTTP, the Bot API client. If anything
//! serialised the readings (one lock, one connection, one worker), the wall time would be
//! minutes, not seconds. Run: `cargo bench --bench readings`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use falgram::ai::{GeminiProvider, RetryPolicy};
use falgram::config::Secret;
use falgram::sim::fake_telegram::FakeUser;
use falgram::sim::Harness;
use support::gemini::FakeGemini;

const USERS: i64 = 1_000;
const AI_LATENCY: Duration = Duration::from_secs(2);

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let gemini = FakeGemini::start().await?;
    gemini.set_latency(AI_LATENCY);
    // Gemini is reached over HTTP/2 in production (ALPN on TLS), the readings multiplexed on
    // the pool's few connections; the fake speaks HTTP/2 in clear text, so the bench does the
    // same (as many clients as production) instead of opening a thousand TCP connections.
    let http = (0..falgram::ai::HTTP_CLIENTS)
        .map(|_| {
            reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .http2_prior_knowledge()
                .build()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let ai = std::sync::Arc::new(GeminiProvider::new(
        falgram::ai::HttpPool::new(http),
        gemini.url(),
        Secret::new("bench-key"),
        "gemini-bench".into(),
        "gemini-bench".into(),
        RetryPolicy::default(),
    ));
    let dir = tempfile::tempdir()?;
    let mut h = Harness::start(&dir.path().join("bench.db"), ai).await?;
    let app = h
        .app()
        .ok_or_else(|| anyhow::anyhow!("bot not running"))?
        .clone();
    for (key, value) in [
        ("rate_user_per_minute", "10000"),
        ("rate_ai_per_minute", "10000"),
    ] {
        app.store
            .set_setting(key, value)
            .await?
            .map_err(anyhow::Error::msg)?;
    }
    app.reload_settings().await?;

    // Every user opens the dream step (not measured).
    let users: Vec<FakeUser> = (0..USERS)
        .map(|i| FakeUser::new(200_000 + i, "Bench", "en"))
        .collect();
    let since = h.fake.request_count();
    for u in &users {
        h.fake.send_text(u, "/start");
    }
    h.expect_updates(USERS as u64);
    let started = h.settle(since).await?;
    let since = h.fake.request_count();
    for u in &users {
        let msg = started
            .iter()
            .rev()
            .find(|r| r.chat_id() == Some(u.id))
            .and_then(|r| r.message_id)
            .unwrap_or(1);
        h.fake.press(u, msg, "1:o:drm");
    }
    h.expect_updates(USERS as u64);
    h.settle(since).await?;

    // Measured: all dreams at once.
    app.metrics.handler_latency.reset();
    app.metrics.handler_processing.reset();
    let before = h.fake.request_count();
    let t0 = Instant::now();
    for u in &users {
        h.fake
            .send_text(u, "I was flying over a silver city at night");
    }
    h.expect_updates(USERS as u64);
    let out = h.settle(before).await?;
    let wall = t0.elapsed();
    let delivered = out
        .iter()
        .filter(|r| {
            r.text()
                .is_some_and(|t| t.contains("Your dream interpretation"))
        })
        .count();
    let calls = gemini.calls();
    let ai_calls = calls.len();
    let first = calls
        .iter()
        .map(|c| c.at)
        .min()
        .map_or(0.0, |a| a.duration_since(t0).as_secs_f64());
    let last = calls
        .iter()
        .map(|c| c.at)
        .max()
        .map_or(0.0, |a| a.duration_since(t0).as_secs_f64());
    let readings_left_3 = out
        .iter()
        .filter(|r| r.text().is_some_and(|t| t.contains("3 free readings left")))
        .count();
    println!(
        "{USERS} dream readings in flight at once, fake Gemini answering each after {AI_LATENCY:?}"
    );
    println!("  delivered:        {delivered} / {USERS}   ({readings_left_3} quota notes)");
    println!("  AI calls:         {ai_calls}, arriving from {first:.2} s to {last:.2} s");
    println!(
        "  wall time:        {:.2} s   (target < 3 s)",
        wall.as_secs_f64()
    );
    let m = &app.metrics;
    println!(
        "  per reading p50 / p99: {:.2} s / {:.2} s (update picked up → reading and quota note sent)",
        m.handler_latency.quantile(0.5).as_secs_f64(),
        m.handler_latency.quantile(0.99).as_secs_f64()
    );
    println!(
        "  handler errors:   {}",
        m.handler_errors.load(std::sync::atomic::Ordering::Relaxed)
    );
    h.stop().await;
    if delivered != USERS as usize {
        anyhow::bail!("only {delivered} of {USERS} readings were delivered");
    }
    Ok(())
}

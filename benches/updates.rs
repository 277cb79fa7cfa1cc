//! Throughput and latency of the full handler tree for non-AI updates.
//!
//! The real bot (dispatcher, guard, SQLite store, i18n, rate limiter) polls the in-process fake
//! Telegram Bot API, which serves the queued updates and answers every `sendMessage`,
//! `editMessageText` and `answerCallbackQuery` over HTTP on loopback.
//!
//! Two phases: a flood (everything queued at once) measures throughput at saturation; a paced
//! load below saturation measures latency, since latency during a flood is only queueing.
//! Run: `cargo bench --bench updates`.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use falgram::sim::fake_telegram::{FakeTelegram, FakeUser};
use falgram::sim::measure::{memory_mb, ms};
use falgram::sim::Harness;

const USERS: i64 = 1_000;
const FLOOD: usize = 20_000;
/// Updates per second in the paced phase (`BENCH_RATE` overrides).
const PACED_RATE: usize = 1_500;
const PACED_SECONDS: usize = 5;

fn rss_mb(field: &str) -> f64 {
    memory_mb("self", field)
}

/// The mix a menu-browsing user produces: commands, button presses, stray text.
fn push(fake: &FakeTelegram, users: &[FakeUser], messages: &[i64], i: usize) {
    let k = i % users.len();
    let u = &users[k];
    match i % 5 {
        0 => fake.send_text(u, "/menu"),
        1 => fake.press(u, messages[k], "1:o:hlp"),
        2 => fake.press(u, messages[k], "1:m"),
        3 => fake.send_text(u, "hello there"),
        _ => fake.press(u, messages[k], "1:o:tar"),
    };
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let ai = Arc::new(falgram::ai::FixtureProvider::new());
    let mut h = Harness::start(&dir.path().join("bench.db"), ai).await?;
    let app = h
        .app()
        .ok_or_else(|| anyhow::anyhow!("bot not running"))?
        .clone();
    let rss_start = rss_mb("VmRSS:");
    // Measure the handlers, not the flood guard.
    app.store
        .set_setting("rate_user_per_minute", "10000")
        .await?
        .map_err(anyhow::Error::msg)?;
    app.reload_settings().await?;

    let langs = ["tr", "en", "es", "fr", "ru", "de", "ar", "it", "pt"];
    let users: Vec<FakeUser> = (0..USERS)
        .map(|i| FakeUser::new(100_000 + i, "Bench", langs[(i as usize) % langs.len()]))
        .collect();

    // Warm-up: first contact for every user (creates the rows), not measured.
    let since = h.fake.request_count();
    for u in &users {
        h.fake.send_text(u, "/start");
    }
    h.expect_updates(USERS as u64);
    let warm = h.settle(since).await?;
    let messages: Vec<i64> = users
        .iter()
        .map(|u| {
            warm.iter()
                .rev()
                .find(|r| r.chat_id() == Some(u.id))
                .and_then(|r| r.message_id)
                .unwrap_or(1)
        })
        .collect();
    drop(warm);
    let rss_warm = rss_mb("VmRSS:");
    h.fake.clear_requests();
    h.fake.set_lean(true);
    let m = &app.metrics;

    // Phase 1: flood.
    m.handler_latency.reset();
    m.handler_processing.reset();
    let before = h.fake.request_count();
    let started = Instant::now();
    for i in 0..FLOOD {
        push(&h.fake, &users, &messages, i);
    }
    h.expect_updates(FLOOD as u64);
    h.settle(before).await?;
    let wall = started.elapsed();
    let wall_flood = wall;
    let requests = h.fake.request_count() - before;
    println!("updates through the full handler tree (fake Bot API over loopback, real SQLite, optimised build)");
    println!("flood: {FLOOD} updates from {USERS} users queued at once");
    println!("  wall time:           {:.2} s", wall.as_secs_f64());
    println!(
        "  throughput:          {:.0} updates/s   (target ≥ 3000)",
        FLOOD as f64 / wall.as_secs_f64()
    );
    println!("  Bot API requests:    {requests}");

    // Phase 2: paced load.
    m.handler_latency.reset();
    m.handler_processing.reset();
    let rate = std::env::var("BENCH_RATE")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(PACED_RATE);
    let total = rate * PACED_SECONDS;
    let tick = Duration::from_millis(10);
    let per_tick = (rate / 100).max(1);
    let mut interval = tokio::time::interval(tick);
    let started = Instant::now();
    let mut sent = 0;
    while sent < total {
        interval.tick().await;
        for _ in 0..per_tick {
            push(&h.fake, &users, &messages, FLOOD + sent);
            sent += 1;
        }
    }
    h.expect_updates(total as u64);
    h.settle(0).await?;
    let wall = started.elapsed();
    println!(
        "paced: {total} updates at {rate}/s over {:.1} s",
        wall.as_secs_f64()
    );
    println!(
        "  handler p50 / p99:   {} / {}   (target p99 < 5 ms; our processing, Bot API waits excluded)",
        ms(m.handler_processing.quantile(0.5)),
        ms(m.handler_processing.quantile(0.99))
    );
    println!(
        "  incl. Bot API waits: {} / {}   (send latency with the budget raised; target p99 < 20 ms)",
        ms(m.handler_latency.quantile(0.5)),
        ms(m.handler_latency.quantile(0.99))
    );
    println!(
        "  handler errors:      {}",
        m.handler_errors.load(Ordering::Relaxed)
    );
    println!(
        "RSS at start / after warm-up / now / peak: {rss_start:.1} / {rss_warm:.1} / {:.1} / {:.1} MB (bot \
         and fake server share this process; the peak holds the 20k-update flood queued on both sides)",
        rss_mb("VmRSS:"),
        rss_mb("VmHWM:")
    );
    h.stop().await;

    // Phase 3: the same flood shape through a bare teloxide echo bot (no limits, no database)
    // on a fresh fake server, for the ratio issue 15 asks about.
    let fake = FakeTelegram::start().await?;
    fake.set_lean(true);
    let echo = echo_bot(&fake).await?;
    let before = fake.request_count();
    let started = Instant::now();
    for i in 0..FLOOD {
        fake.send_text(&users[i % users.len()], "hello there");
    }
    let done = fake
        .wait_for_requests(before + FLOOD, Duration::from_secs(120))
        .await;
    let echo_wall = started.elapsed();
    echo.abort();
    anyhow::ensure!(done, "the echo bot did not answer every update");
    let echo_rate = FLOOD as f64 / echo_wall.as_secs_f64();
    let ours = FLOOD as f64 / wall_flood.as_secs_f64();
    println!("bare teloxide echo bot, same flood size, same fake: {echo_rate:.0} updates/s");
    println!(
        "  ratio full bot / echo: {:.2}   (target ≥ 0.70)",
        ours / echo_rate
    );
    Ok(())
}

/// A bare teloxide bot answering every text with itself: teloxide's own long polling and
/// dispatcher, no throttle, no database.
async fn echo_bot(fake: &FakeTelegram) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    use teloxide::prelude::*;
    let bot = Bot::new(falgram::sim::fake_telegram::FAKE_TOKEN)
        .set_api_url(reqwest::Url::parse(&fake.api_url())?);
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or_default())
            .await?;
        Ok::<(), teloxide::RequestError>(())
    });
    Ok(tokio::spawn(async move {
        Dispatcher::builder(bot, handler).build().dispatch().await;
    }))
}

//! Memory and fairness under a burst of first contacts (issue 15): N `/start` from users the
//! bot has never seen arrive at once; the release binary answers them through the fake Bot
//! API. Reported per burst size: the process's peak RSS, how fast the burst drains, and how
//! long an existing user's menu tap waits for its answer meanwhile.
//!
//! Two runs per size: Telegram's default budget (30 messages/s; the burst takes minutes to
//! drain, so 30 s of it are measured), then the budget raised to drain it all and check that
//! every newcomer got exactly one welcome.
//! Run: `cargo bench --bench burst` (`BENCH_BURSTS=1000,10000` picks the sizes).

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use falgram::sim::fake_telegram::{FakeTelegram, FakeUser};
use falgram::sim::measure::memory_mb;

const REGULAR: i64 = 42;

fn main() -> anyhow::Result<()> {
    let sizes: Vec<usize> = std::env::var("BENCH_BURSTS")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 40_000]);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    println!("bursts of first contacts through the release binary (fake Bot API on loopback)");
    for n in sizes {
        runtime.block_on(burst(n, None))?;
        runtime.block_on(burst(n, Some(100_000)))?;
    }
    Ok(())
}

fn bot(fake: &FakeTelegram, db: &Path, budget: Option<u32>) -> std::io::Result<Child> {
    let mut cmd = fake.bot_command(env!("CARGO_BIN_EXE_falgram").as_ref(), db);
    cmd.env("HTTP_ADDR", "off")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if let Some(b) = budget {
        cmd.env("TELEGRAM_MESSAGES_PER_SECOND", b.to_string());
    }
    cmd.spawn()
}

/// Messages sent to each chat, counted as the requests come (only the new ones are read, so
/// watching does not take the CPU the bot needs).
#[derive(Default)]
struct Answers {
    seen: usize,
    by_chat: HashMap<i64, usize>,
}

impl Answers {
    fn update(&mut self, fake: &FakeTelegram) {
        let new = fake.requests_since(self.seen);
        self.seen += new.len();
        for r in new {
            if r.is("sendMessage") || r.is("editMessageText") {
                if let Some(chat) = r.chat_id() {
                    *self.by_chat.entry(chat).or_insert(0) += 1;
                }
            }
        }
    }
}

async fn burst(n: usize, budget: Option<u32>) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("burst.db");
    let fake = FakeTelegram::start().await?;
    // Someone already using the bot: their menu tap arrives in the middle of the burst.
    let regular = FakeUser::new(REGULAR, "Regular", "tr");
    {
        let store = falgram::store::Store::open(&db)?;
        store
            .touch_user(falgram::store::NewUser {
                id: REGULAR,
                username: None,
                first_name: "Regular".into(),
                last_name: None,
                language_code: Some("tr".into()),
                forget_key: None,
            })
            .await?;
        store.close();
    }
    let newcomers: Vec<FakeUser> = (0..n as i64)
        .map(|i| {
            FakeUser::new(
                1_000_000 + i,
                "New",
                ["tr", "en", "ru", "ar"][i as usize % 4],
            )
        })
        .collect();
    for u in &newcomers {
        fake.send_text(u, "/start");
    }
    let started = Instant::now();
    let mut child = bot(&fake, &db, budget)?;
    let pid = child.id();
    let window = if budget.is_some() {
        Duration::from_secs(600)
    } else {
        Duration::from_secs(30)
    };
    let mut peak_mb: f64 = 0.0;
    let mut tapped: Option<Instant> = None;
    let mut tap_answer: Option<Duration> = None;
    let mut first_answer: Option<Instant> = None;
    let mut done_at = None;
    let mut fetched: Option<Duration> = None;
    let mut seen = Answers::default();
    while started.elapsed() < window {
        tokio::time::sleep(Duration::from_millis(100)).await;
        peak_mb = peak_mb.max(memory_mb(&pid.to_string(), "VmHWM:"));
        if fetched.is_none() && fake.pending_updates() == 0 {
            fetched = Some(started.elapsed());
        }
        seen.update(&fake);
        let by_chat = &seen.by_chat;
        let newcomers_answered = by_chat.keys().filter(|c| **c != REGULAR).count();
        if newcomers_answered > 0 && first_answer.is_none() {
            first_answer = Some(Instant::now());
        }
        // The tap comes once the bot is busy with the burst.
        if tapped.is_none() && newcomers_answered >= (n / 50).clamp(1, 100) {
            fake.press(&regular, 1, "1:m");
            tapped = Some(Instant::now());
        }
        if let (Some(t), None) = (tapped, tap_answer) {
            if by_chat.contains_key(&REGULAR) {
                tap_answer = Some(t.elapsed());
            }
        }
        if newcomers_answered >= n && tap_answer.is_some() {
            done_at = Some(Instant::now());
            break;
        }
    }
    peak_mb = peak_mb.max(memory_mb(&pid.to_string(), "VmHWM:"));
    seen.update(&fake);
    let by_chat = seen.by_chat;
    let _ = child.kill();
    let _ = child.wait();
    let answered = by_chat.keys().filter(|c| **c != REGULAR).count();
    let twice = by_chat
        .iter()
        .filter(|(c, k)| **c != REGULAR && **k > 1)
        .count();
    let since_first = first_answer.map_or(Duration::ZERO, |t| {
        done_at
            .unwrap_or_else(Instant::now)
            .saturating_duration_since(t)
    });
    let rate = answered as f64 / since_first.as_secs_f64().max(1e-3);
    let budget_label = budget.map_or("default budget (30/s)".to_string(), |b| {
        format!("budget {b}/s")
    });
    println!(
        "burst {n:>6}, {budget_label:<22} peak RSS {:>5.1} MB   all stored after {}   answered {answered:>6} of {n} in {:.1} s ({rate:.0}/s){}   menu tap answered in {}",
        peak_mb,
        fetched.map_or("—".to_string(), |d| format!("{:.1} s", d.as_secs_f64())),
        started.elapsed().as_secs_f64(),
        if twice > 0 { format!("   {twice} answered twice!") } else { String::new() },
        tap_answer.map_or("— (not answered)".to_string(), |d| format!("{:.0} ms", d.as_secs_f64() * 1e3)),
    );
    if budget.is_some() {
        anyhow::ensure!(answered == n, "{} newcomers never answered", n - answered);
        anyhow::ensure!(twice == 0, "{twice} newcomers welcomed twice");
    }
    Ok(())
}

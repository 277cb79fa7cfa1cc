//! A million users on one machine (issue 15): seeds a database with realistic rows, then
//! measures what an operator and a user meet at that size — database size, `/start` and menu
//! latency through the real bot, a reading's store work, `admin stats`, `admin users
//! --search`, broadcast target selection, the daily push selection and `falgram backup`.
//!
//! Run: `cargo bench --bench million` (`BENCH_USERS` sets the size; default 1,000,000).
//! Seeding writes straight to SQLite (it is data generation, not the code under test); every
//! measurement goes through the product's own code: the bot on the fake Bot API, the store,
//! and the `falgram` binary for the terminal commands.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use falgram::sim::fake_telegram::{FakeTelegram, FakeUser, Recorded};
use falgram::sim::measure::{memory_mb, ms};
use falgram::sim::Harness;
use falgram::store::Store;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::params;

const DAY: i64 = 86_400;
const LANGS: [(&str, u32); 9] = [
    ("tr", 40),
    ("en", 15),
    ("ru", 10),
    ("es", 8),
    ("de", 6),
    ("fr", 6),
    ("ar", 6),
    ("it", 5),
    ("pt", 4),
];
/// (kind, its answer length limit in characters, weight among readings).
const KINDS: [(&str, usize, u32); 8] = [
    ("coffee", 2_500, 30),
    ("tarot", 2_000, 25),
    ("dream", 2_000, 15),
    ("daily_horoscope", 1_200, 10),
    ("birth_chart", 3_500, 5),
    ("compatibility", 2_000, 5),
    ("weekly_horoscope", 2_000, 5),
    ("astro_chatbot", 1_500, 5),
];
const NAMES: [&str; 12] = [
    "Ayşe",
    "Mehmet",
    "Elif",
    "Zeynep",
    "Anna",
    "Иван",
    "Мария",
    "Carlos",
    "Sophie",
    "Fatima",
    "محمد",
    "Giulia",
];
const FIRST_ID: i64 = 10_000_000;

fn main() -> anyhow::Result<()> {
    let users: i64 = std::env::var("BENCH_USERS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("million.db");
    drop(Store::open(&db)?);
    let started = Instant::now();
    seed(&db, users)?;
    println!(
        "seeded {users} users in {:.0} s (3 readings each, 20 % with birth data, referrals, payments, pushes)",
        started.elapsed().as_secs_f64()
    );
    let size = file_mb(&db);
    println!("database size:              {size:.0} MB   (target < 2048 MB)");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(in_the_bot(&db, users))?;
    runtime.block_on(in_the_store(&db, users))?;
    terminal(&db, dir.path())?;
    Ok(())
}

fn file_mb(path: &Path) -> f64 {
    let wal = path.with_extension("db-wal");
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len())
        + std::fs::metadata(wal).map_or(0, |m| m.len());
    bytes as f64 / 1_048_576.0
}

fn rss_mb() -> f64 {
    memory_mb("self", "VmRSS:")
}

fn pick<T: Copy>(rng: &mut StdRng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (item, w) in items {
        if roll < *w {
            return *item;
        }
        roll -= w;
    }
    items[0].0
}

/// Sentences of the offline answers, per language: readings are built from them so their
/// length, script and compressibility are those of real text.
fn corpus() -> std::collections::HashMap<&'static str, Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fixtures/ai");
    LANGS
        .iter()
        .map(|(lang, _)| {
            let mut sentences = Vec::new();
            for entry in std::fs::read_dir(root.join(lang))
                .into_iter()
                .flatten()
                .flatten()
            {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                sentences.extend(
                    text.split_inclusive(['.', '!', '?', '。'])
                        .map(|s| s.trim().to_string())
                        .filter(|s| s.chars().count() > 20 && !s.contains('{')),
                );
            }
            (*lang, sentences)
        })
        .collect()
}

fn reading_text(rng: &mut StdRng, sentences: &[String], limit: usize) -> String {
    // AI answers use most of their limit: between half of it and all of it.
    let target = rng.random_range(limit / 2..=limit);
    let mut out = String::with_capacity(target * 2);
    while out.chars().count() < target && !sentences.is_empty() {
        out.push_str(&sentences[rng.random_range(0..sentences.len())]);
        out.push(' ');
    }
    out
}

/// A unique 8-character code per index (a bijection on 31⁸), in the product's alphabet.
fn code_of(i: i64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut n = (i as u64).wrapping_mul(1_000_003) % 852_891_037_441;
    (0..8)
        .map(|_| {
            let c = ALPHABET[(n % 31) as usize] as char;
            n /= 31;
            c
        })
        .collect()
}

fn seed(db: &Path, users: i64) -> anyhow::Result<()> {
    let mut conn = rusqlite::Connection::open(db)?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;")?;
    let corpus = corpus();
    let mut rng = StdRng::seed_from_u64(15);
    let now = chrono::Utc::now().timestamp();
    let chunk = 50_000;
    let mut i = 0;
    while i < users {
        let tx = conn.transaction()?;
        {
            let mut user = tx.prepare(
                "INSERT INTO users (id, username, first_name, language, language_chosen, plan, \
                 plan_expires_at, timezone, birth_date, birth_time, birth_place, birth_lat, birth_lon, \
                 birth_tz, sun_sign, referral_code, referred_by, free_readings_used, created_at, \
                 updated_at, last_seen_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19, ?20)",
            )?;
            let mut reading = tx.prepare(
                "INSERT INTO readings (user_id, kind, source, input, output, meta, created_at, delivered) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)",
            )?;
            let mut referral = tx.prepare(
                "INSERT INTO referrals (referrer_id, referred_id, created_at) VALUES (?1, ?2, ?3)",
            )?;
            let mut payment = tx.prepare(
                "INSERT INTO payments (user_id, telegram_payment_charge_id, amount, currency, plan, \
                 days, payload, created_at) VALUES (?1, ?2, ?3, 'XTR', ?4, 30, ?5, ?6)",
            )?;
            let mut push = tx.prepare(
                "INSERT INTO moon_notifications (user_id, kind, local_time, timezone) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for n in i..(i + chunk).min(users) {
                let id = FIRST_ID + n;
                let lang = pick(&mut rng, &LANGS);
                let name = NAMES[rng.random_range(0..NAMES.len())];
                let username =
                    (rng.random_range(0..10) < 7).then(|| format!("{}_{n:x}", name_ascii(name)));
                let created = now - rng.random_range(0..730 * DAY);
                let seen = created + (rng.random::<f64>().powi(3) * (now - created) as f64) as i64;
                let plan = pick(
                    &mut rng,
                    &[("free", 90), ("basic", 5), ("premium", 3), ("vip", 2)],
                );
                let expires = (plan != "free").then(|| now + rng.random_range(-60..60) * DAY);
                let birth = rng.random_range(0..10) < 2;
                let referred_by = (n > 1_000 && rng.random_range(0..10) == 0)
                    .then(|| FIRST_ID + rng.random_range(0..n));
                user.execute(params![
                    id,
                    username,
                    name,
                    lang,
                    rng.random_range(0..2),
                    plan,
                    expires,
                    birth.then_some("Europe/Istanbul"),
                    birth.then(|| format!(
                        "{}-{:02}-{:02}",
                        rng.random_range(1950..2008),
                        rng.random_range(1..13),
                        rng.random_range(1..29)
                    )),
                    birth.then(|| format!(
                        "{:02}:{:02}",
                        rng.random_range(0..24),
                        rng.random_range(0..60)
                    )),
                    birth.then_some("Istanbul, TR"),
                    birth.then_some(41.01),
                    birth.then_some(28.97),
                    birth.then_some("Europe/Istanbul"),
                    birth.then_some("leo"),
                    code_of(n),
                    referred_by,
                    rng.random_range(0..4),
                    created,
                    seen,
                ])?;
                if let Some(referrer) = referred_by {
                    referral.execute(params![referrer, id, created])?;
                }
                for _ in 0..3 {
                    let (kind, limit) = pick(&mut rng, &KINDS.map(|(k, l, w)| ((k, l), w)));
                    let output = reading_text(&mut rng, &corpus[lang], limit);
                    let input =
                        (kind == "dream").then(|| reading_text(&mut rng, &corpus[lang], 300));
                    reading.execute(params![
                        id,
                        kind,
                        if plan == "free" { "free" } else { "unlimited" },
                        input,
                        output,
                        r#"{"provider":"gemini","model":"gemini-2.5-flash"}"#,
                        rng.random_range(created..=now),
                    ])?;
                }
                if plan != "free" {
                    payment.execute(params![
                        id,
                        format!("charge-{n}"),
                        rng.random_range(100..1000),
                        plan,
                        format!("{plan}:30"),
                        rng.random_range(created..=now),
                    ])?;
                }
                if rng.random_range(0..100) < 15 {
                    let kind = if rng.random_range(0..2) == 0 {
                        "daily_card"
                    } else {
                        "daily_horoscope"
                    };
                    let time = format!(
                        "{:02}:{:02}",
                        rng.random_range(6..23),
                        rng.random_range(0..4) * 15
                    );
                    push.execute(params![id, kind, time, "Europe/Istanbul"])?;
                }
            }
        }
        tx.commit()?;
        i += chunk;
    }
    conn.execute_batch("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok(())
}

fn name_ascii(name: &str) -> String {
    let ascii: String = name.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if ascii.is_empty() {
        "user".into()
    } else {
        ascii.to_lowercase()
    }
}

/// `/start` and a menu tap from existing users, paced below saturation, through the real bot.
async fn in_the_bot(db: &Path, users: i64) -> anyhow::Result<()> {
    let ai = Arc::new(falgram::ai::FixtureProvider::new());
    let mut h = Harness::start(db, ai).await?;
    let app = h
        .app()
        .ok_or_else(|| anyhow::anyhow!("bot not running"))?
        .clone();
    app.store
        .set_setting("rate_user_per_minute", "10000")
        .await?
        .map_err(anyhow::Error::msg)?;
    app.reload_settings().await?;
    let mut rng = StdRng::seed_from_u64(7);
    let sample: Vec<FakeUser> = (0..2_000)
        .map(|_| FakeUser::new(FIRST_ID + rng.random_range(0..users), "Bench", "tr"))
        .collect();
    let replies = paced(
        &mut h,
        "/start from existing users:",
        sample.len(),
        |fake, i| {
            fake.send_text(&sample[i], "/start");
        },
    )
    .await?;
    let messages: Vec<i64> = sample
        .iter()
        .map(|u| {
            replies
                .iter()
                .rev()
                .find(|r| r.chat_id() == Some(u.id))
                .and_then(|r| r.message_id)
                .unwrap_or(1)
        })
        .collect();
    paced(&mut h, "menu tap:", sample.len(), |fake, i| {
        fake.press(&sample[i], messages[i], "1:m");
    })
    .await?;
    paced(&mut h, "/start from new users:", 1_000, |fake, i| {
        fake.send_text(&FakeUser::new(5_000_000 + i as i64, "New", "ru"), "/start");
    })
    .await?;
    h.stop().await;
    Ok(())
}

/// `n` updates at 200 a second (below saturation, so the figure is handling, not queueing)
/// made by `push`; prints the handlers' own time, p50 / p99 (target p99 < 10 ms).
async fn paced(
    h: &mut Harness,
    label: &str,
    n: usize,
    mut push: impl FnMut(&FakeTelegram, usize),
) -> anyhow::Result<Vec<Recorded>> {
    let app = h
        .app()
        .ok_or_else(|| anyhow::anyhow!("bot not running"))?
        .clone();
    let m = &app.metrics;
    m.handler_processing.reset();
    let since = h.fake.request_count();
    let mut tick = tokio::time::interval(Duration::from_millis(5));
    for i in 0..n {
        tick.tick().await;
        push(&h.fake, i);
    }
    h.expect_updates(n as u64);
    let replies = h.settle(since).await?;
    println!(
        "{label:<28} p50 {} / p99 {}   (target p99 < 10 ms; handler processing)",
        ms(m.handler_processing.quantile(0.5)),
        ms(m.handler_processing.quantile(0.99))
    );
    Ok(replies)
}

/// What the store does at this size: a reading's writes, stats, search, broadcast and push
/// selection.
async fn in_the_store(db: &Path, users: i64) -> anyhow::Result<()> {
    use falgram::domain::prompts::PromptKind;
    let store = Store::open(db)?;
    let settings = falgram::domain::settings::Settings::default();
    let mut rng = StdRng::seed_from_u64(9);
    let text = "Fincanının dibinde bir yol görünüyor. ".repeat(50);
    // The same histogram the bot's handler latencies go into.
    let took = falgram::observe::metrics::Histogram::default();
    for _ in 0..1_000 {
        let user = FIRST_ID + rng.random_range(0..users);
        let t = Instant::now();
        let reservation = store
            .reserve_reading(user, PromptKind::Coffee, &settings)
            .await?;
        let source = reservation.map_or(falgram::domain::quota::Source::Unlimited, |r| r.source);
        let id = store
            .prepare_reading(user, source, PromptKind::Coffee, None, text.clone(), None)
            .await?;
        store.commit_reading(user, id, reservation).await?;
        took.record(t.elapsed());
    }
    let (p50, p99) = (took.quantile(0.5), took.quantile(0.99));
    println!(
        "a reading's store work:      p50 {} / p99 {}   (reserve, write, commit; one at a time)",
        ms(p50),
        ms(p99)
    );

    let t = Instant::now();
    let stats = store.stats(chrono::Utc::now().timestamp()).await?;
    println!(
        "stats (store):               {}   ({} users, {} reading kinds)",
        ms(t.elapsed()),
        stats.users_total,
        stats.readings.len()
    );

    for (what, query) in [
        ("an id", format!("{}", FIRST_ID + users / 2)),
        ("a username prefix", "@mehmet_1f".to_string()),
        ("a name nobody has", "Xyzzy".to_string()),
        ("a common name", "Ayşe".to_string()),
    ] {
        let t = Instant::now();
        let found = store.user_lines(None, Some(query.clone()), 20, 0).await?;
        println!(
            "search {what:<18} {}   ({} found for {query:?})",
            ms(t.elapsed()),
            found.len()
        );
    }

    let before = rss_mb();
    let t = Instant::now();
    let (id, total) = store
        .create_broadcast(None, "hello".into(), None, None, "cli", false)
        .await?;
    let selected = t.elapsed();
    let t = Instant::now();
    let page = store.next_recipients(id, 100).await?;
    println!(
        "broadcast selection:         {} for {total} recipients, first page of {} in {}; RSS {before:.0} → {:.0} MB",
        ms(selected),
        page.len(),
        ms(t.elapsed()),
        rss_mb()
    );
    store.finish_broadcast(id, "cancelled").await?;

    let before = rss_mb();
    let t = Instant::now();
    let mut pushes = 0;
    let mut after = 0;
    loop {
        let page = store.enabled_pushes(after, 1_000).await?;
        pushes += page.pushes.len();
        match page.next {
            Some(next) => after = next,
            None => break,
        }
    }
    println!(
        "daily push selection:        {} for {pushes} opted-in pushes, in pages of 1,000; RSS {before:.0} → {:.0} MB",
        ms(t.elapsed()),
        rss_mb()
    );
    store.close();
    Ok(())
}

/// The terminal commands, timed as the operator runs them (process start included).
fn terminal(db: &Path, dir: &Path) -> anyhow::Result<()> {
    let run = |args: &[&str]| -> anyhow::Result<(Duration, String)> {
        let t = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_falgram"))
            .arg("--db")
            .arg(db)
            .args(args)
            .env_remove("TELEGRAM_BOT_TOKEN")
            .env_remove("ENCRYPTION_KEY")
            .output()?;
        anyhow::ensure!(
            out.status.success(),
            "falgram {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Ok((
            t.elapsed(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        ))
    };
    let (took, _) = run(&["admin", "stats"])?;
    println!("falgram admin stats:         {}   (target < 1 s)", ms(took));
    for query in ["@mehmet_1f", "Xyzzy"] {
        let (took, out) = run(&["admin", "users", "--search", query])?;
        println!(
            "falgram admin users --search {query:<11} {}   (target < 200 ms; {} lines)",
            ms(took),
            out.lines().count()
        );
    }
    let backups = dir.join("backups");
    let backups_arg = backups.to_string_lossy().into_owned();
    let (took, _) = run(&["backup", "--dir", &backups_arg])?;
    let size: u64 = std::fs::read_dir(&backups)?
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "falgram backup:              {:.1} s, {:.0} MB",
        took.as_secs_f64(),
        size as f64 / 1_048_576.0
    );
    Ok(())
}

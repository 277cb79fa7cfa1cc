//! Cold start: from `exec` of the binary to its first `getUpdates` at the (fake) Bot API —
//! configuration, database open and migrations, the store's threads, locale bundles, the HTTP
//! server, start-up calls. Twenty runs on a fresh database (all migrations applied) and twenty
//! on an existing one. `FALGRAM_BIN` measures another build (e.g. the static release binary);
//! by default the bench profile's. Run: `cargo bench --bench startup`.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use falgram::sim::fake_telegram::{FakeTelegram, FAKE_TOKEN};

const RUNS: usize = 20;

async fn one(bin: &str, fake: &FakeTelegram, db: &std::path::Path) -> anyhow::Result<Duration> {
    let before = fake.polls().len();
    let started = Instant::now();
    let mut child = Command::new(bin)
        .arg("run")
        .env_clear()
        .env("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
        .env("TELEGRAM_API_URL", fake.api_url())
        .env("FALGRAM_DB", db)
        .env("HTTP_ADDR", "127.0.0.1:0")
        .env("ENCRYPTION_KEY", "11".repeat(32))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let first = loop {
        if let Some(at) = fake.polls().get(before) {
            break *at;
        }
        if started.elapsed() > Duration::from_secs(20) {
            anyhow::bail!("no getUpdates within 20 s");
        }
        tokio::time::sleep(Duration::from_micros(200)).await;
    };
    let took = first.duration_since(started);
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    child.wait()?;
    Ok(took)
}

fn summary(label: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    println!(
        "  {label:<18} p50 {:6.1} ms   min {:6.1} ms   max {:6.1} ms",
        ms[ms.len() / 2],
        ms[0],
        ms[ms.len() - 1]
    );
}

fn main() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let bin = std::env::var("FALGRAM_BIN")
            .unwrap_or_else(|_| env!("CARGO_BIN_EXE_falgram").to_string());
        let size = std::fs::metadata(&bin)?.len() as f64 / 1_048_576.0;
        println!("cold start to the first getUpdates: {bin} ({size:.1} MB)");
        let fake = FakeTelegram::start().await?;
        let dir = tempfile::tempdir()?;
        let mut fresh = Vec::new();
        let mut existing = Vec::new();
        for i in 0..RUNS {
            let db = dir.path().join(format!("fresh{i}.db"));
            fresh.push(one(&bin, &fake, &db).await?.as_secs_f64() * 1000.0);
            existing.push(one(&bin, &fake, &db).await?.as_secs_f64() * 1000.0);
        }
        summary("fresh database", fresh);
        summary("existing database", existing);
        println!("  (target < 100 ms)");
        Ok(())
    })
}

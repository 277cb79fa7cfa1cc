//! The real binary as an operator runs it: serves /health on HTTP_ADDR, reloads settings on
//! SIGHUP, and stops cleanly on SIGTERM.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use falgram::fakes::telegram::{FakeTelegram, FAKE_TOKEN};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn the_binary_serves_health_reloads_on_sighup_and_stops_on_sigterm() {
    let fake = FakeTelegram::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_falgram"))
        .arg("run")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
        .env("TELEGRAM_API_URL", fake.api_url())
        .env("FALGRAM_DB", &db)
        .env("HTTP_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut healthy = false;
    while Instant::now() < deadline {
        if let Ok(r) = client
            .get(format!("http://127.0.0.1:{port}/health"))
            .send()
            .await
        {
            healthy = r.status() == 200;
            if healthy {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(healthy, "no /health");
    // A second bot on the same database refuses to start.
    let second = Command::new(env!("CARGO_BIN_EXE_falgram"))
        .arg("run")
        .env("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
        .env("TELEGRAM_API_URL", fake.api_url())
        .env("FALGRAM_DB", &db)
        .env("HTTP_ADDR", "off")
        .output()
        .unwrap();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("in use"));
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-HUP", &pid])
        .status()
        .unwrap()
        .success());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("settings reloaded"), "{log}");
    assert!(log.contains("stopped cleanly"), "{log}");
}

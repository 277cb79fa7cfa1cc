//! `/health` and `/metrics` over real HTTP.

mod support;

use falgram::jobs::{Health, Job, JobSet};
use support::*;

async fn health_of(
    client: &reqwest::Client,
    addr: std::net::SocketAddr,
) -> (u16, serde_json::Value) {
    let res = client
        .get(format!("http://{addr}/health"))
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

async fn wait_for_runs(health: &Health, job: &str) {
    for _ in 0..200 {
        if health.snapshot().get(job).is_some_and(|j| j.runs > 0) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("job {job} never ran");
}

#[tokio::test]
async fn health_is_200_with_the_documented_fields_and_503_without_the_database() {
    let (_d, mut h) = start(fixture_ai()).await;
    h.text(&user(1200, "en"), "/start").await.unwrap();
    h.press(&user(1200, "en"), 1, "1:m").await.unwrap();
    let app = h.app().unwrap().clone();
    let mut jobs = JobSet::default();
    jobs.start(Job::once("backup_check", || async { Ok(()) }));
    let health = jobs.health();
    let (addr, _server) = falgram::http::serve(
        app.clone(),
        jobs.health(),
        "127.0.0.1:0".parse().unwrap(),
        None,
    )
    .await
    .unwrap();
    wait_for_runs(&health, "backup_check").await;
    let client = reqwest::Client::new();
    let (status, body) = health_of(&client, addr).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "healthy");
    assert_eq!(body["database"], "connected");
    assert_eq!(body["users_count"], 1);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert!(body["uptime_s"].is_u64() && body["timestamp"].is_string());
    assert!(body["system"]["memory_rss_mb"].as_f64().unwrap() > 1.0);
    assert!(body["system"]["cpu_percent"].is_f64());
    let job = &body["jobs"]["backup_check"];
    assert_eq!(job["ok"], true, "{body}");
    assert_eq!(job["runs"], 1);
    assert!(job["last_run_at"].is_i64() && job["last_error"].is_null());

    // A background job whose last run failed: still serving (200), but degraded, and why.
    jobs.start(Job::once("outbox", || async {
        anyhow::bail!("Supabase unreachable")
    }));
    wait_for_runs(&health, "outbox").await;
    let (status, body) = health_of(&client, addr).await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "degraded");
    assert_eq!(body["jobs"]["outbox"]["ok"], false);
    assert_eq!(body["jobs"]["outbox"]["last_error"], "Supabase unreachable");
    jobs.stop(std::time::Duration::from_secs(1)).await;

    let text = client
        .get(format!("http://{addr}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // Every sample line is `name{labels} value` with a number.
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (name, value) = line.rsplit_once(' ').unwrap();
        assert!(value.parse::<f64>().is_ok(), "{line}");
        assert!(name.starts_with("falgram_"), "{line}");
    }
    assert!(
        text.contains("falgram_updates_total{kind=\"message\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("falgram_updates_total{kind=\"callback\"} 1"),
        "{text}"
    );
    assert!(text.contains("# TYPE falgram_handler_seconds histogram"));
    assert!(
        text.contains("falgram_handler_seconds_bucket{le=\"+Inf\"} 2"),
        "{text}"
    );
    assert!(
        text.contains("falgram_ai_calls_total{provider=\"fixture\",outcome=\"ok\"} 0"),
        "{text}"
    );
    assert!(
        text.contains("falgram_ai_tokens_total{provider=\"fixture\",direction=\"out\"} 0"),
        "{text}"
    );
    assert!(text.contains("falgram_payments_total{status=\"paid\"} 0"));
    assert!(text.contains("falgram_db_size_bytes "));

    h.stop().await; // closes the database
    let (status, body) = health_of(&client, addr).await;
    assert_eq!(status, 503);
    assert_eq!(body["status"], "unhealthy");
    assert_eq!(body["database"], "error");
}

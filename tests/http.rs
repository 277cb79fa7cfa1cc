//! `/health` and `/metrics` over real HTTP.

mod common;

use common::*;

#[tokio::test]
async fn health_is_200_with_the_documented_fields_and_503_without_the_database() {
    let (_d, mut h) = start(fixture_ai()).await;
    h.text(&user(1200, "en"), "/start").await.unwrap();
    h.press(&user(1200, "en"), 1, "1:m").await.unwrap();
    let app = h.app().unwrap().clone();
    let (addr, _server) = falgram::http::serve(app.clone(), "127.0.0.1:0".parse().unwrap(), None)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let res = client
        .get(format!("http://{addr}/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "healthy");
    assert_eq!(body["database"], "connected");
    assert_eq!(body["users_count"], 1);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert!(body["uptime_s"].is_u64() && body["timestamp"].is_string());
    assert!(body["system"]["memory_rss_mb"].as_f64().unwrap() > 1.0);
    assert!(body["system"]["cpu_percent"].is_f64());

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
    assert!(text.contains("falgram_payments_total{status=\"paid\"} 0"));
    assert!(text.contains("falgram_db_size_bytes "));

    h.stop().await; // closes the database
    let res = client
        .get(format!("http://{addr}/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["database"], "error");
}

//! Fault 1 of the catalogue (README, "Reliability"): one chat's flood never delays another
//! chat. Alone in its binary, so the timing is not shared with other tests' work.

mod support;

use std::time::Duration;

use support::*;

#[tokio::test]
async fn a_flood_from_one_chat_never_delays_another_chat() {
    let (_d, mut h) = start(fixture_ai()).await;
    let flooder = user(77, "en");
    let other = user(78, "en");
    h.text(&flooder, "/start").await.unwrap();
    h.text(&other, "/start").await.unwrap();
    let since = h.fake.request_count();
    for i in 0..2_000 {
        h.fake.send_text(&flooder, &format!("spam {i}"));
    }
    h.expect_updates(2_000);
    let started = std::time::Instant::now();
    let asked = h.fake.request_count();
    h.fake.send_text(&other, "/start");
    h.expect_updates(1);
    let (_, took) = reply_containing(&h, 78, "", asked, Duration::from_secs(10))
        .await
        .expect("the other user's /start is answered");
    assert!(
        took < Duration::from_secs(1),
        "/start waited {took:?} behind the flood"
    );
    h.settle(since).await.unwrap();
    let to_flooder: Vec<String> = h
        .fake
        .requests_since(since)
        .into_iter()
        .filter(|r| r.chat_id() == Some(77))
        .filter_map(|r| r.text().map(str::to_string))
        .collect();
    let notices = to_flooder
        .iter()
        .filter(|t| t.contains("going a little fast"))
        .count();
    assert_eq!(notices, 1, "one notice per window");
    // The default limit (30 a minute, one of them spent on /start) and nothing else.
    assert!(
        to_flooder.len() <= 31,
        "{} replies to the flooder",
        to_flooder.len()
    );
    let app = h.app().unwrap().clone();
    assert!(inbox_drains(&app).await, "nothing left waiting");
    eprintln!(
        "flood of 2,000: other user's /start answered in {took:?}; all settled in {:?}",
        started.elapsed()
    );
}

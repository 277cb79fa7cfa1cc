//! The one outbound sender (issue 15): Telegram's limits kept, interactive answers first. A
//! broadcast of 300 queued at 30 msg/s is ten seconds of sending; a user's `/start` meanwhile
//! is answered at once, not after it.

mod support;

use std::time::{Duration, Instant};

use falgram::services::broadcasts::{self, Audience, Runner};
use falgram::store::NewUser;
use falgram::telegram::sender::{in_lane, Lane};
use falgram::telegram::BotMessenger;
use support::*;

#[tokio::test]
async fn a_users_answer_is_not_queued_behind_a_broadcast() {
    let (_d, mut h) = start_with(fixture_ai(), &[("TELEGRAM_MESSAGES_PER_SECOND", "30")]).await;
    let app = h.app().unwrap().clone();
    for id in 5_000..5_300 {
        app.store
            .touch_user(NewUser {
                id,
                username: None,
                first_name: "Reader".into(),
                last_name: None,
                language_code: Some("en".into()),
                forget_key: None,
            })
            .await
            .unwrap();
    }
    let (id, total) = broadcasts::create(
        &app,
        None,
        "The full moon is here.".into(),
        Audience::default(),
        Runner::Terminal,
        false,
    )
    .await
    .unwrap();
    assert_eq!(total, 300);
    // The broadcast runs through the bot's own sender, in its lane.
    let messenger = BotMessenger(h.bot().unwrap().clone());
    let store = app.store.clone();
    let broadcast = tokio::spawn(async move {
        in_lane(
            Lane::Broadcast,
            broadcasts::send_all(&store, &messenger, id, |_| async {}),
        )
        .await
    });
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let u = user(77, "en");
    let started = Instant::now();
    let out = h.text(&u, "/start").await.unwrap();
    let took = started.elapsed();
    assert!(out.iter().any(|r| r.chat_id() == Some(77)));
    // teloxide's Throttle released sends in 250 ms rounds; the sender grants at once.
    assert!(
        took < Duration::from_millis(150),
        "/start waited {took:?} behind the broadcast"
    );
    let done = broadcast.await.unwrap().unwrap();
    assert_eq!(done.sent, 300);
    eprintln!("answer during a 300-message broadcast: {took:?}");
}

/// A burst of first contacts (issue 15): 200 people the bot has never seen send `/start` at
/// once, at Telegram's 30 messages a second — about 7 seconds of welcomes. Someone already
/// using the bot taps the menu meanwhile and is answered at once: first contacts wait in
/// their own queue and lane. Every newcomer is welcomed, once.
#[tokio::test]
async fn a_regulars_tap_goes_ahead_of_a_burst_of_newcomers() {
    let (_d, mut h) = start_with(fixture_ai(), &[("TELEGRAM_MESSAGES_PER_SECOND", "30")]).await;
    let regular = falgram::sim::fake_telegram::FakeUser::new(42, "Regular", "en");
    h.text(&regular, "/start").await.unwrap();
    let newcomers: Vec<_> = (0..200)
        .map(|i| falgram::sim::fake_telegram::FakeUser::new(900_000 + i, "New", "tr"))
        .collect();
    let since = h.fake.request_count();
    for u in &newcomers {
        h.fake.send_text(u, "/start");
    }
    let welcomed = |h: &falgram::sim::Harness| {
        h.fake
            .requests_since(since)
            .iter()
            .filter(|r| r.is("sendMessage") && r.chat_id() != Some(42))
            .count()
    };
    // Past the first second, so the regular's own chat limit (1 message a second, and they
    // just had their welcome) is not what is measured.
    while welcomed(&h) < 60 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let tapped = Instant::now();
    let menu = h.fake.press(&regular, 1, "1:m");
    assert!(menu > 0);
    loop {
        let answered =
            h.fake.requests_since(since).iter().any(|r| {
                r.chat_id() == Some(42) && (r.is("sendMessage") || r.is("editMessageText"))
            });
        if answered {
            break;
        }
        assert!(
            tapped.elapsed() < Duration::from_secs(1),
            "the tap waited behind the burst"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let waited = tapped.elapsed();
    assert!(
        welcomed(&h) < 150,
        "answered while the burst was still being welcomed ({} of 200)",
        welcomed(&h)
    );
    h.expect_updates(201);
    h.settle(since).await.unwrap();
    let mut per_chat = std::collections::HashMap::new();
    for r in h.fake.requests_since(since) {
        if r.is("sendMessage") {
            *per_chat.entry(r.chat_id()).or_insert(0) += 1;
        }
    }
    for u in &newcomers {
        assert!(
            per_chat.contains_key(&Some(u.id)),
            "{} never welcomed",
            u.id
        );
    }
    println!("tap answered in {waited:?} during a burst of 200");
}

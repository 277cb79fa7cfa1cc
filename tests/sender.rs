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

//! The fault catalogue (README, "Reliability"): each fault reproduced through the fakes and
//! shown handled — a slow or runaway AI, blank answers, a chat that must stay usable while
//! its reading is written.

mod support;

use std::time::Duration;

use falgram::sim::fake_telegram::FakeUser;
use falgram::sim::Harness;
use support::gemini::{FakeGemini, Reply};
use support::*;

const DREAM: &str = "I was swimming in a warm sea at night and a white bird led me home";

/// Sends a text without waiting for its handling to end.
fn send(h: &mut Harness, u: &FakeUser, text: &str) -> usize {
    let since = h.fake.request_count();
    h.fake.send_text(u, text);
    h.expect_updates(1);
    since
}

#[tokio::test]
async fn a_slow_ai_is_asked_once_and_the_chat_stays_usable_meanwhile() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_latency(Duration::from_secs(10));
    gemini.script([Reply::Text("A late answer.".into())]);
    let (_d, mut h) = start_with(gemini_ai(&gemini.url()), &[("AI_TIMEOUT", "3")]).await;
    let u = open_dreams(&mut h, 71).await;

    let started = std::time::Instant::now();
    let first = send(&mut h, &u, DREAM);
    // While it is written: a second reading is refused politely, the menu answers at once.
    let since = send(&mut h, &u, "Another dream about a red door");
    let (_, took) = reply_containing(
        &h,
        71,
        "One reading at a time",
        since,
        Duration::from_secs(2),
    )
    .await
    .expect("one at a time");
    assert!(took < Duration::from_secs(1), "{took:?}");
    let since = send(&mut h, &u, "/start");
    let (menu, took) = reply_containing(&h, 71, "", since, Duration::from_secs(2))
        .await
        .expect("the menu");
    assert!(took < Duration::from_secs(1), "/start waited {took:?}");
    assert!(!menu.buttons().is_empty());

    // One deadline for the whole answer: the apology at 3 s, not after retries.
    let (_, _) = reply_containing(&h, 71, "no reading was used", first, Duration::from_secs(6))
        .await
        .expect("the apology");
    let elapsed = started.elapsed();
    eprintln!("slow AI: the apology after {elapsed:?}");
    assert!(
        elapsed >= Duration::from_secs(3) && elapsed < Duration::from_secs(5),
        "{elapsed:?}"
    );
    h.settle(first).await.unwrap();
    assert_eq!(
        gemini.calls().len(),
        1,
        "the provider is asked (and bills) once"
    );
    assert_eq!(spent(&h, 71).await, (0, 0));
}

#[tokio::test]
async fn cancel_stops_a_reading_while_it_is_written() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_latency(Duration::from_secs(10));
    gemini.script([Reply::Text("Too late.".into())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = open_dreams(&mut h, 72).await;
    let first = send(&mut h, &u, DREAM);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let since = send(&mut h, &u, "/cancel");
    let (_, took) = reply_containing(&h, 72, "Stopped", since, Duration::from_secs(2))
        .await
        .expect("stopped");
    assert!(took < Duration::from_secs(1), "{took:?}");
    let settled = std::time::Instant::now();
    let out = h.settle(first).await.unwrap();
    assert!(
        settled.elapsed() < Duration::from_secs(2),
        "the reading ended at once"
    );
    assert!(!all_text(&out).contains("Too late"));
    assert!(
        !all_text(&out).contains("no reading was used"),
        "no apology after a cancel"
    );
    assert_eq!(spent(&h, 72).await, (0, 0));
}

#[tokio::test]
async fn an_answer_of_only_invisible_characters_is_no_answer() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text(" \n\u{200B}\u{2060}\u{FEFF} \u{200D} ".into())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = open_dreams(&mut h, 73).await;
    let out = h.text(&u, DREAM).await.unwrap();
    assert!(
        all_text(&out).contains("no reading was used"),
        "{}",
        all_text(&out)
    );
    assert_eq!(spent(&h, 73).await, (0, 0));
}

#[tokio::test]
async fn a_runaway_answer_is_cut_at_a_sentence_not_sent_as_dozens_of_messages() {
    let gemini = FakeGemini::start().await.unwrap();
    let sentence = "The white bird is a messenger of calm waters ahead. ";
    gemini.script([Reply::Text(sentence.repeat(2_000))]); // ~104,000 characters
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = open_dreams(&mut h, 74).await;
    let out = h.text(&u, DREAM).await.unwrap();
    let parts: Vec<String> = out
        .iter()
        .filter(|r| r.is("sendMessage") && r.chat_id() == Some(74))
        .filter_map(|r| r.text().map(str::to_string))
        .collect();
    assert!(parts.len() <= 4, "{} messages", parts.len());
    let body: usize = parts.iter().map(|p| p.chars().count()).sum();
    assert!(
        body > 11_000 && body < 12_600,
        "{body} characters delivered"
    );
    let last = parts.last().unwrap();
    let end = last
        .split("\n\n")
        .filter(|p| p.contains("bird"))
        .last()
        .unwrap();
    assert!(
        end.ends_with("ahead."),
        "ends at a sentence: …{}",
        &end[end.len().saturating_sub(40)..]
    );
    assert_eq!(spent(&h, 74).await, (1, 1));
}

#[tokio::test]
async fn updates_the_bot_cannot_read_are_finished_not_replayed_at_every_start() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(75, "en");
    h.text(&u, "/start").await.unwrap();
    let odd = [
        serde_json::json!({"some_future_kind": {"x": 1}}),
        serde_json::json!({"message": {"message_id": 9, "text": "no chat, no date"}}),
        serde_json::json!({"poll": {"id": "p1", "question": "?", "options": [], "total_voter_count": 0,
            "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}),
    ];
    let since = h.fake.request_count();
    for update in odd {
        h.fake.push_update(update);
    }
    h.expect_updates(3);
    h.settle(since).await.unwrap();
    let app = h.app().unwrap().clone();
    assert!(inbox_drains(&app).await, "finished, not left waiting");
    let ignored = app
        .metrics
        .updates_ignored
        .load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(ignored, 2, "the unknown kind and the malformed message");
    // Nothing comes back after a restart, and the bot still answers.
    h.restart().await.unwrap();
    let app = h.app().unwrap().clone();
    assert_eq!(app.store.inbox_len().await.unwrap(), 0);
    let out = h.text(&u, "/start").await.unwrap();
    assert!(!out.is_empty());
}

#[tokio::test]
async fn a_forged_image_header_is_refused_before_any_ai_call() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(76, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Coffee");
    h.press(&u, msg, &data).await.unwrap();
    // A PNG signature and header claiming 60000×60000 pixels, 33 bytes in all.
    let mut forged = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    forged.extend(b"IHDR");
    forged.extend(60_000u32.to_be_bytes());
    forged.extend(60_000u32.to_be_bytes());
    forged.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(forged.len(), 33);
    let out = h.photo(&u, forged).await.unwrap();
    assert!(
        all_text(&out).contains("could not open this as an image"),
        "{}",
        all_text(&out)
    );
    assert!(gemini.calls().is_empty(), "no AI call");
    assert_eq!(spent(&h, 76).await, (0, 0));
}

#[tokio::test]
async fn after_a_crash_only_chats_that_heard_nothing_are_told_and_untouched_work_runs_again() {
    let (_d, mut h) = start(fixture_ai()).await;
    let (a, b, c) = (user(81, "en"), user(82, "en"), user(83, "en"));
    for u in [&a, &b, &c] {
        h.text(u, "/start").await.unwrap();
    }
    // The state a kill -9 leaves: three /help updates claimed and unfinished — one had done
    // nothing yet, one had written something but sent nothing, one had been answered.
    let bodies: Vec<String> = [&a, &b, &c]
        .iter()
        .zip(9001..)
        .map(|(u, id)| {
            let mut body = h.fake.text_update(u, "/help");
            body["update_id"] = id.into();
            body.to_string()
        })
        .collect();
    h.stop().await;
    {
        let db = rusqlite::Connection::open(h.db_path()).unwrap();
        for (id, body) in (9001..).zip(&bodies) {
            db.execute(
                "INSERT INTO inbox (update_id, body) VALUES (?1, ?2)",
                rusqlite::params![id, body],
            )
            .unwrap();
        }
        db.execute_batch(
            "INSERT INTO processed_updates (update_id, processed_at, chat_id) VALUES (9001, 1, 81);
             INSERT INTO processed_updates (update_id, processed_at, chat_id, effect_at) VALUES (9002, 1, 82, 1);
             INSERT INTO processed_updates (update_id, processed_at, chat_id, answered_at) VALUES (9003, 1, 83, 1);",
        )
        .unwrap();
    }
    let since = h.fake.request_count();
    h.restart().await.unwrap();
    h.expect_updates(1);
    h.settle(since).await.unwrap();
    // The notices go out beside the dispatcher.
    reply_containing(&h, 82, "restarted", since, Duration::from_secs(5))
        .await
        .expect("the notice");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let out = h.fake.requests_since(since);
    let to = |chat: i64| -> Vec<String> {
        out.iter()
            .filter(|r| r.chat_id() == Some(chat))
            .filter_map(|r| r.text().map(str::to_string))
            .collect()
    };
    let (to_a, to_b, to_c) = (to(81), to(82), to(83));
    assert_eq!(to_a.len(), 1, "{to_a:?}");
    assert!(
        !to_a[0].contains("restarted"),
        "run again, not told: {to_a:?}"
    );
    assert_eq!(to_b.len(), 1);
    assert!(to_b[0].contains("restarted while handling"), "{to_b:?}");
    assert!(to_c.is_empty(), "it had its answer: {to_c:?}");
    let app = h.app().unwrap().clone();
    assert!(inbox_drains(&app).await);
}

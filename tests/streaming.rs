//! Streamed readings through the fake Bot API and a fake Gemini speaking
//! `streamGenerateContent?alt=sse`: drafts grow and end in one final message, a stream cut
//! midway spends nothing, and a server without `sendMessageDraft` gets "typing…" instead.

mod support;

use std::time::Duration;

use falgram::sim::fake_telegram::Recorded;
use falgram::sim::{html_to_plain, Harness};
use support::gemini::{FakeGemini, Reply};
use support::*;

const DREAM: &str = "I was swimming in a warm sea at night and a white bird led me home";

fn long_answer() -> String {
    (1..=40)
        .map(|i| format!("Sentence {i} of the reading & its <meaning>."))
        .collect::<Vec<_>>()
        .join(" ")
}

fn drafts(out: &[Recorded]) -> Vec<&Recorded> {
    out.iter().filter(|r| r.is("sendMessageDraft")).collect()
}

#[tokio::test]
async fn drafts_grow_at_a_steady_pace_and_end_in_one_final_message() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_stream_gap(Duration::from_millis(60));
    let answer = long_answer();
    gemini.script([Reply::Text(answer.clone())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = open_dreams(&mut h, 61).await;
    let out = h.text(&u, DREAM).await.unwrap();

    let drafts = drafts(&out);
    let shown: Vec<&&Recorded> = drafts
        .iter()
        .filter(|r| !r.body["text"].as_str().unwrap_or_default().is_empty())
        .collect();
    assert!(shown.len() >= 3, "{} drafts", shown.len());
    // One draft id for the whole answer, in the user's private chat.
    let id = &drafts[0].body["draft_id"];
    assert!(id.as_i64().is_some_and(|d| d != 0));
    assert!(drafts.iter().all(|d| &d.body["draft_id"] == id));
    assert!(drafts.iter().all(|d| d.chat_id() == Some(61)));
    // Each draft is valid HTML that only grows: the escaped text the final message carries.
    let plain: Vec<String> = shown
        .iter()
        .map(|d| html_to_plain(d.body["text"].as_str().unwrap()))
        .collect();
    for pair in plain.windows(2) {
        assert!(pair[1].starts_with(&pair[0]), "{pair:?}");
    }
    for d in &shown {
        let html = d.body["text"].as_str().unwrap();
        assert!(!html.contains("<meaning>"), "escaped: {html}");
        // Never cut inside an entity or a tag.
        for (i, _) in html.match_indices('&') {
            let rest = &html[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| rest.starts_with(e)),
                "{html}"
            );
        }
        assert_eq!(
            html.matches("<b>").count(),
            html.matches("</b>").count(),
            "{html}"
        );
    }
    // Paced: no two drafts for the chat closer than ~0.5 s.
    for pair in shown.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(gap >= Duration::from_millis(450), "{gap:?}");
    }
    // The first words show within 300 ms of the first chunk.
    let call = gemini
        .calls()
        .into_iter()
        .find(|c| c.streamed)
        .expect("a streamed call");
    let first_chunk = call.at + Duration::from_millis(60);
    let first_words = shown[0].at.saturating_duration_since(first_chunk);
    assert!(first_words < Duration::from_millis(300), "{first_words:?}");
    // One final message carries the whole answer; the drafts stop before it.
    let finals: Vec<&Recorded> = out
        .iter()
        .filter(|r| r.is("sendMessage") && r.text().is_some_and(|t| t.contains("Sentence 40")))
        .collect();
    assert_eq!(finals.len(), 1);
    let final_text = html_to_plain(finals[0].text().unwrap());
    assert!(final_text.contains(&answer), "{final_text}");
    assert!(plain.iter().all(|p| final_text.starts_with(p.trim_end())));
    assert!(drafts.iter().all(|d| d.seq < finals[0].seq));
    assert_eq!(spent(&h, 61).await, (1, 1), "committed once, on delivery");
}

#[tokio::test]
async fn a_stream_cut_midway_spends_nothing_and_the_drafts_stop() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_stream_gap(Duration::from_millis(200));
    gemini.script([Reply::Cut(vec![
        "The sea in your dream ".into(),
        "is a sign of ".into(),
        "calm after ".into(),
    ])]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = open_dreams(&mut h, 62).await;
    let out = h.text(&u, DREAM).await.unwrap();
    assert!(
        drafts(&out).iter().any(|d| d.body["text"]
            .as_str()
            .unwrap_or_default()
            .contains("The sea")),
        "the answer was being shown"
    );
    let apology = out
        .iter()
        .find(|r| r.is("sendMessage"))
        .expect("an apology");
    assert!(
        apology.text().unwrap().contains("no reading was used"),
        "{}",
        apology.text().unwrap()
    );
    assert!(
        drafts(&out).iter().all(|d| d.seq < apology.seq),
        "drafts stopped"
    );
    assert_eq!(spent(&h, 62).await, (0, 0), "nothing spent, nothing kept");
    // The step stays open: sending again retries, and this time it goes through.
    gemini.set_stream_gap(Duration::ZERO);
    let out = h.text(&u, DREAM).await.unwrap();
    assert!(
        all_text(&out).contains("Fake Gemini reading"),
        "{}",
        all_text(&out)
    );
    assert_eq!(spent(&h, 62).await, (1, 1));
}

#[tokio::test]
async fn without_drafts_the_answer_comes_whole_after_typing_and_the_check_is_made_once() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_stream_gap(Duration::from_millis(50));
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    h.fake.refuse_drafts();
    let u = open_dreams(&mut h, 63).await;
    let out = h.text(&u, DREAM).await.unwrap();
    assert!(out.iter().any(|r| r.is("sendChatAction")), "typing…");
    assert!(all_text(&out).contains("Fake Gemini reading"));
    let out2 = {
        let (msg, data) = button(&h.text(&u, "/menu").await.unwrap(), "Dreams");
        h.press(&u, msg, &data).await.unwrap();
        h.text(&u, "A second dream about mountains").await.unwrap()
    };
    assert!(all_text(&out2).contains("Fake Gemini reading"));
    let attempts = h
        .fake
        .requests()
        .iter()
        .filter(|r| r.is("sendMessageDraft"))
        .count();
    assert_eq!(
        attempts, 1,
        "refused once, then never tried again in this process"
    );
    assert_eq!(spent(&h, 63).await, (2, 2));
}

#[tokio::test]
async fn a_stream_past_the_deadline_ends_in_the_apology_with_nothing_spent() {
    let gemini = FakeGemini::start().await.unwrap();
    // Sixty events 200 ms apart: 12 s of writing against a 2 s deadline.
    gemini.set_stream_gap(Duration::from_millis(200));
    gemini.script([Reply::Text(long_answer())]);
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::start_with_env(
        &dir.path().join("bot.db"),
        gemini_ai(&gemini.url()),
        vec![("AI_TIMEOUT".into(), "2".into())],
    )
    .await
    .unwrap();
    let u = open_dreams(&mut h, 64).await;
    let started = std::time::Instant::now();
    let out = h.text(&u, DREAM).await.unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let apology = out
        .iter()
        .find(|r| r.is("sendMessage"))
        .expect("an apology");
    assert!(apology.text().unwrap().contains("no reading was used"));
    assert!(
        drafts(&out).iter().all(|d| d.seq < apology.seq),
        "drafts stopped"
    );
    assert_eq!(spent(&h, 64).await, (0, 0));
}

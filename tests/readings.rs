//! Readings end to end: tarot spreads, the card of the day, dream follow-ups, sharing.

mod common;

use common::*;
use falgram::fakes::gemini::{FakeGemini, Reply};

fn sent_texts(out: &[falgram::fakes::telegram::Recorded]) -> Vec<String> {
    out.iter()
        .filter(|r| r.is("sendMessage") || r.is("editMessageText"))
        .filter_map(|r| r.text().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn a_celtic_cross_lists_ten_distinct_cards_before_the_interpretation() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text("Kartlar yeni bir başlangıç gösteriyor.".into())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(40, "tr");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Tarot");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Kelt Haçı");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("Sorunu düşün"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "İşim ne olacak?").await.unwrap();
    let texts = sent_texts(&out);
    let reading = texts
        .iter()
        .find(|t| t.contains("Kelt Haçı"))
        .expect("the reading");
    assert!(
        reading.contains("<i>Sorun: İşim ne olacak?</i>"),
        "{reading}"
    );
    let lines: Vec<&str> = reading.lines().filter(|l| l.contains(" — ")).collect();
    assert_eq!(lines.len(), 10, "{reading}");
    assert!(
        lines
            .iter()
            .all(|l| l.contains("⬆ düz") || l.contains("⬇ ters")),
        "{reading}"
    );
    let names: std::collections::HashSet<_> = lines
        .iter()
        .map(|l| l.split(" — ").nth(1).unwrap())
        .collect();
    assert_eq!(names.len(), 10, "no card twice");
    let cards_pos = reading.find("1. <b>Durum</b>").unwrap();
    let interp_pos = reading.find("yeni bir başlangıç").unwrap();
    assert!(
        cards_pos < interp_pos,
        "cards come before the interpretation"
    );
    // The AI received the same cards with positions and orientation.
    let system = gemini.calls()[0].body["system_instruction"]["parts"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(system.contains("the ten-card Celtic Cross"), "{system}");
    assert!(
        system.contains("10. the outcome the cards point to"),
        "{system}"
    );
    assert_eq!(
        gemini.calls()[0].body["contents"][0]["parts"][0]["text"],
        "İşim ne olacak?"
    );
    // Shared on X and Telegram with the referral link.
    let kb = out
        .iter()
        .rev()
        .find(|r| r.text().is_some_and(|t| t.contains("Kelt Haçı")))
        .unwrap()
        .buttons();
    let urls: Vec<String> = kb.into_iter().flatten().map(|b| b.1).collect();
    assert!(
        urls.iter()
            .any(|u| u.starts_with("https://x.com/intent/tweet?text=") && u.contains("%23FalGram")),
        "{urls:?}"
    );
    assert!(
        urls.iter().any(|u| u.starts_with(
            "https://t.me/share/url?url=https%3A%2F%2Ft.me%2FFalGramBot%3Fstart%3Dref_"
        )),
        "{urls:?}"
    );
    assert!(all_text(&out).contains("3 ücretsiz fal hakkın kaldı"));
}

#[tokio::test]
async fn draw_now_skips_the_question_and_a_failure_keeps_the_reading() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Blocked("SAFETY".into()),
        Reply::Text("Past, present and future align.".into()),
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(41, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Tarot");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Past · Present · Future");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Draw now");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("could not interpret this one"),
        "{}",
        all_text(&out)
    );
    // Still in the step: draw again.
    let out = h.press(&u, msg, &data).await.unwrap();
    let text = all_text(&out);
    assert!(
        text.contains("1. <b>Past</b>") && text.contains("3. <b>Future</b>"),
        "{text}"
    );
    assert!(
        text.contains("You have 3 free readings left."),
        "only the delivered reading was spent: {text}"
    );
}

#[tokio::test]
async fn the_card_of_the_day_is_the_same_all_day_and_asks_the_ai_once() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(42, "de");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Tarot");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Tageskarte");
    let first = all_text(&h.press(&u, msg, &data).await.unwrap());
    let second = all_text(&h.press(&u, msg, &data).await.unwrap());
    assert!(first.contains("Deine Tageskarte"), "{first}");
    let card_line = |t: &str| t.lines().find(|l| l.starts_with("<b>")).map(str::to_string);
    assert_eq!(card_line(&first), card_line(&second));
    assert_eq!(
        gemini.calls().len(),
        1,
        "the second view comes from the history"
    );
    let app = h.app().unwrap();
    let a = app
        .store
        .allowance(42, &app.settings())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.free_used, 0, "the card of the day spends no reading");
}

#[tokio::test]
async fn a_dream_gets_one_follow_up_question_with_its_context() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Text("The river is change.".into()),
        Reply::Text("The bridge is your choice.".into()),
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(43, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.text(&u, "I crossed a river on a bridge").await.unwrap();
    let (msg, ask) = button(&out, "Ask about this dream");
    let out = h.press(&u, msg, &ask).await.unwrap();
    assert!(all_text(&out).contains("What would you like to know"));
    let out = h.text(&u, "What does the bridge mean?").await.unwrap();
    assert!(
        all_text(&out).contains("The bridge is your choice."),
        "{}",
        all_text(&out)
    );
    let call = &gemini.calls()[1].body;
    assert_eq!(
        call["contents"][0]["parts"][0]["text"],
        "I crossed a river on a bridge"
    );
    assert_eq!(call["contents"][1]["role"], "model");
    assert_eq!(
        call["contents"][1]["parts"][0]["text"],
        "The river is change."
    );
    assert_eq!(
        call["contents"][2]["parts"][0]["text"],
        "What does the bridge mean?"
    );
    // One follow-up per dream; it spent no reading.
    let out = h.press(&u, msg, &ask).await.unwrap();
    assert!(
        all_text(&out).contains("no longer valid"),
        "{}",
        all_text(&out)
    );
    let app = h.app().unwrap();
    assert_eq!(
        app.store
            .allowance(43, &app.settings())
            .await
            .unwrap()
            .unwrap()
            .free_used,
        1
    );
    // Someone else's reading id is refused the same way.
    let other = user(44, "en");
    h.text(&other, "/start").await.unwrap();
    let out = h.press(&other, msg, &ask).await.unwrap();
    assert!(all_text(&out).contains("no longer valid"));
}

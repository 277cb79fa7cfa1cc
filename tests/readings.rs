//! Readings end to end: tarot spreads, the card of the day, dream follow-ups, sharing.

mod support;

use support::gemini::{FakeGemini, Reply};
use support::*;

fn sent_texts(out: &[falgram::sim::fake_telegram::Recorded]) -> Vec<String> {
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
    // In the user's language: the spread, each position, card and orientation.
    assert!(system.contains("Kelt Haçı"), "{system}");
    assert!(system.contains("\n10. Sonuç: "), "{system}");
    assert!(
        system.contains("(düz)") || system.contains("(ters)"),
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

/// A real (tiny) PNG carrying a marker in a text chunk: an image that passes every check and
/// whose bytes can be searched for later.
fn png(marker: &[u8]) -> Vec<u8> {
    let mut pixmap = tiny_skia::Pixmap::new(64, 48).unwrap();
    pixmap.fill(tiny_skia::Color::from_rgba8(marker[0], 80, 60, 255));
    let mut v = pixmap.encode_png().unwrap();
    let iend = v.len() - 12;
    let mut chunk = (marker.len() as u32).to_be_bytes().to_vec();
    chunk.extend(b"tEXt");
    chunk.extend(marker);
    let mut crc = flate2::Crc::new();
    crc.update(&chunk[4..]);
    chunk.extend(crc.sum().to_be_bytes());
    v.splice(iend..iend, chunk);
    v
}

#[tokio::test]
async fn a_coffee_cup_and_saucer_reach_the_vision_model_and_are_never_stored() {
    use base64::Engine;
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text(
        "Fincanda bir kuş var: güzel bir haber geliyor.".into(),
    )]);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let mut h = falgram::sim::Harness::start(&db, gemini_ai(&gemini.url()))
        .await
        .unwrap();
    let u = user(50, "tr");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Kahve");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("asla saklanmaz"),
        "privacy line: {}",
        all_text(&out)
    );
    let cup = png(b"CUP-PHOTO-MARKER-0123456789");
    let saucer = png(b"SAUCER-PHOTO-MARKER-9876543210");
    let out = h.photo(&u, cup.clone()).await.unwrap();
    assert!(
        out.iter().any(|r| r.is("getFile")),
        "the photo was fetched through getFile"
    );
    assert!(
        all_text(&out).contains("Fincanın geldi"),
        "{}",
        all_text(&out)
    );
    let out = h.photo(&u, saucer.clone()).await.unwrap();
    let text = all_text(&out);
    assert!(
        text.contains("Kahve falın") && text.contains("bir kuş var"),
        "{text}"
    );
    assert!(out
        .iter()
        .all(|r| !(r.is("sendPhoto") || r.is("sendDocument"))));
    assert!(
        out.iter()
            .filter(|r| r.is("sendMessage"))
            .all(|r| r.body.get("caption").is_none()),
        "never a caption"
    );
    let call = &gemini.calls()[0];
    assert_eq!(call.model, "gemini-test-vision");
    let parts = call.body["contents"][0]["parts"].as_array().unwrap();
    let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
    assert_eq!(parts[0]["inline_data"]["data"], b64(&cup));
    assert_eq!(parts[0]["inline_data"]["mime_type"], "image/png");
    assert_eq!(parts[1]["inline_data"]["data"], b64(&saucer));
    h.stop().await;
    // Nothing of either photo is in the database file (or its WAL).
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        for marker in [&b"CUP-PHOTO-MARKER"[..], b"SAUCER-PHOTO-MARKER"] {
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker),
                "photo bytes found on disk"
            );
        }
    }
}

#[tokio::test]
async fn one_photo_and_read_my_cup_reads_with_a_single_image() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(51, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Coffee");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.photo(&u, png(b"one")).await.unwrap();
    let (msg, data) = button(&out, "Read my cup");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("Your coffee cup reading"),
        "{}",
        all_text(&out)
    );
    let parts = gemini.calls()[0].body["contents"][0]["parts"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(
        parts
            .iter()
            .filter(|p| p.get("inline_data").is_some())
            .count(),
        1
    );
    assert!(all_text(&out).contains("3 free readings left"));
}

#[tokio::test]
async fn non_images_bad_images_and_huge_files_are_refused_in_place() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(52, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Coffee");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.text(&u, "here is my cup").await.unwrap();
    assert!(all_text(&out).contains("That is not a photo"));
    let out = h
        .exchange(|f| f.send_document(&u, b"%PDF-1.7".to_vec(), "cup.pdf", "application/pdf"))
        .await
        .unwrap();
    assert!(all_text(&out).contains("That is not a photo"));
    let out = h
        .exchange(|f| f.send_document(&u, b"not really a png".to_vec(), "cup.png", "image/png"))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("could not open this as an image"),
        "{}",
        all_text(&out)
    );
    let huge = vec![0u8; 21 * 1024 * 1024];
    let out = h
        .exchange(|f| f.send_document(&u, huge, "cup.jpg", "image/jpeg"))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("This file is 21 MB; I can take up to 20 MB"),
        "{}",
        all_text(&out)
    );
    assert!(
        out.iter().all(|r| !r.is("getFile")),
        "refused before downloading"
    );
    // Still waiting for the cup: a good photo now works.
    let out = h.photo(&u, png(b"good")).await.unwrap();
    assert!(all_text(&out).contains("Got your cup"));
    assert!(gemini.calls().is_empty(), "no AI call for refused files");
    let app = h.app().unwrap();
    assert_eq!(
        app.store
            .allowance(52, &app.settings())
            .await
            .unwrap()
            .unwrap()
            .free_used,
        0
    );
}

#[tokio::test]
async fn a_reading_telegram_refused_to_deliver_is_not_spent() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(53, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    // The reading itself is refused by Telegram; the apology then goes through. (A 4xx: on a
    // 5xx teloxide itself waits 10 s before reporting it.)
    h.fake
        .fail_next("sendMessage", 400, "Bad Request: can't parse entities");
    let out = h.text(&u, "A locked door").await.unwrap();
    assert!(
        all_text(&out).contains("something went wrong on my end"),
        "{}",
        all_text(&out)
    );
    let app = h.app().unwrap().clone();
    let a = app
        .store
        .allowance(53, &app.settings())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (a.free_used, a.free_reserved),
        (0, 0),
        "nothing spent, nothing held"
    );
    assert!(
        app.store.recent_readings(53, 10).await.unwrap().is_empty(),
        "no undelivered reading in the history"
    );
}

//! End-to-end: the real dispatcher, store and i18n against the fake Telegram Bot API.

mod support;

use support::gemini::{FakeGemini, Reply};
use support::*;

#[tokio::test]
async fn start_with_turkish_client_gives_a_turkish_menu() {
    let (_d, mut h) = start(fixture_ai()).await;
    let out = h.text(&user(10, "tr"), "/start").await.unwrap();
    let sent: Vec<_> = out.iter().filter(|r| r.is("sendMessage")).collect();
    assert_eq!(sent.len(), 1, "one welcome message: {out:?}");
    let text = sent[0].text().unwrap();
    assert!(text.contains("hoş geldin, Ayşe"), "{text}");
    let labels: Vec<String> = sent[0]
        .buttons()
        .into_iter()
        .flatten()
        .map(|b| b.0)
        .collect();
    assert!(
        labels.iter().any(|l| l.contains("Kahve Falı")),
        "{labels:?}"
    );
    assert!(
        labels.iter().any(|l| l.contains("Rüya Tabiri")),
        "{labels:?}"
    );
    assert_eq!(
        labels.len(),
        14,
        "every section of the product is on the menu"
    );
}

#[tokio::test]
async fn unknown_language_code_falls_back_to_english() {
    let (_d, mut h) = start(fixture_ai()).await;
    let out = h.text(&user(11, "zh-hans"), "/start").await.unwrap();
    assert!(
        all_text(&out).contains("Welcome to <b>Fal Gram</b>"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn switching_language_rerenders_text_and_buttons_and_sticks() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(12, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Language");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Deutsch");
    let out = h.press(&u, msg, &data).await.unwrap();
    let edit = out
        .iter()
        .find(|r| r.is("editMessageText"))
        .expect("the screen is edited in place");
    assert_eq!(edit.body["message_id"], msg);
    assert!(edit
        .text()
        .unwrap()
        .contains("Die Sprache ist jetzt Deutsch"));
    let labels: Vec<String> = edit.buttons().into_iter().flatten().map(|b| b.0).collect();
    assert!(
        labels.iter().any(|l| l.contains("Kaffeesatz")),
        "buttons re-rendered: {labels:?}"
    );
    assert!(
        !labels.iter().any(|l| l.contains("Coffee")),
        "no English left: {labels:?}"
    );
    // A later contact with another client language does not overwrite the choice.
    let out = h.text(&user(12, "fr"), "/menu").await.unwrap();
    assert!(
        all_text(&out).contains("wohin führt dich deine Neugier heute"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn forged_callback_data_is_answered_harmlessly() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(13, "en");
    h.text(&u, "/start").await.unwrap();
    for forged in [
        "1:o:../../etc",
        "9:m",
        "1:l:xx",
        "' OR 1=1 --",
        "1:o:drm:extra",
        "",
    ] {
        let out = h.press(&u, 999_999, forged).await.unwrap();
        let answer = out
            .iter()
            .find(|r| r.is("answerCallbackQuery"))
            .expect("the spinner is stopped");
        assert!(
            answer.body["text"]
                .as_str()
                .unwrap()
                .contains("no longer valid"),
            "{forged:?}"
        );
        assert!(
            out.iter().all(|r| !r.is("editMessageText")),
            "nothing is edited for {forged:?}"
        );
        assert!(
            all_text(&out).contains("what would you like to explore"),
            "a fresh menu for {forged:?}"
        );
    }
    let app = h.app().unwrap();
    assert_eq!(app.store.event_count("handler_error").await.unwrap(), 0);
}

#[tokio::test]
async fn cancel_leaves_the_input_step() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(14, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(all_text(&out).contains("Tell me your dream"));
    let out = h.text(&u, "/cancel").await.unwrap();
    assert!(
        all_text(&out).contains("Cancelled. Nothing was used."),
        "{}",
        all_text(&out)
    );
    // Idle again: a text is no longer taken as a dream.
    let out = h.text(&u, "I dreamt of a cat").await.unwrap();
    assert!(
        all_text(&out).contains("didn’t quite catch that"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "/cancel").await.unwrap();
    assert!(
        all_text(&out).contains("nothing to cancel"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn input_state_survives_a_restart_on_the_same_database() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(15, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    h.restart().await.unwrap();
    let out = h
        .text(&u, "A white horse crossed a frozen river")
        .await
        .unwrap();
    let text = all_text(&out);
    assert!(text.contains("Your dream interpretation"), "{text}");
    assert!(
        text.contains("A white horse crossed a frozen river"),
        "the fixture answer quotes the dream: {text}"
    );
    assert!(text.contains("3 free readings left"), "{text}");
}

#[tokio::test]
async fn a_redelivered_update_is_ignored_even_after_a_restart() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(16, "en");
    let update = h.fake.text_update(&u, "/start");
    let mut first_id = 0;
    let out = h.exchange(|f| {
        first_id = f.push_update(update.clone());
        first_id
    });
    assert_eq!(
        out.await
            .unwrap()
            .iter()
            .filter(|r| r.is("sendMessage"))
            .count(),
        1
    );
    h.restart().await.unwrap();
    let since = h.fake.request_count();
    h.fake.redeliver(first_id, update);
    // The redelivery is recognised at intake, before any handler: it is counted, confirmed
    // to Telegram and never answered.
    let app = std::sync::Arc::clone(h.app().unwrap());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while app
        .metrics
        .updates_duplicate
        .load(std::sync::atomic::Ordering::Relaxed)
        == 0
    {
        assert!(std::time::Instant::now() < deadline, "never seen");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // A fresh update after it is still answered, and nothing was sent for the duplicate.
    let out = h.text(&u, "/help").await.unwrap();
    assert!(out.iter().any(|r| r.is("sendMessage")));
    let all = h.fake.requests_since(since);
    assert_eq!(
        all.iter().filter(|r| r.is("sendMessage")).count(),
        out.iter().filter(|r| r.is("sendMessage")).count(),
        "no second answer to the redelivery: {all:?}"
    );
    assert_eq!(
        app.metrics
            .updates_duplicate
            .load(std::sync::atomic::Ordering::Relaxed),
        1
    );
}

async fn dream_via(h: &mut falgram::sim::Harness, id: i64, dream: &str) -> String {
    let u = user(id, "tr");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Rüya");
    h.press(&u, msg, &data).await.unwrap();
    all_text(&h.text(&u, dream).await.unwrap())
}

#[tokio::test]
async fn gemini_500_then_200_is_retried_and_delivered() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Error {
            status: 500,
            retry_delay: None,
        },
        Reply::Text("Rüyan bir yolculuğu anlatıyor.".into()),
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let text = dream_via(&mut h, 20, "Uçtuğumu gördüm").await;
    assert!(text.contains("Rüyan bir yolculuğu anlatıyor."), "{text}");
    let calls = gemini.calls();
    assert_eq!(calls.len(), 2, "one failure, one retry");
    assert_eq!(calls[1].model, "gemini-test");
    assert_eq!(calls[1].api_key.as_deref(), Some("test-key"));
    let body = &calls[1].body;
    assert!(body["system_instruction"]["parts"][0]["text"]
        .as_str()
        .unwrap()
        .contains("Turkish"));
    assert_eq!(body["contents"][0]["parts"][0]["text"], "Uçtuğumu gördüm");
}

#[tokio::test]
async fn gemini_429_with_retry_info_is_honoured() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Error {
            status: 429,
            retry_delay: Some("0.2s".into()),
        },
        Reply::Text("ok".into()),
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let started = std::time::Instant::now();
    let text = dream_via(&mut h, 21, "Deniz").await;
    assert!(text.contains("ok"), "{text}");
    assert!(
        started.elapsed() >= std::time::Duration::from_millis(200),
        "waited for the hint"
    );
}

#[tokio::test]
async fn a_blocked_answer_becomes_a_localized_apology_and_keeps_the_reading() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Blocked("SAFETY".into())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let text = dream_via(&mut h, 22, "Kötü bir rüya").await;
    assert!(text.contains("Bunu yorumlayamadım"), "{text}");
    assert!(text.contains("hakkın kullanılmadı"), "{text}");
    let app = h.app().unwrap();
    let a = app
        .store
        .allowance(22, &app.settings())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (a.free_used, a.free_reserved),
        (0, 0),
        "the reading was not spent"
    );
    assert_eq!(app.store.event_count("ai_failure").await.unwrap(), 1);
    // Still in the dream step: resending works.
    gemini.script([Reply::Text("İkinci deneme".into())]);
    let out = h.text(&user(22, "tr"), "Kötü bir rüya").await.unwrap();
    assert!(all_text(&out).contains("İkinci deneme"));
}

#[tokio::test]
async fn gemini_failing_for_good_apologizes_with_the_reading_kept() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Error {
            status: 503,
            retry_delay: None,
        },
        Reply::Error {
            status: 503,
            retry_delay: None,
        },
        Reply::Error {
            status: 503,
            retry_delay: None,
        },
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let text = dream_via(&mut h, 23, "Bir kapı").await;
    assert!(
        text.contains("Yorum servisi şu anda yanıt vermiyor"),
        "{text}"
    );
    assert_eq!(gemini.calls().len(), 3);
}

#[tokio::test]
async fn a_long_answer_is_split_into_messages_at_4096() {
    let gemini = FakeGemini::start().await.unwrap();
    let paragraph = "Bu paragraf rüyanın bir katmanını anlatıyor ve <özenle> yazıldı. ".repeat(30);
    let long = vec![paragraph; 5].join("\n\n");
    gemini.script([Reply::Text(long.clone())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(24, "tr");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Rüya");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.text(&u, "uzun").await.unwrap();
    let parts: Vec<_> = out
        .iter()
        .filter(|r| r.is("sendMessage") && r.text().unwrap().contains("katmanını"))
        .collect();
    assert!(
        parts.len() >= 2,
        "split into several messages: {}",
        all_text(&out)
    );
    for p in &parts {
        let visible = falgram::sim::html_to_plain(p.text().unwrap());
        assert!(
            visible.encode_utf16().count() <= 4096,
            "visible text within Telegram's limit"
        );
        assert_eq!(p.body["parse_mode"], "HTML");
        assert!(
            p.text().unwrap().contains("&lt;özenle&gt;"),
            "AI text is escaped"
        );
    }
}

#[tokio::test]
async fn a_panicking_provider_gets_an_apology_and_the_bot_keeps_running() {
    struct Panics;
    impl falgram::ai::AiProvider for Panics {
        fn name(&self) -> &'static str {
            "panics"
        }
        fn generate<'a>(
            &'a self,
            _: &'a falgram::ai::AiRequest,
        ) -> futures::future::BoxFuture<'a, Result<falgram::ai::AiAnswer, falgram::ai::AiError>>
        {
            Box::pin(async { panic!("boom inside a handler") })
        }
        fn check(&self) -> futures::future::BoxFuture<'_, Result<String, falgram::ai::AiError>> {
            Box::pin(async { Ok(String::new()) })
        }
    }
    let (_d, mut h) = start(std::sync::Arc::new(Panics)).await;
    let text = dream_via(&mut h, 25, "rüya").await;
    assert!(
        text.contains("benden kaynaklanan bir sorun oluştu"),
        "{text}"
    );
    let out = h.text(&user(25, "tr"), "/menu").await.unwrap();
    assert!(
        all_text(&out).contains("bugün neye bakalım"),
        "the same chat still works"
    );
    let out = h.text(&user(26, "en"), "/start").await.unwrap();
    assert!(all_text(&out).contains("Welcome"), "other users too");
}

#[tokio::test]
async fn flooding_is_throttled_with_one_notice_per_window() {
    let (_d, mut h) = start(fixture_ai()).await;
    let app = h.app().unwrap().clone();
    // 5 per minute refills one every 12 s: far slower than this test runs, so it is exact.
    app.store
        .set_setting("rate_user_per_minute", "5")
        .await
        .unwrap()
        .unwrap();
    app.reload_settings().await.unwrap();
    let flooder = user(30, "en");
    let since = h.fake.request_count();
    for i in 0..45 {
        h.fake.send_text(&flooder, &format!("spam {i}"));
    }
    h.expect_updates(45);
    let out = h.settle(since).await.unwrap();
    let notices = out
        .iter()
        .filter(|r| r.text().is_some_and(|t| t.contains("going a little fast")))
        .count();
    assert_eq!(notices, 1, "told once, not per message");
    let answered = out
        .iter()
        .filter(|r| r.text().is_some_and(|t| t.contains("didn’t quite catch")))
        .count();
    assert_eq!(answered, 5, "the configured 5 per minute got through");
    let out = h.text(&user(31, "en"), "/start").await.unwrap();
    assert!(
        all_text(&out).contains("Welcome"),
        "another user is not slowed"
    );
}

#[tokio::test]
async fn oversized_and_non_text_dreams_keep_the_user_in_the_step() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(32, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.text(&u, &"a".repeat(2500)).await.unwrap();
    assert!(
        all_text(&out).contains("2,500 characters long; the limit is 2,000"),
        "{}",
        all_text(&out)
    );
    let out = h.photo(&u, vec![0xFF, 0xD8, 0xFF]).await.unwrap();
    assert!(
        all_text(&out).contains("tell me your dream in a text or a voice message"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "Short dream").await.unwrap();
    assert!(all_text(&out).contains("Your dream interpretation"));
}

#[tokio::test]
async fn language_command_switches_directly_or_explains_an_unknown_code() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(33, "en");
    let out = h.text(&u, "/language <klingon>").await.unwrap();
    let text = all_text(&out);
    assert!(
        text.contains("“&lt;klingon&gt;” is not a language I speak"),
        "{text}"
    );
    assert!(text.contains("Choose your language"), "{text}");
    let out = h.text(&u, "/language ES").await.unwrap();
    assert!(
        all_text(&out).contains("Idioma cambiado a español"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "/help").await.unwrap();
    assert!(
        all_text(&out).contains("Cómo funciona Fal Gram"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn the_command_menu_is_registered_in_every_language() {
    let (_d, h) = start(fixture_ai()).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let registered = loop {
        let r: Vec<_> = h
            .fake
            .requests()
            .into_iter()
            .filter(|r| r.is("setMyCommands"))
            .collect();
        if r.len() >= 10 || std::time::Instant::now() > deadline {
            break r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(registered.len(), 10, "a default and one per language");
    let turkish = registered
        .iter()
        .find(|r| r.body["language_code"] == "tr")
        .expect("Turkish menu");
    let commands = turkish.body["commands"].as_array().unwrap();
    assert!(commands
        .iter()
        .any(|c| c["command"] == "cancel" && c["description"] == "Geçerli adımı iptal et"));
    assert!(
        registered
            .iter()
            .any(|r| r.body.get("language_code").is_none()),
        "an English default"
    );
}

#[tokio::test]
async fn payment_updates_from_the_fake_parse_as_telegram_types() {
    // The fake's payment updates must deserialize into teloxide's types (issue 5 builds on it);
    // until the premium handlers land, the bot answers them harmlessly.
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(34, "en");
    h.text(&u, "/start").await.unwrap();
    h.exchange(|f| f.pre_checkout(&u, "premium_basic_34_n1", "XTR", 500))
        .await
        .unwrap();
    h.exchange(|f| f.successful_payment(&u, "premium_basic_34_n1", 500, "charge-1"))
        .await
        .unwrap();
    let app = h.app().unwrap();
    assert_eq!(app.store.event_count("handler_error").await.unwrap(), 0);
    assert_eq!(
        app.metrics
            .updates_duplicate
            .load(std::sync::atomic::Ordering::Relaxed),
        0
    );
}

#[tokio::test]
async fn updates_stored_but_not_handled_before_a_stop_are_handled_first_after_it_once() {
    let (d, mut h) = start(fixture_ai()).await;
    let u = user(18, "en");
    h.text(&u, "/start").await.unwrap();
    h.stop().await;
    // As a crash between storing and handling leaves them: in the inbox, confirmed to
    // Telegram (so never delivered again).
    let stored: Vec<falgram::store::InboxRow> = ["/help", "/menu"]
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut update = h.fake.text_update(&u, text);
            let id = 900_000 + i as i64;
            update["update_id"] = id.into();
            falgram::store::InboxRow::anonymous(id, update.to_string())
        })
        .collect();
    let store = falgram::store::Store::open(d.path().join("bot.db")).unwrap();
    assert_eq!(store.inbox_put(&stored).await.unwrap().len(), 2);
    store.close();
    let since = h.fake.request_count();
    h.restart().await.unwrap();
    h.expect_updates(2);
    let out = h.settle(since).await.unwrap();
    let sent: Vec<&str> = out
        .iter()
        .filter(|r| r.is("sendMessage"))
        .filter_map(|r| r.text())
        .collect();
    assert_eq!(sent.len(), 2, "each answered once, in order: {sent:?}");
    assert!(sent[0].contains("How Fal Gram works"), "{sent:?}");
    assert!(
        sent[1].contains("what would you like to explore"),
        "{sent:?}"
    );
    assert_eq!(h.app().unwrap().store.inbox_len().await.unwrap(), 0);
}

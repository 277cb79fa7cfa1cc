//! Astrology end to end through the fake Bot API and fake Gemini: birth data entry, the chart
//! (wheel, table, grounded AI), /mychart, entitlements, cached horoscopes, compatibility,
//! the moon, the VIP chatbot and the push scheduler.

mod support;

use falgram::sim::fake_telegram::{FakeUser, Recorded};
use support::gemini::{FakeGemini, Reply};
use support::*;

fn system_of(call: &support::gemini::GeminiCall) -> String {
    call.body["system_instruction"]["parts"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn birth_data_entry_rejects_bad_input_precisely_and_draws_the_chart() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text(
        "Güneş ve Jüpiter birlikte: cömert bir doğa.".into(),
    )]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(501, "tr");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 501, "basic").await;
    let out = open(&mut h, &u, "Doğum Haritası").await;
    assert!(
        all_text(&out).contains("doğum tarihin"),
        "{}",
        all_text(&out)
    );
    let (msg, data) = button(&out, "Doğum bilgilerini gir");
    h.press(&u, msg, &data).await.unwrap();
    let out = h.text(&u, "31.02.1990").await.unwrap();
    assert!(
        all_text(&out).contains("1990 yılının 2. ayında 31. gün yok"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "1990-13-01").await.unwrap();
    assert!(all_text(&out).contains("13. ay yok"), "{}", all_text(&out));
    let out = h.text(&u, "dün").await.unwrap();
    assert!(all_text(&out).contains("tarih olarak okuyamadım"));
    let out = h.text(&u, "15.07.1990").await.unwrap();
    assert!(all_text(&out).contains("Doğum saatini"));
    let out = h.text(&u, "25:10").await.unwrap();
    assert!(
        all_text(&out).contains("25 diye bir saat yok"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&u, "12:30").await.unwrap();
    assert!(all_text(&out).contains("Doğum şehrini"));
    let out = h.text(&u, "Xqzzyvillez").await.unwrap();
    assert!(all_text(&out).contains("“Xqzzyvillez” adında bir şehir bulamadım"));
    let out = h.text(&u, "İstanbul").await.unwrap();
    let (msg, buttons) = last_keyboard(&out);
    assert!(buttons[0].0.contains("Istanbul (TR)"), "{buttons:?}");
    let out = h.press(&u, msg, &buttons[0].1).await.unwrap();
    let saved = all_text(&out);
    assert!(saved.contains("UTC+03:00"), "{saved}");
    assert!(saved.contains("Yengeç"), "{saved}");
    assert!(
        out.iter()
            .any(|r| r.body["reply_markup"]["remove_keyboard"] == true),
        "location keyboard removed"
    );
    let birth = h.app().unwrap().store.birth(501).await.unwrap().unwrap();
    assert_eq!(birth.tz, "Europe/Istanbul");

    // The chart: a wheel image, the table, then the AI told the computed facts.
    let (msg, data) = button(&out, "Doğum Haritası");
    let out = h.press(&u, msg, &data).await.unwrap();
    let photo = out.iter().find(|r| r.is("sendPhoto")).expect("the wheel");
    let png = &photo.files[0].2;
    let wheel = tiny_skia::Pixmap::decode_png(png).expect("a PNG");
    assert_eq!((wheel.width(), wheel.height()), (900, 900));
    let text = all_text(&out);
    assert!(text.contains("Güneş — Yengeç 22°38′"), "{text}");
    assert!(text.contains("Yükselen:"), "{text}");
    assert!(text.contains("cömert bir doğa"), "{text}");
    let system = system_of(&gemini.calls()[0]);
    // The computed chart reaches the AI in the user's language.
    assert!(system.contains("Güneş: Yengeç 22°38′, 10. ev"), "{system}");
    assert!(
        system.contains("hiçbir konumu, burcu, evi ya da açıyı uydurma"),
        "{system}"
    );

    // /mychart: the same data as a JSON document.
    let out = h.text(&u, "/mychart").await.unwrap();
    let doc = out
        .iter()
        .find(|r| r.is("sendDocument"))
        .expect("a document");
    let json: serde_json::Value = serde_json::from_slice(&doc.files[0].2).unwrap();
    assert_eq!(json["planets"][0]["name"], "sun");
    assert!((json["planets"][0]["longitude"].as_f64().unwrap() - 112.6467).abs() < 0.001);
    assert_eq!(json["input"]["tz"], "Europe/Istanbul");
    assert_eq!(json["houses"]["cusps"].as_array().unwrap().len(), 12);
}

#[tokio::test]
async fn unknown_time_and_a_shared_location_and_turkey_before_2016() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(502, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 502, "basic").await;
    let out = h.text(&u, "/menu").await.unwrap();
    let (msg, _) = last_keyboard(&out);
    h.press(&u, msg, "1:be").await.unwrap();
    h.text(&u, "15.01.2010").await.unwrap();
    let out = h.text(&u, "12:00").await.unwrap();
    assert!(all_text(&out).contains("city of birth"));
    // A shared point in Kadıköy: the nearest city gives the zone, the point itself the place.
    let out = h
        .exchange(|f| f.send_location(&u, 40.99, 29.03))
        .await
        .unwrap();
    let saved = all_text(&out);
    assert!(
        saved.contains("UTC+02:00 on that date"),
        "winter 2010 in Turkey was EET: {saved}"
    );
    let birth = h.app().unwrap().store.birth(502).await.unwrap().unwrap();
    assert!((birth.lat - 40.99).abs() < 1e-9 && birth.tz == "Europe/Istanbul");

    let out = enter_birth(&mut h, &u, "15.07.1990", None, "Moscow").await;
    let saved = all_text(&out);
    assert!(saved.contains("unknown"), "{saved}");
    assert!(
        saved.contains("Ascendant and houses cannot be computed"),
        "{saved}"
    );
    let out = h.text(&u, "/mychart").await.unwrap();
    let doc = out.iter().find(|r| r.is("sendDocument")).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&doc.files[0].2).unwrap();
    assert_eq!(json["time_known"], false);
    assert!(json["houses"].is_null() && json["ascendant"].is_null());
    assert_eq!(json["input"]["tz"], "Europe/Moscow");

    // A time skipped by a DST change is caught at the place step and asked again.
    let out = enter_birth(&mut h, &u, "28.03.2021", Some("02:30"), "Berlin").await;
    assert!(
        all_text(&out).contains("clocks jumped forward"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn every_plan_gets_exactly_its_features() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(503, "en");
    h.text(&u, "/start").await.unwrap();
    // Free: daily horoscope and today's moon; everything else names the plan that unlocks it.
    let out = open(&mut h, &u, "Birth chart").await;
    assert!(
        all_text(&out).contains("part of the <b>Basic</b> plan"),
        "{}",
        all_text(&out)
    );
    let out = open(&mut h, &u, "Compatibility").await;
    assert!(
        all_text(&out).contains("<b>Premium</b> plan"),
        "{}",
        all_text(&out)
    );
    let out = open(&mut h, &u, "Astro chat").await;
    assert!(
        all_text(&out).contains("<b>VIP</b> plan"),
        "{}",
        all_text(&out)
    );
    let out = open(&mut h, &u, "Moon").await;
    assert!(
        all_text(&out).contains("Illuminated:"),
        "{}",
        all_text(&out)
    );
    let (msg, data) = button(&out, "30-day calendar");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(all_text(&out).contains("<b>Premium</b> plan"));
    // Presses on an unknown message id: each answer is a new message, not an edit.
    let msg = 1;
    let out = h.press(&u, msg, "1:h:weekly:leo").await.unwrap();
    assert!(all_text(&out).contains("<b>Premium</b> plan"));
    let out = h.press(&u, msg, "1:h:daily:leo").await.unwrap();
    assert!(all_text(&out).contains("Leo"), "{}", all_text(&out));
    let out = h.press(&u, msg, "1:tr").await.unwrap();
    assert!(all_text(&out).contains("<b>Premium</b> plan"));
    // Premium: the calendar opens with 30 days.
    set_plan(&h, 503, "premium").await;
    let out = h.press(&u, msg, "1:mc").await.unwrap();
    let cal = all_text(&out);
    assert_eq!(cal.lines().filter(|l| l.contains('%')).count(), 30, "{cal}");
    // Lapsed plans count as free at once.
    let app = h.app().unwrap();
    app.store
        .write(|c| {
            c.execute("UPDATE users SET plan_expires_at = 1 WHERE id = 503", [])?;
            Ok(())
        })
        .await
        .unwrap();
    let out = h.press(&u, msg, "1:mc").await.unwrap();
    assert!(all_text(&out).contains("<b>Premium</b> plan"));
}

#[tokio::test]
async fn a_horoscope_is_generated_once_per_sign_language_and_period() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.set_latency(std::time::Duration::from_millis(300));
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let users: Vec<FakeUser> = (0..6).map(|i| user(600 + i, "en")).collect();
    for u in &users {
        h.text(u, "/start").await.unwrap();
    }
    // Six people ask for Leo's daily horoscope at the same moment.
    for u in &users {
        h.fake.press(u, 1, "1:h:daily:leo");
    }
    h.expect_updates(users.len() as u64);
    let out = h.settle(0).await.unwrap();
    assert_eq!(gemini.calls().len(), 1, "one generation for everyone");
    let delivered = out
        .iter()
        .filter(|r| r.text().is_some_and(|t| t.contains("Daily horoscope")))
        .count();
    assert_eq!(delivered, 6);
    // The AI got the computed sky, not a request to invent it.
    let facts = gemini.calls()[0].body["contents"][0]["parts"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        facts.contains("- Pluto:") && facts.contains("(tropical zodiac, computed)"),
        "{facts}"
    );
    // Asked again later: from the cache.
    h.press(&users[0], 1, "1:h:daily:leo").await.unwrap();
    assert_eq!(gemini.calls().len(), 1);
    // Another sign or another language is another text.
    h.press(&users[0], 1, "1:h:daily:virgo").await.unwrap();
    let tr = user(699, "tr");
    h.text(&tr, "/start").await.unwrap();
    h.press(&tr, 1, "1:h:daily:leo").await.unwrap();
    assert_eq!(gemini.calls().len(), 3);
}

#[tokio::test]
async fn compatibility_sign_pairs_and_synastry_with_a_saved_person() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(504, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 504, "premium").await;
    let out = open(&mut h, &u, "Compatibility").await;
    assert!(all_text(&out).contains("Choose the first sign"));
    let (msg, data) = button(&out, "Leo");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, data) = button(&out, "Sagittarius");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("92/100"),
        "a trine scores 92: {}",
        all_text(&out)
    );
    assert!(
        system_of(&gemini.calls()[0]).contains("92"),
        "the AI gets the computed score"
    );

    // Synastry needs both birth data: the user's, then a person's.
    enter_birth(&mut h, &u, "15.07.1990", Some("12:30"), "Istanbul").await;
    let out = open(&mut h, &u, "Compatibility").await;
    let (msg, data) = button(&out, "Add a person");
    h.press(&u, msg, &data).await.unwrap();
    h.text(&u, "Deniz").await.unwrap();
    h.text(&u, "03.03.1992").await.unwrap();
    h.text(&u, "08:15").await.unwrap();
    let out = h.text(&u, "Izmir").await.unwrap();
    let (msg, buttons) = last_keyboard(&out);
    let out = h.press(&u, msg, &buttons[0].1).await.unwrap();
    let (msg, data) = button(&out, "Our compatibility");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        all_text(&out).contains("You and Deniz"),
        "{}",
        all_text(&out)
    );
    let system = system_of(gemini.calls().last().unwrap());
    assert!(
        system.contains("- my Sun") || system.contains("their Sun"),
        "synastry aspects reach the AI: {system}"
    );
    // Premium keeps one person; a second needs VIP.
    let out = h.press(&u, msg, "1:ap").await.unwrap();
    assert!(
        all_text(&out).contains("<b>VIP</b> plan"),
        "{}",
        all_text(&out)
    );
    // Someone else's person id is not reachable.
    let other = user(505, "en");
    h.text(&other, "/start").await.unwrap();
    set_plan(&h, 505, "premium").await;
    let calls = gemini.calls().len();
    let out = h.press(&other, 1, &data).await.unwrap();
    assert!(!all_text(&out).contains("Deniz"));
    assert_eq!(gemini.calls().len(), calls);
}

#[tokio::test]
async fn transits_list_exact_dates() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(506, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 506, "premium").await;
    enter_birth(&mut h, &u, "15.07.1990", Some("12:30"), "Istanbul").await;
    let out = h.press(&u, 1, "1:tr").await.unwrap();
    let text = all_text(&out);
    assert!(text.contains("Transits to your chart today"), "{text}");
    assert!(
        text.contains("exact on ") || text.contains("No major transit"),
        "{text}"
    );
}

#[tokio::test]
async fn the_vip_chatbot_keeps_history_and_a_daily_limit() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Text("Your Moon in Aries likes speed.".into()),
        Reply::Text("Yes, Saturn squares it.".into()),
    ]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(507, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 507, "vip").await;
    enter_birth(&mut h, &u, "15.07.1990", Some("12:30"), "Istanbul").await;
    let out = open(&mut h, &u, "Astro chat").await;
    assert!(all_text(&out).contains("Astro chat"));
    let out = h.text(&u, "What does my Moon say?").await.unwrap();
    assert!(all_text(&out).contains("likes speed"));
    h.text(&u, "Is it under pressure?").await.unwrap();
    let second = &gemini.calls()[1].body;
    let turns = second["contents"].as_array().unwrap();
    assert_eq!(
        turns.len(),
        3,
        "the first exchange travels as context: {second}"
    );
    assert_eq!(turns[0]["parts"][0]["text"], "What does my Moon say?");
    assert_eq!(turns[1]["role"], "model");
    assert!(
        system_of(&gemini.calls()[1]).contains("Moon: Aries"),
        "grounded in the chart"
    );
    let history = h.app().unwrap().store.chat_history(507, 10).await.unwrap();
    assert_eq!(history.len(), 4);
    // The daily limit is a setting.
    h.app()
        .unwrap()
        .store
        .write(|c| {
            c.execute(
                "INSERT OR REPLACE INTO config (key, value) VALUES ('chatbot_per_day', '2')",
                [],
            )?;
            Ok(())
        })
        .await
        .unwrap();
    h.app().unwrap().reload_settings().await.unwrap();
    let out = h.text(&u, "One more?").await.unwrap();
    assert!(
        all_text(&out).contains("asked 2 questions today"),
        "{}",
        all_text(&out)
    );
    assert_eq!(gemini.calls().len(), 2);
    // /cancel leaves the conversation; text is then not sent to the AI.
    h.text(&u, "/cancel").await.unwrap();
    h.text(&u, "hello?").await.unwrap();
    assert_eq!(gemini.calls().len(), 2);
}

#[tokio::test]
async fn pushes_go_out_once_per_day_survive_restarts_and_stop_for_blocked_users() {
    let (_d, mut h) = start(fixture_ai()).await;
    let a = user(508, "en");
    let b = user(509, "en");
    for u in [&a, &b] {
        h.text(u, "/start").await.unwrap();
        let out = open(&mut h, u, "Moon").await;
        let (msg, data) = button(&out, "Notifications");
        let out = h.press(u, msg, &data).await.unwrap();
        let (msg, data) = button(&out, "🕘");
        h.press(u, msg, &data).await.unwrap();
        let out = h.text(u, "00:00").await.unwrap();
        assert!(
            all_text(&out).contains("✅ Card of the day — 00:00 (Europe/Istanbul)"),
            "{}",
            all_text(&out)
        );
    }
    // A free user cannot switch on moon notices.
    let out = h.press(&a, 1, "1:np:new_moon").await.unwrap();
    assert!(all_text(&out).contains("<b>Premium</b> plan"));
    // The daily horoscope for the user's own sign, in a zone of their choice.
    enter_birth(&mut h, &a, "15.07.1990", Some("12:30"), "Istanbul").await;
    h.press(&a, 1, "1:pt:daily_horoscope").await.unwrap();
    let out = h.text(&a, "07:00 Mars/Base").await.unwrap();
    assert!(
        all_text(&out).contains("“Mars/Base” is not a time zone"),
        "{}",
        all_text(&out)
    );
    let out = h.text(&a, "00:00 Europe/Berlin").await.unwrap();
    assert!(
        all_text(&out).contains("✅ Daily horoscope — 00:00 (Europe/Berlin)"),
        "{}",
        all_text(&out)
    );

    h.fake.block_chat(509);
    let now = chrono::Utc::now();
    let report = h.run_pushes(now).await.unwrap();
    assert_eq!((report.sent, report.blocked), (2, 1), "{report:?}");
    let to_a = h.fake.messages_to(508);
    let sent_to_a = |needle: &str| {
        to_a.iter()
            .any(|r| r.text().is_some_and(|t| t.contains(needle)))
    };
    assert!(sent_to_a("Card of the day"));
    assert!(sent_to_a("Cancer</b> — Daily horoscope"));
    // Again, and after a restart: nothing twice; the blocked user is no longer tried.
    let before = h.fake.request_count();
    let again = h.run_pushes(now).await.unwrap();
    assert_eq!((again.sent, again.already_done), (0, 2), "{again:?}");
    h.restart().await.unwrap();
    let after_restart = h.run_pushes(now).await.unwrap();
    assert_eq!(
        (after_restart.sent, after_restart.already_done),
        (0, 2),
        "{after_restart:?}"
    );
    let sends = h
        .fake
        .requests_since(before)
        .into_iter()
        .filter(|r| r.method.starts_with("send"))
        .count();
    assert_eq!(sends, 0);
    let log = h.app().unwrap().store.push_log(508).await.unwrap();
    assert_eq!(log.len(), 2);
    assert!(log.iter().all(|(_, _, status)| status == "sent"), "{log:?}");
    // Writing again makes the user reachable again.
    h.text(&b, "/menu").await.unwrap();
    assert_eq!(
        h.app()
            .unwrap()
            .store
            .enabled_pushes(0, 1_000)
            .await
            .unwrap()
            .pushes
            .len(),
        3
    );
}

#[tokio::test]
async fn a_new_moon_notice_goes_out_on_the_day_with_the_local_time() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(510, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 510, "premium").await;
    h.press(&u, 1, "1:pt:new_moon").await.unwrap();
    let out = h.text(&u, "00:00 Europe/Istanbul").await.unwrap();
    assert!(
        all_text(&out).contains("✅ New Moon — 00:00 (Europe/Istanbul)"),
        "{}",
        all_text(&out)
    );
    // 2024-04-08: the eclipse new moon at 18:21 UTC, 21:21 in Istanbul.
    let eclipse_day =
        chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2024, 4, 8, 12, 0, 0).unwrap();
    let report = h.run_pushes(eclipse_day).await.unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    let notice = h
        .fake
        .messages_to(510)
        .into_iter()
        .rev()
        .find_map(|r| r.text().map(str::to_string))
        .unwrap();
    assert!(notice.contains("<b>New Moon</b> today at 21:2"), "{notice}");
    // Any other day: nothing.
    let next_day = eclipse_day + chrono::Duration::days(1);
    assert_eq!(h.run_pushes(next_day).await.unwrap().sent, 0);
}

/// The Telegram share text under a reading, decoded from its share button.
fn shared_text(out: &[Recorded]) -> String {
    let (_, buttons) = last_keyboard(out);
    let url = buttons
        .iter()
        .find(|(_, u)| u.starts_with("https://t.me/share/url"))
        .map(|(_, u)| u.clone())
        .expect("a Telegram share button");
    let parsed = url::Url::parse(&url).unwrap();
    parsed
        .query_pairs()
        .find(|(k, _)| k == "text")
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn every_reading_kind_keeps_its_own_label_and_share_text_and_pdf_shows_its_lock() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(530, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 530, "premium").await;
    let out = enter_birth(&mut h, &u, "15.07.1990", Some("12:30"), "Istanbul").await;
    let (msg, data) = button(&out, "chart");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(
        shared_text(&out).starts_with("Fal Gram read my birth chart"),
        "{}",
        shared_text(&out)
    );
    let out = h.press(&u, 1, "1:c2:leo:sagittarius").await.unwrap();
    assert!(
        shared_text(&out).starts_with("Fal Gram read our compatibility"),
        "{}",
        shared_text(&out)
    );
    let out = open(&mut h, &u, "My readings").await;
    let (_, listed) = last_keyboard(&out);
    let labels: Vec<&str> = listed.iter().map(|(l, _)| l.as_str()).collect();
    assert!(
        labels.iter().any(|l| l.ends_with("· Birth chart"))
            && labels.iter().any(|l| l.ends_with("· Compatibility"))
            && !labels.iter().any(|l| l.contains("Dream")),
        "{labels:?}"
    );
    // Premium has the PDF: no lock.
    let (msg, data) = button(&out, "Birth chart");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (_, buttons) = last_keyboard(&out);
    assert!(
        buttons.iter().any(|(l, _)| l.starts_with("📄")),
        "{buttons:?}"
    );

    // A free user sees the PDF button locked before pressing it, like every premium feature.
    let free = user(531, "tr");
    h.text(&free, "/start").await.unwrap();
    open(&mut h, &free, "Rüya Tabiri").await;
    h.text(&free, "Denizde yüzüyordum").await.unwrap();
    let out = open(&mut h, &free, "Fallarım").await;
    let (msg, data) = button(&out, "Rüya tabiri");
    let out = h.press(&free, msg, &data).await.unwrap();
    let (msg, buttons) = last_keyboard(&out);
    let pdf = buttons
        .iter()
        .find(|(_, d)| d.starts_with("1:rp:"))
        .expect("the PDF button");
    assert!(pdf.0.starts_with("🔒 "), "{pdf:?}");
    let out = h.press(&free, msg, &pdf.1).await.unwrap();
    assert!(out.iter().all(|r| !r.is("sendDocument")));
    assert!(all_text(&out).contains("Premium"), "{}", all_text(&out));
}

#[tokio::test]
async fn the_moon_screen_lists_the_coming_phases_in_time_order() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(532, "en");
    h.text(&u, "/start").await.unwrap();
    let out = open(&mut h, &u, "Moon").await;
    let text = all_text(&out);
    // "🌗 Last Quarter — 1 Dec 06:08": day and month of each listed phase, in order.
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let today = chrono::Utc::now().date_naive();
    let dates: Vec<chrono::NaiveDate> = text
        .lines()
        .filter_map(|l| l.split_once(" — ").map(|(_, when)| when))
        .filter_map(|when| {
            let mut parts = when.split_whitespace();
            let day: u32 = parts.next()?.parse().ok()?;
            let name = parts.next()?;
            let month = months.iter().position(|m| *m == name)? as u32 + 1;
            // Within the coming month: a month before today's is next year's.
            use chrono::Datelike;
            let year = if month < today.month() {
                today.year() + 1
            } else {
                today.year()
            };
            chrono::NaiveDate::from_ymd_opt(year, month, day)
        })
        .collect();
    assert_eq!(dates.len(), 4, "{text}");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}\n{text}");
}

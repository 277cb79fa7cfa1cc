//! The sky in the bot, end to end through the fake Bot API: the Sky screen (the next three
//! events free, the whole month on premium, today's void-of-course Moon, the user's zone) and
//! the sky alerts (stations and eclipses the day before, the void Moon on the day; premium,
//! opt-in, once per day).

mod support;

use chrono::TimeZone;
use falgram::sim::fake_telegram::{FakeUser, Recorded};
use falgram::sim::Harness;
use support::*;

/// The event lines of the Sky screen: "29 Nov 14:06 · ☿ Mercury turns …".
fn event_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.contains(" · ") && l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

async fn open_sky(h: &mut Harness, u: &FakeUser) -> String {
    let out = h.text(u, "/menu").await.unwrap();
    let (msg, data) = button(&out, "Sky events");
    all_text(&h.press(u, msg, &data).await.unwrap())
}

#[tokio::test]
async fn the_sky_screen_shows_three_events_free_and_the_whole_month_on_premium() {
    let (_d, mut h) = start(fixture_ai()).await;
    let (free, premium) = (user(601, "en"), user(602, "en"));
    for u in [&free, &premium] {
        h.text(u, "/start").await.unwrap();
    }
    set_plan(&h, 602, "premium").await;
    let whole = open_sky(&mut h, &premium).await;
    assert!(whole.contains("Void-of-course Moon today"), "{whole}");
    assert!(whole.contains("Coming up"), "{whole}");
    let all = event_lines(&whole);
    // A month always holds the Sun's ingress and Mercury's movements at least.
    assert!(all.len() >= 2, "{whole}");
    assert!(!whole.contains("🔒"), "{whole}");
    let few = open_sky(&mut h, &free).await;
    let shown = event_lines(&few);
    assert_eq!(shown, all[..all.len().min(3)].to_vec(), "{few}");
    if all.len() > 3 {
        let hidden = all.len() - 3;
        let more = if hidden == 1 {
            "One more event this month is".to_string()
        } else {
            format!("{hidden} more events this month are")
        };
        assert!(few.contains(&more), "{few}");
        assert!(few.contains("<b>Premium</b> plan"), "{few}");
    }
    // Times are the user's: with no birth place, the operator's default zone, named.
    assert!(few.contains("Times shown in Europe/Istanbul"), "{few}");
}

/// Turns on one push at a local time, as a user does in the notification settings.
async fn turn_on(h: &mut Harness, u: &FakeUser, kind: &str, time: &str) -> Vec<Recorded> {
    h.press(u, 1, &format!("1:pt:{kind}")).await.unwrap();
    h.text(u, time).await.unwrap()
}

fn last_message(h: &Harness, id: i64) -> String {
    h.fake
        .messages_to(id)
        .into_iter()
        .rev()
        .find_map(|r| r.text().map(str::to_string))
        .unwrap_or_default()
}

#[tokio::test]
async fn a_station_alert_goes_out_the_day_before_once_in_the_users_time() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(611, "en");
    h.text(&u, "/start").await.unwrap();
    // Free plans cannot turn sky alerts on.
    let out = turn_on(&mut h, &u, "stations", "09:00 Europe/Istanbul").await;
    assert!(
        !all_text(&out).contains("✅ Retrograde"),
        "{}",
        all_text(&out)
    );
    set_plan(&h, 611, "premium").await;
    let out = turn_on(&mut h, &u, "stations", "09:00 Europe/Istanbul").await;
    assert!(
        all_text(&out).contains("✅ Retrograde and direct stations"),
        "{}",
        all_text(&out)
    );
    // Mercury turned retrograde on 26 November 2024 at 02:42 UT (05:42 in Istanbul), at
    // 22° Sagittarius: the alert goes out on the 25th after 09:00 local.
    let eve = chrono::Utc
        .with_ymd_and_hms(2024, 11, 25, 6, 30, 0)
        .unwrap();
    assert_eq!(h.run_pushes(eve).await.unwrap().sent, 1);
    let alert = last_message(&h, 611);
    assert!(
        alert.contains("☿ Mercury turns retrograde tomorrow at 05:4"),
        "{alert}"
    );
    assert!(alert.contains("22° Sagittarius"), "{alert}");
    // Once a day, and nothing the day after.
    assert_eq!(h.run_pushes(eve).await.unwrap().sent, 0);
    let day = eve + chrono::Duration::days(1);
    assert_eq!(h.run_pushes(day).await.unwrap().sent, 0);
}

#[tokio::test]
async fn eclipse_and_void_moon_alerts_say_what_and_when() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(612, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 612, "premium").await;
    turn_on(&mut h, &u, "eclipses", "09:00 Europe/Istanbul").await;
    turn_on(&mut h, &u, "void_moon", "09:00 Europe/Istanbul").await;
    // The eve of the total solar eclipse of 8 April 2024 (greatest 18:17 UT, 21:17 local).
    let eve = chrono::Utc.with_ymd_and_hms(2024, 4, 7, 6, 30, 0).unwrap();
    h.run_pushes(eve).await.unwrap();
    let sent: Vec<String> = h
        .fake
        .messages_to(612)
        .into_iter()
        .filter_map(|r| r.text().map(str::to_string))
        .collect();
    let eclipse = sent
        .iter()
        .find(|t| t.contains("solar eclipse"))
        .unwrap_or_else(|| panic!("{sent:#?}"));
    assert!(
        eclipse.contains("A total solar eclipse is tomorrow at 21:1"),
        "{eclipse}"
    );
    assert!(eclipse.contains("Aries"), "{eclipse}");
    // 11 March 2025: the Moon squares Uranus at 20:15 UT (23:15 in Istanbul) and stays void
    // until it enters Virgo at 07:55 UT on the 12th (10:55 local).
    let day = chrono::Utc.with_ymd_and_hms(2025, 3, 11, 6, 30, 0).unwrap();
    assert_eq!(h.run_pushes(day).await.unwrap().sent, 1);
    let void = last_message(&h, 612);
    assert!(void.contains("void of course today: 23:1"), "{void}");
    assert!(void.contains("square to Uranus"), "{void}");
}

#[tokio::test]
async fn alerts_and_the_screen_speak_the_users_language() {
    let (_d, mut h) = start(fixture_ai()).await;
    let (ru, tr) = (user(621, "ru"), user(622, "tr"));
    for u in [&ru, &tr] {
        h.text(u, "/start").await.unwrap();
        set_plan(&h, u.id, "premium").await;
        turn_on(&mut h, u, "stations", "09:00 Europe/Istanbul").await;
    }
    let eve = chrono::Utc
        .with_ymd_and_hms(2024, 11, 25, 6, 30, 0)
        .unwrap();
    assert_eq!(h.run_pushes(eve).await.unwrap().sent, 2);
    let russian = last_message(&h, 621);
    assert!(
        russian.contains("☿ Меркурий становится ретроградным завтра в 05:4"),
        "{russian}"
    );
    assert!(russian.contains("22° Стрельца"), "{russian}");
    let turkish = last_message(&h, 622);
    assert!(turkish.contains("22° Yay’da"), "{turkish}");
    assert!(turkish.contains("Merkür"), "{turkish}");
    // The screen: localized headings, no English left.
    let out = h.text(&tr, "/menu").await.unwrap();
    let (msg, data) = button(&out, "Gökyüzü");
    let screen = all_text(&h.press(&tr, msg, &data).await.unwrap());
    for english in [
        "Coming up",
        "Void-of-course",
        "Times shown",
        "turns",
        "enters",
    ] {
        assert!(!screen.contains(english), "{english}: {screen}");
    }
}

#[tokio::test]
async fn the_house_system_is_chosen_on_the_chart_kept_and_survives_new_birth_data() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(631, "en");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 631, "premium").await;
    enter_birth(&mut h, &u, "15.07.1990", Some("09:30"), "Istanbul").await;
    let out = h.press(&u, 1, "1:cv").await.unwrap();
    assert!(
        all_text(&out).contains("Your birth chart"),
        "interpreted the first time"
    );
    let (msg, data) = button_anywhere(&out, "🏠 Houses: Placidus");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (_, systems) = last_keyboard(&out);
    let labels: Vec<&str> = systems.iter().map(|(l, _)| l.as_str()).collect();
    assert!(labels.contains(&"✅ Placidus"), "{labels:?}");
    for name in [
        "Koch",
        "Equal",
        "Whole Sign",
        "Porphyry",
        "Regiomontanus",
        "Campanus",
    ] {
        assert!(labels.contains(&name), "{name}: {labels:?}");
    }
    let (msg, koch) = button(&out, "Koch");
    let out = h.press(&u, msg, &koch).await.unwrap();
    let text = all_text(&out);
    assert!(
        text.contains("✅ Your chart now uses Koch houses."),
        "{text}"
    );
    // The wheel and the table again, drawn with Koch; no new interpretation.
    assert!(out.iter().any(|r| r.is("sendPhoto")), "{text}");
    button_anywhere(&out, "🏠 Houses: Koch");
    assert!(
        !text.contains("Your birth chart"),
        "no new interpretation: {text}"
    );
    let birth = h.app().unwrap().store.birth(631).await.unwrap().unwrap();
    assert_eq!(
        birth.house_system,
        falgram::domain::astro::HouseSystem::Koch
    );
    // New birth data keeps the choice.
    enter_birth(&mut h, &u, "16.07.1990", Some("10:00"), "Istanbul").await;
    let birth = h.app().unwrap().store.birth(631).await.unwrap().unwrap();
    assert_eq!(
        birth.house_system,
        falgram::domain::astro::HouseSystem::Koch
    );
    // A forged system is refused without harm.
    let out = h.press(&u, msg, "1:hq:topocentric").await.unwrap();
    assert!(!all_text(&out).contains("now uses"), "{}", all_text(&out));
}

#[tokio::test]
async fn the_solar_return_reading_casts_the_years_chart_and_grounds_the_ai_in_it() {
    use chrono::Datelike;
    use support::gemini::{FakeGemini, Reply};
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text("A year of steady growth.".into())]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let u = user(641, "en");
    h.text(&u, "/start").await.unwrap();
    enter_birth(&mut h, &u, "15.07.1990", Some("09:30"), "Istanbul").await;
    // Below Premium the button shows its lock and the screen names the plan.
    let out = h.press(&u, 1, "1:sr").await.unwrap();
    assert!(
        all_text(&out).contains("<b>Premium</b>"),
        "{}",
        all_text(&out)
    );
    assert!(gemini.calls().is_empty());
    set_plan(&h, 641, "premium").await;
    let out = h.press(&u, 1, "1:sr").await.unwrap();
    let text = all_text(&out);
    // The return that opened the current birthday year, around 15 July.
    let now = chrono::Utc::now();
    let year = if (now.month(), now.day()) >= (7, 16) {
        now.year()
    } else if (now.month(), now.day()) <= (7, 13) {
        now.year() - 1
    } else {
        return; // a run on the birthday itself may fall either side of the return
    };
    assert!(
        text.contains(&format!("Your solar return {year}")),
        "{text}"
    );
    assert!(
        text.contains("The Sun came back to its place at your birth on"),
        "{text}"
    );
    assert!(text.contains("A year of steady growth."), "{text}");
    let calls = gemini.calls();
    let system = calls[0].body["system_instruction"]["parts"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(system.contains(&format!("birthday in {year}")), "{system}");
    // Grounded: the return chart's facts, the Sun back in its natal sign.
    assert!(system.contains("Sun: Cancer 22°"), "{system}");
    assert!(system.contains("Ascendant:"), "{system}");
    assert!(
        !system.contains("{chart}") && !system.contains("{year}"),
        "{system}"
    );
}

//! Voice dreams through the fake Bot API: Gemini hears the OGG inline and says what it heard
//! before the interpretation; the OpenAI-compatible provider transcribes first; recordings
//! that are too long, in an unknown format, or sent where nobody can listen are refused
//! before anything is fetched or spent.

mod support;

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use falgram::ai::SharedAi;
use falgram::sim::fake_telegram::FakeUser;
use falgram::sim::Harness;
use support::gemini::{FakeGemini, Reply};
use support::openai::FakeOpenAi;
use support::*;

/// An OGG page header: enough for a voice note in tests (Telegram declares the length).
fn ogg(marker: &[u8]) -> Vec<u8> {
    let mut v = b"OggS\0\x02".to_vec();
    v.extend([0u8; 20]);
    v.extend(marker);
    v
}

fn openai(url: &str, transcribe: Option<&str>) -> SharedAi {
    Arc::new(
        openai_provider(url, 2, Duration::from_millis(50))
            .with_transcription(transcribe.map(str::to_string)),
    )
}

async fn in_dream_step(h: &mut Harness, id: i64, lang: &str) -> (FakeUser, String) {
    let u = user(id, lang);
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "💭");
    let out = h.press(&u, msg, &data).await.unwrap();
    (u, all_text(&out))
}

async fn used(h: &Harness, id: i64) -> (u32, Vec<Option<String>>) {
    let app = h.app().unwrap().clone();
    let a = app
        .store
        .allowance(id, &app.settings())
        .await
        .unwrap()
        .unwrap();
    let inputs = app
        .store
        .recent_readings(id, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.input)
        .collect();
    (a.free_used + a.free_reserved, inputs)
}

#[tokio::test]
async fn gemini_hears_the_voice_note_and_the_reading_opens_with_what_it_heard() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text(
        "Denizde yüzüyordum, bir martı beni eve götürdü.\n===\nDeniz, duygularının derinliğini anlatıyor.".into(),
    )]);
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let (u, prompt) = in_dream_step(&mut h, 71, "tr").await;
    assert!(
        prompt.contains("🎙"),
        "the step says a voice note is welcome: {prompt}"
    );
    let voice = ogg(b"deniz");
    let out = h
        .exchange(|f| f.send_voice(&u, voice.clone(), 14))
        .await
        .unwrap();
    // The recording went inline as audio/ogg, with the instruction to say what was heard.
    let call = gemini.calls().pop().unwrap();
    assert!(call.streamed);
    let parts = call.body["contents"].as_array().unwrap().last().unwrap()["parts"]
        .as_array()
        .unwrap()
        .clone();
    let audio = parts.iter().find(|p| p["inline_data"].is_object()).unwrap();
    assert_eq!(audio["inline_data"]["mime_type"], "audio/ogg");
    let sent = base64::engine::general_purpose::STANDARD
        .decode(audio["inline_data"]["data"].as_str().unwrap())
        .unwrap();
    assert_eq!(sent, voice);
    assert!(parts
        .iter()
        .any(|p| p["text"].as_str().is_some_and(|t| t.contains("==="))));
    // The reading: what was heard first, then the interpretation, without the marker.
    let reading = all_text(&out);
    assert!(
        reading.contains("🎙 <i>Şunu duydum: “Denizde yüzüyordum, bir martı beni eve götürdü.”</i>"),
        "{reading}"
    );
    assert!(reading.contains("duygularının derinliğini"), "{reading}");
    assert!(!reading.contains("==="), "{reading}");
    // Kept like a typed dream: the transcript is the reading's input; the audio is not kept.
    let (spent, inputs) = used(&h, 71).await;
    assert_eq!(spent, 1);
    assert_eq!(
        inputs,
        vec![Some(
            "Denizde yüzüyordum, bir martı beni eve götürdü.".to_string()
        )]
    );
    let db = std::fs::read(h.db_path()).unwrap_or_default();
    assert!(
        !db.windows(b"deniz".len() + 6)
            .any(|w| w.starts_with(b"OggS")),
        "the recording never reaches the database"
    );
}

#[tokio::test]
async fn the_openai_compatible_provider_transcribes_then_streams_the_interpretation() {
    let fake = FakeOpenAi::start().await.unwrap();
    let (_d, mut h) = start(openai(&fake.url(), Some("whisper-1"))).await;
    let (u, _) = in_dream_step(&mut h, 72, "en").await;
    let out = h
        .exchange(|f| f.send_voice(&u, ogg(b"bridge"), 9))
        .await
        .unwrap();
    let heard = fake.inner.heard.lock().unwrap().clone();
    assert_eq!(heard.len(), 1);
    let (model, name, content_type, bytes) = &heard[0];
    assert_eq!((model.as_str(), name.as_str()), ("whisper-1", "voice.ogg"));
    assert_eq!(content_type, "audio/ogg");
    assert_eq!(bytes, &ogg(b"bridge"));
    // The chat completion was asked about the words heard, streamed.
    let (_, body) = fake.inner.calls.lock().unwrap().last().unwrap().clone();
    assert_eq!(body["stream"], true);
    let last = body["messages"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        last["content"][0]["text"],
        "I dreamt of a bridge over a river."
    );
    let reading = all_text(&out);
    assert!(
        reading.contains("I heard: “I dreamt of a bridge over a river.”"),
        "{reading}"
    );
    assert!(
        reading.contains("Fake OpenAI reading about: I dreamt of a bridge"),
        "{reading}"
    );
    assert_eq!(
        used(&h, 72).await,
        (
            1,
            vec![Some("I dreamt of a bridge over a river.".to_string())]
        )
    );
}

#[tokio::test]
async fn voice_is_refused_before_anything_is_fetched_or_spent() {
    let gemini = FakeGemini::start().await.unwrap();
    let (_d, mut h) = start(gemini_ai(&gemini.url())).await;
    let (u, _) = in_dream_step(&mut h, 73, "en").await;
    // Over two minutes.
    let out = h
        .exchange(|f| f.send_voice(&u, ogg(b"long"), 185))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("185 seconds long; I can listen to 120 seconds at most"),
        "{}",
        all_text(&out)
    );
    // A format the models do not take.
    let out = h
        .exchange(|f| f.send_audio(&u, b"#!AMR\n".to_vec(), 5, "audio/amr"))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("can’t play that audio file"),
        "{}",
        all_text(&out)
    );
    assert!(
        !h.fake.requests().iter().any(|r| r.is("getFile")),
        "nothing was downloaded"
    );
    assert!(gemini.calls().is_empty(), "no AI call");
    assert_eq!(used(&h, 73).await, (0, vec![]));
    // Still in the step: a typed dream goes through.
    let out = h.text(&u, "A quiet library at dawn").await.unwrap();
    assert!(
        all_text(&out).contains("Fake Gemini reading"),
        "{}",
        all_text(&out)
    );
}

#[tokio::test]
async fn without_a_transcription_model_the_bot_asks_for_text() {
    let fake = FakeOpenAi::start().await.unwrap();
    let (_d, mut h) = start(openai(&fake.url(), None)).await;
    let (u, prompt) = in_dream_step(&mut h, 74, "en").await;
    assert!(!prompt.contains("🎙"), "no voice offered: {prompt}");
    let out = h
        .exchange(|f| f.send_voice(&u, ogg(b"x"), 5))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("can’t listen to voice messages at the moment"),
        "{}",
        all_text(&out)
    );
    assert!(fake.inner.heard.lock().unwrap().is_empty());
    assert!(fake.inner.calls.lock().unwrap().is_empty());
    assert_eq!(used(&h, 74).await, (0, vec![]));
}

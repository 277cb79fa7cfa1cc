//! The AI providers against local fakes of their wire protocols.

mod support;

use std::time::Duration;

use falgram::ai::{AiError, AiProvider, AiRequest, Image, OpenAiProvider, Role, Turn};
use falgram::domain::{Lang, PromptKind};
use serde_json::json;
use support::gemini::{FakeGemini, Reply};
use support::openai::FakeOpenAi;
use support::openai_provider;

fn request(images: Vec<Image>) -> AiRequest {
    AiRequest {
        kind: PromptKind::Coffee,
        lang: Lang::Fr,
        system: "Tu es une liseuse.".into(),
        user_text: "Ma tasse".into(),
        images,
        audio: None,
        history: vec![
            Turn {
                role: Role::User,
                text: "avant".into(),
            },
            Turn {
                role: Role::Assistant,
                text: "réponse".into(),
            },
        ],
        facts: vec![],
        max_chars: 2_500,
    }
}

#[tokio::test]
async fn gemini_sends_images_inline_to_the_vision_model_and_history_as_turns() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([Reply::Text("Je vois un oiseau.".into())]);
    let ai = support::gemini_ai(&gemini.url());
    let jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
    let answer = ai
        .generate(&request(vec![Image {
            mime: "image/jpeg".into(),
            data: jpeg,
        }]))
        .await
        .unwrap();
    assert_eq!(answer.text, "Je vois un oiseau.");
    let call = &gemini.calls()[0];
    assert_eq!(call.model, "gemini-test-vision");
    let contents = call.body["contents"].as_array().unwrap();
    assert_eq!(contents.len(), 3);
    assert_eq!(contents[1]["role"], "model");
    let parts = contents[2]["parts"].as_array().unwrap();
    assert_eq!(parts[0]["inline_data"]["mime_type"], "image/jpeg");
    assert_eq!(parts[0]["inline_data"]["data"], "/9j/4AECAw==");
    assert_eq!(parts[1]["text"], "Ma tasse");
    assert_eq!(
        call.body["system_instruction"]["parts"][0]["text"],
        "Tu es une liseuse."
    );
    assert_eq!(
        call.body["generationConfig"]["maxOutputTokens"],
        2_500 + 1_024,
        "sized to the answer's limit, with room for thinking"
    );
}

#[tokio::test]
async fn gemini_finish_reasons_and_client_errors_are_not_retried() {
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Finish("SAFETY".into()),
        Reply::Empty,
        Reply::Error {
            status: 404,
            retry_delay: None,
        },
    ]);
    let ai = support::gemini_ai(&gemini.url());
    assert!(
        matches!(ai.generate(&request(vec![])).await, Err(AiError::Blocked(r)) if r == "SAFETY")
    );
    assert_eq!(ai.generate(&request(vec![])).await, Err(AiError::Empty));
    assert!(matches!(
        ai.generate(&request(vec![])).await,
        Err(AiError::Http { status: 404, .. })
    ));
    assert_eq!(
        gemini.calls().len(),
        3,
        "no retries for answers that will not change"
    );
    assert!(ai.check().await.is_ok());
}

fn openai(url: &str) -> OpenAiProvider {
    openai_provider(url, 3, Duration::from_millis(100))
}

#[tokio::test]
async fn openai_compatible_sends_text_and_image_parts_with_bearer_auth() {
    let fake_server = FakeOpenAi::start().await.unwrap();
    let (fake, url) = (&fake_server.inner, fake_server.url());
    let ai = openai(&url);
    let answer = ai
        .generate(&request(vec![Image {
            mime: "image/png".into(),
            data: vec![1, 2, 3],
        }]))
        .await
        .unwrap();
    assert_eq!(answer.text, "Fake OpenAI reading about: Ma tasse");
    let (auth, body) = fake.calls.lock().unwrap()[0].clone();
    assert_eq!(auth.as_deref(), Some("Bearer sk-local"));
    assert_eq!(body["model"], "llava");
    assert_eq!(
        body["max_tokens"],
        2_500 + 1_024,
        "sized to the answer's limit"
    );
    let messages = body["messages"].as_array().unwrap();
    assert_eq!(messages[0]["role"], "system");
    assert_eq!(messages[2]["role"], "assistant");
    let parts = messages[3]["content"].as_array().unwrap();
    assert_eq!(parts[0], json!({"type": "text", "text": "Ma tasse"}));
    assert_eq!(parts[1]["image_url"]["url"], "data:image/png;base64,AQID");
}

#[tokio::test]
async fn openai_compatible_retries_503_and_detects_content_filter() {
    let fake_server = FakeOpenAi::start().await.unwrap();
    let (fake, url) = (&fake_server.inner, fake_server.url());
    *fake.script.lock().unwrap() = vec![
        (503, json!({"error": {"message": "loading model"}})),
        (
            200,
            json!({"choices": [{"message": {"content": "Après"}, "finish_reason": "stop"}]}),
        ),
        (
            200,
            json!({"choices": [{"message": {"content": ""}, "finish_reason": "content_filter"}]}),
        ),
    ];
    let ai = openai(&url);
    assert_eq!(ai.generate(&request(vec![])).await.unwrap().text, "Après");
    assert!(matches!(
        ai.generate(&request(vec![])).await,
        Err(AiError::Blocked(_))
    ));
    assert_eq!(fake.calls.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn openai_compatible_streams_deltas_to_done_and_a_dropped_stream_is_an_error() {
    use falgram::ai::stream::collect;
    use falgram::ai::Piece;
    use futures::StreamExt;
    let fake_server = FakeOpenAi::start().await.unwrap();
    let (fake, url) = (&fake_server.inner, fake_server.url());
    *fake.streams.lock().unwrap() = vec![
        (vec!["Une ".into(), "tasse ".into(), "claire.".into()], true),
        (vec!["Une ".into(), "tas".into()], false),
    ];
    let ai = openai(&url);
    let req = request(vec![]);
    let pieces: Vec<_> = ai.stream(&req).collect().await;
    assert_eq!(
        pieces,
        vec![
            Ok(Piece::Text("Une ".into())),
            Ok(Piece::Text("tasse ".into())),
            Ok(Piece::Text("claire.".into())),
            Ok(Piece::End {
                model: "llava".into(),
                usage: Some(falgram::ai::Usage {
                    input: 30,
                    output: 3
                }),
            }),
        ]
    );
    assert_eq!(fake.calls.lock().unwrap()[0].1["stream"], json!(true));
    assert_eq!(
        fake.calls.lock().unwrap()[0].1["stream_options"]["include_usage"],
        json!(true)
    );
    let cut = collect(ai.stream(&req)).await;
    assert!(
        matches!(cut, Err(AiError::Network(_) | AiError::Protocol(_))),
        "{cut:?}"
    );
}

#[tokio::test]
async fn gemini_streams_and_a_block_midway_is_a_refusal() {
    use falgram::ai::stream::collect;
    let gemini = FakeGemini::start().await.unwrap();
    gemini.script([
        Reply::Text("Bir kuş görüyorum, haber geliyor.".into()),
        Reply::Finish("SAFETY".into()),
        Reply::Cut(vec!["Bir ".into()]),
    ]);
    let ai = support::gemini_ai(&gemini.url());
    let req = request(vec![]);
    let (answer, heard) = collect(ai.stream(&req)).await.unwrap();
    assert_eq!(
        (answer.text.as_str(), heard),
        ("Bir kuş görüyorum, haber geliyor.", None)
    );
    assert!(gemini.calls()[0].streamed);
    assert!(matches!(collect(ai.stream(&req)).await, Err(AiError::Blocked(r)) if r == "SAFETY"));
    let cut = collect(ai.stream(&req)).await;
    assert!(
        cut.is_err(),
        "a cut stream is not an answer: {cut:?} {:?}",
        gemini.calls().len()
    );
}

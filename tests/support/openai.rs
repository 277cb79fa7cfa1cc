//! A fake OpenAI-compatible server: `POST /v1/chat/completions` (a JSON completion, or with
//! `"stream": true` server-sent `chat.completion.chunk` events ending in `data: [DONE]`),
//! `POST /v1/audio/transcriptions` (multipart `file` + `model` → `{"text": …}`) and
//! `GET /v1/models`, with replies scripted per test.

use std::sync::{Arc, Mutex};

use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

/// One transcription request: (model, file name, content type, bytes).
pub type Heard = (String, String, String, Vec<u8>);

#[derive(Default)]
pub struct Inner {
    /// Requests to `/chat/completions`: (Authorization header, JSON body).
    pub calls: Mutex<Vec<(Option<String>, Value)>>,
    /// Whole answers: (status, body), in order; then a default answer.
    pub script: Mutex<Vec<(u16, Value)>>,
    /// Streamed answers: the deltas, and whether the stream ends with `[DONE]`; then the
    /// default answer streamed.
    pub streams: Mutex<Vec<(Vec<String>, bool)>>,
    /// Transcriptions asked for.
    pub heard: Mutex<Vec<Heard>>,
    /// What every transcription returns.
    pub transcript: Mutex<String>,
}

pub struct FakeOpenAi {
    pub inner: Arc<Inner>,
    server: super::server::Server,
}

impl FakeOpenAi {
    pub async fn start() -> std::io::Result<FakeOpenAi> {
        let inner = Arc::new(Inner::default());
        *inner.transcript.lock().unwrap() = "I dreamt of a bridge over a river.".into();
        let app = Router::new()
            .route("/v1/chat/completions", post(completions))
            .route("/v1/audio/transcriptions", post(transcriptions))
            .route("/v1/models", get(models))
            .with_state(Arc::clone(&inner));
        let server = super::server::Server::start(app).await?;
        Ok(FakeOpenAi { inner, server })
    }

    /// The base URL, `/v1` included, as `OPENAI_BASE_URL` takes it.
    pub fn url(&self) -> String {
        format!("{}/v1", self.server.url())
    }
}

async fn models() -> Json<Value> {
    Json(json!({"object": "list", "data": [{"id": "llava", "object": "model"}]}))
}

async fn completions(
    State(fake): State<Arc<Inner>>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let streamed = body["stream"] == json!(true);
    let usage = body["stream_options"]["include_usage"] == json!(true);
    let asked = body["messages"]
        .as_array()
        .and_then(|m| m.last())
        .map(|m| match &m["content"] {
            Value::String(s) => s.clone(),
            parts => parts[0]["text"].as_str().unwrap_or_default().to_string(),
        })
        .unwrap_or_default();
    fake.calls.lock().unwrap().push((auth, body));
    let default = format!("Fake OpenAI reading about: {asked}");
    if streamed {
        let (deltas, done) = {
            let mut s = fake.streams.lock().unwrap();
            if s.is_empty() {
                (
                    default.split_inclusive(' ').map(str::to_string).collect(),
                    true,
                )
            } else {
                s.remove(0)
            }
        };
        return sse(deltas, done, usage);
    }
    let (status, reply) = {
        let mut s = fake.script.lock().unwrap();
        if s.is_empty() {
            (
                200,
                json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": default}, "finish_reason": "stop"}]}),
            )
        } else {
            s.remove(0)
        }
    };
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        Json(reply),
    )
        .into_response()
}

/// `"stream": true`: `data: {chat.completion.chunk}` events, then (when asked for with
/// `stream_options.include_usage`) a chunk with no choices and the usage, then `data: [DONE]`.
fn sse(deltas: Vec<String>, done: bool, usage: bool) -> Response {
    let mut events: Vec<Result<String, std::io::Error>> = deltas
        .iter()
        .map(|d| {
            let chunk = json!({"id": "c1", "object": "chat.completion.chunk", "model": "llava",
                "choices": [{"index": 0, "delta": {"content": d}, "finish_reason": null}]});
            Ok(format!("data: {chunk}\n\n"))
        })
        .collect();
    if done {
        let last = json!({"id": "c1", "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]});
        events.push(Ok(format!("data: {last}\n\n")));
        if usage {
            let counted = json!({"id": "c1", "object": "chat.completion.chunk", "choices": [],
                "usage": {"prompt_tokens": 30, "completion_tokens": deltas.len(), "total_tokens": 30 + deltas.len()}});
            events.push(Ok(format!("data: {counted}\n\n")));
        }
        events.push(Ok("data: [DONE]\n\n".into()));
    } else {
        events.push(Err(std::io::Error::other("connection dropped")));
    }
    // A cut comes after what was sent reached the client (else its connection pool could
    // quietly retry the request, as it may for one that was never answered).
    let body = futures::StreamExt::then(futures::stream::iter(events), |e| async move {
        if e.is_err() {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        e
    });
    Response::builder()
        .header("content-type", "text/event-stream")
        .body(axum::body::Body::from_stream(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

async fn transcriptions(State(fake): State<Arc<Inner>>, mut form: Multipart) -> Response {
    let (mut model, mut file) = (None, None);
    while let Ok(Some(field)) = form.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().unwrap_or_default().to_string();
        let content_type = field.content_type().unwrap_or_default().to_string();
        let Ok(bytes) = field.bytes().await else {
            return (StatusCode::BAD_REQUEST, "unreadable field").into_response();
        };
        match name.as_str() {
            "model" => model = Some(String::from_utf8_lossy(&bytes).into_owned()),
            "file" => file = Some((file_name, content_type, bytes.to_vec())),
            _ => {}
        }
    }
    let (Some(model), Some((name, content_type, bytes))) = (model, file) else {
        let error = json!({"error": {"message": "model and file are required"}});
        return (StatusCode::BAD_REQUEST, Json(error)).into_response();
    };
    fake.heard
        .lock()
        .unwrap()
        .push((model, name, content_type, bytes));
    let text = fake.transcript.lock().unwrap().clone();
    Json(json!({ "text": text })).into_response()
}

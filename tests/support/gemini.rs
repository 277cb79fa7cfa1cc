//! A fake Gemini server: the real REST shapes of `generateContent` and of
//! `streamGenerateContent?alt=sse` (server-sent events, one `GenerateContentResponse` chunk per
//! event, `finishReason` on the last) — `x-goog-api-key`, `system_instruction`,
//! `contents[].parts[]` with `text` / `inline_data`, candidates, `promptFeedback.blockReason`,
//! `{error:{code,status,message,details}}` with RetryInfo — with replies scripted per test.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures::StreamExt;
use serde_json::{json, Value};

/// One scripted reply.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A normal answer with this text.
    Text(String),
    /// HTTP 200 with the prompt blocked (`promptFeedback.blockReason`).
    Blocked(String),
    /// A candidate that stopped for a non-STOP reason (e.g. SAFETY) with no text.
    Finish(String),
    /// HTTP 200 with no candidates at all.
    Empty,
    /// An error status with Google's error body; `retry_delay` adds RetryInfo.
    Error {
        status: u16,
        retry_delay: Option<String>,
    },
    /// Streamed: these chunks, then the connection drops before any `finishReason`.
    Cut(Vec<String>),
}

/// A request the bot made.
#[derive(Debug, Clone)]
pub struct GeminiCall {
    /// When the request arrived.
    pub at: std::time::Instant,
    pub model: String,
    /// `streamGenerateContent` rather than `generateContent`.
    pub streamed: bool,
    pub api_key: Option<String>,
    pub body: Value,
}

#[derive(Default)]
struct Inner {
    script: VecDeque<Reply>,
    calls: Vec<GeminiCall>,
    latency: Duration,
    /// Pause between two streamed events.
    gap: Duration,
}

pub struct FakeGemini {
    inner: Arc<Mutex<Inner>>,
    server: super::server::Server,
}

fn lock(m: &Mutex<Inner>) -> MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl FakeGemini {
    pub async fn start() -> std::io::Result<FakeGemini> {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new().fallback(route).with_state(Arc::clone(&inner));
        let server = super::server::Server::start(app).await?;
        Ok(FakeGemini { inner, server })
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Queues replies; once the script is used up, every call gets a default answer.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        lock(&self.inner).script.extend(replies);
    }

    pub fn set_latency(&self, latency: Duration) {
        lock(&self.inner).latency = latency;
    }

    /// Pause between two events of a streamed answer.
    pub fn set_stream_gap(&self, gap: Duration) {
        lock(&self.inner).gap = gap;
    }

    pub fn calls(&self) -> Vec<GeminiCall> {
        lock(&self.inner).calls.clone()
    }
}

fn error_body(status: u16, retry_delay: Option<String>) -> Value {
    let name = match status {
        429 => "RESOURCE_EXHAUSTED",
        404 => "NOT_FOUND",
        400 => "INVALID_ARGUMENT",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    };
    let mut details = Vec::new();
    if let Some(d) = retry_delay {
        details.push(json!({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": d}));
    }
    json!({"error": {"code": status, "status": name, "message": format!("fake {name}"), "details": details}})
}

async fn route(State(inner): State<Arc<Mutex<Inner>>>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let api_key = req
        .headers()
        .get("x-goog-api-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let Some(rest) = path.strip_prefix("/v1beta/models/") else {
        return (StatusCode::NOT_FOUND, axum::Json(error_body(404, None))).into_response();
    };
    if api_key.as_deref().is_none_or(str::is_empty) {
        return (StatusCode::FORBIDDEN, axum::Json(error_body(403, None))).into_response();
    }
    let streamed = rest.ends_with(":streamGenerateContent");
    let method = if streamed {
        ":streamGenerateContent"
    } else {
        ":generateContent"
    };
    let Some(model) = rest.strip_suffix(method).map(str::to_string) else {
        // GET /v1beta/models/{model}: the model exists.
        return axum::Json(json!({"name": format!("models/{rest}")})).into_response();
    };
    let body: Value = match axum::body::to_bytes(req.into_body(), 64 * 1024 * 1024).await {
        Ok(b) => serde_json::from_slice(&b).unwrap_or(Value::Null),
        Err(_) => Value::Null,
    };
    let (reply, latency, gap) = {
        let mut g = lock(&inner);
        g.calls.push(GeminiCall {
            at: std::time::Instant::now(),
            model,
            streamed,
            api_key,
            body: body.clone(),
        });
        (g.script.pop_front(), g.latency, g.gap)
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let reply = reply.unwrap_or_else(|| {
        let asked = body["contents"]
            .as_array()
            .and_then(|c| c.last())
            .and_then(|c| c["parts"].as_array())
            .and_then(|p| p.iter().find_map(|x| x["text"].as_str()))
            .unwrap_or_default()
            .chars()
            .take(40)
            .collect::<String>();
        Reply::Text(format!("Fake Gemini reading about: {asked}"))
    });
    if streamed {
        return stream_reply(reply, gap);
    }
    match reply {
        Reply::Cut(chunks) => axum::Json(json!({
            "candidates": [{"content": {"role": "model", "parts": [{"text": chunks.concat()}]}, "finishReason": "STOP", "index": 0}],
        }))
        .into_response(),
        Reply::Text(t) => axum::Json(json!({
            "candidates": [{"content": {"role": "model", "parts": [{"text": t}]}, "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": 10, "candidatesTokenCount": 20},
        }))
        .into_response(),
        Reply::Blocked(reason) => axum::Json(json!({"promptFeedback": {"blockReason": reason}})).into_response(),
        Reply::Finish(reason) => {
            axum::Json(json!({"candidates": [{"finishReason": reason, "index": 0}]})).into_response()
        }
        Reply::Empty => axum::Json(json!({"candidates": []})).into_response(),
        Reply::Error { status, retry_delay } => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (code, axum::Json(error_body(status, retry_delay))).into_response()
        }
    }
}

/// One streamed chunk: a candidate carrying `text`, with `finish` on the last.
fn chunk(text: &str, finish: Option<&str>) -> Value {
    let mut candidate =
        json!({"content": {"role": "model", "parts": [{"text": text}]}, "index": 0});
    if let Some(f) = finish {
        candidate["finishReason"] = f.into();
    }
    json!({"candidates": [candidate], "modelVersion": "fake"})
}

/// The words of `text` in a few events, as Gemini streams them.
fn split_text(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    words.chunks(3).map(|w| w.concat()).collect()
}

/// `streamGenerateContent?alt=sse`: `data: {json}` events separated by blank lines.
fn stream_reply(reply: Reply, gap: Duration) -> Response {
    let (events, cut): (Vec<Value>, bool) = match reply {
        Reply::Text(t) => {
            let mut parts = split_text(&t);
            let last = parts.pop().unwrap_or_default();
            let mut events: Vec<Value> = parts.iter().map(|p| chunk(p, None)).collect();
            let mut end = chunk(&last, Some("STOP"));
            end["usageMetadata"] = json!({"promptTokenCount": 10, "candidatesTokenCount": 20});
            events.push(end);
            (events, false)
        }
        Reply::Cut(chunks) => (chunks.iter().map(|c| chunk(c, None)).collect(), true),
        Reply::Blocked(reason) => (
            vec![json!({"promptFeedback": {"blockReason": reason}})],
            false,
        ),
        Reply::Finish(reason) => (
            vec![json!({"candidates": [{"finishReason": reason, "index": 0}]})],
            false,
        ),
        Reply::Empty => (
            vec![
                json!({"candidates": [{"content": {"parts": []}, "finishReason": "STOP", "index": 0}]}),
            ],
            false,
        ),
        Reply::Error {
            status,
            retry_delay,
        } => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return (code, axum::Json(error_body(status, retry_delay))).into_response();
        }
    };
    let mut items: Vec<Result<axum::body::Bytes, std::io::Error>> = events
        .iter()
        .map(|e| Ok(axum::body::Bytes::from(format!("data: {e}\r\n\r\n"))))
        .collect();
    if cut {
        items.push(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "the fake dropped the stream",
        )));
    }
    let body = futures::stream::iter(items).then(move |item| async move {
        // A cut comes after what was sent reached the client (else the client's pool would
        // quietly retry the request on a fresh connection, as it may for an unanswered one).
        let pause = if item.is_err() {
            gap.max(Duration::from_millis(50))
        } else {
            gap
        };
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
        item
    });
    Response::builder()
        .header("content-type", "text/event-stream")
        .body(axum::body::Body::from_stream(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

//! A fake Sentry ingest endpoint: `POST /api/<project>/envelope/` with `X-Sentry-Auth`
//! (version 7 and the DSN's public key, else 401; another project, 403), the envelope parsed
//! strictly (header line, item headers with or without `length`, JSON payloads, the event id
//! matching the header's), and injected 429 rate limits.

use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};

#[derive(Default)]
struct Inner {
    events: Vec<Value>,
    statuses: Vec<u16>,
    rate_limit_next: Option<u64>,
}

struct Shared {
    project: String,
    key: String,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

pub struct FakeSentry {
    shared: Arc<Shared>,
    server: super::server::Server,
}

impl FakeSentry {
    pub async fn start(project: &str, key: &str) -> std::io::Result<FakeSentry> {
        let shared = Arc::new(Shared {
            project: project.to_string(),
            key: key.to_string(),
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new()
            .route("/api/{project}/envelope/", post(ingest))
            .with_state(Arc::clone(&shared));
        let server = super::server::Server::start(app).await?;
        Ok(FakeSentry { shared, server })
    }

    /// The DSN an SDK would be given for this project.
    pub fn dsn(&self) -> String {
        format!(
            "http://{}@{}/{}",
            self.shared.key,
            self.server.addr(),
            self.shared.project
        )
    }

    /// Events accepted so far, in arrival order.
    pub fn events(&self) -> Vec<Value> {
        self.shared.lock().events.clone()
    }

    /// The status of every request so far.
    pub fn statuses(&self) -> Vec<u16> {
        self.shared.lock().statuses.clone()
    }

    /// The next request is refused with 429 and a `seconds` rate limit.
    pub fn rate_limit_next(&self, seconds: u64) {
        self.shared.lock().rate_limit_next = Some(seconds);
    }
}

fn detail(status: StatusCode, detail: &str) -> Response {
    (status, Json(json!({ "detail": detail }))).into_response()
}

async fn ingest(
    State(s): State<Arc<Shared>>,
    Path(project): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let response = answer(&s, &project, &headers, &body);
    s.lock().statuses.push(response.status().as_u16());
    response
}

fn answer(s: &Shared, project: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    let auth = headers
        .get("x-sentry-auth")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let pairs: Vec<(&str, &str)> = auth
        .strip_prefix("Sentry ")
        .unwrap_or_default()
        .split(',')
        .filter_map(|p| p.trim().split_once('='))
        .collect();
    let has = |k: &str, v: &str| pairs.iter().any(|&(pk, pv)| pk == k && pv == v);
    if !has("sentry_version", "7") || !has("sentry_key", &s.key) {
        return detail(
            StatusCode::UNAUTHORIZED,
            "missing authorization information",
        );
    }
    if project != s.project {
        return detail(
            StatusCode::FORBIDDEN,
            "event submission rejected with_reason: ProjectId",
        );
    }
    if let Some(seconds) = s.lock().rate_limit_next.take() {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [
                ("retry-after", seconds.to_string()),
                (
                    "x-sentry-rate-limits",
                    format!("{seconds}:error:organization"),
                ),
            ],
        )
            .into_response();
    }
    match parse(body) {
        Ok((id, events)) => {
            s.lock().events.extend(events);
            (StatusCode::OK, Json(json!({ "id": id }))).into_response()
        }
        Err(why) => detail(StatusCode::BAD_REQUEST, &format!("invalid envelope: {why}")),
    }
}

/// The envelope's event id and its event payloads.
fn parse(body: &[u8]) -> Result<(String, Vec<Value>), String> {
    let (head, mut rest) = line(body);
    let header: Value = serde_json::from_slice(head).map_err(|e| format!("header: {e}"))?;
    let id = header["event_id"].as_str().unwrap_or_default().to_string();
    let mut events = Vec::new();
    while !rest.is_empty() {
        let (item, after) = line(rest);
        let item: Value = serde_json::from_slice(item).map_err(|e| format!("item header: {e}"))?;
        let (payload, after) = match item["length"].as_u64() {
            Some(n) => {
                let n = n as usize;
                if after.len() < n {
                    return Err("payload shorter than its length".into());
                }
                let rest = &after[n..];
                (&after[..n], rest.strip_prefix(b"\n").unwrap_or(rest))
            }
            None => line(after),
        };
        rest = after;
        if item["type"] == "event" {
            let event: Value =
                serde_json::from_slice(payload).map_err(|e| format!("event: {e}"))?;
            if event["event_id"].as_str() != Some(id.as_str()) {
                return Err("event_id differs from the envelope's".into());
            }
            events.push(event);
        }
    }
    Ok((id, events))
}

fn line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[]),
    }
}

//! A fake Supabase REST API (PostgREST): the wire format the sync, the prompt pull and the
//! import use — `apikey`/`Authorization` by key kind, upserts with
//! `Prefer: resolution=merge-duplicates` and `on_conflict`, `select/order/offset/limit`
//! reads, `col=eq.value` deletes, 404 for unknown tables — plus injected failures.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::{Json, Router};
use serde_json::{json, Value};

/// One request as the fake saw it.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub table: String,
    pub query: HashMap<String, String>,
    pub apikey: Option<String>,
    pub authorization: Option<String>,
    pub prefer: Option<String>,
    pub body: Value,
    pub status: u16,
}

#[derive(Default)]
struct Inner {
    tables: HashMap<String, Vec<Value>>,
    failures: VecDeque<u16>,
    calls: Vec<Call>,
}

struct Shared {
    key: String,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

pub struct FakePostgrest {
    shared: Arc<Shared>,
    server: super::server::Server,
}

impl FakePostgrest {
    /// Starts a server that accepts `key` the way Supabase does for its kind.
    pub async fn start(key: &str) -> std::io::Result<FakePostgrest> {
        let shared = Arc::new(Shared {
            key: key.to_string(),
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new()
            .route("/rest/v1/{table}", any(handle))
            .with_state(Arc::clone(&shared));
        let server = super::server::Server::start(app).await?;
        Ok(FakePostgrest { shared, server })
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Creates (or fills) a table.
    pub fn put(&self, table: &str, rows: Vec<Value>) {
        self.shared
            .lock()
            .tables
            .entry(table.to_string())
            .or_default()
            .extend(rows);
    }

    pub fn rows(&self, table: &str) -> Vec<Value> {
        self.shared
            .lock()
            .tables
            .get(table)
            .cloned()
            .unwrap_or_default()
    }

    /// The next `n` requests fail with `status`.
    pub fn fail_next(&self, n: usize, status: u16) {
        self.shared
            .lock()
            .failures
            .extend(std::iter::repeat_n(status, n));
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"code": code, "message": message, "details": null, "hint": null})),
    )
        .into_response()
}

fn authorized(key: &str, headers: &HeaderMap) -> bool {
    let get = |n: &str| headers.get(n).and_then(|v| v.to_str().ok());
    if get("apikey") != Some(key) {
        return false;
    }
    let bearer = get("authorization");
    if key.starts_with("sb_") {
        // New keys are not JWTs: sent as a Bearer token they are refused.
        bearer.is_none()
    } else {
        bearer == Some(&format!("Bearer {key}"))
    }
}

fn sort_key(v: &Value) -> (i64, String) {
    match v {
        Value::Number(n) => (n.as_i64().unwrap_or(0), String::new()),
        other => (0, other.as_str().unwrap_or_default().to_string()),
    }
}

async fn handle(
    State(s): State<Arc<Shared>>,
    method: Method,
    Path(table): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let header = |n: &str| {
        headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let mut call = Call {
        method: method.to_string(),
        table: table.clone(),
        query: query.clone(),
        apikey: header("apikey"),
        authorization: header("authorization"),
        prefer: header("prefer"),
        body: body.clone(),
        status: 200,
    };
    let response = answer(&s, &method, &table, &query, &headers, body);
    call.status = response.status().as_u16();
    s.lock().calls.push(call);
    response
}

fn answer(
    s: &Shared,
    method: &Method,
    table: &str,
    query: &HashMap<String, String>,
    headers: &HeaderMap,
    body: Value,
) -> Response {
    if !authorized(&s.key, headers) {
        return error(StatusCode::UNAUTHORIZED, "PGRST301", "Invalid API key");
    }
    let mut inner = s.lock();
    if let Some(status) = inner.failures.pop_front() {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        return error(status, "PGRST000", "injected failure");
    }
    let Some(rows) = inner.tables.get_mut(table) else {
        return error(
            StatusCode::NOT_FOUND,
            "PGRST205",
            &format!("Could not find the table 'public.{table}' in the schema cache"),
        );
    };
    match *method {
        Method::GET => {
            let mut out = rows.clone();
            if let Some((col, dir)) = query.get("order").and_then(|o| o.split_once('.')) {
                out.sort_by_key(|r| sort_key(&r[col]));
                if dir == "desc" {
                    out.reverse();
                }
            }
            let offset = query
                .get("offset")
                .and_then(|o| o.parse().ok())
                .unwrap_or(0);
            let limit = query
                .get("limit")
                .and_then(|l| l.parse().ok())
                .unwrap_or(usize::MAX);
            Json(out.into_iter().skip(offset).take(limit).collect::<Vec<_>>()).into_response()
        }
        Method::POST => {
            let merge = headers
                .get("prefer")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|p| p.contains("resolution=merge-duplicates"));
            let Some(col) = query.get("on_conflict") else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "PGRST100",
                    "on_conflict is required here",
                );
            };
            let incoming = match body {
                Value::Array(items) => items,
                one @ Value::Object(_) => vec![one],
                _ => return error(StatusCode::BAD_REQUEST, "PGRST102", "Empty or invalid json"),
            };
            // PostgREST requires the objects of a bulk insert to share their keys.
            let keys = |v: &Value| v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>());
            if incoming.iter().any(|r| keys(r) != keys(&incoming[0])) {
                return error(
                    StatusCode::BAD_REQUEST,
                    "PGRST102",
                    "All object keys must match",
                );
            }
            for row in incoming {
                match rows
                    .iter_mut()
                    .find(|r| r[col.as_str()] == row[col.as_str()])
                {
                    Some(_) if !merge => {
                        return error(
                            StatusCode::CONFLICT,
                            "23505",
                            "duplicate key value violates unique constraint",
                        );
                    }
                    Some(existing) => {
                        if let (Some(e), Some(n)) = (existing.as_object_mut(), row.as_object()) {
                            e.extend(n.clone());
                        }
                    }
                    None => rows.push(row),
                }
            }
            StatusCode::CREATED.into_response()
        }
        Method::DELETE => {
            let Some((col, value)) = query
                .iter()
                .find_map(|(k, v)| Some((k.clone(), v.strip_prefix("eq.")?.to_string())))
            else {
                return error(
                    StatusCode::BAD_REQUEST,
                    "21000",
                    "DELETE requires a WHERE clause",
                );
            };
            rows.retain(|r| {
                let cell = match &r[col.as_str()] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                cell != value
            });
            StatusCode::NO_CONTENT.into_response()
        }
        _ => error(
            StatusCode::METHOD_NOT_ALLOWED,
            "PGRST117",
            "unsupported method",
        ),
    }
}

//! A fake Telegram Bot API server: the real HTTP wire protocol (`/bot<token>/<Method>` with
//! JSON or multipart bodies, `/file/bot<token>/<path>` downloads, long-polled `getUpdates`
//! with offset confirmation), backed by an in-memory queue. It records every request so
//! tests can assert on exactly what the bot sent, and it plays the users' side: text,
//! button presses, photos and documents become updates.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Map, Value};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A token in the real format, accepted only by this fake.
pub const FAKE_TOKEN: &str = "1234567890:AAFakeTokenForTheOfflineSimulatorOnly";
pub const BOT_ID: i64 = 1234567890;
pub const BOT_USERNAME: &str = "FalGramBot";

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub seq: u64,
    /// The method name in lower case (`sendmessage`), as Telegram matches case-insensitively.
    pub method: String,
    pub body: Value,
    pub at: Instant,
    /// Uploaded files: (field, file name, bytes).
    pub files: Vec<(String, String, Vec<u8>)>,
    /// The message id the fake assigned to a sent message, if any.
    pub message_id: Option<i64>,
}

impl Recorded {
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    pub fn chat_id(&self) -> Option<i64> {
        as_i64(&self.body["chat_id"])
    }

    /// The text or caption the bot sent.
    pub fn text(&self) -> Option<&str> {
        self.body["text"].as_str().or(self.body["caption"].as_str())
    }

    /// Inline keyboard buttons: rows of (label, callback data or URL).
    pub fn buttons(&self) -> Vec<Vec<(String, String)>> {
        keyboard_of(&self.body["reply_markup"])
    }
}

fn keyboard_of(markup: &Value) -> Vec<Vec<(String, String)>> {
    markup["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|row| {
                    row.as_array()
                        .map(|bs| {
                            bs.iter()
                                .map(|b| {
                                    let label = b["text"].as_str().unwrap_or_default().to_string();
                                    let target = b["callback_data"]
                                        .as_str()
                                        .or(b["url"].as_str())
                                        .unwrap_or_default()
                                        .to_string();
                                    (label, target)
                                })
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default()
}

fn as_i64(v: &Value) -> Option<i64> {
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

/// A simulated Telegram user.
#[derive(Debug, Clone)]
pub struct FakeUser {
    pub id: i64,
    pub first_name: String,
    pub username: Option<String>,
    pub language_code: Option<String>,
}

impl FakeUser {
    pub fn new(id: i64, first_name: &str, language_code: &str) -> FakeUser {
        FakeUser {
            id,
            first_name: first_name.to_string(),
            username: Some(format!("user{id}")),
            language_code: Some(language_code.to_string()).filter(|c| !c.is_empty()),
        }
    }

    /// The user as the Bot API's `User` object (for hand-built updates).
    pub fn json(&self) -> Value {
        let mut u = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        if let Some(n) = &self.username {
            u["username"] = json!(n);
        }
        if let Some(l) = &self.language_code {
            u["language_code"] = json!(l);
        }
        u
    }
}

struct StoredFile {
    path: String,
    bytes: Vec<u8>,
}

#[derive(Default)]
struct Inner {
    next_update_id: i64,
    queue: VecDeque<(i64, Value)>,
    requests: Vec<Recorded>,
    next_message_id: i64,
    messages: HashMap<i64, Value>,
    files: HashMap<String, StoredFile>,
    next_file: u64,
    next_callback: u64,
    /// Injected failures: method (lower case) → (error code, description).
    failures: VecDeque<(String, u16, String)>,
    /// Chats whose user blocked the bot: every send to them is refused with 403.
    blocked: std::collections::HashSet<i64>,
    /// Extra latency added to every answered method, to model a slow network.
    latency: Duration,
    /// An outage: every call (`getUpdates` too) gets a proxy's HTML 502, nothing is recorded.
    down: bool,
    /// Benchmarks turn this off: requests are counted, not kept, and sent messages are not
    /// remembered (so memory stays flat over long runs).
    lean: bool,
    /// Set by `setWebhook` (url, secret token): updates are then POSTed there, as Telegram
    /// does, and `getUpdates` is refused with 409.
    webhook: Option<(String, Option<String>)>,
    /// When each `getUpdates` arrived (they are not in `requests`: a poll every second would
    /// drown the rest).
    polls: Vec<Instant>,
    /// Answer `sendMessageDraft` as a Bot API server older than 9.3 does (404).
    drafts_refused: bool,
    /// Requests recorded in all, and how many of them were dropped from `requests`.
    total: usize,
    cleared: usize,
    /// The bot's Star transactions as `getStarTransactions` returns them, oldest first: every
    /// payment pushed through this server, and every `refundStarPayment`.
    ledger: Vec<Value>,
}

struct Shared {
    inner: Mutex<Inner>,
    /// Bumped whenever an update is queued.
    queued: watch::Sender<u64>,
    /// Bumped whenever a request is recorded.
    recorded: watch::Sender<u64>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A poisoned lock only means a test thread panicked; the data is still usable.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[derive(Clone)]
pub struct RequestLog(Arc<Shared>);

impl RequestLog {
    /// Requests recorded after the first `since` ones.
    pub fn since(&self, since: usize) -> Vec<Recorded> {
        let inner = self.0.lock();
        let kept = since.saturating_sub(inner.cleared);
        inner.requests.iter().skip(kept).cloned().collect()
    }

    pub fn count(&self) -> usize {
        self.0.lock().total
    }
}

pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: JoinHandle<()>,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Fal Gram", "username": BOT_USERNAME})
}

fn private_chat(user: &FakeUser) -> Value {
    json!({"id": user.id, "type": "private", "first_name": user.first_name})
}

impl FakeTelegram {
    /// Starts the server on a free loopback port.
    pub async fn start() -> std::io::Result<FakeTelegram> {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                next_update_id: 1,
                next_message_id: 1,
                ..Inner::default()
            }),
            queued: watch::channel(0).0,
            recorded: watch::channel(0).0,
        });
        let listener = listen().await?;
        let addr = listener.local_addr()?;
        // Telegram accepts uploads of up to 50 MB from bots.
        let app = Router::new()
            .fallback(route)
            .layer(axum::extract::DefaultBodyLimit::max(50 * 1024 * 1024))
            .with_state(Arc::clone(&shared));
        let delivery = Arc::clone(&shared);
        let server = tokio::spawn(async move {
            let deliver = tokio::spawn(deliver_to_webhook(delivery));
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "fake Telegram server stopped");
            }
            deliver.abort();
        });
        Ok(FakeTelegram {
            shared,
            addr,
            server,
        })
    }

    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    // ---- the users' side ----

    /// Numbers the next updates after `last`, as Telegram would for a bot that has already
    /// handled updates up to `last` (a simulator resuming on a kept database).
    pub fn continue_after(&self, last: i64) {
        let mut inner = self.shared.lock();
        inner.next_update_id = inner.next_update_id.max(last + 1);
    }

    /// Queues an update (without `update_id`); returns the id assigned.
    pub fn push_update(&self, update: Value) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            let id = inner.next_update_id;
            inner.next_update_id += 1;
            inner.queue.push_back((id, update));
            id
        };
        self.shared.queued.send_modify(|n| *n += 1);
        id
    }

    /// Queues an update under an id already used: Telegram redelivering it.
    pub fn redeliver(&self, update_id: i64, update: Value) {
        self.shared.lock().queue.push_back((update_id, update));
        self.shared.queued.send_modify(|n| *n += 1);
    }

    fn user_message(&self, user: &FakeUser, fields: Value) -> Value {
        let mut msg = json!({
            "message_id": self.next_message_id(),
            "date": now_unix(),
            "chat": private_chat(user),
            "from": user.json(),
        });
        if let (Some(m), Some(f)) = (msg.as_object_mut(), fields.as_object()) {
            m.extend(f.clone());
        }
        json!({"message": msg})
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.lock();
        let id = inner.next_message_id;
        inner.next_message_id += 1;
        id
    }

    /// The user types `text` (a `/command` gets its bot_command entity).
    pub fn text_update(&self, user: &FakeUser, text: &str) -> Value {
        let mut fields = json!({"text": text});
        if text.starts_with('/') {
            let len: usize = text
                .split_whitespace()
                .next()
                .map_or(0, |w| w.encode_utf16().count());
            fields["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        self.user_message(user, fields)
    }

    pub fn send_text(&self, user: &FakeUser, text: &str) -> i64 {
        let update = self.text_update(user, text);
        self.push_update(update)
    }

    /// The user presses a button on message `message_id`.
    pub fn press(&self, user: &FakeUser, message_id: i64, data: &str) -> i64 {
        let (id, message) = {
            let mut inner = self.shared.lock();
            inner.next_callback += 1;
            let message = inner.messages.get(&message_id).cloned().unwrap_or_else(|| {
                json!({"message_id": message_id, "date": now_unix(), "chat": private_chat(user), "from": bot_user(), "text": "…"})
            });
            (inner.next_callback, message)
        };
        self.push_update(json!({"callback_query": {
            "id": format!("cb{id}"),
            "from": user.json(),
            "message": message,
            "chat_instance": format!("ci{}", user.id),
            "data": data,
        }}))
    }

    /// Stores a file as Telegram would and returns its file id.
    pub fn add_file(&self, bytes: Vec<u8>, extension: &str) -> (String, usize) {
        let mut inner = self.shared.lock();
        inner.next_file += 1;
        let id = format!("FILE{}", inner.next_file);
        let size = bytes.len();
        inner.files.insert(
            id.clone(),
            StoredFile {
                path: format!("files/{id}.{extension}"),
                bytes,
            },
        );
        (id, size)
    }

    /// The user sends a photo (as Telegram does: one size per resolution, here one).
    pub fn send_photo(&self, user: &FakeUser, bytes: Vec<u8>, caption: Option<&str>) -> i64 {
        let (file_id, size) = self.add_file(bytes, "jpg");
        let mut fields = json!({"photo": [{
            "file_id": file_id, "file_unique_id": format!("u{file_id}"),
            "width": 1280, "height": 960, "file_size": size,
        }]});
        if let Some(c) = caption {
            fields["caption"] = json!(c);
        }
        let update = self.user_message(user, fields);
        self.push_update(update)
    }

    /// The user records a voice message (Telegram's voice notes are OGG/Opus).
    pub fn send_voice(&self, user: &FakeUser, bytes: Vec<u8>, duration: u32) -> i64 {
        let (file_id, size) = self.add_file(bytes, "oga");
        let update = self.user_message(
            user,
            json!({"voice": {
                "file_id": file_id, "file_unique_id": format!("u{file_id}"),
                "duration": duration, "mime_type": "audio/ogg", "file_size": size,
            }}),
        );
        self.push_update(update)
    }

    /// The user sends an audio file (a music-player track: title, performer, any format).
    pub fn send_audio(&self, user: &FakeUser, bytes: Vec<u8>, duration: u32, mime: &str) -> i64 {
        let ext = mime.rsplit('/').next().unwrap_or("bin");
        let (file_id, size) = self.add_file(bytes, ext);
        let update = self.user_message(
            user,
            json!({"audio": {
                "file_id": file_id, "file_unique_id": format!("u{file_id}"),
                "duration": duration, "mime_type": mime, "file_size": size,
            }}),
        );
        self.push_update(update)
    }

    /// The user sends a file as a document.
    pub fn send_document(
        &self,
        user: &FakeUser,
        bytes: Vec<u8>,
        file_name: &str,
        mime: &str,
    ) -> i64 {
        let ext = file_name.rsplit('.').next().unwrap_or("bin");
        let (file_id, size) = self.add_file(bytes, ext);
        let update = self.user_message(
            user,
            json!({"document": {
                "file_id": file_id, "file_unique_id": format!("u{file_id}"),
                "file_name": file_name, "mime_type": mime, "file_size": size,
            }}),
        );
        self.push_update(update)
    }

    /// The user confirms an invoice: Telegram asks the bot to approve within 10 s.
    pub fn pre_checkout(&self, user: &FakeUser, payload: &str, currency: &str, amount: u32) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            inner.next_callback += 1;
            inner.next_callback
        };
        self.push_update(json!({"pre_checkout_query": {
            "id": format!("pcq{id}"),
            "from": user.json(),
            "currency": currency,
            "total_amount": amount,
            "invoice_payload": payload,
        }}))
    }

    /// The payment went through: a service message with `successful_payment`.
    pub fn successful_payment(
        &self,
        user: &FakeUser,
        payload: &str,
        amount: u32,
        charge_id: &str,
    ) -> i64 {
        self.payment(user, payload, amount, charge_id, json!({}))
    }

    /// A subscription payment: the first one, or Telegram's automatic renewal.
    pub fn recurring_payment(
        &self,
        user: &FakeUser,
        payload: &str,
        amount: u32,
        charge_id: &str,
        first: bool,
    ) -> i64 {
        let extra = json!({
            "is_recurring": true,
            "is_first_recurring": first,
            "subscription_expiration_date": now_unix() + 30 * 86_400,
        });
        self.payment(user, payload, amount, charge_id, extra)
    }

    fn payment(
        &self,
        user: &FakeUser,
        payload: &str,
        amount: u32,
        charge_id: &str,
        extra: Value,
    ) -> i64 {
        let mut paid = json!({
            "currency": "XTR",
            "total_amount": amount,
            "invoice_payload": payload,
            "telegram_payment_charge_id": charge_id,
            "provider_payment_charge_id": "",
        });
        if let (Some(fields), Value::Object(more)) = (paid.as_object_mut(), extra) {
            fields.extend(more);
        }
        let update = self.user_message(user, json!({ "successful_payment": paid }));
        self.star_transaction(user, charge_id, amount);
        self.push_update(update)
    }

    /// A payment in Telegram's ledger (incoming, from `user`) — pushed with every payment
    /// update; called alone, it is a payment Telegram took that the bot never heard of.
    pub fn star_transaction(&self, user: &FakeUser, charge_id: &str, amount: u32) {
        let tx = json!({
            "id": charge_id,
            "amount": amount,
            "date": now_unix(),
            "source": {"type": "user", "transaction_type": "invoice_payment", "user": user.json(), "invoice_payload": ""},
        });
        self.shared.lock().ledger.push(tx);
    }

    /// `falgram run` (the binary at `binary`) on `db`, talking to this server, with a clean
    /// environment: how tests and benchmarks start the real process.
    pub fn bot_command(
        &self,
        binary: &std::path::Path,
        db: &std::path::Path,
    ) -> std::process::Command {
        let mut cmd = std::process::Command::new(binary);
        cmd.arg("run")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
            .env("TELEGRAM_API_URL", self.api_url())
            .env("FALGRAM_DB", db);
        cmd
    }

    // ---- inspection ----

    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    pub fn request_count(&self) -> usize {
        self.shared.lock().total
    }

    /// Requests recorded after the first `since` ones.
    pub fn requests_since(&self, since: usize) -> Vec<Recorded> {
        self.log().since(since)
    }

    /// A handle on the recorded requests that can move to another task (the simulator shows
    /// drafts while the bot is still answering).
    pub fn log(&self) -> RequestLog {
        RequestLog(Arc::clone(&self.shared))
    }

    /// Messages the bot sent or edited in a chat, in order.
    pub fn messages_to(&self, chat: i64) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| r.chat_id() == Some(chat) && r.text().is_some())
            .collect()
    }

    /// The current state of a message the bot sent (after any edits).
    pub fn message(&self, id: i64) -> Option<Value> {
        self.shared.lock().messages.get(&id).cloned()
    }

    /// Updates queued and not yet confirmed by the bot.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().queue.len()
    }

    /// Waits until at least `n` requests have been recorded.
    pub async fn wait_for_requests(&self, n: usize, timeout: Duration) -> bool {
        let mut rx = self.shared.recorded.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if self.request_count() >= n {
                return true;
            }
            if tokio::time::timeout_at(deadline, rx.changed())
                .await
                .is_err()
            {
                return self.request_count() >= n;
            }
        }
    }

    /// The next call of `method` fails with this Bot API error.
    pub fn fail_next(&self, method: &str, code: u16, description: &str) {
        self.shared.lock().failures.push_back((
            method.to_ascii_lowercase(),
            code,
            description.to_string(),
        ));
    }

    /// The user of `chat` blocks the bot: sends to them fail with 403 from now on.
    pub fn block_chat(&self, chat: i64) {
        self.shared.lock().blocked.insert(chat);
    }

    /// The user shares a location (Telegram's location message).
    pub fn send_location(&self, user: &FakeUser, latitude: f64, longitude: f64) -> i64 {
        let update = self.user_message(
            user,
            json!({"location": {"latitude": latitude, "longitude": longitude}}),
        );
        self.push_update(update)
    }

    /// When each `getUpdates` call arrived, oldest first.
    pub fn polls(&self) -> Vec<Instant> {
        self.shared.lock().polls.clone()
    }

    /// The webhook the bot registered (url, secret token), if any.
    pub fn webhook(&self) -> Option<(String, Option<String>)> {
        self.shared.lock().webhook.clone()
    }

    /// From now on, `sendMessageDraft` is an unknown method (an older local Bot API server).
    pub fn refuse_drafts(&self) {
        self.shared.lock().drafts_refused = true;
    }

    /// Starts or ends an outage (see `Inner::down`).
    pub fn set_down(&self, down: bool) {
        self.shared.lock().down = down;
    }

    pub fn set_latency(&self, latency: Duration) {
        self.shared.lock().latency = latency;
    }

    /// Forgets recorded requests (keeps messages and files); counts go on.
    pub fn clear_requests(&self) {
        let mut inner = self.shared.lock();
        inner.cleared = inner.total;
        inner.requests.clear();
    }

    /// Lean mode for benchmarks: count requests without keeping them or the sent messages.
    pub fn set_lean(&self, lean: bool) {
        self.shared.lock().lean = lean;
    }
}

fn ok(result: Value) -> Response {
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

fn api_error(code: u16, description: &str) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        axum::Json(json!({"ok": false, "error_code": code, "description": description})),
    )
        .into_response()
}

async fn route(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    if let Some(rest) = path.strip_prefix("/file/bot") {
        return download(&shared, rest);
    }
    let Some((token, method)) = path.strip_prefix("/bot").and_then(|r| r.split_once('/')) else {
        return api_error(404, "Not Found");
    };
    if token != FAKE_TOKEN {
        return api_error(401, "Unauthorized");
    }
    let method = method.to_ascii_lowercase();
    let (body, files) = match read_body(req).await {
        Ok(b) => b,
        Err(e) => return api_error(400, &format!("Bad Request: {e}")),
    };
    if method != "getupdates" {
        let latency = shared.lock().latency;
        if !latency.is_zero() {
            tokio::time::sleep(latency).await;
        }
    }
    // Checked after the latency: a call already on its way when the outage starts fails too.
    if shared.lock().down {
        let page =
            "<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>";
        return (
            StatusCode::BAD_GATEWAY,
            [(header::CONTENT_TYPE, "text/html")],
            page,
        )
            .into_response();
    }
    if method == "getupdates" {
        return get_updates(&shared, &body).await;
    }
    answer(&shared, method, body, files)
}

async fn read_body(req: Request) -> Result<(Value, Vec<(String, String, Vec<u8>)>), String> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if content_type.starts_with("multipart/form-data") {
        let mut form = Multipart::from_request(req, &())
            .await
            .map_err(|e| e.to_string())?;
        let mut fields = Map::new();
        let mut files = Vec::new();
        while let Some(field) = form.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) => {
                    let bytes = field.bytes().await.map_err(|e| e.to_string())?;
                    fields.insert(
                        name.clone(),
                        json!({"file_name": file_name, "size": bytes.len()}),
                    );
                    files.push((name, file_name, bytes.to_vec()));
                }
                None => {
                    let text = field.text().await.map_err(|e| e.to_string())?;
                    // Non-string fields arrive JSON-encoded (numbers, keyboards).
                    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
                    fields.insert(name, value);
                }
            }
        }
        return Ok((Value::Object(fields), files));
    }
    let bytes: Bytes = axum::body::to_bytes(req.into_body(), 64 * 1024 * 1024)
        .await
        .map_err(|e| e.to_string())?;
    if bytes.is_empty() {
        return Ok((json!({}), Vec::new()));
    }
    if content_type.starts_with("application/x-www-form-urlencoded") {
        let map: HashMap<String, String> = serde_urlencoded_lite(&String::from_utf8_lossy(&bytes));
        return Ok((json!(map), Vec::new()));
    }
    serde_json::from_slice(&bytes)
        .map(|v| (v, Vec::new()))
        .map_err(|e| e.to_string())
}

/// Minimal `a=b&c=d` parsing (no percent-decoding needed for our own clients' forms).
fn serde_urlencoded_lite(s: &str) -> HashMap<String, String> {
    s.split('&')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.replace('+', " ")))
        .collect()
}

/// Telegram's side of webhook mode: the oldest queued update is POSTed with the secret
/// header until the bot answers 200, then the next one.
async fn deliver_to_webhook(shared: Arc<Shared>) {
    let client = reqwest::Client::new();
    let mut rx = shared.queued.subscribe();
    loop {
        let next = {
            let inner = shared.lock();
            inner
                .webhook
                .clone()
                .and_then(|hook| Some((hook, inner.queue.front().cloned()?)))
        };
        let Some(((url, secret), (id, mut update))) = next else {
            let _ = tokio::time::timeout(Duration::from_millis(200), rx.changed()).await;
            continue;
        };
        update["update_id"] = json!(id);
        let mut req = client.post(&url).json(&update);
        if let Some(s) = secret {
            req = req.header("X-Telegram-Bot-Api-Secret-Token", s);
        }
        match req.send().await {
            Ok(r) if r.status().is_success() => {
                let mut inner = shared.lock();
                if inner.queue.front().map(|(i, _)| *i) == Some(id) {
                    inner.queue.pop_front();
                }
            }
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

async fn get_updates(shared: &Shared, body: &Value) -> Response {
    shared.lock().polls.push(Instant::now());
    if shared.lock().webhook.is_some() {
        return api_error(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        );
    }
    let offset = as_i64(&body["offset"]).unwrap_or(0);
    let limit = as_i64(&body["limit"]).unwrap_or(100).clamp(1, 100) as usize;
    let timeout = as_i64(&body["timeout"]).unwrap_or(0).clamp(0, 50) as u64;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    let mut rx = shared.queued.subscribe();
    loop {
        let batch: Vec<Value> = {
            let mut inner = shared.lock();
            // Updates below the offset are confirmed: Telegram forgets them.
            inner.queue.retain(|(id, _)| *id >= offset);
            inner
                .queue
                .iter()
                .take(limit)
                .map(|(id, u)| {
                    let mut u = u.clone();
                    u["update_id"] = json!(id);
                    u
                })
                .collect()
        };
        if !batch.is_empty() {
            return ok(Value::Array(batch));
        }
        if tokio::time::timeout_at(deadline, rx.changed())
            .await
            .is_err()
        {
            return ok(json!([]));
        }
    }
}

fn download(shared: &Shared, rest: &str) -> Response {
    let Some((token, path)) = rest.split_once('/') else {
        return api_error(404, "Not Found");
    };
    if token != FAKE_TOKEN {
        return api_error(401, "Unauthorized");
    }
    // Clients may percent-encode the path (teloxide sends `files%2FFILE1.jpg`).
    let path: String = url::form_urlencoded::parse(format!("p={path}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default();
    let inner = shared.lock();
    match inner.files.values().find(|f| f.path == path) {
        Some(f) => (StatusCode::OK, f.bytes.clone()).into_response(),
        None => api_error(404, "Not Found"),
    }
}

/// Answers one Bot API call the way Telegram would, and records it.
fn answer(
    shared: &Shared,
    method: String,
    body: Value,
    files: Vec<(String, String, Vec<u8>)>,
) -> Response {
    let mut inner = shared.lock();
    if let Some(pos) = inner.failures.iter().position(|(m, _, _)| *m == method) {
        let (_, code, description) = inner.failures.remove(pos).unwrap_or_default();
        record(shared, inner, method, body, files, None);
        return api_error(code, &description);
    }
    if method.starts_with("send")
        && as_i64(&body["chat_id"]).is_some_and(|c| inner.blocked.contains(&c))
    {
        record(shared, inner, method, body, files, None);
        return api_error(403, "Forbidden: bot was blocked by the user");
    }
    let mut message_id = None;
    let result = match method.as_str() {
        "getme" => json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Fal Gram", "username": BOT_USERNAME,
            "can_join_groups": false, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false, "has_main_web_app": false,
        }),
        "getwebhookinfo" => {
            let url = inner
                .webhook
                .as_ref()
                .map(|(u, _)| u.clone())
                .unwrap_or_default();
            json!({"url": url, "has_custom_certificate": false, "pending_update_count": inner.queue.len()})
        }
        "setwebhook" => {
            let url = body["url"].as_str().unwrap_or_default().to_string();
            let secret = body["secret_token"].as_str().map(str::to_string);
            inner.webhook = (!url.is_empty()).then_some((url, secret));
            shared.queued.send_modify(|n| *n += 1);
            json!(true)
        }
        "deletewebhook" => {
            inner.webhook = None;
            json!(true)
        }
        "getfile" => {
            let id = body["file_id"].as_str().unwrap_or_default().to_string();
            match inner.files.get(&id) {
                Some(f) => {
                    json!({"file_id": id, "file_unique_id": format!("u{id}"), "file_size": f.bytes.len(), "file_path": f.path})
                }
                None => {
                    drop(inner);
                    return api_error(400, "Bad Request: invalid file_id");
                }
            }
        }
        "sendmessage" | "sendphoto" | "senddocument" | "sendinvoice" => {
            let id = inner.next_message_id;
            inner.next_message_id += 1;
            message_id = Some(id);
            let msg = bot_message(id, &method, &body);
            if !inner.lean {
                inner.messages.insert(id, msg.clone());
            }
            msg
        }
        "editmessagetext" | "editmessagereplymarkup" | "editmessagecaption" => {
            let id = as_i64(&body["message_id"]).unwrap_or(0);
            message_id = Some(id);
            let lean = inner.lean;
            let chat = as_i64(&body["chat_id"]);
            // A message can only be edited in its own chat, as on Telegram.
            match inner
                .messages
                .get_mut(&id)
                .filter(|m| as_i64(&m["chat"]["id"]) == chat)
            {
                Some(msg) => {
                    if let Some(t) = body.get("text") {
                        if *msg.get("text").unwrap_or(&Value::Null) == *t
                            && msg["reply_markup"] == body["reply_markup"]
                        {
                            drop(inner);
                            return api_error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
                        }
                        msg["text"] = t.clone();
                    }
                    match body.get("reply_markup") {
                        Some(m) if !m.is_null() => msg["reply_markup"] = m.clone(),
                        _ => {
                            if let Some(o) = msg.as_object_mut() {
                                o.remove("reply_markup");
                            }
                        }
                    }
                    msg["edit_date"] = json!(now_unix());
                    msg.clone()
                }
                None if lean => {
                    let mut msg = bot_message(id, "sendmessage", &body);
                    msg["edit_date"] = json!(now_unix());
                    msg
                }
                None => {
                    drop(inner);
                    return api_error(400, "Bad Request: message to edit not found");
                }
            }
        }
        "sendmessagedraft" if !inner.drafts_refused => {
            // Bot API 9.3: private chats only, a non-zero draft id, text of at most 4,096
            // characters once its HTML is parsed (and it must parse).
            let text = body["text"].as_str().unwrap_or_default();
            let problem = if as_i64(&body["chat_id"]).is_none_or(|c| c <= 0) {
                Some("Bad Request: drafts can be sent to private chats only")
            } else if as_i64(&body["draft_id"]).is_none_or(|d| d == 0) {
                Some("Bad Request: draft_id must be non-zero")
            } else if !html_parses(text) {
                Some("Bad Request: can't parse entities")
            } else if visible_len(text) > 4096 {
                Some("Bad Request: text is too long")
            } else {
                None
            };
            if let Some(p) = problem {
                record(shared, inner, method, body, files, None);
                return api_error(400, p);
            }
            json!(true)
        }
        "sendmessagedraft" => {
            // Refused as a server without the method does, but counted.
            record(shared, inner, method, body, files, None);
            return api_error(404, "Not Found: method not found");
        }
        "createinvoicelink" => json!(format!(
            "https://t.me/$fake_invoice_{}",
            inner.requests.len()
        )),
        "getmystarbalance" => {
            let amount: i64 = inner
                .ledger
                .iter()
                .map(|t| {
                    let a = t["amount"].as_i64().unwrap_or(0);
                    if t["source"].is_null() {
                        -a
                    } else {
                        a
                    }
                })
                .sum();
            json!({ "amount": amount })
        }
        "getstartransactions" => {
            let offset = as_i64(&body["offset"]).unwrap_or(0).max(0) as usize;
            let limit = as_i64(&body["limit"]).unwrap_or(100).clamp(1, 100) as usize;
            let page: Vec<Value> = inner
                .ledger
                .iter()
                .skip(offset)
                .take(limit)
                .cloned()
                .collect();
            json!({ "transactions": page })
        }
        "refundstarpayment" => {
            // The refund goes back out of the ledger to the user, under the payment's id.
            let id = body["telegram_payment_charge_id"].clone();
            let paid = inner
                .ledger
                .iter()
                .find(|t| t["id"] == id && !t["source"].is_null())
                .cloned();
            if let Some(paid) = paid {
                let refund = json!({
                    "id": id,
                    "amount": paid["amount"],
                    "date": now_unix(),
                    "receiver": {"type": "user", "transaction_type": "invoice_payment",
                        "user": paid["source"]["user"], "invoice_payload": ""},
                });
                inner.ledger.push(refund);
            }
            json!(true)
        }
        "answercallbackquery"
        | "answerprecheckoutquery"
        | "sendchataction"
        | "setmycommands"
        | "deletemessage"
        | "edituserstarsubscription"
        | "setmydescription" => {
            json!(true)
        }
        _ => {
            drop(inner);
            return api_error(404, "Not Found: method not found");
        }
    };
    record(shared, inner, method, body, files, message_id);
    ok(result)
}

fn record(
    shared: &Shared,
    mut inner: MutexGuard<'_, Inner>,
    method: String,
    body: Value,
    files: Vec<(String, String, Vec<u8>)>,
    message_id: Option<i64>,
) {
    let seq = inner.total as u64;
    inner.total += 1;
    if !inner.lean {
        inner.requests.push(Recorded {
            seq,
            method,
            body,
            at: Instant::now(),
            files,
            message_id,
        });
    }
    drop(inner);
    shared.recorded.send_modify(|n| *n += 1);
}

/// The Message object Telegram returns for something the bot sent.
fn bot_message(id: i64, method: &str, body: &Value) -> Value {
    let chat_id = as_i64(&body["chat_id"]).unwrap_or(0);
    let mut msg = json!({
        "message_id": id,
        "date": now_unix(),
        "chat": {"id": chat_id, "type": "private", "first_name": "User"},
        "from": bot_user(),
    });
    match method {
        "sendmessage" => msg["text"] = body["text"].clone(),
        "sendphoto" => {
            msg["photo"] = json!([{"file_id": format!("SENT{id}"), "file_unique_id": format!("s{id}"), "width": 800, "height": 800}]);
        }
        "senddocument" => {
            let name = body["document"]["file_name"].as_str().unwrap_or("file");
            msg["document"] = json!({"file_id": format!("SENT{id}"), "file_unique_id": format!("s{id}"), "file_name": name});
        }
        _ => {
            msg["invoice"] = json!({
                "title": body["title"], "description": body["description"], "start_parameter": "",
                "currency": body["currency"], "total_amount": body["prices"][0]["amount"],
            });
        }
    }
    if let Some(c) = body.get("caption").filter(|c| !c.is_null()) {
        msg["caption"] = c.clone();
    }
    if let Some(m) = body.get("reply_markup").filter(|m| !m.is_null()) {
        msg["reply_markup"] = m.clone();
    }
    msg
}

/// A loopback listener on a free port with a deep accept queue: a burst of a thousand clients
/// connecting at once (as in the benchmarks) must not overflow it, or the kernel drops SYNs
/// and clients stall a second before retrying.
pub async fn listen() -> std::io::Result<tokio::net::TcpListener> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))?;
    socket.listen(4096)
}

/// Whether Telegram's HTML parser would take `text`: tags closed in order, entities known.
fn html_parses(text: &str) -> bool {
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&']) {
        let tail = &rest[i..];
        if tail.starts_with('&') {
            let Some(end) = tail.find(';') else {
                return false;
            };
            let entity = &tail[1..end];
            let known = matches!(entity, "amp" | "lt" | "gt" | "quot")
                || entity
                    .strip_prefix('#')
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if !known {
                return false;
            }
            rest = &tail[end + 1..];
            continue;
        }
        let Some(end) = tail.find('>') else {
            return false;
        };
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop().as_deref() != Some(name.trim()) {
                return false;
            }
        } else {
            let name = tag.split_whitespace().next().unwrap_or_default();
            if !matches!(
                name,
                "b" | "i" | "u" | "s" | "code" | "pre" | "a" | "blockquote" | "tg-spoiler"
            ) {
                return false;
            }
            open.push(name.to_string());
        }
        rest = &tail[end + 1..];
    }
    open.is_empty()
}

/// Characters a user sees: tags removed, each entity one character.
fn visible_len(text: &str) -> usize {
    let (mut n, mut in_tag, mut in_entity) = (0, false, false);
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '&' if !in_tag => {
                in_entity = true;
                n += 1;
            }
            ';' if in_entity => in_entity = false,
            _ if in_tag || in_entity => {}
            _ => n += 1,
        }
    }
    n
}

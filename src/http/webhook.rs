//! Webhook intake: Telegram POSTs each update to the path of `WEBHOOK_URL` with the secret
//! in `X-Telegram-Bot-Api-Secret-Token`. A missing secret is 401, a wrong one 403; an update
//! is answered `200` only once it is in the inbox, so Telegram retries anything not stored.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;

use crate::app::App;
use crate::config::Secret;
use crate::telegram::intake::Intake;

pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Where updates arrive and the secret they must carry.
#[derive(Clone, Debug)]
pub struct Webhook {
    pub path: String,
    pub secret: Secret,
}

#[derive(Clone)]
struct Hook {
    app: Arc<App>,
    intake: Arc<Intake>,
    secret: Secret,
}

pub fn router(app: Arc<App>, intake: Arc<Intake>, hook: &Webhook) -> Router {
    let path = if hook.path.is_empty() {
        "/"
    } else {
        &hook.path
    };
    Router::new().route(path, post(receive)).with_state(Hook {
        app,
        intake,
        secret: hook.secret.clone(),
    })
}

/// Compares without an early exit, so timing does not reveal how much of a guess was right.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn receive(State(h): State<Hook>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(given) = headers.get(SECRET_HEADER) else {
        h.app
            .metrics
            .webhook_rejected
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        return StatusCode::UNAUTHORIZED;
    };
    if !same(given.as_bytes(), h.secret.expose().as_bytes()) {
        h.app
            .metrics
            .webhook_rejected
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tracing::warn!("webhook call with a wrong secret token refused");
        return StatusCode::FORBIDDEN;
    }
    let Some(row) = std::str::from_utf8(&body)
        .ok()
        .and_then(crate::telegram::intake::row_of)
    else {
        return StatusCode::BAD_REQUEST;
    };
    match h.intake.admit(&h.app, vec![row]).await {
        Ok(()) => StatusCode::OK,
        Err(e) => {
            // Not stored: a 5xx makes Telegram deliver it again later.
            tracing::error!(error = %e, "storing a webhook update failed");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// The secret: `WEBHOOK_SECRET`, else one generated at the first start and kept (sealed) in
/// the database, so restarts keep the webhook Telegram already has.
pub async fn secret(app: &App) -> anyhow::Result<Secret> {
    if let Some(s) = &app.cfg.webhook_secret {
        return Ok(s.clone());
    }
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    let fresh: String = (0..48)
        .map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char)
        .collect();
    Ok(Secret::new(
        app.store.kv_get_or_put("webhook_secret", fresh).await?,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn comparison_needs_equal_length_and_bytes() {
        assert!(super::same(b"abc", b"abc"));
        assert!(!super::same(b"abc", b"abd"));
        assert!(!super::same(b"abc", b"abcd"));
        assert!(!super::same(b"", b"a"));
    }
}

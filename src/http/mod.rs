//! The operator's HTTP endpoints (axum): `GET /health` (JSON with every background job's
//! state; 503 when the database is unreachable) and `GET /metrics` (Prometheus text). Served on
//! `HTTP_ADDR`, with the webhook route in webhook mode.

mod system;
pub mod webhook;

use std::fmt::Write;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::app::App;
use crate::jobs;
use crate::observe::metrics::Histogram;
use crate::telegram::intake::Intake;

#[derive(Clone)]
struct Http {
    app: Arc<App>,
    jobs: Arc<jobs::Health>,
    started: Instant,
    cpu: Arc<system::CpuMeter>,
}

pub fn router(app: Arc<App>, jobs: Arc<jobs::Health>) -> Router {
    let state = Http {
        app,
        jobs,
        started: Instant::now(),
        cpu: Arc::new(system::CpuMeter::default()),
    };
    Router::new()
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .with_state(state)
}

/// Binds and serves in the background, with the webhook route in webhook mode; returns the
/// bound address (port 0 picks one).
pub async fn serve(
    app: Arc<App>,
    jobs: Arc<jobs::Health>,
    addr: SocketAddr,
    hook: Option<(&webhook::Webhook, Arc<Intake>)>,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("HTTP_ADDR {addr}: {e}"))?;
    let bound = listener.local_addr()?;
    let mut routes = router(Arc::clone(&app), jobs);
    if let Some((h, intake)) = hook {
        routes = routes.merge(webhook::router(app, intake, h));
    }
    let handle = tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, routes).await {
            tracing::error!(error = %e, "HTTP server stopped");
        }
    });
    Ok((bound, handle))
}

/// The operator's server on `HTTP_ADDR` (if on), with the webhook route in webhook mode; then,
/// with the server already listening, `setWebhook`. Returns the bound address.
pub async fn start(
    app: &Arc<App>,
    bot: &crate::telegram::FalBot,
    intake: &Arc<Intake>,
    jobs: Arc<jobs::Health>,
) -> anyhow::Result<Option<SocketAddr>> {
    let hook = match &app.cfg.webhook_url {
        Some(url) => Some(webhook::Webhook {
            path: url.path().to_string(),
            secret: webhook::secret(app).await?,
        }),
        None => None,
    };
    let Some(addr) = app.cfg.http_addr else {
        return Ok(None);
    };
    let (bound, _server) = serve(
        Arc::clone(app),
        jobs,
        addr,
        hook.as_ref().map(|h| (h, Arc::clone(intake))),
    )
    .await?;
    tracing::info!(%bound, webhook = hook.as_ref().map(|h| h.path.as_str()), "serving /health and /metrics");
    if let (Some(url), Some(h)) = (&app.cfg.webhook_url, &hook) {
        crate::telegram::set_webhook(bot, url.clone(), &h.secret).await?;
    }
    Ok(Some(bound))
}

async fn health(State(s): State<Http>) -> Response {
    let users = s.app.store.user_count().await;
    let healthy = users.is_ok();
    // A background job whose last run failed degrades the bot but does not take it down.
    let status = match (healthy, s.jobs.all_ok()) {
        (false, _) => "unhealthy",
        (true, false) => "degraded",
        (true, true) => "healthy",
    };
    let body = json!({
        "status": status,
        "timestamp": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "version": env!("CARGO_PKG_VERSION"),
        "uptime_s": s.started.elapsed().as_secs(),
        "database": if healthy { "connected" } else { "error" },
        "users_count": users.ok(),
        "system": {
            "cpu_percent": s.cpu.percent(),
            "memory_rss_mb": system::rss_mb(),
        },
        "jobs": s.jobs.snapshot(),
    });
    let status = if healthy {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body)).into_response()
}

const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

fn histogram(out: &mut String, name: &str, help: &str, labels: &str, h: &Histogram) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
    let sep = if labels.is_empty() { "" } else { "," };
    for le in LATENCY_BUCKETS {
        let _ = writeln!(
            out,
            "{name}_bucket{{{labels}{sep}le=\"{le}\"}} {}",
            h.count_le(le)
        );
    }
    let _ = writeln!(
        out,
        "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}",
        h.count()
    );
    let braces = if labels.is_empty() {
        String::new()
    } else {
        format!("{{{labels}}}")
    };
    let _ = writeln!(out, "{name}_sum{braces} {}", h.sum_seconds());
    let _ = writeln!(out, "{name}_count{braces} {}", h.count());
}

fn counter(out: &mut String, name: &str, help: &str, rows: &[(&str, u64)]) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
    for (labels, value) in rows {
        if labels.is_empty() {
            let _ = writeln!(out, "{name} {value}");
        } else {
            let _ = writeln!(out, "{name}{{{labels}}} {value}");
        }
    }
}

fn gauge(out: &mut String, name: &str, help: &str, value: impl std::fmt::Display) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
    );
}

async fn metrics(State(s): State<Http>) -> Response {
    let m = &s.app.metrics;
    let load = |a: &std::sync::atomic::AtomicU64| a.load(Ordering::Relaxed);
    let mut out = String::with_capacity(8 * 1024);
    counter(
        &mut out,
        "falgram_updates_total",
        "Updates received, by kind.",
        &[
            ("kind=\"message\"", load(&m.updates_message)),
            ("kind=\"callback\"", load(&m.updates_callback)),
            ("kind=\"payment\"", load(&m.updates_payment)),
        ],
    );
    counter(
        &mut out,
        "falgram_updates_duplicate_total",
        "Redelivered updates ignored.",
        &[("", load(&m.updates_duplicate))],
    );
    counter(
        &mut out,
        "falgram_answers_kept_total",
        "Answers Telegram did not take (an outage), kept to send again.",
        &[("", load(&m.answers_kept))],
    );
    counter(
        &mut out,
        "falgram_updates_ignored_total",
        "Updates the bot cannot read (unknown kinds, malformed), finished as ignored.",
        &[("", load(&m.updates_ignored))],
    );
    counter(
        &mut out,
        "falgram_webhook_rejected_total",
        "Webhook calls refused for a missing or wrong secret token.",
        &[("", load(&m.webhook_rejected))],
    );
    histogram(
        &mut out,
        "falgram_handler_seconds",
        "Time to handle an update, Bot API waits included.",
        "",
        &m.handler_latency,
    );
    histogram(
        &mut out,
        "falgram_handler_processing_seconds",
        "Our own processing per update.",
        "",
        &m.handler_processing,
    );
    counter(
        &mut out,
        "falgram_handler_errors_total",
        "Handlers that failed or panicked.",
        &[("", load(&m.handler_errors))],
    );
    let provider = format!("provider=\"{}\"", s.app.ai.name());
    counter(
        &mut out,
        "falgram_ai_calls_total",
        "AI calls by provider and outcome.",
        &[
            (&format!("{provider},outcome=\"ok\""), load(&m.ai_ok)),
            (&format!("{provider},outcome=\"error\""), load(&m.ai_failed)),
        ],
    );
    counter(
        &mut out,
        "falgram_ai_tokens_total",
        "Tokens the AI provider billed, by direction.",
        &[
            (
                &format!("{provider},direction=\"in\""),
                load(&m.ai_tokens_in),
            ),
            (
                &format!("{provider},direction=\"out\""),
                load(&m.ai_tokens_out),
            ),
        ],
    );
    histogram(
        &mut out,
        "falgram_ai_seconds",
        "AI call latency.",
        &provider,
        &m.ai_latency,
    );
    counter(
        &mut out,
        "falgram_rate_limited_total",
        "Requests refused by the rate limiter.",
        &[("", load(&m.rate_limited))],
    );
    if let Ok(p) = s.app.store.payment_totals().await {
        counter(
            &mut out,
            "falgram_payments_total",
            "Stars payments by status.",
            &[
                ("status=\"paid\"", p.paid as u64),
                ("status=\"refunded\"", p.refunded as u64),
            ],
        );
        counter(
            &mut out,
            "falgram_payments_stars_total",
            "Stars received, refunds subtracted.",
            &[("", p.stars as u64)],
        );
        gauge(
            &mut out,
            "falgram_broadcast_pending",
            "Broadcast messages still to send.",
            p.broadcast_pending,
        );
    }
    if let Ok(waiting) = s.app.store.inbox_len().await {
        gauge(
            &mut out,
            "falgram_inbox_waiting",
            "Received updates not yet picked up by a handler.",
            waiting,
        );
    }
    if let Ok((waiting, oldest)) = s.app.store.outbox_stats().await {
        gauge(
            &mut out,
            "falgram_supabase_outbox_rows",
            "Changes waiting to be pushed to Supabase.",
            waiting,
        );
        gauge(
            &mut out,
            "falgram_supabase_outbox_oldest_seconds",
            "Age of the oldest change waiting for Supabase.",
            oldest,
        );
    }
    gauge(
        &mut out,
        "falgram_db_size_bytes",
        "SQLite file size with its WAL.",
        s.app.store.size_bytes(),
    );
    gauge(
        &mut out,
        "falgram_uptime_seconds",
        "Seconds since start.",
        s.started.elapsed().as_secs(),
    );
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response()
}

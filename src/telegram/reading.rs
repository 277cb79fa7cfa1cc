//! The shared path of every reading: reserve an allowance, ask the AI, deliver, and only then
//! spend the allowance. Any failure on the way gives it back.

use teloxide::prelude::*;
use teloxide::types::{ChatAction, InlineKeyboardMarkup};

use super::context::UserCtx;
use super::reply::send_long;
use super::FalBot;
use crate::ai::{AiError, AiRequest, Image};
use crate::app::App;
use crate::domain::PromptKind;
use crate::i18n::Key;
use crate::store::{Event, Level};

pub struct ReadingJob {
    pub kind: PromptKind,
    pub title: Key,
    pub system: String,
    pub user_text: String,
    pub images: Vec<Image>,
    /// What the history keeps as the reading's input (never an image).
    pub input: Option<String>,
    pub keyboard: Option<InlineKeyboardMarkup>,
}

#[derive(Debug)]
pub enum Outcome {
    Delivered { reading_id: i64 },
    NoQuota,
    Failed(AiError),
}

pub async fn deliver(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    job: ReadingJob,
) -> anyhow::Result<Outcome> {
    let settings = app.settings();
    let kind = job.kind.code();
    let Some(reservation) = app
        .store
        .reserve_reading(ctx.user.id, kind, &settings)
        .await?
    else {
        return Ok(Outcome::NoQuota);
    };
    // The typing indicator is a courtesy; failing to show it changes nothing.
    let _ = super::outbound::timed(bot.send_chat_action(ctx.chat, ChatAction::Typing).send()).await;
    let request = AiRequest {
        kind: job.kind,
        lang: ctx.lang,
        system: job.system,
        user_text: job.user_text,
        images: job.images,
        history: Vec::new(),
    };
    let started = std::time::Instant::now();
    let answer = match app.ai.generate(&request).await {
        Ok(a) => a,
        Err(e) => {
            app.metrics
                .ai_failed
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            app.store.release_reading(reservation).await?;
            let _ = app
                .store
                .log_event(Event {
                    level: Level::Warn,
                    kind: "ai_failure",
                    user_id: Some(ctx.user.id),
                    message: format!("{kind} via {}: {e}", app.ai.name()),
                })
                .await;
            return Ok(Outcome::Failed(e));
        }
    };
    app.metrics
        .ai_ok
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    tracing::info!(
        kind,
        provider = app.ai.name(),
        ms = started.elapsed().as_millis() as u64,
        "reading generated"
    );
    let title = app.i18n.t(ctx.lang, job.title);
    if let Err(e) = send_long(bot, ctx.chat, &title, &answer.text, job.keyboard).await {
        app.store.release_reading(reservation).await?;
        return Err(e.into());
    }
    let meta = serde_json::json!({"provider": app.ai.name(), "model": answer.model}).to_string();
    let reading_id = app
        .store
        .commit_reading(reservation, kind, job.input, answer.text, Some(meta))
        .await?;
    Ok(Outcome::Delivered { reading_id })
}

//! The shared path of every reading: reserve an allowance, ask the AI, deliver, and only then
//! spend the allowance. Any failure on the way gives it back. Also the pieces every reading
//! screen shares: the quota gate, the AI rate limit, the upsell and the closing keyboard.

use std::sync::atomic::Ordering;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use futures::StreamExt;

use crate::ai::{AiAnswer, AiError, AiRequest, Audio, Image, Piece, Turn};
use crate::app::App;
use crate::domain::errors::UserError;
use crate::domain::quota::Source;
use crate::domain::text::{deliverable, ANSWER_CAP};
use crate::domain::Lang;
use crate::domain::PromptKind;
use crate::i18n::{keys as k, Val};
use crate::store::pending::KeptReading;
use crate::store::{Event, Level};
use crate::telegram::beside;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::drafts::Live;
use crate::telegram::handlers::share;
use crate::telegram::ratelimit::{seconds_to_show, Bucket, Verdict};
use crate::telegram::reply::{
    edit_or_send, escape_html, long_parts, send_html, send_long, Delivery,
};
use crate::telegram::typing::Typing;
use crate::telegram::{screens, FalBot, HandlerResult};

pub struct ReadingJob {
    pub kind: PromptKind,
    /// HTML shown above the interpretation (a title, or the list of drawn cards).
    pub title_html: String,
    pub system: String,
    pub user_text: String,
    pub images: Vec<Image>,
    /// A voice dream: what was heard is shown above the reading and kept as its input.
    pub audio: Option<Audio>,
    pub history: Vec<Turn>,
    /// What the history keeps as the reading's input (never an image).
    pub input: Option<String>,
    /// JSON kept with the reading (cards, positions); provider and model are added.
    pub meta: serde_json::Value,
    /// Spends an allowance (readings do; the card of the day and follow-ups do not).
    pub counted: bool,
    /// Buttons above the sharing row; `follow_up` adds "ask about this dream".
    pub extra: Vec<InlineKeyboardButton>,
    pub follow_up: bool,
    /// What the reading is about, in the user's language (see `AiRequest::facts`).
    pub facts: Vec<(&'static str, String)>,
    /// The answer's length limit in characters (the kind's own unless a spread sets it).
    pub max_chars: u32,
}

impl ReadingJob {
    /// A counted, text-only reading with no history and no extra buttons; callers override
    /// what differs with struct-update syntax.
    pub fn new(
        kind: PromptKind,
        title_html: String,
        system: String,
        user_text: String,
    ) -> ReadingJob {
        ReadingJob {
            kind,
            title_html,
            system,
            user_text,
            images: Vec::new(),
            audio: None,
            history: Vec::new(),
            input: None,
            meta: serde_json::json!({}),
            counted: true,
            extra: Vec::new(),
            follow_up: false,
            facts: Vec::new(),
            max_chars: kind.max_chars(),
        }
    }
}

#[derive(Debug)]
pub enum Outcome {
    Delivered {
        reading_id: i64,
    },
    NoQuota,
    Failed(AiError),
    /// `/cancel` stopped it while it was being written; that handler told the user.
    Cancelled,
    /// Written, but Telegram could not take it now: kept, delivered and committed later.
    Kept,
}

/// Whether the user has a reading left right now.
pub async fn has_reading(app: &App, ctx: &UserCtx) -> anyhow::Result<bool> {
    let settings = app.settings();
    Ok(app
        .store
        .allowance(ctx.user.id, &settings)
        .await?
        .and_then(|a| a.next_source())
        .is_some())
}

/// The stricter per-user limit on AI actions; tells the user (once per window) when over it.
pub async fn ai_allowed(bot: &FalBot, app: &App, ctx: &UserCtx) -> anyhow::Result<bool> {
    if ctx.in_flight.busy(ctx.chat) {
        busy(bot, app, ctx).await?;
        return Ok(false);
    }
    match ctx.limits.check(&app.settings(), ctx.user.id, Bucket::Ai) {
        Verdict::Allowed => Ok(true),
        Verdict::Notify(wait) => {
            app.metrics.rate_limited.fetch_add(1, Ordering::Relaxed);
            let secs = seconds_to_show(wait);
            let html = app.i18n.tr(
                ctx.lang,
                k::RATE_LIMITED_AI,
                &[("seconds", Val::from(secs))],
            );
            super::menu::keep_step(bot, app, ctx, html).await?;
            Ok(false)
        }
        Verdict::Silent => Ok(false),
    }
}

/// Nothing left: the plans with their prices, and the menu.
pub async fn upsell(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    set_flow(app, ctx.chat, &Flow::Idle).await?;
    app.store
        .reach_step(ctx.user.id, crate::domain::funnel::Step::QuotaUsedUp)
        .await?;
    let free = app.settings().free_readings;
    let html = format!(
        "{}\n\n{}",
        app.i18n
            .tr(lang, k::QUOTA_EXHAUSTED, &[("free", Val::from(free))]),
        screens::plans_text(app, lang)
    );
    edit_or_send(bot, ctx.chat, msg, html, screens::menu_keyboard(app, lang)).await?;
    Ok(())
}

/// The buttons under a delivered reading: an optional extra row, sharing, and the menu.
pub fn after_keyboard(
    app: &App,
    ctx: &UserCtx,
    me_username: &str,
    kind: PromptKind,
    extra: Vec<InlineKeyboardButton>,
) -> InlineKeyboardMarkup {
    let mut rows = Vec::new();
    if !extra.is_empty() {
        rows.push(extra);
    }
    rows.push(share::buttons(app, ctx, me_username, kind));
    rows.push(vec![screens::button(app, ctx.lang, k::BTN_MENU, Cb::Menu)]);
    InlineKeyboardMarkup::new(rows)
}

/// "One reading at a time": this chat's previous one is still being written.
async fn busy(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let html = app.i18n.t(ctx.lang, k::READING_BUSY);
    send_html(bot, ctx.chat, html, None).await?;
    Ok(())
}

/// Delivers and concludes a reading beside the chat's queue (see `beside`): the handler
/// returns at once, so the menu and `/cancel` answer while the reading is written. Outside a
/// handler (a scheduled push) it runs in place.
pub async fn deliver_beside(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    job: ReadingJob,
) -> HandlerResult {
    if !beside::available() {
        let outcome = deliver(bot, app, ctx, bot_name, job).await?;
        return conclude(bot, app, ctx, outcome).await;
    }
    let (bot2, ctx2, name) = (bot.clone(), ctx.clone(), bot_name.to_string());
    let started = beside::run(&ctx.in_flight, ctx.chat, move |app| async move {
        let outcome = deliver(&bot2, &app, &ctx2, &name, job).await?;
        conclude(&bot2, &app, &ctx2, outcome).await
    })?;
    if !started {
        busy(bot, app, ctx).await?;
    }
    Ok(())
}

/// Runs a reading: reserve (when counted), ask the AI, write the reading undelivered, send it
/// with its buttons and what is left of the allowance, then mark it delivered and spend the
/// allowance. An AI failure or a failed send gives everything back.
pub async fn deliver(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    job: ReadingJob,
) -> anyhow::Result<Outcome> {
    let settings = app.settings();
    let kind = job.kind.code();
    let reservation = if job.counted {
        match app
            .store
            .reserve_reading(ctx.user.id, job.kind, &settings)
            .await?
        {
            Some(r) => Some(r),
            None => return Ok(Outcome::NoQuota),
        }
    } else {
        None
    };
    let request = AiRequest {
        kind: job.kind,
        lang: ctx.lang,
        system: job.system,
        user_text: job.user_text,
        images: job.images,
        audio: job.audio,
        history: job.history,
        facts: job.facts,
        max_chars: job.max_chars,
    };
    let started = std::time::Instant::now();
    let answer = tokio::select! {
        answer = answer_live(bot, app, ctx, &request, &job.title_html) => Some(answer),
        () = ctx.in_flight.cancelled(ctx.chat) => None,
    };
    let (answer, heard) = match answer {
        Some(Ok(w)) => (w.answer, w.heard),
        None => {
            if let Some(r) = reservation {
                app.store.release_reading(r).await?;
            }
            tracing::info!(kind, user = ctx.user.id, "reading cancelled while written");
            return Ok(Outcome::Cancelled);
        }
        Some(Err(e)) => {
            if let Some(r) = reservation {
                app.store.release_reading(r).await?;
            }
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
    tracing::info!(
        kind,
        provider = app.ai.name(),
        ms = started.elapsed().as_millis() as u64,
        "reading generated"
    );
    let mut meta = job.meta;
    meta["provider"] = app.ai.name().into();
    meta["model"] = answer.model.clone().into();
    let source = reservation.map_or(Source::Unlimited, |r| r.source);
    let reading_id = app
        .store
        .prepare_reading(
            ctx.user.id,
            source,
            job.kind,
            // A voice dream is kept as what was heard, like a typed one.
            job.input.or_else(|| heard.clone()),
            answer.text.clone(),
            Some(meta.to_string()),
        )
        .await?;
    // What is left once this reading is spent: the open reservation already counts as used.
    let footer = match reservation.map(|r| r.source) {
        Some(Source::Free | Source::Bonus) => {
            app.store.allowance(ctx.user.id, &settings).await?.map(|a| {
                format!(
                    "<i>{}</i>",
                    app.i18n.tr(
                        ctx.lang,
                        k::QUOTA_LEFT,
                        &[("count", Val::from(a.free_left() + a.bonus_left()))]
                    )
                )
            })
        }
        _ => None,
    };
    let mut extra = job.extra;
    if job.follow_up {
        extra.push(screens::button(
            app,
            ctx.lang,
            k::BTN_DREAM_FOLLOWUP,
            Cb::DreamAsk(reading_id),
        ));
    }
    let keyboard = after_keyboard(app, ctx, bot_name, job.kind, extra);
    let title_html = with_heard(app, ctx.lang, &job.title_html, heard.as_deref());
    let kept = KeptReading {
        user_id: ctx.user.id,
        reading_id,
        reservation,
    };
    match send_long(
        bot,
        ctx.chat,
        &title_html,
        &answer.text,
        footer.as_deref(),
        Some(keyboard),
        Some(kept),
    )
    .await
    {
        Err(e) => {
            app.store.discard_reading(reading_id, reservation).await?;
            Err(e.into())
        }
        // Telegram is unreachable: the reading waits (sealed) and is committed on delivery.
        Ok(Delivery::Kept) => Ok(Outcome::Kept),
        Ok(Delivery::Sent) => {
            app.store
                .commit_reading(ctx.user.id, reading_id, reservation)
                .await?;
            Ok(Outcome::Delivered { reading_id })
        }
    }
}

/// Asks the AI and shows the answer as it is written (drafts of the message it will become,
/// or "typing…"), under one deadline. The drafts stop when this returns, whatever happened:
/// the caller then sends the answer whole, or an apology.
pub async fn answer_live(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    request: &AiRequest,
    title_html: &str,
) -> Result<Written, AiError> {
    let live = match &ctx.drafts {
        Some(d) => d.live(bot, ctx.chat),
        None => Live::Typing(Typing::start(bot, ctx.chat)),
    };
    let started = std::time::Instant::now();
    let answer = tokio::time::timeout(app.cfg.ai_timeout, written(app, request, title_html, &live))
        .await
        .unwrap_or(Err(AiError::Timeout));
    drop(live);
    app.record_ai(
        request,
        Some(ctx.user.id),
        started,
        answer.as_ref().map(|w| &w.answer),
    )
    .await;
    answer
}

/// An answer, and what the model heard when the question was a voice note.
pub struct Written {
    pub answer: AiAnswer,
    pub heard: Option<String>,
}

/// The title with the line saying what was heard ("🎙 I heard: …"), when something was.
fn with_heard(app: &App, lang: Lang, title_html: &str, heard: Option<&str>) -> String {
    match heard.filter(|h| !h.trim().is_empty()) {
        Some(h) => format!(
            "{title_html}\n{}",
            app.i18n.tr(
                lang,
                k::DREAM_HEARD,
                &[("text", Val::from(&escape_html(h)))]
            )
        ),
        None => title_html.to_string(),
    }
}

/// Reads the answer as it is written, showing it (drafts of the message it will become) as it
/// grows. A stream that ends before the provider says it is complete is an error.
async fn written(
    app: &App,
    request: &AiRequest,
    title_html: &str,
    live: &Live,
) -> Result<Written, AiError> {
    let mut stream = app.ai.stream(request);
    let (mut text, mut heard) = (String::new(), None::<String>);
    let mut title = title_html.to_string();
    while let Some(piece) = stream.next().await {
        match piece? {
            Piece::Heard(more) => {
                let all = heard.get_or_insert_with(String::new);
                all.push_str(&more);
                title = with_heard(app, request.lang, title_html, Some(all));
            }
            Piece::Text(t) => {
                text.push_str(&t);
                if text.len() > ANSWER_CAP && text.chars().count() > ANSWER_CAP {
                    // A runaway answer: stop reading (and paying for) it and keep what fits,
                    // cut at a sentence.
                    tracing::warn!(kind = %request.kind, "AI answer over the cap; cut");
                    return finished(&text, app.ai.name(), None, heard);
                }
                if let Some(last) = long_parts(&title, &text, None).pop() {
                    live.show(last);
                }
            }
            Piece::End { model, usage } => return finished(&text, &model, usage, heard),
        }
    }
    Err(AiError::Protocol(
        "the stream ended before the answer did".into(),
    ))
}

/// The answer as delivered: trimmed, and an answer that shows nothing (whitespace, zero-width
/// characters) is no answer — the apology, nothing spent.
fn finished(
    text: &str,
    model: &str,
    usage: Option<crate::ai::Usage>,
    heard: Option<String>,
) -> Result<Written, AiError> {
    let text = deliverable(text).ok_or(AiError::Empty)?;
    Ok(Written {
        answer: AiAnswer {
            text: text.to_string(),
            model: model.to_string(),
            usage,
        },
        heard,
    })
}

/// What the user is told when the AI gave no usable answer.
pub fn user_error(e: &AiError) -> UserError {
    match e {
        AiError::Blocked(_) => UserError::AnswerBlocked,
        _ => UserError::AnswerUnavailable,
    }
}

/// Ends a reading step: after delivery the step is over; with nothing left, the upsell;
/// after a failure an apology, and the user stays in the step so sending again retries.
pub async fn conclude(bot: &FalBot, app: &App, ctx: &UserCtx, outcome: Outcome) -> HandlerResult {
    let lang = ctx.lang;
    match outcome {
        Outcome::Delivered { reading_id } => {
            tracing::debug!(reading_id, user = ctx.user.id, "reading delivered");
            // The step is over, unless the user moved on to another one meanwhile.
            let now = app.store.dialogue(ctx.chat.0).await?;
            let unchanged = match now {
                Some(json) => serde_json::from_str::<Flow>(&json).is_ok_and(|f| f == ctx.flow),
                None => true,
            };
            if unchanged {
                set_flow(app, ctx.chat, &Flow::Idle).await?;
            }
        }
        Outcome::Cancelled | Outcome::Kept => {}
        Outcome::NoQuota => upsell(bot, app, ctx, None).await?,
        Outcome::Failed(e) => {
            tracing::warn!(error = %e, user = ctx.user.id, "reading failed");
            // Still in the step (sending again retries): Cancel leaves it; else the menu.
            let keyboard = if ctx.flow.leads_to_reading() {
                screens::cancel_only(app, lang)
            } else {
                screens::back_to_menu(app, lang)
            };
            send_html(
                bot,
                ctx.chat,
                app.i18n.error(lang, &user_error(&e)),
                Some(keyboard),
            )
            .await?;
        }
    }
    Ok(())
}

/// The text of a message within `max` characters; otherwise the user is told what to send
/// (`not_text_html`, or the length limit) and stays in the step, and `None` comes back.
pub async fn text_within(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: &Message,
    max: usize,
    not_text_html: String,
) -> anyhow::Result<Option<String>> {
    let lang = ctx.lang;
    let cancel = screens::cancel_only(app, lang);
    let Some(text) = msg.text().map(str::trim).filter(|t| !t.is_empty()) else {
        send_html(bot, ctx.chat, not_text_html, Some(cancel)).await?;
        return Ok(None);
    };
    let length = text.chars().count();
    if length > max {
        let html = app
            .i18n
            .error(lang, &UserError::TextTooLong { length, max });
        send_html(bot, ctx.chat, html, Some(cancel)).await?;
        return Ok(None);
    }
    Ok(Some(text.to_string()))
}

/// Opens a reading's input step: the upsell when nothing is left, else `flow` with its prompt
/// and a Cancel button.
pub async fn open_step(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
    flow: Flow,
    prompt_html: String,
) -> HandlerResult {
    if !has_reading(app, ctx).await? {
        return upsell(bot, app, ctx, msg).await;
    }
    super::menu::ask_step(bot, app, ctx, msg, &flow, prompt_html).await
}

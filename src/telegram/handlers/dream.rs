//! Dream interpretation: the user describes a dream — typed, or told in a voice note the AI
//! listens to — the AI interprets it, and one follow-up question about the same dream may
//! follow.

use teloxide::prelude::*;
use teloxide::types::{Me, MessageId};

use crate::ai::{Audio, Role, Turn};
use crate::app::App;
use crate::domain::audio::{accepted_mime, MAX_AUDIO_BYTES, MAX_VOICE_SECONDS};
use crate::domain::errors::UserError;
use crate::domain::PromptKind;
use crate::i18n::{format, keys as k, Val};
use crate::services::system_prompt::system_prompt;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::download::{self, Fetch};
use crate::telegram::handlers::menu::keep_step;
use crate::telegram::handlers::reading::{
    ai_allowed, deliver_beside, open_step, text_within, ReadingJob,
};
use crate::telegram::reply::edit_or_send;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The longest dream text accepted, in characters.
pub const MAX_DREAM_CHARS: usize = 2000;
/// The longest follow-up question, in characters.
pub const MAX_QUESTION_CHARS: usize = 500;

/// Opens the dream step, or the upsell when no reading is left.
pub async fn start(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let mut prompt = app.i18n.tr(
        ctx.lang,
        k::DREAM_PROMPT,
        &[("max", Val::from(MAX_DREAM_CHARS as u64))],
    );
    if app.ai.hears() {
        prompt.push('\n');
        prompt.push_str(&app.i18n.tr(
            ctx.lang,
            k::DREAM_PROMPT_VOICE,
            &[("minutes", Val::from(MAX_VOICE_SECONDS / 60))],
        ));
    }
    open_step(bot, app, ctx, msg, Flow::AwaitingDream, prompt).await
}

fn values(ctx: &UserCtx) -> Vec<(&'static str, String)> {
    vec![
        ("username", ctx.user.first_name.clone()),
        (
            "date",
            format::date(ctx.lang, chrono::Utc::now().date_naive()),
        ),
    ]
}

/// A message while waiting for the dream.
pub async fn on_message(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    me: Me,
    msg: Message,
) -> HandlerResult {
    if let Some(recording) = recording(&msg) {
        return on_voice(&bot, &app, &ctx, me.username(), recording).await;
    }
    let not_text = if app.ai.hears() {
        k::DREAM_NOT_TEXT_OR_VOICE
    } else {
        k::DREAM_NOT_TEXT
    };
    let Some(text) = text_within(
        &bot,
        &app,
        &ctx,
        &msg,
        MAX_DREAM_CHARS,
        app.i18n.t(ctx.lang, not_text),
    )
    .await?
    else {
        return Ok(());
    };
    if !ai_allowed(&bot, &app, &ctx).await? {
        return Ok(());
    }
    let lang = ctx.lang;
    let system = system_prompt(&app.store, PromptKind::Dream, lang, &values(&ctx)).await?;
    let title = app.i18n.t(lang, k::READING_TITLE_DREAM);
    let job = ReadingJob {
        input: Some(text.clone()),
        follow_up: true,
        ..ReadingJob::new(PromptKind::Dream, title, system, text)
    };
    deliver_beside(&bot, &app, &ctx, me.username(), job).await
}

/// A voice note or an audio file, as Telegram describes it.
struct Recording {
    file_id: String,
    seconds: u32,
    mime: String,
    size: Option<u64>,
}

fn recording(msg: &Message) -> Option<Recording> {
    if let Some(v) = msg.voice() {
        return Some(Recording {
            file_id: v.file.id.0.clone(),
            seconds: v.duration.seconds(),
            // Voice notes are OGG/Opus whatever a client declares.
            mime: "audio/ogg".into(),
            size: Some(u64::from(v.file.size)),
        });
    }
    msg.audio().map(|a| Recording {
        file_id: a.file.id.0.clone(),
        seconds: a.duration.seconds(),
        mime: a
            .mime_type
            .as_ref()
            .map(|m| m.essence_str().to_string())
            .unwrap_or_default(),
        size: Some(u64::from(a.file.size)),
    })
}

/// A dream told in a voice note: checked before anything is fetched or spent (length, format,
/// a provider that listens), then read like a typed dream, opening with what was heard.
async fn on_voice(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    rec: Recording,
) -> HandlerResult {
    let refuse = |e: UserError| keep_step(bot, app, ctx, app.i18n.error(ctx.lang, &e));
    if !app.ai.hears() {
        return refuse(UserError::VoiceUnheard).await;
    }
    if rec.seconds > MAX_VOICE_SECONDS {
        return refuse(UserError::VoiceTooLong {
            seconds: rec.seconds,
            max: MAX_VOICE_SECONDS,
        })
        .await;
    }
    let Some(mime) = accepted_mime(&rec.mime) else {
        return refuse(UserError::VoiceUnreadable).await;
    };
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let data = match download::fetch(bot, &rec.file_id, rec.size, MAX_AUDIO_BYTES).await? {
        Ok(d) => d,
        Err(Fetch::TooLarge { .. }) => return refuse(UserError::VoiceUnreadable).await,
    };
    let lang = ctx.lang;
    let system = system_prompt(&app.store, PromptKind::Dream, lang, &values(ctx)).await?;
    let title = app.i18n.t(lang, k::READING_TITLE_DREAM);
    let job = ReadingJob {
        audio: Some(Audio {
            mime: mime.to_string(),
            data,
        }),
        follow_up: true,
        ..ReadingJob::new(PromptKind::Dream, title, system, String::new())
    };
    deliver_beside(bot, app, ctx, bot_name, job).await
}

/// The follow-up button: ask for the question (one per dream).
pub async fn ask(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    reading_id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    // The id comes from a button: it must be this user's own dream reading.
    let answered = app.store.has_follow_up(ctx.user.id, reading_id).await?;
    match app.store.reading(ctx.user.id, reading_id).await? {
        Some(r) if r.kind == PromptKind::Dream && !answered => {
            set_flow(app, ctx.chat, &Flow::AwaitingDreamQuestion { reading_id }).await?;
            let html = app.i18n.tr(
                ctx.lang,
                k::DREAM_FOLLOWUP_PROMPT,
                &[("max", Val::from(MAX_QUESTION_CHARS as u64))],
            );
            edit_or_send(
                bot,
                ctx.chat,
                msg,
                html,
                screens::cancel_only(app, ctx.lang),
            )
            .await?;
        }
        _ => {
            let menu = screens::menu(app, ctx.lang);
            let html = format!(
                "{}\n\n{}",
                app.i18n.t(ctx.lang, k::CALLBACK_EXPIRED),
                menu.html
            );
            edit_or_send(bot, ctx.chat, msg, html, menu.keyboard).await?;
        }
    }
    Ok(())
}

/// The follow-up question: answered with the dream and its interpretation as context. It is
/// part of the same reading, so it spends no allowance.
pub async fn on_question(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    me: Me,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AwaitingDreamQuestion { reading_id } = flow else {
        return Ok(());
    };
    let Some(question) = text_within(
        &bot,
        &app,
        &ctx,
        &msg,
        MAX_QUESTION_CHARS,
        app.i18n.t(ctx.lang, k::DREAM_NOT_TEXT),
    )
    .await?
    else {
        return Ok(());
    };
    let Some(dream) = app.store.reading(ctx.user.id, reading_id).await? else {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return Ok(());
    };
    if !ai_allowed(&bot, &app, &ctx).await? {
        return Ok(());
    }
    let lang = ctx.lang;
    let system = system_prompt(&app.store, PromptKind::Dream, lang, &values(&ctx)).await?;
    let title = app.i18n.t(lang, k::READING_TITLE_DREAM_FOLLOWUP);
    let job = ReadingJob {
        history: vec![
            Turn {
                role: Role::User,
                text: dream.input.unwrap_or_default(),
            },
            Turn {
                role: Role::Assistant,
                text: dream.output,
            },
        ],
        input: Some(question.clone()),
        meta: serde_json::json!({"follow_up_of": reading_id}),
        // Part of the dream's reading: it spends nothing.
        counted: false,
        ..ReadingJob::new(PromptKind::Dream, title, system, question)
    };
    deliver_beside(&bot, &app, &ctx, me.username(), job).await
}

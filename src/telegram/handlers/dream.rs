//! Dream interpretation: the user describes a dream, the AI interprets it, and one follow-up
//! question about the same dream may follow.

use teloxide::prelude::*;
use teloxide::types::{Me, MessageId};

use crate::ai::{Role, Turn};
use crate::app::App;
use crate::domain::PromptKind;
use crate::i18n::{format, keys as k, Val};
use crate::services::system_prompt::system_prompt;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::reading::{
    ai_allowed, conclude, deliver, open_step, text_within, ReadingJob,
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
    let prompt = app.i18n.tr(
        ctx.lang,
        k::DREAM_PROMPT,
        &[("max", Val::from(MAX_DREAM_CHARS as u64))],
    );
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
    let Some(text) = text_within(
        &bot,
        &app,
        &ctx,
        &msg,
        MAX_DREAM_CHARS,
        app.i18n.t(ctx.lang, k::DREAM_NOT_TEXT),
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
    let outcome = deliver(&bot, &app, &ctx, me.username(), job).await?;
    conclude(&bot, &app, &ctx, outcome).await
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
    let outcome = deliver(&bot, &app, &ctx, me.username(), job).await?;
    conclude(&bot, &app, &ctx, outcome).await
}

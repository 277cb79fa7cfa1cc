//! The VIP astrology chatbot: a conversation grounded in the user's computed chart, with the
//! last turns as context, stored history, and a daily question limit.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use crate::ai::{AiRequest, Role, Turn};
use crate::app::App;
use crate::domain::{Feature, PromptKind};
use crate::i18n::{format, keys as k, Val};
use crate::services::facts;
use crate::services::system_prompt::system_prompt;
use crate::telegram::beside;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::reading::{ai_allowed, answer_live, text_within, user_error};
use crate::telegram::reply::{edit_or_send, send_html, send_long};
use crate::telegram::{screens, FalBot, HandlerResult};

/// Turns (questions and answers) sent back to the AI as context.
pub const CONTEXT_TURNS: u32 = 12;
pub const MAX_QUESTION_CHARS: usize = 1000;

fn keyboard(app: &App, ctx: &UserCtx) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![
        screens::button(app, ctx.lang, k::BTN_CHAT_RESET, Cb::ChatReset),
        screens::button(app, ctx.lang, k::BTN_CHAT_LEAVE, Cb::Cancel),
    ]])
}

pub async fn open(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    if !super::allowed(ctx, Feature::AstroChatbot) {
        return super::locked(bot, app, ctx, Feature::AstroChatbot, msg).await;
    }
    if app.store.birth(ctx.user.id).await?.is_none() {
        return super::needs_birth(bot, app, ctx, msg).await;
    }
    set_flow(app, ctx.chat, &Flow::Chatbot).await?;
    let html = app.i18n.tr(
        ctx.lang,
        k::CHATBOT_INTRO,
        &[("limit", Val::from(app.settings().chatbot_per_day))],
    );
    edit_or_send(bot, ctx.chat, msg, html, keyboard(app, ctx)).await?;
    Ok(())
}

pub async fn reset(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    app.store.clear_chat(ctx.user.id).await?;
    set_flow(app, ctx.chat, &Flow::Chatbot).await?;
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(ctx.lang, k::CHATBOT_RESET_DONE),
        keyboard(app, ctx),
    )
    .await?;
    Ok(())
}

pub async fn on_message(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    msg: Message,
) -> HandlerResult {
    let lang = ctx.lang;
    // A plan that lapsed mid-conversation ends it.
    if !super::allowed(&ctx, Feature::AstroChatbot) {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return super::locked(&bot, &app, &ctx, Feature::AstroChatbot, None).await;
    }
    let not_text = app.i18n.t(lang, k::CHATBOT_NOT_TEXT);
    let Some(question) = text_within(&bot, &app, &ctx, &msg, MAX_QUESTION_CHARS, not_text).await?
    else {
        return Ok(());
    };
    let limit = app.settings().chatbot_per_day;
    let day_start = chrono::Utc::now()
        .date_naive()
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or(0);
    if app
        .store
        .chat_questions_since(ctx.user.id, day_start)
        .await?
        >= limit
    {
        let html = app
            .i18n
            .tr(lang, k::CHATBOT_LIMIT, &[("limit", Val::from(limit))]);
        send_html(&bot, ctx.chat, html, Some(keyboard(&app, &ctx))).await?;
        return Ok(());
    }
    if !ai_allowed(&bot, &app, &ctx).await? {
        return Ok(());
    }
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return super::needs_birth(&bot, &app, &ctx, None).await;
    };
    let chart = super::chart_of(&birth).await?;
    // The coming month's sky beside the chart, so "when is Mercury retrograde?" gets real dates.
    let now = chrono::Utc::now();
    let sky = app.sky.around(now).await?;
    let today = now.date_naive();
    let coming = facts::coming(
        &app.i18n,
        lang,
        (today, today + chrono::Duration::days(30)),
        &sky,
    );
    let values = [
        ("username", ctx.user.first_name.clone()),
        (
            "sign",
            chart
                .sun_sign()
                .map(|s| app.i18n.sign_name(lang, s))
                .unwrap_or_default(),
        ),
        (
            "chart",
            format!("{}\n{coming}", facts::chart(&app.i18n, lang, &chart)),
        ),
        ("date", format::date(lang, today)),
    ];
    let system = system_prompt(&app.store, PromptKind::AstroChatbot, lang, &values).await?;
    let history = app
        .store
        .chat_history(ctx.user.id, CONTEXT_TURNS)
        .await?
        .into_iter()
        .map(|(role, text)| Turn {
            role: if role == "assistant" {
                Role::Assistant
            } else {
                Role::User
            },
            text,
        })
        .collect();
    let request = AiRequest {
        kind: PromptKind::AstroChatbot,
        lang,
        system,
        user_text: question.clone(),
        images: Vec::new(),
        audio: None,
        history,
        facts: vec![(
            "sign",
            chart
                .sun_sign()
                .map(|s| app.i18n.sign_name(lang, s))
                .unwrap_or_default(),
        )],
        max_chars: PromptKind::AstroChatbot.max_chars(),
    };
    let ctx_user = ctx.user.id;
    let in_flight = std::sync::Arc::clone(&ctx.in_flight);
    let started = beside::run(&in_flight, ctx.chat, move |app| async move {
        answer(&bot, &app, &ctx, &request, question).await
    })?;
    if !started {
        // `ai_allowed` checked; a second question cannot slip in between on the same chat.
        tracing::warn!(user = ctx_user, "astro chat already answering");
    }
    Ok(())
}

/// Writes one answer of the astro chat (beside the chat's queue) and keeps the exchange once
/// it is delivered; `/cancel` while it is written ends it with nothing kept.
async fn answer(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    request: &AiRequest,
    question: String,
) -> HandlerResult {
    let lang = ctx.lang;
    let written = tokio::select! {
        written = answer_live(bot, app, ctx, request, "🤖") => written,
        () = ctx.in_flight.cancelled(ctx.chat) => return Ok(()),
    };
    match written {
        Ok(written) => {
            let a = written.answer;
            send_long(
                bot,
                ctx.chat,
                "🤖",
                &a.text,
                None,
                Some(keyboard(app, ctx)),
                None,
            )
            .await?;
            // Stored once delivered: a failed send costs no question from the daily limit.
            app.store
                .add_chat_exchange(ctx.user.id, question, a.text)
                .await?;
        }
        Err(e) => {
            send_html(
                bot,
                ctx.chat,
                app.i18n.error(lang, &user_error(&e)),
                Some(keyboard(app, ctx)),
            )
            .await?;
        }
    }
    Ok(())
}

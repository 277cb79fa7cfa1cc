//! Dream interpretation: the user describes a dream, the AI interprets it.

use teloxide::prelude::*;
use teloxide::types::MessageId;

use super::context::{set_flow, Flow, UserCtx};
use super::ratelimit::{seconds_to_show, Bucket, Verdict};
use super::reading::{deliver, Outcome, ReadingJob};
use super::reply::{edit_or_send, send_html};
use super::screens;
use super::{FalBot, HandlerResult};
use crate::app::App;
use crate::domain::PromptKind;
use crate::i18n::{keys as k, Val};
use crate::prompts::system_prompt;

/// The longest dream text accepted, in characters.
pub const MAX_DREAM_CHARS: usize = 2000;

/// Opens the dream step, or the upsell when no reading is left.
pub async fn start(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let settings = app.settings();
    let has_reading = app
        .store
        .allowance(ctx.user.id, &settings)
        .await?
        .and_then(|a| a.next_source())
        .is_some();
    if !has_reading {
        return upsell(bot, app, ctx, msg).await;
    }
    set_flow(app, ctx.chat, &Flow::AwaitingDream).await?;
    let html = app.i18n.tr(
        ctx.lang,
        k::DREAM_PROMPT,
        &[("max", Val::from(MAX_DREAM_CHARS as u64))],
    );
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        html,
        screens::cancel_only(app, ctx.lang),
    )
    .await?;
    Ok(())
}

pub async fn upsell(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    set_flow(app, ctx.chat, &Flow::Idle).await?;
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

/// A message while waiting for the dream.
pub async fn on_message(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    msg: Message,
) -> HandlerResult {
    let lang = ctx.lang;
    let cancel = screens::cancel_only(&app, lang);
    let Some(text) = msg.text().map(str::trim).filter(|t| !t.is_empty()) else {
        send_html(
            &bot,
            ctx.chat,
            app.i18n.t(lang, k::DREAM_NOT_TEXT),
            Some(cancel),
        )
        .await?;
        return Ok(());
    };
    let length = text.chars().count();
    if length > MAX_DREAM_CHARS {
        let html = app.i18n.tr(
            lang,
            k::DREAM_TOO_LONG,
            &[
                ("max", Val::from(MAX_DREAM_CHARS as u64)),
                ("length", Val::from(length as u64)),
            ],
        );
        send_html(&bot, ctx.chat, html, Some(cancel)).await?;
        return Ok(());
    }
    match app.limits.check(ctx.user.id, Bucket::Ai) {
        Verdict::Allowed => {}
        Verdict::Notify(wait) => {
            app.metrics
                .rate_limited
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let secs = seconds_to_show(wait);
            let html = app
                .i18n
                .tr(lang, k::RATE_LIMITED_AI, &[("seconds", Val::from(secs))]);
            send_html(&bot, ctx.chat, html, Some(cancel)).await?;
            return Ok(());
        }
        Verdict::Silent => return Ok(()),
    }
    let system = system_prompt(
        &app.store,
        PromptKind::Dream,
        lang,
        &[
            ("username", ctx.user.first_name.clone()),
            ("date", chrono::Utc::now().format("%Y-%m-%d").to_string()),
        ],
    )
    .await?;
    send_html(&bot, ctx.chat, app.i18n.t(lang, k::DREAM_THINKING), None).await?;
    let job = ReadingJob {
        kind: PromptKind::Dream,
        title: k::READING_TITLE_DREAM,
        system,
        user_text: text.to_string(),
        images: Vec::new(),
        input: Some(text.to_string()),
        keyboard: Some(screens::back_to_menu(&app, lang)),
    };
    match deliver(&bot, &app, &ctx, job).await? {
        Outcome::Delivered { reading_id } => {
            tracing::debug!(reading_id, user = ctx.user.id, "dream reading delivered");
            set_flow(&app, ctx.chat, &Flow::Idle).await?;
            let left = app.store.allowance(ctx.user.id, &app.settings()).await?;
            if let Some(a) = left.filter(|a| !a.unlimited) {
                let count = a.free_left() + a.bonus_left();
                let html = app
                    .i18n
                    .tr(lang, k::QUOTA_LEFT, &[("count", Val::from(count))]);
                send_html(
                    &bot,
                    ctx.chat,
                    html,
                    Some(screens::menu_keyboard(&app, lang)),
                )
                .await?;
            }
        }
        Outcome::NoQuota => upsell(&bot, &app, &ctx, None).await?,
        Outcome::Failed(e) => {
            // Stay in the dream step: the user can simply send it again.
            let key = if matches!(e, crate::ai::AiError::Blocked(_)) {
                k::AI_BLOCKED
            } else {
                k::AI_FAILED
            };
            tracing::warn!(error = %e, user = ctx.user.id, "dream reading failed");
            send_html(&bot, ctx.chat, app.i18n.t(lang, key), Some(cancel)).await?;
        }
    }
    Ok(())
}

//! The prompt editor's screens: kinds, languages (overrides marked), one prompt with its
//! preview, editing (validated before saving) and going back to the embedded default.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{back, button, labelled};
use crate::app::App;
use crate::domain::{Lang, PromptKind};
use crate::i18n::{keys as k, Val};
use crate::services::prompt_editor::{self, SaveError};
use crate::telegram::callback_data::AdminCb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::menu::{ask_step, keep_step};
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{FalBot, HandlerResult};

/// Characters of a prompt shown at most (the message limit is 4,096).
const SHOWN: usize = 1500;

pub async fn kinds(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = PromptKind::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|kd| {
                    labelled(
                        app.i18n.reading_kind(ctx.lang, *kd),
                        AdminCb::PromptKind(*kd),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(back(app, ctx.lang));
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(ctx.lang, k::ADMIN_PROMPTS_TITLE),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

pub async fn languages(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PromptKind,
    msg: Option<MessageId>,
) -> HandlerResult {
    let mut langs = prompt_editor::overridden(&app.store, kind).await?;
    // The operator's own language first: the prompt they most likely came to edit.
    langs.sort_by_key(|(l, _)| *l != ctx.lang);
    let buttons: Vec<InlineKeyboardButton> = langs
        .into_iter()
        .map(|(l, edited)| {
            let mark = if edited { " ✏️" } else { "" };
            labelled(format!("{}{mark}", l.label()), AdminCb::Prompt(kind, l))
        })
        .collect();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = buttons.chunks(3).map(<[_]>::to_vec).collect();
    rows.push(vec![button(app, ctx.lang, k::BTN_BACK, AdminCb::Prompts)]);
    let html = app.i18n.tr(
        ctx.lang,
        k::ADMIN_PROMPT_LANGS,
        &[(
            "kind",
            Val::from(&escape_html(&app.i18n.reading_kind(ctx.lang, kind))),
        )],
    );
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn view(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PromptKind,
    l: Lang,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let v = prompt_editor::view(&app.store, kind, l).await?;
    let preview = v
        .preview
        .unwrap_or_else(|e| app.i18n.prompt_error(lang, &e));
    let short = |s: &str| s.chars().take(SHOWN).collect::<String>();
    let html = format!(
        "{}\n\n<code>{}</code>\n\n<b>{}</b>\n{}",
        app.i18n.tr(
            lang,
            k::ADMIN_PROMPT_VIEW,
            &[
                ("kind", Val::from(&app.i18n.reading_kind(lang, kind))),
                ("lang", Val::from(&l.label())),
                (
                    "source",
                    Val::from(&app.i18n.prompt_source_name(lang, v.source.code()))
                ),
                (
                    "placeholders",
                    Val::from(&prompt_editor::placeholders(kind))
                )
            ],
        ),
        escape_html(&short(&v.body)),
        app.i18n.t(lang, k::ADMIN_PROMPT_PREVIEW),
        escape_html(&short(&preview))
    );
    let rows = vec![
        vec![
            button(app, lang, k::BTN_ADMIN_EDIT, AdminCb::EditPrompt(kind, l)),
            button(app, lang, k::BTN_ADMIN_RESET, AdminCb::ResetPrompt(kind, l)),
        ],
        vec![button(app, lang, k::BTN_BACK, AdminCb::PromptKind(kind))],
    ];
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn ask(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PromptKind,
    l: Lang,
    msg: Option<MessageId>,
) -> HandlerResult {
    let html = app.i18n.tr(
        ctx.lang,
        k::ADMIN_PROMPT_EDIT,
        &[
            ("kind", Val::from(&app.i18n.reading_kind(ctx.lang, kind))),
            ("lang", Val::from(&l.label())),
            (
                "placeholders",
                Val::from(&prompt_editor::placeholders(kind)),
            ),
        ],
    );
    ask_step(
        bot,
        app,
        ctx,
        msg,
        &Flow::AdminPrompt { kind, lang: l },
        html,
    )
    .await
}

pub async fn reset(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PromptKind,
    l: Lang,
    msg: Option<MessageId>,
) -> HandlerResult {
    prompt_editor::reset(app, Some(ctx.user.id), kind, l).await?;
    view(bot, app, ctx, kind, l, msg).await
}

/// The new prompt text arrived: saved when it validates, else the reason and the step stays.
pub async fn on_text(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminPrompt { kind, lang: l } = flow else {
        return Ok(());
    };
    let body = msg.text().unwrap_or_default();
    match prompt_editor::save(&app, Some(ctx.user.id), kind, l, body).await {
        Err(SaveError::Invalid(e)) => {
            let html = app.i18n.tr(
                ctx.lang,
                k::ADMIN_PROMPT_BAD,
                &[(
                    "reason",
                    Val::from(&escape_html(&app.i18n.prompt_error(ctx.lang, &e))),
                )],
            );
            keep_step(&bot, &app, &ctx, html).await
        }
        Err(SaveError::Store(e)) => Err(e.into()),
        Ok(()) => {
            set_flow(&app, ctx.chat, &Flow::Idle).await?;
            send_html(
                &bot,
                ctx.chat,
                app.i18n.t(ctx.lang, k::ADMIN_PROMPT_SAVED),
                None,
            )
            .await?;
            view(&bot, &app, &ctx, kind, l, None).await
        }
    }
}

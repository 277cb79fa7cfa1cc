//! The way around: welcome, main menu, help, terms, the language, leaving a step, and the
//! gentle answer to anything the bot does not understand.

use std::sync::Arc;

use teloxide::types::MessageId;

use crate::app::App;
use crate::domain::Lang;
use crate::i18n::{keys as k, Val};
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

/// `/start`: the welcome with the menu, then a referral payload if there is one.
pub async fn start(bot: &FalBot, app: &App, ctx: &UserCtx, payload: &str) -> HandlerResult {
    leave_flow(app, ctx).await?;
    // Where a newcomer came from: a campaign link (`start=c_instagram`) or an invite.
    if ctx.is_new {
        if let Some(source) = crate::domain::funnel::source_of(payload) {
            app.store.set_source(ctx.user.id, source).await?;
        }
    }
    let name = escape_html(&ctx.user.first_name);
    let welcome = app
        .i18n
        .tr(ctx.lang, k::WELCOME, &[("name", Val::from(&name))]);
    send_html(
        bot,
        ctx.chat,
        welcome,
        Some(screens::menu_keyboard(app, ctx.lang)),
    )
    .await?;
    super::referral::on_start(bot, app, ctx, payload).await
}

pub async fn menu(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    leave_flow(app, ctx).await?;
    let s = screens::menu(app, ctx.lang);
    send_html(bot, ctx.chat, s.html, Some(s.keyboard)).await?;
    Ok(())
}

pub async fn help(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    let s = screens::help(app, ctx.lang);
    send_html(bot, ctx.chat, s.html, Some(s.keyboard)).await?;
    Ok(())
}

pub async fn terms(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    send_html(
        bot,
        ctx.chat,
        app.i18n.t(ctx.lang, k::TERMS),
        Some(screens::back_to_menu(app, ctx.lang)),
    )
    .await?;
    Ok(())
}

/// `/language [CODE]`: the picker, or a direct switch; an unknown code says so above the
/// picker.
pub async fn language(bot: &FalBot, app: &App, ctx: &UserCtx, code: &str) -> HandlerResult {
    let code = code.trim();
    if code.is_empty() {
        let s = screens::language_picker(app, ctx.lang, None);
        send_html(bot, ctx.chat, s.html, Some(s.keyboard)).await?;
        return Ok(());
    }
    match code.parse::<Lang>() {
        Ok(new_lang) => switch_language(bot, app, ctx, new_lang, None).await,
        Err(_) => {
            let shown = escape_html(&code.chars().take(16).collect::<String>());
            let intro = app.i18n.tr(
                ctx.lang,
                k::LANGUAGE_UNKNOWN,
                &[("code", Val::from(&shown))],
            );
            let s = screens::language_picker(app, ctx.lang, Some(intro));
            send_html(bot, ctx.chat, s.html, Some(s.keyboard)).await?;
            Ok(())
        }
    }
}

/// Stores the user's choice and re-renders the menu in the new language at once, text and
/// buttons alike (editing `message` when the choice came from a button).
pub async fn switch_language(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    new_lang: Lang,
    message: Option<MessageId>,
) -> HandlerResult {
    app.store.set_language(ctx.user.id, new_lang).await?;
    let menu = screens::menu(app, new_lang);
    let html = format!(
        "{}\n\n{}",
        app.i18n.t(new_lang, k::LANGUAGE_CHANGED),
        menu.html
    );
    edit_or_send(bot, ctx.chat, message, html, menu.keyboard).await?;
    Ok(())
}

/// Ends any input step; writes only when there is one to end.
async fn leave_flow(app: &App, ctx: &UserCtx) -> anyhow::Result<()> {
    if ctx.flow != Flow::Idle {
        set_flow(app, ctx.chat, &Flow::Idle).await?;
    }
    Ok(())
}

/// Leaves the current step (from `/cancel` or the Cancel button) and shows the menu.
pub async fn cancel(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    message: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    // A reading being written beside the queue stops too, with nothing spent.
    let note = if ctx.in_flight.cancel(ctx.chat) {
        k::CANCEL_READING
    } else if ctx.flow == Flow::Idle {
        k::CANCEL_NOTHING
    } else if ctx.flow.leads_to_reading() {
        k::CANCEL_DONE
    } else {
        k::CANCEL_PLAIN
    };
    set_flow(app, ctx.chat, &Flow::Idle).await?;
    let menu = screens::menu(app, lang);
    let html = format!("{}\n\n{}", app.i18n.t(lang, note), menu.html);
    edit_or_send(bot, ctx.chat, message, html, menu.keyboard).await?;
    Ok(())
}

/// Enters an input step and asks for its input, with a Cancel button.
pub async fn ask_step(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
    flow: &Flow,
    html: String,
) -> HandlerResult {
    set_flow(app, ctx.chat, flow).await?;
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

/// Says what was wrong with an input and keeps the step open (with its Cancel button).
pub async fn keep_step(bot: &FalBot, app: &App, ctx: &UserCtx, html: String) -> HandlerResult {
    send_html(
        bot,
        ctx.chat,
        html,
        Some(screens::cancel_only(app, ctx.lang)),
    )
    .await?;
    Ok(())
}

/// Anything else when no step is waiting: a gentle pointer to the menu. Also what anyone
/// who is not an admin gets for an admin command or button, so nothing reveals the panel.
pub async fn not_understood(bot: &FalBot, app: &App, ctx: &UserCtx) -> HandlerResult {
    send_html(
        bot,
        ctx.chat,
        app.i18n.t(ctx.lang, k::UNKNOWN_INPUT),
        Some(screens::menu_keyboard(app, ctx.lang)),
    )
    .await?;
    Ok(())
}

/// The tree's last message endpoint.
pub async fn on_other_message(bot: FalBot, app: Arc<App>, ctx: UserCtx) -> HandlerResult {
    not_understood(&bot, &app, &ctx).await
}

//! Slash commands.

use std::sync::Arc;

use teloxide::macros::BotCommands;

use super::context::{set_flow, Flow, UserCtx};
use super::reply::{escape_html, send_html};
use super::screens;
use super::{FalBot, HandlerResult};
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::{keys as k, Val};

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Start, optionally with a deep-link payload (`ref_CODE`).
    Start(String),
    Menu,
    Help,
    /// The language picker, or `/language CODE` to switch directly.
    Language(String),
    /// Aborts the current input step.
    Cancel(String),
    Paysupport,
    Terms,
    /// Delete my data (asks first).
    Forget,
    /// My computed chart as a JSON document.
    Mychart,
    /// Admin: the dashboard.
    Admin,
    /// Admin: `/gift <user_id> <plan> <days>`.
    Gift(String),
    /// Admin: `/refund <telegram_payment_charge_id>`.
    Refund(String),
}

pub async fn handle(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    cmd: Command,
) -> HandlerResult {
    let lang = ctx.lang;
    match cmd {
        Command::Start(payload) => {
            leave_flow(&app, &ctx, &flow).await?;
            let name = escape_html(&ctx.user.first_name);
            let welcome = app.i18n.tr(lang, k::WELCOME, &[("name", Val::from(&name))]);
            send_html(
                &bot,
                ctx.chat,
                welcome,
                Some(screens::menu_keyboard(&app, lang)),
            )
            .await?;
            super::referral::on_start(&bot, &app, &ctx, &payload).await?;
        }
        Command::Menu => {
            leave_flow(&app, &ctx, &flow).await?;
            let s = screens::menu(&app, lang);
            send_html(&bot, ctx.chat, s.html, Some(s.keyboard)).await?;
        }
        Command::Help => {
            let s = screens::help(&app, lang);
            send_html(&bot, ctx.chat, s.html, Some(s.keyboard)).await?;
        }
        Command::Language(code) if !code.trim().is_empty() => match code.parse::<Lang>() {
            Ok(new_lang) => switch_language(&bot, &app, &ctx, new_lang, None).await?,
            Err(_) => {
                let shown = escape_html(&code.trim().chars().take(16).collect::<String>());
                let intro = app
                    .i18n
                    .tr(lang, k::LANGUAGE_UNKNOWN, &[("code", Val::from(&shown))]);
                let s = screens::language_picker(&app, lang, Some(intro));
                send_html(&bot, ctx.chat, s.html, Some(s.keyboard)).await?;
            }
        },
        Command::Language(_) => {
            let s = screens::language_picker(&app, lang, None);
            send_html(&bot, ctx.chat, s.html, Some(s.keyboard)).await?;
        }
        // `/cancel <user_id>` from an admin ends that user's plan; plain `/cancel` (and
        // anything from anyone else) aborts the current input step.
        Command::Cancel(arg) => match arg.trim().parse::<i64>() {
            Ok(user_id) if super::admin::is_admin(&app, &ctx) => {
                super::admin::cancel_plan(&bot, &app, &ctx, user_id).await?
            }
            _ => cancel(&bot, &app, &ctx, &flow, None).await?,
        },
        Command::Admin => super::admin::dashboard(&bot, &app, &ctx).await?,
        Command::Gift(args) => super::admin::gift(&bot, &app, &ctx, &args).await?,
        Command::Refund(charge) => super::admin::refund(&bot, &app, &ctx, &charge).await?,
        Command::Paysupport => super::premium::paysupport(&bot, &app, &ctx).await?,
        Command::Forget => super::forget::confirm(&bot, &app, &ctx, None).await?,
        Command::Mychart => super::astrology::chart::json(&bot, &app, &ctx).await?,
        Command::Terms => {
            send_html(
                &bot,
                ctx.chat,
                app.i18n.t(lang, k::TERMS),
                Some(screens::back_to_menu(&app, lang)),
            )
            .await?;
        }
    }
    Ok(())
}

/// Stores the user's choice and re-renders the menu in the new language at once, text and
/// buttons alike (editing `message` when the choice came from a button).
pub async fn switch_language(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    new_lang: Lang,
    message: Option<teloxide::types::MessageId>,
) -> HandlerResult {
    app.store.set_language(ctx.user.id, new_lang).await?;
    let menu = screens::menu(app, new_lang);
    let html = format!(
        "{}\n\n{}",
        app.i18n.t(new_lang, k::LANGUAGE_CHANGED),
        menu.html
    );
    super::reply::edit_or_send(bot, ctx.chat, message, html, menu.keyboard).await?;
    Ok(())
}

/// Ends any input step; writes only when there is one to end.
async fn leave_flow(app: &App, ctx: &UserCtx, flow: &Flow) -> anyhow::Result<()> {
    if *flow != Flow::Idle {
        set_flow(app, ctx.chat, &Flow::Idle).await?;
    }
    Ok(())
}

/// Leaves the current step (from `/cancel` or the Cancel button) and shows the menu.
pub async fn cancel(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    flow: &Flow,
    message: Option<teloxide::types::MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let note = if *flow == Flow::Idle {
        k::CANCEL_NOTHING
    } else {
        k::CANCEL_DONE
    };
    set_flow(app, ctx.chat, &Flow::Idle).await?;
    let menu = screens::menu(app, lang);
    let html = format!("{}\n\n{}", app.i18n.t(lang, note), menu.html);
    super::reply::edit_or_send(bot, ctx.chat, message, html, menu.keyboard).await?;
    Ok(())
}

/// Registers the command menu Telegram shows, once per language (English as the default), so
/// every user sees the commands described in their own client language.
pub async fn register(bot: &FalBot, app: &App) {
    use teloxide::payloads::SetMyCommandsSetters;
    use teloxide::prelude::Requester;
    use teloxide::types::BotCommand;
    let list = |lang: Lang| -> Vec<BotCommand> {
        [
            ("start", k::CMD_START),
            ("menu", k::CMD_MENU),
            ("help", k::CMD_HELP),
            ("language", k::CMD_LANGUAGE),
            ("cancel", k::CMD_CANCEL),
            ("terms", k::CMD_TERMS),
            ("paysupport", k::CMD_PAYSUPPORT),
            ("forget", k::CMD_FORGET),
            ("mychart", k::CMD_MYCHART),
        ]
        .into_iter()
        .map(|(cmd, key)| BotCommand::new(cmd, app.i18n.t(lang, key)))
        .collect()
    };
    let mut requests = vec![(None, list(Lang::En))];
    requests.extend(Lang::ALL.into_iter().map(|l| (Some(l), list(l))));
    for (lang, commands) in requests {
        let req = bot.set_my_commands(commands);
        let result = match lang {
            Some(l) => req.language_code(l.code()).await,
            None => req.await,
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, lang = ?lang, "could not register the command menu");
        }
    }
}

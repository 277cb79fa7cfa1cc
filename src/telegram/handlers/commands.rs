//! Slash commands: everyone's, and the admin's (routed only on the tree's admin branch).

use std::sync::Arc;

use teloxide::macros::BotCommands;

use super::{admin, astrology, forget, menu, premium};
use crate::app::App;
use crate::domain::Lang;
use crate::i18n::keys as k;
use crate::telegram::context::UserCtx;
use crate::telegram::{FalBot, HandlerResult};

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
}

/// The admin's commands. Anyone else sending one gets what any text not understood gets.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum AdminCommand {
    /// The dashboard.
    Admin,
    /// `/gift <user_id> <plan> <days>`.
    Gift(String),
    /// `/refund <telegram_payment_charge_id>`.
    Refund(String),
    /// `/cancel <user_id>` ends that user's plan (plain `/cancel` is everyone's `Cancel`).
    Cancel(String),
}

impl AdminCommand {
    /// `/cancel` without a user id is not the admin's command but everyone's.
    pub fn applies(&self) -> bool {
        match self {
            AdminCommand::Cancel(arg) => arg.trim().parse::<i64>().is_ok(),
            _ => true,
        }
    }
}

pub async fn handle(bot: FalBot, app: Arc<App>, ctx: UserCtx, cmd: Command) -> HandlerResult {
    let (bot, app, ctx) = (&bot, &*app, &ctx);
    match cmd {
        Command::Start(payload) => menu::start(bot, app, ctx, &payload).await,
        Command::Menu => menu::menu(bot, app, ctx).await,
        Command::Help => menu::help(bot, app, ctx).await,
        Command::Language(code) => menu::language(bot, app, ctx, &code).await,
        Command::Cancel(_) => menu::cancel(bot, app, ctx, None).await,
        Command::Paysupport => premium::refunds::paysupport(bot, app, ctx).await,
        Command::Forget => forget::confirm(bot, app, ctx, None).await,
        Command::Mychart => astrology::chart::json(bot, app, ctx).await,
        Command::Terms => menu::terms(bot, app, ctx).await,
    }
}

pub async fn handle_admin(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    cmd: AdminCommand,
) -> HandlerResult {
    let (bot, app, ctx) = (&bot, &*app, &ctx);
    match cmd {
        AdminCommand::Admin => admin::home::dashboard(bot, app, ctx).await,
        AdminCommand::Gift(args) => admin::users::gift_command(bot, app, ctx, &args).await,
        AdminCommand::Refund(charge) => admin::refunds::by_command(bot, app, ctx, &charge).await,
        AdminCommand::Cancel(arg) => match arg.trim().parse::<i64>() {
            Ok(user) => admin::users::cancel_command(bot, app, ctx, user).await,
            Err(_) => menu::cancel(bot, app, ctx, None).await,
        },
    }
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

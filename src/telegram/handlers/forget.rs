//! `/forget`: delete the user's personal data and readings, after a confirmation.

use teloxide::types::{InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::referral::fingerprint;
use crate::i18n::keys as k;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::reply::edit_or_send;
use crate::telegram::{screens, FalBot, HandlerResult};

pub async fn confirm(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(
            app,
            lang,
            k::BTN_FORGET_YES,
            Cb::Forget(true),
        )],
        vec![screens::button(
            app,
            lang,
            k::BTN_FORGET_NO,
            Cb::Forget(false),
        )],
    ]);
    edit_or_send(bot, ctx.chat, msg, app.i18n.t(lang, k::FORGET_CONFIRM), kb).await?;
    Ok(())
}

pub async fn answer(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    yes: bool,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    if !yes {
        let menu = screens::menu(app, lang);
        let html = format!("{}\n\n{}", app.i18n.t(lang, k::FORGET_KEPT), menu.html);
        edit_or_send(bot, ctx.chat, msg, html, menu.keyboard).await?;
        return Ok(());
    }
    let fp = fingerprint(&app.forget_key, ctx.user.id);
    app.store.forget_user(ctx.user.id, fp).await?;
    tracing::info!("a user's data was deleted on request");
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(lang, k::FORGET_DONE),
        InlineKeyboardMarkup::default(),
    )
    .await?;
    Ok(())
}

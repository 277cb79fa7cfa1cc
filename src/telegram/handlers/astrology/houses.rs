//! The house system of a user's chart: the seven to pick from (under the chart table), kept in
//! their birth record and used by everything drawn from their chart.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::astro::HouseSystem;
use crate::i18n::{keys as k, Val};
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::reply::send_html;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The house systems to pick from, the chart's current one marked.
pub async fn house_systems(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let Some(birth) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, msg).await;
    };
    let mut rows: Vec<Vec<InlineKeyboardButton>> = HouseSystem::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|h| {
                    let mark = if *h == birth.house_system { "✅ " } else { "" };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", app.i18n.house_system_name(lang, *h)),
                        Cb::SetHouseSystem(*h).encode(),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    let html = app.i18n.t(lang, k::HOUSE_SYSTEM_PICK);
    crate::telegram::reply::edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// Keeps the chosen house system and shows the chart drawn with it (the wheel and the table;
/// the interpretation stays one tap away, so a change of houses costs no AI call).
pub async fn set_house_system(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    system: HouseSystem,
) -> HandlerResult {
    let lang = ctx.lang;
    if !app.store.set_house_system(ctx.user.id, system).await? {
        return super::needs_birth(bot, app, ctx, None).await;
    }
    let saved = app.i18n.tr(
        lang,
        k::HOUSE_SYSTEM_SAVED,
        &[(
            "system",
            Val::from(&app.i18n.house_system_name(lang, system)),
        )],
    );
    send_html(bot, ctx.chat, saved, None).await?;
    if let Some(birth) = app.store.birth(ctx.user.id).await? {
        super::chart::send_chart(bot, app, ctx, &birth).await?;
    }
    Ok(())
}

//! "My readings": the latest readings, each can be opened again (only the owner's), and as a
//! PDF on the plans that include it.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId};

use super::astrology::{allowed, locked};
use crate::app::App;
use crate::domain::Feature;
use crate::i18n::{format, keys as k, Val};
use crate::services::spread_picture;
use crate::store::Reading;
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::UserCtx;
use crate::telegram::outbound::sent;
use crate::telegram::reply::{edit_or_send, send_long};
use crate::telegram::{screens, FalBot, HandlerResult};

/// Readings listed at most.
const SHOWN: u32 = 10;

/// "29.11.2026 · Tarot reading", in the user's language.
fn label(app: &App, ctx: &UserCtx, r: &Reading) -> String {
    format!(
        "{} · {}",
        format::date_of(ctx.lang, r.created_at),
        app.i18n.reading_kind(ctx.lang, r.kind)
    )
}

fn title(app: &App, ctx: &UserCtx, r: &Reading) -> String {
    app.i18n.tr(
        ctx.lang,
        k::HISTORY_ENTRY_TITLE,
        &[
            ("kind", Val::from(&app.i18n.reading_kind(ctx.lang, r.kind))),
            ("date", Val::from(&format::date_of(ctx.lang, r.created_at))),
        ],
    )
}

pub async fn list(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let readings = app.store.recent_readings(ctx.user.id, SHOWN).await?;
    let html = if readings.is_empty() {
        app.i18n.t(lang, k::HISTORY_EMPTY)
    } else {
        app.i18n.t(lang, k::HISTORY_TITLE)
    };
    let mut rows: Vec<Vec<InlineKeyboardButton>> = readings
        .iter()
        .map(|r| {
            vec![InlineKeyboardButton::callback(
                label(app, ctx, r),
                Cb::OpenReading(r.id).encode(),
            )]
        })
        .collect();
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// One reading again; only the owner's readings open (ids in buttons can be forged). The PDF
/// button shows its lock on plans without it, like every other premium feature.
pub async fn open(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let Some(r) = app.store.reading(ctx.user.id, id).await? else {
        return list(bot, app, ctx, msg).await;
    };
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::feature_button(
            app,
            ctx,
            Feature::PdfDownload,
            k::BTN_PDF,
            Cb::ReadingPdf(id),
        )],
        vec![screens::button(
            app,
            lang,
            k::BTN_HISTORY_BACK,
            Cb::Open(Section::History),
        )],
        vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
    ]);
    send_long(
        bot,
        ctx.chat,
        &title(app, ctx, &r),
        &r.output,
        None,
        Some(kb),
        None,
    )
    .await?;
    Ok(())
}

/// A reading as a PDF document (premium plans; only the owner's readings).
pub async fn pdf(bot: &FalBot, app: &App, ctx: &UserCtx, id: i64) -> HandlerResult {
    if !allowed(ctx, Feature::PdfDownload) {
        return locked(bot, app, ctx, Feature::PdfDownload, None).await;
    }
    let Some(r) = app.store.reading(ctx.user.id, id).await? else {
        return list(bot, app, ctx, None).await;
    };
    let picture = match app.store.reading_meta(ctx.user.id, id).await? {
        Some(meta) => match spread_picture::from_meta(r.kind, &meta) {
            Some((spread, cards)) => spread_picture::png(app, ctx.lang, spread, &cards).await,
            None => None,
        },
        None => None,
    };
    let bytes = crate::services::reports::reading_pdf(
        title(app, ctx, &r),
        picture,
        r.input.clone(),
        r.output.clone(),
    )
    .await?;
    let file = InputFile::memory(bytes).file_name(format!("falgram-{}-{id}.pdf", r.kind));
    sent(bot, ctx.chat, bot.send_document(ctx.chat, file).send()).await?;
    Ok(())
}

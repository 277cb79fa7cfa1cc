//! "My readings": the latest readings, each can be opened again.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::{Cb, Section};
use super::context::UserCtx;
use super::reply::{edit_or_send, send_long};
use super::{screens, share, FalBot, HandlerResult};
use crate::app::App;
use crate::domain::PromptKind;
use crate::i18n::{keys as k, Val};

/// Readings listed at most.
const SHOWN: u32 = 10;

fn date_of(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

fn kind_label(app: &App, ctx: &UserCtx, kind: &str) -> String {
    let key = share::kind_name(kind.parse().unwrap_or(PromptKind::Dream));
    app.i18n.t(ctx.lang, key)
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
            let label = format!(
                "{} · {}",
                date_of(r.created_at),
                kind_label(app, ctx, &r.kind)
            );
            vec![InlineKeyboardButton::callback(
                label,
                Cb::OpenReading(r.id).encode(),
            )]
        })
        .collect();
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// One reading again; only the owner's readings open (ids in buttons can be forged).
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
    let kind = kind_label(app, ctx, &r.kind);
    let date = date_of(r.created_at);
    let title = app.i18n.tr(
        lang,
        k::HISTORY_ENTRY_TITLE,
        &[("kind", Val::from(&kind)), ("date", Val::from(&date))],
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(app, lang, k::BTN_PDF, Cb::ReadingPdf(id))],
        vec![screens::button(
            app,
            lang,
            k::BTN_HISTORY_BACK,
            Cb::Open(Section::History),
        )],
        vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
    ]);
    send_long(bot, ctx.chat, &title, &r.output, None, Some(kb)).await?;
    Ok(())
}

/// A reading as a PDF document (premium plans; only the owner's readings).
pub async fn pdf(bot: &FalBot, app: &App, ctx: &UserCtx, id: i64) -> HandlerResult {
    use crate::domain::Feature;
    if !super::astrology::allowed(ctx, Feature::PdfDownload) {
        return super::astrology::locked(bot, app, ctx, Feature::PdfDownload, None).await;
    }
    let Some(r) = app.store.reading(ctx.user.id, id).await? else {
        return list(bot, app, ctx, None).await;
    };
    let title = app.i18n.tr(
        ctx.lang,
        k::HISTORY_ENTRY_TITLE,
        &[
            ("kind", Val::from(&kind_label(app, ctx, &r.kind))),
            ("date", Val::from(&date_of(r.created_at))),
        ],
    );
    let bytes =
        crate::reports::reading_pdf(title, r.created_at, r.input.clone(), r.output.clone()).await?;
    let file =
        teloxide::types::InputFile::memory(bytes).file_name(format!("falgram-{}-{id}.pdf", r.kind));
    use teloxide::prelude::*;
    super::outbound::timed(bot.send_document(ctx.chat, file).send()).await?;
    Ok(())
}

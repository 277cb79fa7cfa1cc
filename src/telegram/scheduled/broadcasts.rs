//! The bot's broadcast runner: sends the broadcasts confirmed in the panel (and resumes those
//! a restart interrupted), with a progress message to the admin who started each, edited as
//! batches go out, and a closing report.

use teloxide::prelude::*;

use crate::app::App;
use crate::domain::Lang;
use crate::i18n::{keys as k, Val};
use crate::services::broadcasts;
use crate::telegram::reply::send_html;
use crate::telegram::{BotMessenger, FalBot};

/// The bot's broadcast runner: resumes running broadcasts (also after a restart), with a
/// progress message to the admin who started each, edited as batches go out.
pub async fn run_once(app: &App, bot: &FalBot) -> anyhow::Result<()> {
    for id in broadcasts::pending(app).await? {
        if let Err(e) = run_one(app, bot, id).await {
            tracing::warn!(error = %e, id, "broadcast interrupted");
        }
    }
    Ok(())
}

async fn run_one(app: &App, bot: &FalBot, id: i64) -> anyhow::Result<()> {
    let Some(start) = app.store.broadcast_progress(id).await? else {
        return Ok(());
    };
    let admin = start.created_by;
    let lang = match admin {
        Some(a) => app
            .store
            .user(a)
            .await?
            .map(|u| u.language)
            .unwrap_or(Lang::En),
        None => Lang::En,
    };
    let progress_html = |done: i64, total: i64| {
        app.i18n.tr(
            lang,
            k::ADMIN_BROADCAST_PROGRESS,
            &[
                ("id", Val::Digits(id)),
                ("done", Val::from(done)),
                ("total", Val::from(total)),
            ],
        )
    };
    let message = match admin {
        Some(a) => {
            let first = bot
                .send_message(ChatId(a), progress_html(start.done(), start.total))
                .parse_mode(teloxide::types::ParseMode::Html)
                .send();
            crate::telegram::outbound::sent(bot, ChatId(a), first)
                .await
                .ok()
                .map(|m| m.id)
        }
        None => None,
    };
    let messenger = BotMessenger(bot.clone());
    let done = broadcasts::send_all(&app.store, &messenger, id, |p| {
        let html = progress_html(p.done(), p.total);
        async move {
            if let (Some(a), Some(m)) = (admin, message) {
                let edit = bot
                    .edit_message_text(ChatId(a), m, html)
                    .parse_mode(teloxide::types::ParseMode::Html)
                    .send();
                let _ = crate::telegram::outbound::sent(bot, ChatId(a), edit).await;
            }
        }
    })
    .await?;
    if let Some(a) = admin {
        let html = app.i18n.tr(
            lang,
            k::ADMIN_BROADCAST_DONE,
            &[
                ("id", Val::Digits(id)),
                ("sent", Val::from(done.sent)),
                ("blocked", Val::from(done.blocked)),
                ("failed", Val::from(done.failed)),
            ],
        );
        send_html(bot, ChatId(a), html, None).await?;
    }
    Ok(())
}

//! Plan expiry: reminders 3 days and 1 day before a paid plan ends (with a renew button),
//! and the downgrade at the end with a message — each claimed once per user and expiry in
//! `push_log`, so restarts never repeat them.

use teloxide::prelude::*;
use teloxide::types::InlineKeyboardMarkup;

use crate::app::App;
use crate::i18n::{format, keys as k, Val};
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::reply::send_html;
use crate::telegram::{screens, FalBot};

const DAY: i64 = 86_400;

/// Reminders 3 days and 1 day before a paid plan ends (with a renew button), and the
/// downgrade at the end with a message. Each is claimed once per user and expiry in `push_log`.
pub async fn run_once(app: &App, bot: &FalBot, now: i64) -> anyhow::Result<usize> {
    let mut sent = 0;
    for (days, kind) in [(3, "expiry_3d"), (1, "expiry_1d")] {
        let window = app
            .store
            .expiring_between(now + (days - 1) * DAY, now + days * DAY)
            .await?;
        for e in window {
            if !app
                .store
                .claim_push(e.user_id, kind.into(), e.expires_at.to_string())
                .await?
            {
                continue;
            }
            let lang = e.language;
            let html = app.i18n.tr(
                lang,
                k::EXPIRY_REMINDER,
                &[
                    ("plan", Val::from(&app.i18n.plan_name(lang, e.plan))),
                    ("days", Val::from(days as u64)),
                    ("date", Val::from(&format::date_of(lang, e.expires_at))),
                ],
            );
            let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
                app,
                lang,
                k::BTN_RENEW,
                Cb::PlanInfo(e.plan),
            )]]);
            let status = match send_html(bot, ChatId(e.user_id), html, Some(kb)).await {
                Ok(_) => {
                    sent += 1;
                    "sent"
                }
                Err(err) => {
                    tracing::warn!(error = %err, user = e.user_id, "expiry reminder not delivered");
                    "failed"
                }
            };
            app.store
                .finish_push(e.user_id, kind.into(), e.expires_at.to_string(), status)
                .await?;
        }
    }
    for e in app.store.downgrade_expired(now).await? {
        if !app
            .store
            .claim_push(e.user_id, "expired".into(), e.expires_at.to_string())
            .await?
        {
            continue;
        }
        let lang = e.language;
        let html = app.i18n.tr(
            lang,
            k::PLAN_EXPIRED,
            &[("plan", Val::from(&app.i18n.plan_name(lang, e.plan)))],
        );
        let kb = InlineKeyboardMarkup::new(vec![vec![screens::button(
            app,
            lang,
            k::BTN_PREMIUM,
            Cb::Open(Section::Premium),
        )]]);
        let status = match send_html(bot, ChatId(e.user_id), html, Some(kb)).await {
            Ok(_) => {
                sent += 1;
                "sent"
            }
            Err(_) => "failed",
        };
        app.store
            .finish_push(
                e.user_id,
                "expired".into(),
                e.expires_at.to_string(),
                status,
            )
            .await?;
    }
    Ok(sent)
}

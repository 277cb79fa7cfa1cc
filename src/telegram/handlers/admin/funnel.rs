//! The funnel in the panel: the last 30 days' first contacts, how many reached each step and
//! the share of the step before, and the weekly cohorts' returns — the figures
//! `falgram admin funnel` prints.

use std::fmt::Write;

use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::back;
use crate::app::App;
use crate::domain::funnel::{cohorts, conversions, day_span};
use crate::i18n::{format, keys as k, Val};
use crate::telegram::context::UserCtx;
use crate::telegram::reply::edit_or_send;
use crate::telegram::{FalBot, HandlerResult};

/// Days of first contacts shown.
const DAYS: i64 = 30;

pub async fn screen(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let today = chrono::Utc::now().date_naive();
    let first = today - chrono::Duration::days(DAYS - 1);
    let span = day_span(first, today);
    let steps = conversions(&app.store.funnel_counts(span, None, None).await?);
    let weeks = cohorts(&app.store.returning(span, None, None).await?);
    let mut html = format!(
        "📈 <b>{}</b>",
        app.i18n.tr(
            lang,
            k::ADMIN_FUNNEL_TITLE,
            &[
                ("from", Val::from(&format::date(lang, first))),
                ("to", Val::from(&format::date(lang, today))),
            ],
        )
    );
    for s in &steps {
        let share = s.of_previous.map_or_else(
            || "–".to_string(),
            |p| format::percent(lang, p.round() as i64),
        );
        let step = app.i18n.tr(
            lang,
            k::NAME_FUNNEL_STEP,
            &[("step", Val::Str(s.step.code()))],
        );
        let line = app.i18n.tr(
            lang,
            k::ADMIN_FUNNEL_LINE,
            &[
                ("step", Val::from(&step)),
                ("users", Val::from(s.users)),
                ("share", Val::from(&share)),
            ],
        );
        let _ = write!(html, "\n• {line}");
    }
    let _ = write!(
        html,
        "\n\n<b>{}</b>",
        app.i18n.t(lang, k::ADMIN_COHORTS_TITLE)
    );
    for c in &weeks {
        let pct = |n: i64| {
            format::percent(
                lang,
                (100.0 * n as f64 / c.users.max(1) as f64).round() as i64,
            )
        };
        let line = app.i18n.tr(
            lang,
            k::ADMIN_COHORT_LINE,
            &[
                ("week", Val::from(&format::day_month(lang, c.week_start))),
                ("users", Val::from(c.users)),
                ("d1", Val::from(&pct(c.d1))),
                ("d7", Val::from(&pct(c.d7))),
                ("d30", Val::from(&pct(c.d30))),
            ],
        );
        let _ = write!(html, "\n• {line}");
    }
    let rows = vec![back(app, lang)];
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

//! The operator's dashboard: one set of figures and one rendering of them, shown by `/admin`,
//! the panel's home screen, `falgram admin stats` (in English) and the overview PDF.

use std::fmt::Write;

use crate::app::App;
use crate::domain::text::escape_html;
use crate::domain::{Lang, Plan};
use crate::i18n::{format, keys as k, Val};
use crate::store::{Stats, StoreResult};

pub async fn figures(app: &App) -> StoreResult<Stats> {
    app.store.stats(crate::store::now()).await
}

/// The figures as Telegram HTML in `lang`: users, activity, plans, revenue, AI failures and
/// readings per kind.
pub fn html(app: &App, lang: Lang, s: &Stats) -> String {
    let mut out = app.i18n.tr(
        lang,
        k::ADMIN_DASHBOARD,
        &[
            ("total", Val::from(s.users_total)),
            ("today", Val::from(s.active_today)),
            ("week", Val::from(s.active_7d)),
            ("month", Val::from(s.active_30d)),
            ("new", Val::from(s.new_today)),
            ("basic", Val::from(s.on_plan(Plan::Basic))),
            ("premium", Val::from(s.on_plan(Plan::Premium))),
            ("vip", Val::from(s.on_plan(Plan::Vip))),
            ("stars_today", Val::from(s.revenue_today)),
            ("stars_month", Val::from(s.revenue_month)),
            ("stars_total", Val::from(s.revenue_total)),
            ("ai_failures", Val::from(s.ai_failures_7d)),
        ],
    );
    if s.readings.is_empty() {
        let _ = write!(out, "\n• {}", app.i18n.t(lang, k::ADMIN_READINGS_NONE));
    }
    for (kind, n) in &s.readings {
        let _ = write!(
            out,
            "\n• {}{}{}",
            escape_html(&app.i18n.reading_kind(lang, *kind)),
            app.i18n.dash(lang),
            format::number(lang, *n)
        );
    }
    out
}

//! The operator's dashboard: one set of figures and one rendering of them, shown by `/admin`,
//! the panel's home screen, `falgram admin stats` (in English) and the overview PDF.

use std::fmt::Write;

use crate::app::App;
use crate::domain::ai_cost::margins;
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
    out.push_str("\n\n");
    out.push_str(&ai_spend(app, lang, s));
    out
}

/// AI spend today and this month, what a reading of each kind cost this month, and the models
/// with no price (whose tokens are not in the figures).
fn ai_spend(app: &App, lang: Lang, s: &Stats) -> String {
    let mut out = app.i18n.tr(
        lang,
        k::ADMIN_AI_SPEND,
        &[
            ("today", Val::from(&format::usd(lang, s.ai_today.usd))),
            ("month", Val::from(&format::usd(lang, s.ai_month.usd))),
            ("calls", Val::from(s.ai_month.calls)),
        ],
    );
    for (kind, readings, _) in s.ai_month.by_kind.iter().filter(|(_, n, _)| *n > 0) {
        let cost = s.ai_month.per_reading(*kind).unwrap_or(0.0);
        let line = app.i18n.tr(
            lang,
            k::ADMIN_AI_PER_READING,
            &[
                (
                    "kind",
                    Val::from(&escape_html(&app.i18n.reading_kind(lang, *kind))),
                ),
                ("cost", Val::from(&format::usd(lang, cost))),
                ("readings", Val::from(*readings)),
            ],
        );
        let _ = write!(out, "\n• {line}");
    }
    let rate = app.settings().stars_usd_per_1000;
    for m in margins(&s.stars_by_plan_month, &s.ai_by_plan_month, rate)
        .into_iter()
        .filter(|m| m.stars > 0 || m.ai_usd > 0.0)
    {
        let line = app.i18n.tr(
            lang,
            k::ADMIN_AI_MARGIN,
            &[
                ("plan", Val::from(&app.i18n.plan_name(lang, m.plan))),
                ("revenue", Val::from(&format::usd(lang, m.revenue_usd))),
                ("cost", Val::from(&format::usd(lang, m.ai_usd))),
                ("margin", Val::from(&format::usd(lang, m.margin_usd()))),
            ],
        );
        let _ = write!(out, "\n• {line}");
    }
    if !s.ai_month.unpriced.is_empty() {
        let models = escape_html(&s.ai_month.unpriced.join(", "));
        let _ = write!(
            out,
            "\n⚠️ {}",
            app.i18n.tr(
                lang,
                k::ADMIN_AI_UNPRICED,
                &[("models", Val::from(&models))]
            )
        );
    }
    out
}

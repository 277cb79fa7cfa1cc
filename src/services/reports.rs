//! The PDF documents' contents: admin reports (overview, users, premium, revenue) in the
//! admin's language, and a premium user's reading or birth chart.

use super::dashboard;
use crate::app::App;
use crate::domain::text::plain_text as plain;
use crate::domain::{Lang, Plan};
use crate::i18n::{format, keys as k, Val};
use crate::pdf::{rgb_of_png, Block};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Overview,
    Users,
    Premium,
    Revenue,
}

impl std::str::FromStr for ReportKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "overview" => Ok(ReportKind::Overview),
            "users" => Ok(ReportKind::Users),
            "premium" => Ok(ReportKind::Premium),
            "revenue" => Ok(ReportKind::Revenue),
            other => Err(format!(
                "unknown report {other:?} (overview, users, premium or revenue)"
            )),
        }
    }
}

pub async fn admin_report(app: &App, kind: ReportKind, lang: Lang) -> anyhow::Result<Vec<u8>> {
    let now = crate::store::now();
    let title_key = match kind {
        ReportKind::Overview => k::PDF_TITLE_OVERVIEW,
        ReportKind::Users => k::PDF_TITLE_USERS,
        ReportKind::Premium => k::PDF_TITLE_PREMIUM,
        ReportKind::Revenue => k::PDF_TITLE_REVENUE,
    };
    let title = app.i18n.t(lang, title_key);
    let mut blocks = vec![
        Block::Title(format!("Fal Gram{}{title}", app.i18n.dash(lang))),
        Block::Text(app.i18n.tr(
            lang,
            k::PDF_GENERATED,
            &[("date", Val::from(&format::date_of(lang, now)))],
        )),
    ];
    let col = |key| app.i18n.t(lang, key);
    match kind {
        ReportKind::Overview => {
            let figures = dashboard::figures(app).await?;
            blocks.push(Block::Text(plain(&dashboard::html(app, lang, &figures))));
        }
        ReportKind::Users => {
            let mut rows = vec![vec![
                col(k::PDF_COL_ID),
                col(k::PDF_COL_NAME),
                col(k::PDF_COL_LANG),
                col(k::PDF_COL_PLAN),
                col(k::PDF_COL_EXPIRY),
            ]];
            for u in app.store.user_lines(None, None, 500, 0).await? {
                rows.push(vec![
                    u.id.to_string(),
                    u.first_name,
                    u.language.native_name().to_string(),
                    app.i18n.plan_name(lang, u.plan),
                    format::date_or_dash(lang, u.plan_expires_at),
                ]);
            }
            blocks.push(Block::Table(rows));
        }
        ReportKind::Premium | ReportKind::Revenue => {
            let s = app.store.stats(now).await?;
            blocks.push(Block::Heading(col(k::PDF_COL_PLAN)));
            let mut plans = vec![vec![col(k::PDF_COL_PLAN), col(k::PDF_COL_USERS)]];
            for p in Plan::PAID {
                plans.push(vec![
                    app.i18n.plan_name(lang, p),
                    format::number(lang, s.on_plan(p)),
                ]);
            }
            blocks.push(Block::Table(plans));
            blocks.push(Block::Heading(col(k::PDF_COL_MONTH)));
            let mut rows = vec![vec![
                col(k::PDF_COL_MONTH),
                col(k::PDF_COL_PLAN),
                col(k::PDF_COL_PAYMENTS),
                col(k::PDF_COL_STARS),
            ]];
            for (month, plan, count, stars) in app.store.revenue_by_month().await? {
                rows.push(vec![
                    month,
                    app.i18n.plan_name(lang, plan),
                    format::number(lang, count),
                    format::stars(lang, stars),
                ]);
            }
            blocks.push(Block::Table(rows));
            if kind == ReportKind::Premium {
                blocks.push(Block::Heading(plain(
                    &app.i18n.t(lang, k::ADMIN_EXPIRING_TITLE),
                )));
                let mut rows = vec![vec![
                    col(k::PDF_COL_ID),
                    col(k::PDF_COL_PLAN),
                    col(k::PDF_COL_EXPIRY),
                ]];
                for e in app.store.expiring_between(now, now + 7 * 86_400).await? {
                    rows.push(vec![
                        e.user_id.to_string(),
                        app.i18n.plan_name(lang, e.plan),
                        format::date_of(lang, e.expires_at),
                    ]);
                }
                blocks.push(Block::Table(rows));
            }
        }
    }
    let title_plain = format!("Fal Gram{}{title}", app.i18n.dash(lang));
    // Every page says which page it is and when the report was made.
    let at = format::date_time(
        lang,
        chrono::DateTime::from_timestamp(now, 0)
            .unwrap_or_default()
            .naive_utc(),
    );
    // Written here, where the translations are; a report runs to a few pages.
    let lines: Vec<String> = (1..=100)
        .map(|page| {
            app.i18n.tr(
                lang,
                k::PDF_PAGE_LINE,
                &[("page", Val::Digits(page)), ("at", Val::from(&at))],
            )
        })
        .collect();
    let page_line: crate::pdf::PageLine = Box::new(move |page| {
        lines
            .get(page.saturating_sub(1))
            .cloned()
            .unwrap_or_default()
    });
    tokio::task::spawn_blocking(move || {
        crate::pdf::render_paged(&title_plain, &blocks, Some(page_line))
    })
    .await?
    .map_err(anyhow::Error::msg)
}

/// A reading as a PDF: title (which names the kind and the date), the picture of the cards
/// for a tarot reading, the question or dream, and the interpretation.
pub async fn reading_pdf(
    title: String,
    picture: Option<Vec<u8>>,
    input: Option<String>,
    output: String,
) -> anyhow::Result<Vec<u8>> {
    let mut blocks = vec![Block::Title(plain(&title))];
    if let Some((width, height, rgb)) = picture.as_deref().and_then(rgb_of_png) {
        // The Celtic Cross is tall: a narrower picture keeps it on the first page.
        let width_mm = if height > width { 110.0 } else { 150.0 };
        blocks.push(Block::Image {
            width,
            height,
            rgb,
            width_mm,
        });
    }
    if let Some(i) = input {
        blocks.push(Block::Text(format!("“{i}”")));
    }
    blocks.push(Block::Text(output));
    tokio::task::spawn_blocking(move || crate::pdf::render(&plain(&title), &blocks))
        .await?
        .map_err(anyhow::Error::msg)
}

/// A birth chart as a PDF: the wheel, the positions table and the latest interpretation.
pub async fn chart_pdf(
    title: String,
    chart: crate::domain::astro::Chart,
    table: Vec<Vec<String>>,
    interpretation: Option<String>,
) -> anyhow::Result<Vec<u8>> {
    tokio::task::spawn_blocking(move || {
        let mut blocks = vec![Block::Title(title.clone())];
        if let Some((width, height, rgb)) = crate::chart_image::render(&chart)
            .as_deref()
            .and_then(rgb_of_png)
        {
            blocks.push(Block::Image {
                width,
                height,
                rgb,
                width_mm: 120.0,
            });
        }
        blocks.push(Block::Table(table));
        if let Some(text) = interpretation {
            blocks.push(Block::Text(text));
        }
        crate::pdf::render(&title, &blocks).map_err(anyhow::Error::msg)
    })
    .await?
}

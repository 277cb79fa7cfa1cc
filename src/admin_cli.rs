//! `falgram admin …`: the operator's commands in a terminal, on the same SQLite file the bot
//! uses (WAL and a busy timeout make that safe while it runs). Commands that must reach
//! Telegram use the configured token and say so when it is missing.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::sync::Arc;

use crate::app::App;
use crate::cli::{AdminCommand, PromptCommand};
use crate::domain::prompts::validate;
use crate::domain::{Lang, Plan, PromptKind};
use crate::telegram::{self, FalBot};

fn date(ts: Option<i64>) -> String {
    ts.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "-".into())
}

fn bot_of(app: &App) -> Option<FalBot> {
    app.cfg.telegram_token.as_ref()?;
    telegram::build_bot(&app.cfg, &telegram::BotOptions::default()).ok()
}

fn need_bot(app: &App, what: &str) -> anyhow::Result<FalBot> {
    bot_of(app).ok_or_else(|| anyhow::anyhow!("{what} needs Telegram: set TELEGRAM_BOT_TOKEN"))
}

fn kind_lang(kind: &str, lang: &str) -> anyhow::Result<(PromptKind, Lang)> {
    Ok((
        kind.parse().map_err(anyhow::Error::msg)?,
        lang.parse()
            .map_err(|_| anyhow::anyhow!("unknown language {lang:?}"))?,
    ))
}

pub async fn run(app: Arc<App>, command: AdminCommand) -> anyhow::Result<String> {
    let mut out = String::new();
    match command {
        AdminCommand::Stats => {
            let s = app.store.stats(crate::store::now()).await?;
            let _ = writeln!(
                out,
                "users         {} (new today {})",
                s.users_total, s.new_today
            );
            let _ = writeln!(
                out,
                "active        today {} · 7 d {} · 30 d {}",
                s.active_today, s.active_7d, s.active_30d
            );
            let _ = writeln!(
                out,
                "plans         basic {} · premium {} · vip {}",
                s.plans[0], s.plans[1], s.plans[2]
            );
            let _ = writeln!(
                out,
                "revenue ⭐     today {} · this month {} · total {}",
                s.revenue_today, s.revenue_month, s.revenue_total
            );
            let _ = writeln!(out, "AI failures   {} in 7 days", s.ai_failures_7d);
            for (kind, n) in s.readings {
                let _ = writeln!(out, "readings      {kind}: {n}");
            }
        }
        AdminCommand::Users {
            plan,
            search,
            limit,
        } => {
            if let Some(p) = &plan {
                p.parse::<Plan>().map_err(anyhow::Error::msg)?;
            }
            for u in app.store.user_lines(plan, search, limit, 0).await? {
                let name = match &u.username {
                    Some(n) => format!("{} (@{n})", u.first_name),
                    None => u.first_name.clone(),
                };
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}",
                    u.id,
                    name,
                    u.language,
                    u.plan,
                    date(u.plan_expires_at)
                );
            }
        }
        AdminCommand::Gift { user, plan, days } => {
            let plan: Plan = plan.parse().map_err(anyhow::Error::msg)?;
            anyhow::ensure!(
                plan.is_paid(),
                "a gift is a paid plan: basic, premium or vip"
            );
            anyhow::ensure!((1..=3660).contains(&days), "days must be 1–3660");
            let state = app
                .store
                .gift_plan(user, plan, days)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no user {user}"))?;
            let until = date(state.expires_at);
            let _ = writeln!(out, "user {user}: {plan} until {until}");
            match bot_of(&app) {
                Some(bot) => {
                    telegram::admin::notify_gift(&bot, &app, user, plan, days, &until).await;
                    let _ = writeln!(out, "notified in Telegram");
                }
                None => {
                    let _ = writeln!(out, "not notified: TELEGRAM_BOT_TOKEN is not set");
                }
            }
        }
        AdminCommand::Cancel { user } => {
            anyhow::ensure!(app.store.cancel_plan(user).await?, "no user {user}");
            let _ = writeln!(out, "user {user}: plan ended");
            match bot_of(&app) {
                Some(bot) => {
                    telegram::admin::notify_cancel(&bot, &app, user).await;
                    let _ = writeln!(out, "notified in Telegram");
                }
                None => {
                    let _ = writeln!(out, "not notified: TELEGRAM_BOT_TOKEN is not set");
                }
            }
        }
        AdminCommand::Refund { charge_id } => {
            let bot = need_bot(&app, "a refund")?;
            match telegram::admin::refund_charge(&bot, &app, &charge_id).await? {
                Some((user, amount)) => {
                    let _ = writeln!(
                        out,
                        "refunded {amount} ⭐ to user {user}; the plan days bought were removed"
                    );
                }
                None => anyhow::bail!(
                    "no paid payment with charge id {charge_id:?} (or refunded already)"
                ),
            }
        }
        AdminCommand::Prompts { command } => prompts(&app, command, &mut out).await?,
        AdminCommand::Report {
            kind,
            out: path,
            lang,
        } => {
            let kind: crate::reports::ReportKind = kind.parse().map_err(anyhow::Error::msg)?;
            let lang: Lang = lang
                .parse()
                .map_err(|_| anyhow::anyhow!("unknown language {lang:?}"))?;
            let pdf = crate::reports::admin_report(&app, kind, lang).await?;
            std::fs::write(&path, &pdf).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let _ = writeln!(out, "{}: {} KB", path.display(), pdf.len() / 1024);
        }
        AdminCommand::Broadcast {
            text,
            lang,
            plan,
            yes,
        } => {
            anyhow::ensure!(!text.trim().is_empty(), "--text is empty");
            if let Some(l) = &lang {
                l.parse::<Lang>()
                    .map_err(|_| anyhow::anyhow!("unknown language {l:?}"))?;
            }
            if let Some(p) = &plan {
                p.parse::<Plan>().map_err(anyhow::Error::msg)?;
            }
            let bot = need_bot(&app, "a broadcast")?;
            let audience = app.store.audience_size(lang.clone(), plan.clone()).await?;
            if !yes {
                anyhow::ensure!(
                    std::io::stdin().is_terminal(),
                    "not a terminal: add --yes to send without asking"
                );
                eprint!("Send to {audience} user(s)? [y/N] ");
                let _ = std::io::stderr().flush();
                let mut answer = String::new();
                std::io::stdin().read_line(&mut answer)?;
                if !matches!(answer.trim(), "y" | "Y" | "yes") {
                    let _ = writeln!(out, "cancelled");
                    return Ok(out);
                }
            }
            let (id, total) = app
                .store
                .create_broadcast(None, text, lang, plan, "cli")
                .await?;
            let done = telegram::broadcast::send_all(&app.store, &bot, id, |p| async move {
                progress_bar(p.done(), p.total);
            })
            .await?;
            eprintln!();
            let _ = writeln!(
                out,
                "broadcast #{id}: {total} recipient(s): {} delivered, {} blocked, {} failed",
                done.sent, done.blocked, done.failed
            );
        }
    }
    Ok(out)
}

fn progress_bar(done: i64, total: i64) {
    let width = 30;
    let filled = if total > 0 {
        (done * width / total) as usize
    } else {
        width as usize
    };
    eprint!(
        "\r[{}{}] {done}/{total}",
        "#".repeat(filled),
        " ".repeat(width as usize - filled.min(width as usize))
    );
    let _ = std::io::stderr().flush();
}

async fn prompts(app: &App, command: PromptCommand, out: &mut String) -> anyhow::Result<()> {
    match command {
        PromptCommand::List => {
            for kind in PromptKind::ALL {
                let mut line = format!("{:<18}", kind.code());
                for lang in Lang::ALL {
                    let mark = if app.store.prompt_override(kind, lang).await?.is_some() {
                        "*"
                    } else {
                        ""
                    };
                    let _ = write!(line, " {}{mark}", lang.code());
                }
                let _ = writeln!(out, "{line}");
            }
            let _ = writeln!(out, "(* = overridden in the database)");
        }
        PromptCommand::Show { kind, lang } => {
            let (kind, lang) = kind_lang(&kind, &lang)?;
            let (body, source) = match app.store.prompt_override(kind, lang).await? {
                Some(b) => (b, "override"),
                None => (
                    crate::prompts::embedded(kind, lang).unwrap_or_default(),
                    "embedded",
                ),
            };
            let _ = writeln!(
                out,
                "# {kind}/{lang} ({source}); placeholders: {}",
                kind.placeholders().join(", ")
            );
            let _ = writeln!(out, "{body}");
        }
        PromptCommand::Set { kind, lang, file } => {
            let (kind, lang) = kind_lang(&kind, &lang)?;
            let body = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            validate(kind, &body).map_err(|e| anyhow::anyhow!("not saved: {e}"))?;
            app.store
                .set_prompt_override(kind, lang, body.trim().to_string(), None)
                .await?;
            let _ = writeln!(
                out,
                "{kind}/{lang} overridden (the bot uses it from the next request)"
            );
        }
        PromptCommand::Reset { kind, lang } => {
            let (kind, lang) = kind_lang(&kind, &lang)?;
            let removed = app.store.reset_prompt(kind, lang).await?;
            let _ = writeln!(
                out,
                "{kind}/{lang}: {}",
                if removed {
                    "back to the embedded default"
                } else {
                    "was not overridden"
                }
            );
        }
    }
    Ok(())
}

//! `falgram admin …`: the operator's commands in a terminal, on the same SQLite file the bot
//! uses (WAL and a busy timeout make that safe while it runs). The operations are the shared
//! ones in `services`, in English; the ones that must reach Telegram use the configured token
//! and say so when it is missing.

use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::sync::Arc;

use super::{AdminCommand, PromptCommand};
use crate::app::App;
use crate::domain::text::plain_text;
use crate::domain::{Lang, PromptKind};
use crate::i18n::format;
use crate::services::broadcasts::{self, Audience, Runner};
use crate::services::messenger::Messenger;
use crate::services::notices::Told;
use crate::services::{accounts, dashboard, prompt_editor, refunds, reports};
use crate::telegram::{self, BotMessenger};

/// The terminal speaks English.
const LANG: Lang = Lang::En;

fn messenger_of(app: &App) -> Option<BotMessenger> {
    app.cfg.telegram_token.as_ref()?;
    telegram::build_bot(&app.cfg, &telegram::BotOptions::default())
        .ok()
        .map(BotMessenger)
}

fn need_messenger(app: &App, what: &str) -> anyhow::Result<BotMessenger> {
    messenger_of(app)
        .ok_or_else(|| anyhow::anyhow!("{what} needs Telegram: set TELEGRAM_BOT_TOKEN"))
}

fn told_line(told: Told) -> &'static str {
    match told {
        Told::Yes => "notified in Telegram",
        Told::Failed => "not notified: Telegram refused the message (see the log)",
        Told::NoMessenger => "not notified: TELEGRAM_BOT_TOKEN is not set",
    }
}

pub async fn run(app: Arc<App>, command: AdminCommand) -> anyhow::Result<String> {
    let mut out = String::new();
    let messenger = messenger_of(&app);
    let messenger = messenger.as_ref().map(|m| m as &dyn Messenger);
    match command {
        AdminCommand::Stats => {
            let figures = dashboard::figures(&app).await?;
            let mut html = dashboard::html(&app, LANG, &figures);
            // Telegram's own balance, when a token lets us ask.
            if let Some(bot) = messenger_of(&app) {
                let balance = telegram::stars::balance(&bot.0).await;
                html.push_str(&telegram::stars::balance_line(&app, LANG, balance));
            }
            let _ = writeln!(out, "{}", plain_text(&html));
        }
        AdminCommand::Users {
            plan,
            search,
            limit,
        } => {
            for u in accounts::find(&app, plan, search.as_deref(), limit, 0).await? {
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
                    format::date_or_dash(LANG, u.plan_expires_at)
                );
            }
        }
        AdminCommand::Gift { user, plan, days } => {
            let (state, told) = accounts::gift(&app, messenger, None, user, plan, days).await?;
            let _ = writeln!(
                out,
                "user {user}: {plan} until {}\n{}",
                format::date_or_dash(LANG, state.expires_at),
                told_line(told)
            );
        }
        AdminCommand::Cancel { user } => {
            let told = accounts::cancel(&app, messenger, None, user).await?;
            let _ = writeln!(out, "user {user}: plan ended\n{}", told_line(told));
        }
        AdminCommand::Refund { charge_id } => {
            let bot = need_messenger(&app, "a refund")?;
            let r = refunds::by_charge(&app, &bot, None, &charge_id).await?;
            let _ = writeln!(
                out,
                "refunded {} to user {}; the plan days bought were removed",
                format::stars(LANG, i64::from(r.amount)),
                r.user_id
            );
        }
        AdminCommand::Prompts { command } => prompts(&app, command, &mut out).await?,
        AdminCommand::Funnel {
            from,
            to,
            lang,
            source,
            json,
        } => funnel(&app, (from, to), lang, source, json, &mut out).await?,
        AdminCommand::Reconcile => {
            let bot = need_messenger(&app, "reconciling Stars")?;
            let r = telegram::stars::reconcile(&app, &bot.0).await?;
            let _ = writeln!(
                out,
                "Telegram's ledger: {} transaction(s), {} ⭐ net; our payments: {}",
                r.ledger, r.ledger_net, r.ours
            );
            if r.mismatches.is_empty() {
                let _ = writeln!(out, "The books agree.");
            }
            for m in &r.mismatches {
                let _ = writeln!(out, "MISMATCH\t{}\t{}\t{m:?}", m.code(), m.charge_id());
            }
        }
        AdminCommand::AiPrice {
            model,
            input,
            output,
        } => ai_price(&app, model, input.zip(output), &mut out).await?,
        AdminCommand::Report {
            kind,
            out: path,
            lang,
        } => {
            let pdf = reports::admin_report(&app, kind, lang).await?;
            std::fs::write(&path, &pdf).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let _ = writeln!(out, "{}: {} KB", path.display(), pdf.len() / 1024);
        }
        AdminCommand::Broadcast {
            text,
            lang,
            plan,
            yes,
            paid,
        } => {
            anyhow::ensure!(!text.trim().is_empty(), "--text is empty");
            let bot = need_messenger(&app, "a broadcast")?;
            let audience = Audience { lang, plan };
            let size = broadcasts::audience_size(&app, audience).await?;
            let cost = paid.then(|| crate::domain::broadcast::paid_cost_stars(size.max(0) as u64));
            if let Some(stars) = &cost {
                eprintln!("a paid broadcast to {size} user(s) costs about {stars} ⭐ (Telegram charges 0.1 ⭐ per message above 30 a second)");
            }
            if !yes && !confirmed(size)? {
                let _ = writeln!(out, "cancelled");
                return Ok(out);
            }
            // One send budget per bot: while a bot runs on this database, its sender (the
            // broadcast lane) does the sending and the terminal only shows the progress.
            let bot_running = crate::store::backup::DbLock::acquire(&app.cfg.db_path).is_err();
            let runner = if bot_running {
                Runner::Bot
            } else {
                Runner::Terminal
            };
            let (id, total) = broadcasts::create(&app, None, text, audience, runner, paid).await?;
            let done = if bot_running {
                eprintln!("the running bot sends broadcast #{id}; following its progress");
                follow(&app, id).await?
            } else {
                let sending = broadcasts::send_all(&app.store, &bot, id, |p| async move {
                    progress_bar(p.done(), p.total);
                });
                let lane = crate::telegram::sender::Lane::Broadcast;
                crate::telegram::sender::in_lane(lane, sending).await?
            };
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

/// Asks on the terminal; refuses to guess when there is none.
fn confirmed(audience: i64) -> anyhow::Result<bool> {
    anyhow::ensure!(
        std::io::stdin().is_terminal(),
        "not a terminal: add --yes to send without asking"
    );
    eprint!("Send to {audience} user(s)? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// Shows the progress of a broadcast another process (the running bot) sends, until it ends.
async fn follow(app: &App, id: i64) -> anyhow::Result<crate::store::BroadcastProgress> {
    loop {
        let p = app
            .store
            .broadcast_progress(id)
            .await?
            .ok_or_else(|| anyhow::anyhow!("broadcast #{id} vanished"))?;
        progress_bar(p.done(), p.total);
        if p.status != "running" {
            return Ok(p);
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
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
                for (lang, edited) in prompt_editor::overridden(&app.store, kind).await? {
                    let _ = write!(line, " {}{}", lang.code(), if edited { "*" } else { "" });
                }
                let _ = writeln!(out, "{line}");
            }
            let _ = writeln!(out, "(* = overridden in the database)");
        }
        PromptCommand::Show { kind, lang } => {
            let v = prompt_editor::view(&app.store, kind, lang).await?;
            let _ = writeln!(
                out,
                "# {kind}/{lang} ({}); placeholders: {}",
                v.source.code(),
                kind.placeholders().join(", ")
            );
            let _ = writeln!(out, "{}", v.body);
        }
        PromptCommand::Set { kind, lang, file } => {
            let body = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            prompt_editor::save(app, None, kind, lang, &body)
                .await
                .map_err(|e| anyhow::anyhow!("not saved: {e}"))?;
            let _ = writeln!(
                out,
                "{kind}/{lang} overridden (the bot uses it from the next request)"
            );
        }
        PromptCommand::Reset { kind, lang } => {
            let removed = prompt_editor::reset(app, None, kind, lang).await?;
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

/// Sets a model's price when one is given, then lists every price.
async fn ai_price(
    app: &App,
    model: Option<String>,
    price: Option<(f64, f64)>,
    out: &mut String,
) -> anyhow::Result<()> {
    if let (Some(model), Some((input, output))) = (model, price) {
        let model = model.trim().to_string();
        if model.is_empty() {
            anyhow::bail!("--model: empty");
        }
        for (flag, v) in [("--input", input), ("--output", output)] {
            if !v.is_finite() || v < 0.0 {
                anyhow::bail!("{flag}: {v} is not a price (dollars per million tokens, ≥ 0)");
            }
        }
        app.store
            .set_ai_price(crate::domain::ai_cost::Price {
                model,
                input_per_mtok: input,
                output_per_mtok: output,
            })
            .await?;
    }
    let prices = app.store.ai_prices().await?;
    if prices.is_empty() {
        let _ = writeln!(out, "No AI prices set: every model's spend is unknown.");
    }
    for p in prices {
        let _ = writeln!(
            out,
            "{}\tin ${} / 1M tokens\tout ${} / 1M tokens",
            p.model, p.input_per_mtok, p.output_per_mtok
        );
    }
    Ok(())
}

/// The funnel of a span of first contacts, as a table or JSON.
async fn funnel(
    app: &App,
    (from, to): (Option<String>, Option<String>),
    lang: Option<String>,
    source: Option<String>,
    json: bool,
    out: &mut String,
) -> anyhow::Result<()> {
    use crate::domain::funnel::{cohorts, conversions, day_span};
    let day = |flag: &str, s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| anyhow::anyhow!("{flag}: {s:?} is not a date like 2026-11-01"))
    };
    let today = chrono::Utc::now().date_naive();
    let last = to
        .as_deref()
        .map(|s| day("--to", s))
        .transpose()?
        .unwrap_or(today);
    let first = from
        .as_deref()
        .map(|s| day("--from", s))
        .transpose()?
        .unwrap_or(last - chrono::Duration::days(29));
    if first > last {
        anyhow::bail!("--from {first} is after --to {last}");
    }
    let lang = lang
        .map(|l| {
            l.parse::<Lang>().map_err(|_| {
                anyhow::anyhow!("--lang: {l:?} is not one of tr en es fr ru de ar it pt")
            })
        })
        .transpose()?;
    let span = day_span(first, last);
    let counts = app.store.funnel_counts(span, lang, source.clone()).await?;
    let steps = conversions(&counts);
    let weeks = cohorts(&app.store.returning(span, lang, source.clone()).await?);
    if json {
        let value = serde_json::json!({
            "from": first.to_string(),
            "to": last.to_string(),
            "lang": lang.map(|l| l.code()),
            "source": source,
            "steps": steps.iter().map(|s| serde_json::json!({
                "step": s.step.code(),
                "users": s.users,
                "of_previous_percent": s.of_previous.map(|p| (p * 10.0).round() / 10.0),
                "of_first_contact_percent": s.of_first.map(|p| (p * 10.0).round() / 10.0),
            })).collect::<Vec<_>>(),
            "cohorts": weeks.iter().map(|c| serde_json::json!({
                "week": c.week_start.to_string(),
                "users": c.users,
                "day_1": c.d1,
                "day_7": c.d7,
                "day_30": c.d30,
            })).collect::<Vec<_>>(),
        });
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    let _ = writeln!(out, "Funnel of users who first came {first} – {last}:");
    let pct = |p: Option<f64>| p.map_or("–".to_string(), |p| format!("{p:.1}%"));
    for s in steps {
        let _ = writeln!(
            out,
            "{:<15} {:>8}  {:>7} of the step before  {:>7} of first contacts",
            s.step.code(),
            s.users,
            pct(s.of_previous),
            pct(s.of_first)
        );
    }
    let _ = writeln!(
        out,
        "\nWeekly cohorts (week of first contact: users, back on day 1 / 7 / 30):"
    );
    for c in weeks {
        let share = |n: i64| format!("{n} ({:.0}%)", 100.0 * n as f64 / c.users.max(1) as f64);
        let _ = writeln!(
            out,
            "{}  {:>6}  {:>12}  {:>12}  {:>12}",
            c.week_start,
            c.users,
            share(c.d1),
            share(c.d7),
            share(c.d30)
        );
    }
    Ok(())
}

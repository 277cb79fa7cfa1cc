//! The simulator's terminal: typed lines become the user's messages, buttons print as
//! numbered choices, and a number presses one.

use crate::domain::Plan;
use std::io::Write;
use std::path::PathBuf;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use super::Harness;
use crate::ai::SharedAi;
use crate::sim::fake_telegram::{FakeUser, Recorded};

pub struct SimOptions {
    /// SQLite file to use; `None` means a fresh temporary database.
    pub db: Option<PathBuf>,
    /// Telegram client language of the first simulated user.
    pub lang: String,
    /// Echo each input line (script mode), so the transcript reads like a chat.
    pub echo: bool,
    /// Start as the operator (`:admin`) instead of user 1001.
    pub admin: bool,
    pub ai: SharedAi,
}

const HELP: &str = "Type a message and press Enter. Buttons show as [n]: type the number to press one.\n\
Commands: :photo [PATH]  send a photo (no path: a drawn sample cup) · :doc PATH  send a file\n\
          :lang CODE  Telegram client language · :user N  switch to simulated user N\n\
          :admin  switch to the operator (user 1000, for whom /admin works)\n\
          :plan P  give this user plan P for 30 days (free, basic, premium, vip: every screen without paying)\n\
          :setting KEY VALUE  change an operator setting, as /admin does (e.g. rate_ai_per_minute 60)\n\
          :help · :quit";

/// The simulated operator: the one user the simulator's bot treats as its admin.
const OPERATOR: i64 = 1000;

struct Session {
    user: FakeUser,
    /// The last keyboard shown: (message id, label, callback data or URL).
    buttons: Vec<(i64, String, String)>,
}

/// Runs the simulator until `:quit` or end of input.
pub async fn run<R, W>(opts: SimOptions, input: R, out: &mut W) -> anyhow::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: Write,
{
    let temp = tempfile_dir()?;
    let db = opts
        .db
        .clone()
        .unwrap_or_else(|| temp.join("falgram-sim.db"));
    let operator = vec![("ADMIN_ID".to_string(), OPERATOR.to_string())];
    let mut h = Harness::start_with_env(&db, opts.ai, operator).await?;
    writeln!(
        out,
        "Fal Gram offline simulator — real bot, fake Telegram, fixture AI. Database: {}",
        db.display()
    )?;
    writeln!(out, "{HELP}\n")?;
    let mut s = Session {
        user: if opts.admin {
            FakeUser::new(OPERATOR, &format!("User {OPERATOR}"), &opts.lang)
        } else {
            FakeUser::new(1001, "Deniz", &opts.lang)
        },
        buttons: Vec::new(),
    };
    let mut lines = input.lines();
    while let Some(line) = lines.next_line().await? {
        let line = line.trim().to_string();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if opts.echo {
            writeln!(out, "\n> {line}")?;
        }
        match step(&mut h, &mut s, &line).await {
            Ok(Some(records)) => print_records(out, &mut s, &records)?,
            Ok(None) => break,
            Err(e) => writeln!(out, "! {e}")?,
        }
        out.flush()?;
    }
    h.stop().await;
    let _ = std::fs::remove_dir_all(&temp);
    Ok(())
}

fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!(
        "falgram-sim-{}-{}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// One input line; `Ok(None)` ends the session.
async fn step(
    h: &mut Harness,
    s: &mut Session,
    line: &str,
) -> anyhow::Result<Option<Vec<Recorded>>> {
    let (cmd, arg) = line
        .split_once(' ')
        .map_or((line, ""), |(c, a)| (c, a.trim()));
    let records = match cmd {
        ":quit" | ":q" => return Ok(None),
        ":help" => anyhow::bail!("{HELP}"),
        ":lang" => {
            s.user.language_code = Some(arg.to_string()).filter(|a| !a.is_empty());
            anyhow::bail!(
                "Telegram client language is now {:?}",
                s.user.language_code.as_deref().unwrap_or("none")
            );
        }
        ":user" | ":admin" => {
            let id: i64 = if cmd == ":admin" {
                OPERATOR
            } else {
                arg.parse()
                    .map_err(|_| anyhow::anyhow!(":user takes a number"))?
            };
            let lang = s.user.language_code.clone().unwrap_or_default();
            s.user = FakeUser::new(id, &format!("User {id}"), &lang);
            s.buttons.clear();
            anyhow::bail!("now chatting as user {id}");
        }
        ":plan" => {
            let plan: Plan = arg.parse().map_err(anyhow::Error::msg)?;
            let app = h
                .app()
                .ok_or_else(|| anyhow::anyhow!("the bot is stopped"))?;
            let done = if plan.is_paid() {
                app.store.gift_plan(s.user.id, plan, 30).await?.is_some()
            } else {
                app.store.cancel_plan(s.user.id).await?
            };
            if !done {
                anyhow::bail!("user {} is not known yet: send /start first", s.user.id);
            }
            anyhow::bail!(
                "user {} is now on {plan} (a simulator shortcut, no payment)",
                s.user.id
            );
        }
        ":setting" => {
            let (key, value) = arg
                .split_once(' ')
                .ok_or_else(|| anyhow::anyhow!(":setting takes a key and a value"))?;
            let app = h
                .app()
                .ok_or_else(|| anyhow::anyhow!("the bot is stopped"))?;
            app.store
                .set_setting(key, value)
                .await?
                .map_err(anyhow::Error::msg)?;
            app.reload_settings().await?;
            anyhow::bail!("setting {key} is now {}", value.trim());
        }
        ":photo" => {
            let bytes = if arg.is_empty() {
                super::sample_cup::png()?
            } else {
                std::fs::read(arg).map_err(|e| anyhow::anyhow!("{arg}: {e}"))?
            };
            h.photo(&s.user, bytes).await?
        }
        ":doc" => {
            let bytes = std::fs::read(arg).map_err(|e| anyhow::anyhow!("{arg}: {e}"))?;
            let name = std::path::Path::new(arg)
                .file_name()
                .map_or("file".into(), |n| n.to_string_lossy().into_owned());
            let user = s.user.clone();
            h.exchange(|f| f.send_document(&user, bytes, &name, "application/octet-stream"))
                .await?
        }
        _ if line.starts_with(':') => anyhow::bail!("unknown command {cmd}; :help lists them"),
        _ => match line
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| s.buttons.get(i))
        {
            Some((message_id, _, data)) if !data.starts_with("http") => {
                let (message_id, data) = (*message_id, data.clone());
                h.press(&s.user, message_id, &data).await?
            }
            Some((_, label, url)) => anyhow::bail!("“{label}” opens a link: {url}"),
            None => h.text(&s.user, line).await?,
        },
    };
    Ok(Some(records))
}

fn print_records<W: Write>(
    out: &mut W,
    s: &mut Session,
    records: &[Recorded],
) -> std::io::Result<()> {
    for r in records {
        if r.chat_id().is_some_and(|c| c != s.user.id) {
            writeln!(
                out,
                "  (to user {}: {})",
                r.chat_id().unwrap_or_default(),
                one_line(r.text().unwrap_or("…"))
            )?;
            continue;
        }
        match r.method.as_str() {
            "sendmessage" | "editmessagetext" => {
                let mark = if r.is("editMessageText") {
                    "🤖 (edited)"
                } else {
                    "🤖"
                };
                writeln!(
                    out,
                    "{mark} {}",
                    html_to_plain(r.text().unwrap_or_default()).replace('\n', "\n   ")
                )?;
                print_buttons(out, s, r)?;
            }
            "answercallbackquery" => {
                if let Some(t) = r.body["text"].as_str() {
                    writeln!(out, "💬 {t}")?;
                }
            }
            "senddocument" | "sendphoto" => {
                let (name, size) = r
                    .files
                    .first()
                    .map_or(("file".to_string(), 0), |(_, n, b)| (n.clone(), b.len()));
                writeln!(
                    out,
                    "📎 {name} ({size} bytes){}",
                    r.text()
                        .map(|c| format!(" — {}", html_to_plain(c)))
                        .unwrap_or_default()
                )?;
                print_buttons(out, s, r)?;
            }
            "sendinvoice" => writeln!(
                out,
                "🧾 invoice: {} — {} {}",
                r.body["title"].as_str().unwrap_or_default(),
                r.body["prices"][0]["amount"],
                r.body["currency"].as_str().unwrap_or_default()
            )?,
            _ => {}
        }
    }
    Ok(())
}

fn print_buttons<W: Write>(out: &mut W, s: &mut Session, r: &Recorded) -> std::io::Result<()> {
    let rows = r.buttons();
    if rows.is_empty() {
        return Ok(());
    }
    let Some(message_id) = r.message_id else {
        return Ok(());
    };
    s.buttons.clear();
    for row in rows {
        let mut line = String::from("  ");
        for (label, target) in row {
            s.buttons.push((message_id, label.clone(), target));
            line.push_str(&format!("[{}] {label}   ", s.buttons.len()));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    html_to_plain(s).replace('\n', " ")
}

/// Telegram HTML to terminal text: tags dropped, entities decoded.
pub fn html_to_plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::html_to_plain;

    #[test]
    fn strips_tags_and_decodes_entities() {
        assert_eq!(
            html_to_plain("<b>Fal</b> &lt;3 &amp; more"),
            "Fal <3 & more"
        );
    }
}

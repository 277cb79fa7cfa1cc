//! The simulator's terminal: typed lines become the user's messages, buttons print as
//! numbered choices, a number presses one, and `:` commands do what a user or an operator
//! could do outside the chat (send a photo or a voice note, pay an invoice).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use super::print::{clear_live_line, watch_drafts, Printer};
use super::{voice, Harness};
use crate::ai::SharedAi;
use crate::domain::Plan;
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
    /// Where pictures and documents the bot sends are written; `None`: a folder of the run
    /// under the system's temporary directory, kept after the run.
    pub files: Option<PathBuf>,
    pub ai: SharedAi,
}

const HELP: &str = "Type a message and press Enter. Buttons show as [n]: type the number to press one.\n\
Commands: :photo [PATH]  send a photo (no path: a drawn sample cup) · :doc PATH  send a file\n\
          :voice [PATH] [SECONDS]  send a voice note (OGG; no path: a silent 5 s one)\n\
          :pay  pay the last invoice (pre-checkout, then the payment, as Telegram does)\n\
          :lang CODE  Telegram client language · :user N  switch to simulated user N\n\
          :admin  switch to the operator (user 1000, for whom /admin works)\n\
          :plan P  give this user plan P for 30 days (free, basic, premium, vip: every screen without paying)\n\
          :setting KEY VALUE  change an operator setting, as /admin does (e.g. rate_ai_per_minute 60)\n\
          :help · :quit";

/// The simulated operator: the one user the simulator's bot treats as its admin.
const OPERATOR: i64 = 1000;

struct Session {
    user: FakeUser,
    print: Printer,
    /// Payments made with `:pay`, to number their charge ids.
    paid: u32,
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
    // On a terminal a streamed answer grows in place; a script run prints its pieces.
    let live = !opts.echo && std::io::stdout().is_terminal();
    let files = opts.files.clone().unwrap_or_else(|| temp.join("files"));
    let mut s = Session {
        user: if opts.admin {
            FakeUser::new(OPERATOR, &format!("User {OPERATOR}"), &opts.lang)
        } else {
            FakeUser::new(1001, "Deniz", &opts.lang)
        },
        print: Printer::new(files, live),
        paid: 0,
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
        let watcher = live.then(|| watch_drafts(h.fake.log(), s.user.id));
        let result = step(&mut h, &mut s, &line).await;
        if let Some(w) = watcher {
            w.abort();
            clear_live_line();
        }
        match result {
            Ok(Some(records)) => s.print.records(out, s.user.id, &records)?,
            Ok(None) => break,
            Err(e) => writeln!(out, "! {e}")?,
        }
        out.flush()?;
    }
    h.stop().await;
    // The database goes; pictures and documents the bot sent stay where they were printed.
    if opts.db.is_none() {
        for name in ["falgram-sim.db", "falgram-sim.db-wal", "falgram-sim.db-shm"] {
            let _ = std::fs::remove_file(temp.join(name));
        }
    }
    let _ = std::fs::remove_dir(&temp);
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
            s.print.buttons.clear();
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
        ":voice" => {
            let mut args = arg.split_whitespace();
            let (bytes, seconds) = match args.next() {
                None => (voice::sample(5), Some(5)),
                Some(path) => {
                    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
                    let seconds = args
                        .next()
                        .and_then(|n| n.parse().ok())
                        .or_else(|| voice::ogg_seconds(&bytes));
                    (bytes, seconds)
                }
            };
            let seconds = seconds.ok_or_else(|| {
                anyhow::anyhow!("not an OGG file: give its length, :voice PATH SECONDS")
            })?;
            let user = s.user.clone();
            h.exchange(|f| f.send_voice(&user, bytes, seconds)).await?
        }
        ":pay" => pay(h, s).await?,
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
            .and_then(|i| s.print.buttons.get(i))
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

/// Pays the last invoice the bot sent this user, as Telegram does: the pre-checkout query the
/// bot must approve, then the successful payment.
async fn pay(h: &mut Harness, s: &mut Session) -> anyhow::Result<Vec<Recorded>> {
    let invoice = h
        .fake
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.is("sendInvoice") && r.chat_id() == Some(s.user.id))
        .ok_or_else(|| anyhow::anyhow!("no invoice to pay yet: open 💎 Premium and pick a plan"))?;
    let payload = invoice.body["payload"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let currency = invoice.body["currency"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let amount = invoice.body["prices"][0]["amount"]
        .as_u64()
        .and_then(|a| u32::try_from(a).ok())
        .unwrap_or_default();
    let user = s.user.clone();
    let mut records = h
        .exchange(|f| f.pre_checkout(&user, &payload, &currency, amount))
        .await?;
    let approved = records
        .iter()
        .find(|r| r.is("answerPreCheckoutQuery"))
        .is_some_and(|r| r.body["ok"].as_bool() == Some(true));
    if !approved {
        let reason = records
            .iter()
            .find_map(|r| r.body["error_message"].as_str())
            .unwrap_or("no answer");
        anyhow::bail!("the bot declined the payment: {reason}");
    }
    s.paid += 1;
    let charge = format!("sim-charge-{}-{}", s.user.id, s.paid);
    records.extend(
        h.exchange(|f| f.successful_payment(&user, &payload, amount, &charge))
            .await?,
    );
    Ok(records)
}

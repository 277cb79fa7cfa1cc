//! How the simulator shows what the bot did: messages as text, buttons as numbered choices,
//! a streamed answer as it grows, and pictures and documents saved as files.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::sim::fake_telegram::{Recorded, RequestLog};

/// What printing remembers between records.
#[derive(Default)]
pub struct Printer {
    /// The last keyboard shown: (message id, label, callback data or URL).
    pub buttons: Vec<(i64, String, String)>,
    /// Where pictures and documents are written.
    pub files: PathBuf,
    saved: usize,
    /// Each draft's text so far, so a script run prints only what was added.
    drafts: HashMap<i64, String>,
    /// Drafts were already shown live on the terminal.
    pub live: bool,
}

impl Printer {
    pub fn new(files: PathBuf, live: bool) -> Printer {
        Printer {
            files,
            live,
            ..Printer::default()
        }
    }

    /// Prints the records of one exchange; records to other chats print as one line each.
    pub fn records<W: Write>(
        &mut self,
        out: &mut W,
        user: i64,
        records: &[Recorded],
    ) -> std::io::Result<()> {
        for r in records {
            if r.chat_id().is_some_and(|c| c != user) {
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
                    self.buttons(out, r)?;
                }
                "sendmessagedraft" => self.draft(out, r)?,
                "answercallbackquery" => {
                    if let Some(t) = r.body["text"].as_str() {
                        writeln!(out, "💬 {t}")?;
                    }
                }
                "senddocument" | "sendphoto" => {
                    let (mark, saved) = self.save(r);
                    writeln!(
                        out,
                        "{mark} {saved}{}",
                        r.text()
                            .map(|c| format!(" — {}", html_to_plain(c)))
                            .unwrap_or_default()
                    )?;
                    self.buttons(out, r)?;
                }
                "sendinvoice" => writeln!(
                    out,
                    "🧾 invoice: {} — {} {} (:pay pays it)",
                    r.body["title"].as_str().unwrap_or_default(),
                    r.body["prices"][0]["amount"],
                    r.body["currency"].as_str().unwrap_or_default()
                )?,
                _ => {}
            }
        }
        Ok(())
    }

    /// A draft on a script run: the words it added, so the transcript shows the answer
    /// arriving in pieces. On a terminal the pieces were already shown in place.
    fn draft<W: Write>(&mut self, out: &mut W, r: &Recorded) -> std::io::Result<()> {
        let id = r.body["draft_id"].as_i64().unwrap_or_default();
        let text = html_to_plain(r.body["text"].as_str().unwrap_or_default());
        let before = self.drafts.insert(id, text.clone()).unwrap_or_default();
        if self.live || text.is_empty() {
            return Ok(());
        }
        let added = text.strip_prefix(before.as_str()).unwrap_or(&text);
        if !added.trim().is_empty() {
            writeln!(out, "✍️ …{}", added.replace('\n', " "))?;
        }
        Ok(())
    }

    /// Writes a sent picture or document into the run's folder: (mark, where and how big).
    fn save(&mut self, r: &Recorded) -> (&'static str, String) {
        let mark = if r.is("sendPhoto") { "🖼" } else { "📄" };
        let Some((_, name, bytes)) = r.files.first() else {
            return (mark, "(no file)".into());
        };
        self.saved += 1;
        let path = self
            .files
            .join(format!("{}-{}", self.saved, safe_name(name)));
        let kb = bytes.len().div_ceil(1024);
        match std::fs::create_dir_all(&self.files).and_then(|_| std::fs::write(&path, bytes)) {
            Ok(()) => (mark, format!("saved {} ({kb} KB)", path.display())),
            Err(e) => (mark, format!("{name} ({kb} KB, not saved: {e})")),
        }
    }

    fn buttons<W: Write>(&mut self, out: &mut W, r: &Recorded) -> std::io::Result<()> {
        let rows = r.buttons();
        if rows.is_empty() {
            return Ok(());
        }
        let Some(message_id) = r.message_id else {
            return Ok(());
        };
        self.buttons.clear();
        for row in rows {
            let mut line = String::from("  ");
            for (label, target) in row {
                self.buttons.push((message_id, label.clone(), target));
                line.push_str(&format!("[{}] {label}   ", self.buttons.len()));
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// A file name without any path in it.
fn safe_name(name: &str) -> String {
    Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "file".into())
}

/// Shows the growing draft of `user`'s answer on one terminal line while the bot works;
/// stops when aborted.
pub fn watch_drafts(log: RequestLog, user: i64) -> tokio::task::JoinHandle<()> {
    let since = log.count();
    tokio::spawn(async move {
        let mut shown = 0;
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let drafts: Vec<Recorded> = log
                .since(since)
                .into_iter()
                .filter(|r| r.is("sendMessageDraft") && r.chat_id() == Some(user))
                .collect();
            if drafts.len() == shown {
                continue;
            }
            shown = drafts.len();
            let text = drafts
                .last()
                .and_then(|r| r.body["text"].as_str())
                .map(one_line)
                .unwrap_or_default();
            // The line's tail: what is being written now.
            let tail: String = {
                let chars: Vec<char> = text.chars().collect();
                chars[chars.len().saturating_sub(100)..].iter().collect()
            };
            let mut stdout = std::io::stdout();
            let _ = write!(stdout, "\r\x1b[2K✍️ {tail}");
            let _ = stdout.flush();
        }
    })
}

/// Clears the line the live draft was written on.
pub fn clear_live_line() {
    let mut stdout = std::io::stdout();
    let _ = write!(stdout, "\r\x1b[2K");
    let _ = stdout.flush();
}

pub fn one_line(s: &str) -> String {
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

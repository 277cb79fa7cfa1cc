//! Texts as messages: splitting long ones into message-sized parts at natural boundaries, and
//! escaping user or AI text for the HTML that messages are written in.

/// Telegram's limit for one text message, counted (as Telegram does) in UTF-16 code units
/// of the visible text.
pub const MESSAGE_LIMIT: usize = 4096;

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Byte index of the largest prefix of `s` that fits in `limit` UTF-16 units.
fn fitting_prefix(s: &str, limit: usize) -> usize {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > limit {
            return i;
        }
    }
    s.len()
}

/// Splits `text` into parts of at most `limit` UTF-16 units, cutting preferably between
/// paragraphs, then lines, then sentences, then words; a single over-long word is cut hard.
/// No text is lost: joining the parts with the removed separators restores the content.
pub fn split_message(text: &str, limit: usize) -> Vec<String> {
    let limit = limit.max(1);
    let mut parts = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        if utf16_len(rest) <= limit {
            parts.push(rest.to_string());
            break;
        }
        let window = &rest[..fitting_prefix(rest, limit)];
        let cut = ["\n\n", "\n", ". ", "! ", "? ", "。", " "]
            .iter()
            .find_map(|sep| {
                window
                    .rfind(sep)
                    .filter(|&i| i > window.len() / 3)
                    .map(|i| i + sep.len())
            })
            .unwrap_or(
                window
                    .len()
                    .max(rest.chars().next().map_or(1, char::len_utf8)),
            );
        let (head, tail) = rest.split_at(cut);
        let head = head.trim_end();
        if !head.is_empty() {
            parts.push(head.to_string());
        }
        rest = tail.trim_start();
    }
    parts
}

/// The longest AI answer we deliver (characters): a runaway model is cut here, at a sentence,
/// instead of arriving as dozens of messages.
pub const ANSWER_CAP: usize = 12_000;

/// Whether a text shows nothing: only whitespace and invisible format characters (zero-width
/// spaces and joiners, word joiners, the BOM, soft hyphens).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{00AD}'
                    | '\u{034F}'
                    | '\u{180E}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{FEFF}'
            )
    })
}

/// `text` within `max` characters: when longer, cut after the last sentence that fits (a word
/// boundary if no sentence ends in the second half), so a capped answer still reads whole.
pub fn cap_at_sentence(text: &str, max: usize) -> &str {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text;
    };
    let window = &text[..end];
    let sentence = window
        .char_indices()
        .rev()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '。' | '؟' | '…' | '\n')
                && window[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map(|(i, c)| i + c.len_utf8())
        .next()
        .filter(|&i| i > window.len() / 2);
    let cut = sentence
        .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
        .unwrap_or(end);
    text[..cut].trim_end()
}

/// An AI answer as it is delivered: trimmed and cut at [`ANSWER_CAP`]; `None` when it shows
/// nothing (an apology then, nothing spent).
pub fn deliverable(answer: &str) -> Option<&str> {
    (!is_blank(answer)).then(|| cap_at_sentence(answer.trim(), ANSWER_CAP))
}

/// Escapes text for Telegram's HTML parse mode.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// Telegram HTML as plain text (the terminal and the PDFs).
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_means_nothing_visible() {
        assert!(is_blank(" \n\t\u{200B}\u{FEFF}\u{2060}\u{00A0}\u{200D}"));
        assert!(is_blank(""));
        assert!(!is_blank("\u{200B}a"));
        assert!(!is_blank("☕"));
    }

    #[test]
    fn a_deliverable_answer_is_trimmed_capped_or_none() {
        assert_eq!(deliverable("  Hello.  "), Some("Hello."));
        assert_eq!(deliverable("\u{200B} \n"), None);
        let long = "Aa. ".repeat(5_000);
        assert!(deliverable(&long).is_some_and(|t| t.chars().count() <= ANSWER_CAP));
    }

    #[test]
    fn a_capped_answer_ends_at_a_sentence() {
        let short = "One. Two.";
        assert_eq!(cap_at_sentence(short, 100), short);
        let long = "Bir cümle burada bitiyor. ".repeat(1000);
        let capped = cap_at_sentence(&long, ANSWER_CAP);
        assert!(capped.chars().count() <= ANSWER_CAP);
        assert!(capped.chars().count() > ANSWER_CAP - 40);
        assert!(
            capped.ends_with("bitiyor."),
            "{}",
            &capped[capped.len() - 20..]
        );
        // "3.5" is not a sentence end; Arabic question marks are.
        let ar = format!("{}؟ {}", "ما هذا 3.5".repeat(10), "x".repeat(200));
        assert!(cap_at_sentence(&ar, 150).ends_with('؟'));
        // No sentence end at all: a word boundary; no boundary: a hard cut.
        assert_eq!(cap_at_sentence("aaa bbb ccc", 9), "aaa bbb");
        assert_eq!(cap_at_sentence(&"x".repeat(50), 10).len(), 10);
    }

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split_message("hello", 4096), vec!["hello"]);
        assert!(split_message("   ", 4096).is_empty());
    }

    #[test]
    fn prefers_paragraph_boundaries() {
        let a = "a".repeat(3000);
        let b = "b".repeat(3000);
        let parts = split_message(&format!("{a}\n\n{b}"), 4096);
        assert_eq!(parts, vec![a, b]);
    }

    #[test]
    fn falls_back_to_sentences_then_hard_cuts() {
        let s = "Sentence one is here. ".repeat(300);
        let parts = split_message(&s, 4096);
        assert!(parts.len() >= 2);
        assert!(parts.iter().all(|p| utf16_len(p) <= 4096));
        assert!(parts[0].ends_with('.'));

        let word = "x".repeat(9000);
        let parts = split_message(&word, 4096);
        assert_eq!(parts.iter().map(|p| p.len()).sum::<usize>(), 9000);
        assert!(parts.iter().all(|p| utf16_len(p) <= 4096));
    }

    #[test]
    fn counts_utf16_units_and_never_splits_a_character() {
        let emoji = "🔮".repeat(3000); // 2 UTF-16 units each
        let parts = split_message(&emoji, 4096);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| utf16_len(p) <= 4096));
        assert_eq!(parts.concat(), emoji);
    }

    #[test]
    fn escapes_the_three_html_specials() {
        assert_eq!(
            escape_html("<b>Tom & Jerry</b>"),
            "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"
        );
        assert_eq!(escape_html("çay \"ok\""), "çay \"ok\"");
    }

    #[test]
    fn plain_text_drops_tags_and_unescapes() {
        assert_eq!(plain_text("<b>Tom &amp; Jerry</b> &lt;3"), "Tom & Jerry <3");
    }
}

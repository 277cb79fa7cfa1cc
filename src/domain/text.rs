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

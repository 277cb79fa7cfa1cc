//! Text for surfaces without a text engine (the PDF, drawn images): they lay glyphs out left
//! to right with no shaping, so Arabic is first reshaped into its joined presentation forms and
//! then reordered into visual order (Unicode bidi), and the line is aligned right. Fluent's
//! isolation marks are removed (they have no glyph in the font and would render as boxes).

use unicode_bidi::BidiInfo;

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Removes bidi isolation and other invisible formatting characters.
pub fn strip_marks(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}'
            )
        })
        .collect()
}

/// A line ready for genpdf: `(visual text, right-to-left)`.
pub fn visual_line(line: &str) -> (String, bool) {
    let clean = strip_marks(line);
    if !clean.chars().any(is_arabic) {
        return (clean, false);
    }
    let shaped = ar_reshaper::reshape_line(&clean);
    let info = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    for para in &info.paragraphs {
        out.push_str(&info.reorder_line(para, para.range.clone()));
    }
    (out, true)
}

/// Wraps a paragraph into lines of at most `width` characters (for right-to-left text, which
/// must be wrapped before it is reversed, since genpdf would wrap the visual string backwards).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_cyrillic_pass_through_arabic_is_shaped_and_reversed() {
        assert_eq!(
            visual_line("Gökyüzü \u{2068}Ay\u{2069}"),
            ("Gökyüzü Ay".to_string(), false)
        );
        assert_eq!(visual_line("Луна").0, "Луна");
        let (v, rtl) = visual_line("القمر");
        assert!(rtl);
        // Presentation forms, last letter first in visual order.
        assert!(
            v.chars().all(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c)),
            "{v:?}"
        );
        assert_eq!(v.chars().count(), 5);
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }
}

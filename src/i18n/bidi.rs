//! Arabic lines with Latin inside ("Fal Gram", "PDF", a user's name, a number): right to left
//! with the Latin runs isolated, so Telegram clients (which follow the Unicode bidi algorithm
//! and its isolates, FSI/PDI) neither reorder them nor flip a line that starts with one.
//! Variables are isolated by Fluent itself; this isolates the Latin words of the text.

/// First strong isolate and pop directional isolate.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '\'' | '’' | ':' | '/' | ',' | '+' | '_'
    )
}

/// Wraps every run of Latin letters and digits (with the spaces, hyphens and dots inside it)
/// in FSI…PDI. HTML tags, entities and text already isolated are left as they are.
pub fn isolate_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let (mut i, mut depth) = (0, 0usize);
    while i < chars.len() {
        let c = chars[i];
        match c {
            // A tag (`<b>`, `<a href="…">`) or an entity (`&amp;`) is markup, not text.
            '<' | '&' => {
                let end = if c == '<' { '>' } else { ';' };
                let close = chars[i..].iter().position(|x| *x == end).map(|p| i + p);
                let stop = close.unwrap_or(i);
                out.extend(&chars[i..=stop]);
                i = stop + 1;
            }
            '\u{2066}'..='\u{2068}' => {
                depth += 1;
                out.push(c);
                i += 1;
            }
            '\u{2069}' => {
                depth = depth.saturating_sub(1);
                out.push(c);
                i += 1;
            }
            _ if depth == 0 && is_latin(c) => {
                // The run ends at its last Latin character: up to two joiners ("14:30",
                // "Europe/Istanbul", "Paris, FR") belong to it only when Latin follows, so a
                // time or a place is one run and is not read backwards.
                let mut end = i;
                let mut j = i;
                while j < chars.len() {
                    if is_latin(chars[j]) {
                        end = j;
                        j += 1;
                        continue;
                    }
                    let joiners = chars[j..]
                        .iter()
                        .take(2)
                        .take_while(|c| is_joiner(**c))
                        .count();
                    if joiners > 0 && chars.get(j + joiners).is_some_and(|n| is_latin(*n)) {
                        j += joiners;
                    } else {
                        break;
                    }
                }
                out.push(FSI);
                out.extend(&chars[i..=end]);
                out.push(PDI);
                i = end + 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs_are_isolated_and_markup_is_left_alone() {
        assert_eq!(
            isolate_latin("مرحبًا بك في Fal Gram!"),
            "مرحبًا بك في \u{2068}Fal Gram\u{2069}!"
        );
        assert_eq!(
            isolate_latin("<b>تحميل PDF</b> &amp; 30 يومًا"),
            "<b>تحميل \u{2068}PDF\u{2069}</b> &amp; \u{2068}30\u{2069} يومًا"
        );
        // Already isolated by Fluent: unchanged.
        assert_eq!(
            isolate_latin("\u{2068}Ayşe\u{2069} انضمت"),
            "\u{2068}Ayşe\u{2069} انضمت"
        );
        assert_eq!(isolate_latin("بدون لاتينية"), "بدون لاتينية");
        // Times, zones and "city, country" stay one run each.
        assert_eq!(
            isolate_latin("مثلًا 14:30 أو Paris, FR في Europe/Istanbul"),
            "مثلًا \u{2068}14:30\u{2069} أو \u{2068}Paris, FR\u{2069} في \u{2068}Europe/Istanbul\u{2069}"
        );
    }
}

//! One way to write each thing a user reads that is not a sentence: numbers, Stars, dates and
//! times, in each language's convention. Every screen, PDF and terminal line goes through
//! here (the terminal speaks English), so a date never reads `29.11.2026` on one screen and
//! `2026-11-29` on the next.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::domain::Lang;

/// The thousands separator and the decimal mark.
fn separators(lang: Lang) -> (&'static str, char) {
    match lang {
        Lang::En | Lang::Ar => (",", '.'),
        Lang::Tr | Lang::De | Lang::Es | Lang::It | Lang::Pt => (".", ','),
        // French groups with a narrow no-break space, Russian with a no-break space.
        Lang::Fr => ("\u{202f}", ','),
        Lang::Ru => ("\u{a0}", ','),
    }
}

/// A whole number with the language's grouping: `12,500` / `12.500` / `12 500`. Spanish
/// leaves four-digit numbers ungrouped (`1500`), as its style guides do.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sign = if n < 0 { "-" } else { "" };
    if digits.len() <= 3 || (lang == Lang::Es && digits.len() == 4) {
        return format!("{sign}{digits}");
    }
    let (group, _) = separators(lang);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group.len());
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(d);
    }
    format!("{sign}{out}")
}

/// A decimal with `places` digits after the language's decimal mark: `12.3` / `12,3`.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let fixed = format!("{:.*}", places, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let whole = number(lang, whole.parse::<i64>().unwrap_or(0));
    let sign = if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "-"
    } else {
        ""
    };
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{}{fraction}", separators(lang).1)
    }
}

/// A whole percentage as each language writes it: `%67` in Turkish, `67 %` (no-break space)
/// in French, German and Spanish, `67٪` in Arabic, `67%` elsewhere.
pub fn percent(lang: Lang, n: i64) -> String {
    let n = number(lang, n);
    match lang {
        Lang::Tr => format!("%{n}"),
        Lang::Fr | Lang::De | Lang::Es => format!("{n}\u{a0}%"),
        Lang::Ar => format!("{n}٪"),
        Lang::En | Lang::Ru | Lang::It | Lang::Pt => format!("{n}%"),
    }
}

/// US dollars as each language writes them: `$0.0123` in English and Turkish, `0,0123 $`
/// (no-break space) in the European languages, `0.0123 US$` in Arabic. Four decimals under a
/// dollar (an AI reading costs fractions of a cent), two above.
pub fn usd(lang: Lang, amount: f64) -> String {
    let places = if amount.abs() < 1.0 { 4 } else { 2 };
    let n = decimal(lang, amount.abs(), places);
    let minus = if amount < 0.0 && n.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "-"
    } else {
        ""
    };
    match lang {
        Lang::En | Lang::Tr => format!("{minus}${n}"),
        Lang::Ar => format!("{minus}{n}\u{a0}US$"),
        Lang::Fr | Lang::De | Lang::Es | Lang::Ru | Lang::It | Lang::Pt => {
            format!("{minus}{n}\u{a0}$")
        }
    }
}

/// An amount of Telegram Stars: `1,000 ⭐`.
pub fn stars(lang: Lang, amount: i64) -> String {
    format!("{} ⭐", number(lang, amount))
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date: `29 Nov 2026` in English (neither US nor UK order can be misread),
/// `29.11.2026` in Turkish, German and Russian, `29/11/2026` elsewhere.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            EN_MONTHS[d.month0() as usize],
            d.year()
        ),
        Lang::Tr | Lang::De | Lang::Ru => d.format("%d.%m.%Y").to_string(),
        Lang::Es | Lang::Fr | Lang::It | Lang::Pt | Lang::Ar => d.format("%d/%m/%Y").to_string(),
    }
}

/// A date without its year, for lists within the coming weeks: `29 Nov`, `29.11`, `29.11.`
/// (German), `29/11`.
pub fn day_month(lang: Lang, d: NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Lang::En => format!("{} {}", d.day(), EN_MONTHS[d.month0() as usize]),
        // German closes the abbreviated date with a dot: "01.12.".
        Lang::De => d.format("%d.%m.").to_string(),
        Lang::Tr | Lang::Ru => d.format("%d.%m").to_string(),
        Lang::Es | Lang::Fr | Lang::It | Lang::Pt | Lang::Ar => d.format("%d/%m").to_string(),
    }
}

/// A position within its sign, as tables and facts show it: `22°38′`.
pub fn degrees(longitude: f64) -> String {
    let (d, m) = crate::domain::astro::zodiac::degree_minutes_in_sign(longitude);
    format!("{d}°{m:02}′")
}

/// Whole degrees within the sign, `4°`: a sentence reads better without the minutes.
pub fn whole_degrees(longitude: f64) -> String {
    format!(
        "{}°",
        crate::domain::astro::zodiac::degree_minutes_in_sign(longitude).0
    )
}

/// A time of day: 24-hour `14:05` in every language.
pub fn time(t: chrono::NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A date and time: `29 Nov 2026 14:05`, `29.11.2026 14:05`.
pub fn date_time(lang: Lang, t: NaiveDateTime) -> String {
    format!("{} {}", date(lang, t.date()), time(t.time()))
}

/// A day and time without the year: `29 Nov 14:05`, `29.11 14:05`.
pub fn day_month_time(lang: Lang, t: NaiveDateTime) -> String {
    format!("{} {}", day_month(lang, t.date()), time(t.time()))
}

/// The UTC date of a Unix timestamp (stored instants: payments, expiries, readings).
pub fn date_of(lang: Lang, ts: i64) -> String {
    DateTime::<Utc>::from_timestamp(ts, 0)
        .map(|t| date(lang, t.date_naive()))
        .unwrap_or_default()
}

/// Like [`date_of`], with "–" for none (an open expiry, a missing date).
pub fn date_or_dash(lang: Lang, ts: Option<i64>) -> String {
    ts.map_or_else(|| "–".to_string(), |t| date_of(lang, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_by_language() {
        assert_eq!(number(Lang::En, 12_500), "12,500");
        assert_eq!(number(Lang::Tr, 1_000_000), "1.000.000");
        assert_eq!(number(Lang::Fr, 12_500), "12\u{202f}500");
        assert_eq!(number(Lang::Ru, 2_000), "2\u{a0}000");
        assert_eq!(number(Lang::Es, 1_500), "1500");
        assert_eq!(number(Lang::Es, 15_000), "15.000");
        assert_eq!(number(Lang::De, 999), "999");
        assert_eq!(number(Lang::En, -4_200), "-4,200");
        assert_eq!(stars(Lang::Pt, 2_000), "2.000 ⭐");
        assert_eq!(percent(Lang::Tr, 67), "%67");
        assert_eq!(percent(Lang::Fr, 67), "67\u{a0}%");
        assert_eq!(percent(Lang::Ar, 5), "5٪");
        assert_eq!(percent(Lang::En, 100), "100%");
    }

    #[test]
    fn decimals_use_the_decimal_mark() {
        assert_eq!(decimal(Lang::En, 12.34, 1), "12.3");
        assert_eq!(decimal(Lang::Ru, 12.34, 1), "12,3");
        assert_eq!(decimal(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(decimal(Lang::Tr, 7.0, 0), "7");
    }

    #[test]
    fn dates_follow_one_convention_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(date(Lang::En, d), "29 Nov 2026");
        assert_eq!(date(Lang::Tr, d), "29.11.2026");
        assert_eq!(date(Lang::Fr, d), "29/11/2026");
        assert_eq!(day_month(Lang::De, d), "29.11.");
        assert_eq!(day_month(Lang::Ru, d), "29.11");
        assert_eq!(day_month(Lang::En, d), "29 Nov");
        let t = d.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(date_time(Lang::Ru, t), "29.11.2026 09:05");
        assert_eq!(date_of(Lang::It, 1_796_000_000), "30/11/2026");
        assert_eq!(date_or_dash(Lang::It, None), "–");
    }
}

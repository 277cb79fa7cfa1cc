//! Dates in words where a number would not do: a period in a horoscope's title and in the
//! facts the AI reads ("23–29 November", "November 2026").

use chrono::{Datelike, NaiveDate};

use super::{format, keys as k, I18n, Val};
use crate::domain::horoscope::Period;
use crate::domain::Lang;

impl I18n {
    /// The month's name: on its own (`in_date` false: "ноябрь") or after a day ("ноября").
    fn month(&self, lang: Lang, day: NaiveDate, in_date: bool) -> String {
        let key = if in_date {
            k::MONTH_IN_DATE
        } else {
            k::MONTH_NAME
        };
        // A number, so the message's [1]–[12] variants match it.
        self.tr(lang, key, &[("month", Val::Num(i64::from(day.month())))])
    }

    /// "November 2026".
    pub fn month_year(&self, lang: Lang, day: NaiveDate) -> String {
        self.tr(
            lang,
            k::MONTH_YEAR,
            &[
                ("month", Val::from(&self.month(lang, day, false))),
                ("year", Val::Digits(i64::from(day.year()))),
            ],
        )
    }

    /// "23–29 November", or "30 November – 6 December" across two months.
    pub fn day_span(&self, lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
        // Numbers, so a language can select on them (Italian writes the first day "1°").
        let day = |d: NaiveDate| Val::Num(i64::from(d.day()));
        let (first_month, last_month) =
            (self.month(lang, first, true), self.month(lang, last, true));
        if first.month() == last.month() {
            self.tr(
                lang,
                k::SPAN_SAME_MONTH,
                &[
                    ("first", day(first)),
                    ("last", day(last)),
                    ("month", Val::from(&first_month)),
                ],
            )
        } else {
            self.tr(
                lang,
                k::SPAN_TWO_MONTHS,
                &[
                    ("first", day(first)),
                    ("first_month", Val::from(&first_month)),
                    ("last", day(last)),
                    ("last_month", Val::from(&last_month)),
                ],
            )
        }
    }

    /// The period containing `day`, in words: the date, the week's days, or the month.
    pub fn period_span(&self, lang: Lang, period: Period, day: NaiveDate) -> String {
        let (first, last) = period.span(day);
        match period {
            Period::Daily => format::date(lang, day),
            Period::Weekly => self.day_span(lang, first, last),
            Period::Monthly => self.month_year(lang, first),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_in_words_in_every_language() {
        let i18n = I18n::load().unwrap();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let week = |lang| i18n.period_span(lang, Period::Weekly, d(2026, 11, 25));
        let month = |lang| i18n.period_span(lang, Period::Monthly, d(2026, 11, 25));
        assert_eq!(week(Lang::En), "23–29 November");
        assert_eq!(week(Lang::Ru), "23–29 ноября");
        assert_eq!(month(Lang::Ru), "ноябрь 2026");
        assert_eq!(month(Lang::Tr), "Kasım 2026");
        assert_eq!(
            i18n.period_span(Lang::En, Period::Weekly, d(2026, 12, 1)),
            "30 November – 6 December"
        );
        for lang in Lang::ALL {
            let w = week(lang);
            assert!(
                w.contains("23") && w.contains("29") && !w.contains('{'),
                "{lang}: {w}"
            );
            assert!(!w.contains("W48") && month(lang).contains("2026"), "{lang}");
            assert!(!month(lang).contains("2.026") && !month(lang).contains("2,026"));
        }
    }
}

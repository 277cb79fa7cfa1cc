//! The computed facts an AI reading rests on, worded in the user's language: a natal chart,
//! the sky over a horoscope's period, a synastry, a sign pair, drawn tarot cards. The prompts
//! tell the AI to use only these, so they must read naturally in the language it answers in.

use std::fmt::Write;

use crate::domain::astro::aspects::Aspect;
use crate::domain::astro::sky::SkyEvent;
use crate::domain::astro::{Chart, Sign};
use crate::domain::horoscope::SkyFacts;
use crate::domain::tarot::{Deck, Drawn};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, I18n, Val};

/// Aspects listed at most (the tightest first, as the chart keeps them).
const ASPECTS: usize = 14;

fn aspect_line(i18n: &I18n, lang: Lang, a: &Aspect, key: crate::i18n::Key) -> String {
    let (first, second) = if key == k::FACT_SYNASTRY_ASPECT {
        ("mine", "theirs")
    } else {
        ("first", "second")
    };
    i18n.tr(
        lang,
        key,
        &[
            (first, Val::from(&i18n.body_name(lang, a.a))),
            ("aspect", Val::from(&i18n.aspect_name(lang, a.kind))),
            (second, Val::from(&i18n.body_name(lang, a.b))),
            ("orb", Val::Decimal(a.orb, 1)),
        ],
    )
}

fn position(i18n: &I18n, lang: Lang, body: String, longitude: f64) -> String {
    i18n.tr(
        lang,
        k::FACT_POSITION,
        &[
            ("body", Val::from(&body)),
            (
                "sign",
                Val::from(&i18n.sign_name(lang, Sign::of_longitude(longitude))),
            ),
            ("degrees", Val::from(&format::degrees(longitude))),
        ],
    )
}

/// A natal chart: every body with sign, degree, house and motion; the angles (or that the
/// birth time is unknown); the main aspects.
pub fn chart(i18n: &I18n, lang: Lang, chart: &Chart) -> String {
    let mut out = String::new();
    for p in &chart.planets {
        out.push_str(&position(
            i18n,
            lang,
            i18n.body_name(lang, p.name),
            p.longitude,
        ));
        if let Some(h) = p.house {
            let house = i18n.tr(lang, k::FACT_HOUSE, &[("house", Val::Digits(h as i64))]);
            let _ = write!(out, ", {house}");
        }
        if p.retrograde {
            let _ = write!(out, ", {}", i18n.t(lang, k::FACT_RETROGRADE));
        }
        out.push('\n');
    }
    match (chart.ascendant, chart.mc) {
        (Some(asc), Some(mc)) => {
            for (key, longitude) in [(k::FACT_ASCENDANT, asc), (k::FACT_MIDHEAVEN, mc)] {
                let sign = i18n.sign_name(lang, Sign::of_longitude(longitude));
                let line = i18n.tr(
                    lang,
                    key,
                    &[
                        ("sign", Val::from(&sign)),
                        ("degrees", Val::from(&format::degrees(longitude))),
                    ],
                );
                let _ = writeln!(out, "{line}");
            }
        }
        _ => {
            let _ = writeln!(out, "{}", i18n.t(lang, k::FACT_NO_BIRTH_TIME));
        }
    }
    let _ = writeln!(out, "{}", i18n.t(lang, k::FACT_ASPECTS));
    for a in chart.aspects.iter().take(ASPECTS) {
        let _ = writeln!(out, "- {}", aspect_line(i18n, lang, a, k::FACT_ASPECT));
    }
    out
}

/// The sky over a horoscope's period: positions at its start, sign changes with their day,
/// and the moon phases with their day (days only: one horoscope serves every time zone).
pub fn sky(i18n: &I18n, lang: Lang, sky: &SkyFacts) -> String {
    let mut out = i18n.tr(
        lang,
        k::FACT_SKY_TITLE,
        &[
            ("first", Val::from(&format::date(lang, sky.first))),
            ("last", Val::from(&format::date(lang, sky.last))),
        ],
    );
    out.push('\n');
    for b in &sky.bodies {
        let _ = write!(
            out,
            "- {}",
            position(i18n, lang, i18n.body_name(lang, b.body), b.longitude)
        );
        if b.retrograde {
            let _ = write!(out, ", {}", i18n.t(lang, k::FACT_RETROGRADE));
        }
        if let Some((sign, day)) = b.enters {
            let enters = i18n.tr(
                lang,
                k::FACT_ENTERS,
                &[
                    ("sign", Val::from(&i18n.sign_name(lang, sign))),
                    ("date", Val::from(&format::date(lang, day))),
                ],
            );
            let _ = write!(out, "; {enters}");
        }
        out.push('\n');
    }
    for e in &sky.phases {
        let phase = crate::domain::astro::moon::PhaseName::of_principal(e.phase);
        let line = i18n.tr(
            lang,
            k::FACT_PHASE,
            &[
                ("phase", Val::from(&i18n.phase_name(lang, phase))),
                (
                    "date",
                    Val::from(&format::date(lang, e.instant.date_naive())),
                ),
            ],
        );
        let _ = writeln!(out, "- {line}");
    }
    for e in &sky.events {
        let _ = writeln!(out, "- {}", event_line(i18n, lang, e));
    }
    out
}

/// A synastry: the tightest aspects between my chart and the other person's.
pub fn synastry(i18n: &I18n, lang: Lang, aspects: &[Aspect]) -> String {
    aspects
        .iter()
        .take(12)
        .map(|a| {
            format!(
                "- {}\n",
                aspect_line(i18n, lang, a, k::FACT_SYNASTRY_ASPECT)
            )
        })
        .collect()
}

/// A sign pair without birth data: the two elements and modalities.
pub fn sign_pair(i18n: &I18n, lang: Lang, a: Sign, b: Sign) -> String {
    i18n.tr(
        lang,
        k::FACT_SIGN_PAIR,
        &[
            (
                "first_element",
                Val::from(&i18n.element_name(lang, a.element())),
            ),
            (
                "second_element",
                Val::from(&i18n.element_name(lang, b.element())),
            ),
            (
                "first_modality",
                Val::from(&i18n.modality_name(lang, a.modality())),
            ),
            (
                "second_modality",
                Val::from(&i18n.modality_name(lang, b.modality())),
            ),
        ],
    )
}

/// One card with its position, orientation and the traditional keywords of that orientation.
pub fn card(i18n: &I18n, lang: Lang, deck: &Deck, d: &Drawn) -> Option<String> {
    let card = deck.card(d.card)?;
    let orientation = if d.reversed { k::REVERSED } else { k::UPRIGHT };
    Some(i18n.tr(
        lang,
        k::FACT_CARD,
        &[
            ("position", Val::from(&i18n.position_name(lang, d.position))),
            ("card", Val::from(card.name(lang))),
            ("orientation", Val::from(&i18n.t(lang, orientation))),
            (
                "keywords",
                Val::from(&card.keywords(lang, d.reversed).join(", ")),
            ),
        ],
    ))
}

/// The drawn cards, numbered in spread order.
pub fn cards(i18n: &I18n, lang: Lang, deck: &Deck, drawn: &[Drawn]) -> String {
    drawn
        .iter()
        .filter_map(|d| card(i18n, lang, deck, d))
        .enumerate()
        .map(|(i, line)| format!("{}. {line}\n", i + 1))
        .collect()
}

/// The sky's notable events between two days (stations, the Sun's and planets' sign changes,
/// eclipses), for a conversation that may turn to them: the AI gets the real dates.
pub fn coming(
    i18n: &I18n,
    lang: Lang,
    (first, last): (chrono::NaiveDate, chrono::NaiveDate),
    events: &[SkyEvent],
) -> String {
    let mut out = i18n.tr(
        lang,
        k::FACT_SKY_TITLE,
        &[
            ("first", Val::from(&format::date(lang, first))),
            ("last", Val::from(&format::date(lang, last))),
        ],
    );
    out.push('\n');
    let within = |e: &&SkyEvent| (first..=last).contains(&e.instant.date_naive());
    for e in events
        .iter()
        .filter(|e| crate::domain::astro::notices::notable(e))
        .filter(within)
    {
        let line = if e.kind == crate::domain::astro::sky::EventKind::Ingress {
            let enters = i18n.tr(
                lang,
                k::FACT_ENTERS,
                &[
                    ("sign", Val::from(&i18n.sign_name(lang, e.sign))),
                    (
                        "date",
                        Val::from(&format::date(lang, e.instant.date_naive())),
                    ),
                ],
            );
            format!("{}: {enters}", i18n.body_name(lang, e.body))
        } else {
            event_line(i18n, lang, e)
        };
        let _ = writeln!(out, "- {line}");
    }
    out
}

/// A station or an eclipse, for the AI: what, the day (UTC), and where.
fn event_line(i18n: &I18n, lang: Lang, e: &SkyEvent) -> String {
    let date = format::date(lang, e.instant.date_naive());
    let sign = i18n.sign_name(lang, e.sign);
    let degree = format::whole_degrees(e.longitude);
    let place = [
        ("date", Val::from(&date)),
        ("degree", Val::from(&degree)),
        ("sign", Val::from(&sign)),
    ];
    match (e.kind.eclipse(), e.kind.direction()) {
        (Some((kind, t)), _) => {
            let what = [("kind", Val::Str(kind)), ("type", Val::Str(t.code()))];
            i18n.tr(lang, k::FACT_ECLIPSE, &[&what[..], &place[..]].concat())
        }
        (None, direction) => {
            let body = i18n.body_name(lang, e.body);
            let what = [
                ("body", Val::from(&body)),
                ("direction", Val::Str(direction.unwrap_or("direct"))),
            ];
            i18n.tr(lang, k::FACT_STATION, &[&what[..], &place[..]].concat())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::{ChartInput, HouseSystem};

    fn chart_of(time_known: bool) -> Chart {
        let utc = chrono::NaiveDate::from_ymd_opt(1990, 7, 15)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .map(|t| t.and_utc())
            .unwrap();
        Chart::compute(&ChartInput {
            utc,
            lat: 41.01,
            lon: 28.97,
            time_known,
            house_system: HouseSystem::Placidus,
        })
        .unwrap()
    }

    #[test]
    fn chart_facts_speak_the_users_language() {
        let i18n = I18n::load().unwrap();
        let tr = chart(&i18n, Lang::Tr, &chart_of(true));
        assert!(tr.contains("Güneş: Yengeç"), "{tr}");
        assert!(tr.contains(". ev") && tr.contains("Yükselen:"), "{tr}");
        assert!(!tr.contains("house") && !tr.contains("cancer"), "{tr}");
        let ru = chart(&i18n, Lang::Ru, &chart_of(false));
        assert!(ru.contains("Время рождения неизвестно"), "{ru}");
        assert!(
            ru.contains("орб") && ru.contains(','),
            "decimal comma: {ru}"
        );
    }

    #[test]
    fn the_sky_of_a_week_reads_in_words_and_dates() {
        let i18n = I18n::load().unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2024, 4, 10).unwrap();
        let facts =
            crate::domain::horoscope::sky_facts(crate::domain::horoscope::Period::Monthly, day);
        let de = sky(&i18n, Lang::De, &facts);
        assert!(
            de.contains("01.04.2024") && de.contains("30.04.2024"),
            "{de}"
        );
        assert!(de.contains("Sonne: Widder"), "{de}");
        // The Sun entered Taurus on 19 April 2024 at 20:00 UT.
        assert!(de.contains("tritt am 19.04.2024 in Stier ein"), "{de}");
        assert!(de.contains("Neumond: 08.04.2024"), "{de}");
        // The month's eclipse and Mercury's station, with their days.
        let en = sky(&i18n, Lang::En, &facts);
        assert!(
            en.contains("- Total solar eclipse on 8 Apr 2024 at Aries 19°"),
            "{en}"
        );
        assert!(
            en.contains("- Mercury turns direct on 25 Apr 2024 at Aries 15°"),
            "{en}"
        );
    }

    #[test]
    fn the_coming_sky_names_stations_and_sign_changes_with_their_days() {
        use crate::domain::astro::time::jd_ut;
        let i18n = I18n::load().unwrap();
        let first = chrono::NaiveDate::from_ymd_opt(2024, 11, 20).unwrap();
        let last = chrono::NaiveDate::from_ymd_opt(2024, 12, 25).unwrap();
        let start = jd_ut(first.and_hms_opt(0, 0, 0).unwrap().and_utc());
        let events = crate::domain::astro::sky::events(start - 2.0, start + 40.0).unwrap();
        let en = coming(&i18n, Lang::En, (first, last), &events);
        assert!(
            en.contains("- Mercury turns retrograde on 26 Nov 2024 at Sagittarius 22°"),
            "{en}"
        );
        assert!(
            en.contains("- Sun: enters Capricorn on 21 Dec 2024"),
            "{en}"
        );
        assert!(
            !en.contains("Moon:"),
            "the Moon's sign changes are left out: {en}"
        );
        assert!(!en.contains("27 Dec"), "nothing after the last day: {en}");
    }
}

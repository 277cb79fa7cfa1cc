//! What the Sky screen and the sky alerts pick from a window of events (see `sky`): the events
//! worth a line (stations, ingresses of the Sun and planets, eclipses — the Moon changes sign
//! every two or three days and has its own void-of-course lines), the Moon's void periods, and
//! what falls on a user's local day.

use chrono::{DateTime, NaiveDate, Utc};

use super::ephemeris::{separation, Body};
use super::sky::{EventKind, SkyEvent};
use super::time::Zone;
use super::voc::LastAspect;

/// Whether an event gets a line of its own on the Sky screen.
pub fn notable(e: &SkyEvent) -> bool {
    match e.kind {
        EventKind::Ingress => e.body != Body::Moon,
        EventKind::VocStart { .. } | EventKind::VocEnd => false,
        _ => true,
    }
}

/// One void-of-course period of the Moon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoidSpan {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub last_aspect: LastAspect,
}

/// The void periods in a window of events: each start with the end that follows it (a period
/// cut by the window's edge is left out).
pub fn void_spans(events: &[SkyEvent]) -> Vec<VoidSpan> {
    let mut out = Vec::new();
    let mut open: Option<(DateTime<Utc>, LastAspect)> = None;
    for e in events {
        match e.kind {
            EventKind::VocStart { last_aspect } => open = Some((e.instant, last_aspect)),
            EventKind::VocEnd => {
                if let Some((start, last_aspect)) = open.take() {
                    out.push(VoidSpan {
                        start,
                        end: e.instant,
                        last_aspect,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// The void periods that touch a local day.
pub fn voids_on(spans: &[VoidSpan], day: NaiveDate, zone: &Zone) -> Vec<VoidSpan> {
    spans
        .iter()
        .filter(|s| zone.local_date(s.start) <= day && day <= zone.local_date(s.end))
        .copied()
        .collect()
}

/// Stations that fall on a natal point: a planet turning within `orb` degrees of where a body
/// stood at birth — the station's long pause lands on that point. With the natal body hit.
pub fn on_natal_points<'a>(
    stations: &'a [SkyEvent],
    natal: &[(Body, f64)],
    orb: f64,
) -> Vec<(&'a SkyEvent, Body)> {
    stations
        .iter()
        .filter_map(|e| {
            natal
                .iter()
                .filter(|(_, lon)| separation(e.longitude, *lon) <= orb)
                .min_by(|a, b| {
                    separation(e.longitude, a.1).total_cmp(&separation(e.longitude, b.1))
                })
                .map(|(body, _)| (e, *body))
        })
        .collect()
}

/// The sky alerts a user can opt into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alert {
    /// A planet stations tomorrow.
    Stations,
    /// An eclipse tomorrow.
    Eclipses,
    /// The Moon is void of course today.
    VoidMoon,
}

/// Whether an alert has something to tell on a local day.
pub fn has_news(alert: Alert, events: &[SkyEvent], today: NaiveDate, zone: &Zone) -> bool {
    match alert {
        Alert::VoidMoon => !voids_on(&void_spans(events), today, zone).is_empty(),
        _ => !due(alert, events, today, zone).is_empty(),
    }
}

/// The events a station or eclipse alert tells about on a local day: tomorrow's (the void
/// Moon's alert tells today's periods, see [`voids_on`]).
pub fn due<'a>(
    alert: Alert,
    events: &'a [SkyEvent],
    today: NaiveDate,
    zone: &Zone,
) -> Vec<&'a SkyEvent> {
    let tomorrow = today.succ_opt();
    events
        .iter()
        .filter(|e| match (alert, e.kind) {
            (Alert::Stations, EventKind::StationRetrograde | EventKind::StationDirect)
            | (Alert::Eclipses, EventKind::SolarEclipse { .. } | EventKind::LunarEclipse { .. }) => {
                Some(zone.local_date(e.instant)) == tomorrow
            }
            _ => false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::sky::events;
    use crate::domain::astro::time::jd_ut;
    use chrono::TimeZone;

    fn window(from: (i32, u32, u32), days: f64) -> Vec<SkyEvent> {
        let start = jd_ut(
            Utc.with_ymd_and_hms(from.0, from.1, from.2, 0, 0, 0)
                .unwrap(),
        );
        events(start, start + days).unwrap()
    }

    #[test]
    fn mercury_stations_tomorrow_is_due_the_day_before_in_the_users_zone() {
        // Mercury turned retrograde on 26 November 2024 at 02:42 UT: in New York that is still
        // the 25th (21:42), in Istanbul the 26th (05:42).
        let events = window((2024, 11, 20), 10.0);
        let day = |d: u32| NaiveDate::from_ymd_opt(2024, 11, d).unwrap();
        let istanbul = Zone::parse("Europe/Istanbul").unwrap();
        let new_york = Zone::parse("America/New_York").unwrap();
        let due_on = |d: u32, z: &Zone| due(Alert::Stations, &events, day(d), z);
        assert_eq!(due_on(25, &istanbul).len(), 1);
        assert!(due_on(26, &istanbul).is_empty());
        assert_eq!(due_on(24, &new_york).len(), 1);
        assert_eq!(due_on(25, &istanbul)[0].body, Body::Mercury);
        assert!(due(Alert::Eclipses, &events, day(25), &istanbul).is_empty());
    }

    #[test]
    fn void_periods_pair_up_and_fall_on_local_days() {
        let events = window((2025, 3, 10), 6.0);
        let spans = void_spans(&events);
        assert!(spans.len() >= 2, "{spans:?}");
        assert!(spans.iter().all(|s| s.start < s.end));
        // 11 March 2025: the Moon's square to Uranus at 20:15 UT, void until 07:55 UT on the
        // 12th. In Istanbul (UTC+3) that touches the 11th and the 12th.
        let istanbul = Zone::parse("Europe/Istanbul").unwrap();
        let on = |d: u32| {
            voids_on(
                &spans,
                NaiveDate::from_ymd_opt(2025, 3, d).unwrap(),
                &istanbul,
            )
        };
        assert!(on(11)
            .iter()
            .any(|s| s.last_aspect.map(|a| a.1) == Some(Body::Uranus)));
        assert!(on(12)
            .iter()
            .any(|s| s.last_aspect.map(|a| a.1) == Some(Body::Uranus)));
        assert!(events
            .iter()
            .filter(|e| notable(e))
            .all(|e| e.body != Body::Moon || e.kind.is_eclipse()));
    }

    #[test]
    fn a_station_on_a_natal_point_is_found_within_the_orb() {
        // Mercury turned retrograde at 22°40′ Sagittarius on 26 November 2024.
        let start = jd_ut(Utc.with_ymd_and_hms(2024, 11, 1, 0, 0, 0).unwrap());
        let stations = crate::domain::astro::sky::all_stations(start, start + 60.0).unwrap();
        let natal = [(Body::Venus, 261.5), (Body::Mars, 100.0)];
        let hits = on_natal_points(&stations, &natal, 2.0);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert_eq!((hits[0].0.body, hits[0].1), (Body::Mercury, Body::Venus));
        assert!(on_natal_points(&stations, &[(Body::Venus, 258.0)], 2.0).is_empty());
    }
}

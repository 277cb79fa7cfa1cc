//! Scheduled pushes: the kinds a user can opt into, what each requires, and when one is due —
//! pure rules the scheduler applies to the clock.

use super::astro::calendar;
use super::astro::moon::Phase;
use super::astro::notices::{has_news, Alert};
use super::astro::sky::SkyEvent;
use super::astro::time::Zone;
use super::plan::{Feature, Plan};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PushKind {
    DailyCard,
    DailyHoroscope,
    NewMoon,
    FullMoon,
    /// The day before a planet stations.
    Stations,
    /// The day before an eclipse.
    Eclipses,
    /// On a day the Moon is void of course.
    VoidMoon,
}

impl PushKind {
    pub const ALL: [PushKind; 7] = [
        PushKind::DailyCard,
        PushKind::DailyHoroscope,
        PushKind::NewMoon,
        PushKind::FullMoon,
        PushKind::Stations,
        PushKind::Eclipses,
        PushKind::VoidMoon,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PushKind::DailyCard => "daily_card",
            PushKind::DailyHoroscope => "daily_horoscope",
            PushKind::NewMoon => "new_moon",
            PushKind::FullMoon => "full_moon",
            PushKind::Stations => "stations",
            PushKind::Eclipses => "eclipses",
            PushKind::VoidMoon => "void_moon",
        }
    }

    pub fn from_code(s: &str) -> Option<PushKind> {
        PushKind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// The entitlement needed; the daily card is free for everyone.
    pub fn feature(self) -> Option<Feature> {
        match self {
            PushKind::DailyCard => None,
            PushKind::DailyHoroscope => Some(Feature::DailyHoroscope),
            PushKind::NewMoon | PushKind::FullMoon => Some(Feature::MoonNotifications),
            PushKind::Stations | PushKind::Eclipses | PushKind::VoidMoon => {
                Some(Feature::SkyEvents)
            }
        }
    }

    pub fn allowed_on(self, plan: Plan) -> bool {
        self.feature().is_none_or(|f| plan.allows(f))
    }

    /// The sky alert a push is, if it is one.
    pub fn alert(self) -> Option<Alert> {
        match self {
            PushKind::Stations => Some(Alert::Stations),
            PushKind::Eclipses => Some(Alert::Eclipses),
            PushKind::VoidMoon => Some(Alert::VoidMoon),
            _ => None,
        }
    }

    fn phase(self) -> Option<Phase> {
        match self {
            PushKind::NewMoon => Some(Phase::NewMoon),
            PushKind::FullMoon => Some(Phase::FullMoon),
            _ => None,
        }
    }
}

/// Parses a push time `HH:MM`.
pub fn parse_local_time(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()
}

/// The local date a push is due for at `now`, if any: the user's local clock has passed the
/// chosen time today (so after downtime the day's push still goes out, once — the log key is
/// this date), for moon pushes today holds that phase, and for sky alerts there is news in
/// `sky` (events of a window around now, see `astro::notices`).
pub fn due_date(
    kind: PushKind,
    now: DateTime<Utc>,
    local_time: NaiveTime,
    zone: &Zone,
    sky: &[SkyEvent],
) -> Option<NaiveDate> {
    let offset = chrono::Duration::minutes(i64::from(zone.offset_minutes_at(now)));
    let local_now = now.naive_utc() + offset;
    if local_now.time() < local_time {
        return None;
    }
    let today = local_now.date();
    if let Some(phase) = kind.phase() {
        let day = calendar::days(today, 1, zone).ok()?.into_iter().next()?;
        if !day.events.iter().any(|e| e.phase == phase) {
            return None;
        }
    }
    if let Some(alert) = kind.alert() {
        if !has_news(alert, sky, today, zone) {
            return None;
        }
    }
    Some(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn istanbul() -> Zone {
        Zone::parse("Europe/Istanbul").unwrap()
    }

    #[test]
    fn daily_pushes_are_due_after_the_local_time_on_the_local_date() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        // 05:59 UTC is 08:59 in Istanbul: not yet.
        let early = Utc.with_ymd_and_hms(2026, 11, 26, 5, 59, 0).unwrap();
        assert_eq!(
            due_date(PushKind::DailyCard, early, nine, &istanbul(), &[]),
            None
        );
        let on_time = Utc.with_ymd_and_hms(2026, 11, 26, 6, 0, 0).unwrap();
        assert_eq!(
            due_date(PushKind::DailyCard, on_time, nine, &istanbul(), &[]),
            NaiveDate::from_ymd_opt(2026, 11, 26)
        );
        // 22:30 UTC is already the 27th in Istanbul — past 09:00? No: 01:30 local.
        let late = Utc.with_ymd_and_hms(2026, 11, 26, 22, 30, 0).unwrap();
        assert_eq!(
            due_date(PushKind::DailyCard, late, nine, &istanbul(), &[]),
            None
        );
    }

    #[test]
    fn moon_pushes_only_on_the_day_of_the_phase() {
        let eight = NaiveTime::from_hms_opt(8, 0, 0).unwrap();
        let eclipse_day = Utc.with_ymd_and_hms(2024, 4, 8, 12, 0, 0).unwrap();
        assert!(due_date(PushKind::NewMoon, eclipse_day, eight, &istanbul(), &[]).is_some());
        assert!(due_date(PushKind::FullMoon, eclipse_day, eight, &istanbul(), &[]).is_none());
        let day_after = Utc.with_ymd_and_hms(2024, 4, 10, 12, 0, 0).unwrap();
        assert!(due_date(PushKind::NewMoon, day_after, eight, &istanbul(), &[]).is_none());
        assert!(PushKind::DailyCard.allowed_on(Plan::Free));
        assert!(!PushKind::NewMoon.allowed_on(Plan::Basic));
        assert!(PushKind::FullMoon.allowed_on(Plan::Premium));
    }

    #[test]
    fn sky_alerts_are_due_only_with_news_and_only_on_premium() {
        // The eve of the total solar eclipse of 8 April 2024, 09:00 in Istanbul.
        let start =
            crate::domain::astro::time::jd_ut(Utc.with_ymd_and_hms(2024, 4, 6, 0, 0, 0).unwrap());
        let sky = crate::domain::astro::sky::events(start, start + 5.0).unwrap();
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        let eve = Utc.with_ymd_and_hms(2024, 4, 7, 6, 30, 0).unwrap();
        let day = Utc.with_ymd_and_hms(2024, 4, 8, 6, 30, 0).unwrap();
        assert!(due_date(PushKind::Eclipses, eve, nine, &istanbul(), &sky).is_some());
        assert!(due_date(PushKind::Eclipses, day, nine, &istanbul(), &sky).is_none());
        // No station that week; without events nothing is ever due.
        assert!(due_date(PushKind::Stations, eve, nine, &istanbul(), &sky).is_none());
        assert!(due_date(PushKind::VoidMoon, eve, nine, &istanbul(), &[]).is_none());
        assert!(!PushKind::Stations.allowed_on(Plan::Basic));
        assert!(PushKind::VoidMoon.allowed_on(Plan::Premium));
    }
}

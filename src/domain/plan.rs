//! Plans and the one entitlement table every feature check goes through.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Plan {
    Free,
    Basic,
    Premium,
    Vip,
}

impl Plan {
    pub const ALL: [Plan; 4] = [Plan::Free, Plan::Basic, Plan::Premium, Plan::Vip];
    pub const PAID: [Plan; 3] = [Plan::Basic, Plan::Premium, Plan::Vip];

    pub fn code(self) -> &'static str {
        match self {
            Plan::Free => "free",
            Plan::Basic => "basic",
            Plan::Premium => "premium",
            Plan::Vip => "vip",
        }
    }

    pub fn is_paid(self) -> bool {
        self != Plan::Free
    }

    pub fn allows(self, feature: Feature) -> bool {
        self >= feature.minimum_plan()
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Plan {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Plan::ALL
            .into_iter()
            .find(|p| p.code() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| format!("unknown plan {s:?} (expected free, basic, premium or vip)"))
    }
}

/// Everything a plan can unlock. Readings (coffee, tarot, dream) are counted by the quota instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    DailyHoroscope,
    MoonToday,
    UnlimitedReadings,
    BirthChart,
    WeeklyHoroscope,
    MonthlyHoroscope,
    Compatibility,
    MoonCalendar,
    /// A short AI commentary on today's Moon, grounded in the computed phase.
    MoonCommentary,
    MoonNotifications,
    /// The sky's whole month (stations, ingresses, eclipses) and alerts about them; free users
    /// see the next three events.
    SkyEvents,
    /// A reading of the year ahead from the solar return chart.
    SolarReturn,
    Transits,
    PdfDownload,
    AstroChatbot,
    FriendsCompatibility,
}

impl Feature {
    pub const ALL: [Feature; 16] = [
        Feature::DailyHoroscope,
        Feature::MoonToday,
        Feature::UnlimitedReadings,
        Feature::BirthChart,
        Feature::WeeklyHoroscope,
        Feature::MonthlyHoroscope,
        Feature::Compatibility,
        Feature::MoonCalendar,
        Feature::MoonCommentary,
        Feature::MoonNotifications,
        Feature::SkyEvents,
        Feature::SolarReturn,
        Feature::Transits,
        Feature::PdfDownload,
        Feature::AstroChatbot,
        Feature::FriendsCompatibility,
    ];

    /// The entitlement table: the cheapest plan that unlocks each feature.
    pub fn minimum_plan(self) -> Plan {
        match self {
            Feature::DailyHoroscope | Feature::MoonToday => Plan::Free,
            Feature::UnlimitedReadings | Feature::BirthChart => Plan::Basic,
            Feature::WeeklyHoroscope
            | Feature::MonthlyHoroscope
            | Feature::Compatibility
            | Feature::MoonCalendar
            | Feature::MoonCommentary
            | Feature::MoonNotifications
            | Feature::SkyEvents
            | Feature::SolarReturn
            | Feature::Transits
            | Feature::PdfDownload => Plan::Premium,
            Feature::AstroChatbot | Feature::FriendsCompatibility => Plan::Vip,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entitlement_matrix_matches_the_product_table() {
        use Feature::*;
        let expect = |f: Feature, row: [bool; 4]| {
            for (plan, allowed) in Plan::ALL.into_iter().zip(row) {
                assert_eq!(plan.allows(f), allowed, "{f:?} on {plan}");
            }
        };
        expect(DailyHoroscope, [true, true, true, true]);
        expect(MoonToday, [true, true, true, true]);
        expect(BirthChart, [false, true, true, true]);
        for f in [
            WeeklyHoroscope,
            MonthlyHoroscope,
            Compatibility,
            MoonCalendar,
            MoonCommentary,
            SkyEvents,
            SolarReturn,
            Transits,
        ] {
            expect(f, [false, false, true, true]);
        }
        expect(AstroChatbot, [false, false, false, true]);
        expect(FriendsCompatibility, [false, false, false, true]);
    }

    #[test]
    fn plans_parse() {
        assert_eq!("VIP".parse::<Plan>(), Ok(Plan::Vip));
        assert!("gold".parse::<Plan>().is_err());
    }
}

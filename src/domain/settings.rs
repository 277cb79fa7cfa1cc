//! Operator settings kept in the `config` table: their keys, defaults and typed view.

use std::collections::HashMap;

use super::plan::Plan;

/// Every setting with its default, as seeded into the `config` table by the first migration's
/// companion (see `store::settings`). Order is the order the admin panel lists them in.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("free_readings", "4"),
    ("referral_bonus", "1"),
    ("daily_card_time", "09:00"),
    ("daily_horoscope_time", "08:00"),
    ("push_timezone", "Europe/Istanbul"),
    ("price_basic", "500"),
    ("price_premium", "1000"),
    ("price_vip", "2000"),
    ("days_basic", "30"),
    ("days_premium", "30"),
    ("days_vip", "30"),
    ("rate_user_per_minute", "30"),
    ("rate_ai_per_minute", "4"),
    ("refund_window_days", "7"),
    ("chatbot_per_day", "40"),
    // What Telegram pays out for Stars, in dollars per 1,000 (for the margins per plan).
    ("stars_usd_per_1000", "13"),
];

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub free_readings: u32,
    pub referral_bonus: u32,
    pub daily_card_time: String,
    pub daily_horoscope_time: String,
    pub push_timezone: String,
    pub price_basic: u32,
    pub price_premium: u32,
    pub price_vip: u32,
    pub days_basic: u32,
    pub days_premium: u32,
    pub days_vip: u32,
    pub rate_user_per_minute: u32,
    pub rate_ai_per_minute: u32,
    pub refund_window_days: u32,
    /// Questions a VIP may ask the astrology chatbot per day.
    pub chatbot_per_day: u32,
    /// US dollars per 1,000 Stars, to set revenue against AI cost.
    pub stars_usd_per_1000: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_pairs(&HashMap::new())
    }
}

impl Settings {
    /// Builds the typed view; a missing or unparseable value falls back to its default, so a
    /// bad edit can never stop the bot (the admin panel validates with [`check`]).
    pub fn from_pairs(values: &HashMap<String, String>) -> Settings {
        let get = |key: &str| -> String {
            values
                .get(key)
                .filter(|v| check(key, v).is_ok())
                .cloned()
                .or_else(|| default_of(key).map(str::to_string))
                .unwrap_or_default()
        };
        let num = |key: &str| get(key).parse::<u32>().unwrap_or(0);
        Settings {
            free_readings: num("free_readings"),
            referral_bonus: num("referral_bonus"),
            daily_card_time: get("daily_card_time"),
            daily_horoscope_time: get("daily_horoscope_time"),
            push_timezone: get("push_timezone"),
            price_basic: num("price_basic"),
            price_premium: num("price_premium"),
            price_vip: num("price_vip"),
            days_basic: num("days_basic"),
            days_premium: num("days_premium"),
            days_vip: num("days_vip"),
            rate_user_per_minute: num("rate_user_per_minute").max(1),
            rate_ai_per_minute: num("rate_ai_per_minute").max(1),
            refund_window_days: num("refund_window_days"),
            chatbot_per_day: num("chatbot_per_day").max(1),
            stars_usd_per_1000: num("stars_usd_per_1000"),
        }
    }

    pub fn price(&self, plan: Plan) -> u32 {
        match plan {
            Plan::Free => 0,
            Plan::Basic => self.price_basic,
            Plan::Premium => self.price_premium,
            Plan::Vip => self.price_vip,
        }
    }

    pub fn days(&self, plan: Plan) -> u32 {
        match plan {
            Plan::Free => 0,
            Plan::Basic => self.days_basic,
            Plan::Premium => self.days_premium,
            Plan::Vip => self.days_vip,
        }
    }
}

pub fn default_of(key: &str) -> Option<&'static str> {
    DEFAULTS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// Why a setting's value was refused: data, so the admin panel can say it in the operator's
/// language and the terminal in English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingError {
    #[error("{key}: unknown setting")]
    Unknown { key: String },
    #[error("{key}: {value:?} is not a time of day like 09:00")]
    NotATime { key: String, value: String },
    #[error("{key}: {value:?} is not an IANA time zone like Europe/Istanbul")]
    NotAZone { key: String, value: String },
    #[error("{key}: {value:?} must be a whole number from {min} to {max}")]
    OutOfRange {
        key: String,
        value: String,
        min: u32,
        max: u32,
    },
}

impl SettingError {
    /// The code the admin panel selects its message by.
    pub fn code(&self) -> &'static str {
        match self {
            SettingError::Unknown { .. } => "unknown",
            SettingError::NotATime { .. } => "time",
            SettingError::NotAZone { .. } => "zone",
            SettingError::OutOfRange { .. } => "range",
        }
    }
}

/// The whole-number range a numeric setting accepts; `None` for a time or a zone.
pub fn range_of(key: &str) -> Option<(u32, u32)> {
    Some(match key {
        "price_basic" | "price_premium" | "price_vip" => (1, 100_000),
        "days_basic" | "days_premium" | "days_vip" => (1, 3660),
        "rate_user_per_minute" | "rate_ai_per_minute" | "chatbot_per_day" => (1, 10_000),
        "free_readings" | "referral_bonus" | "refund_window_days" | "stars_usd_per_1000" => {
            (0, 1000)
        }
        _ => return None,
    })
}

/// Validates one value for one key, with a reason an operator can act on.
pub fn check(key: &str, value: &str) -> Result<(), SettingError> {
    let v = value.trim();
    let (key_s, value_s) = (key.to_string(), value.to_string());
    match key {
        "daily_card_time" | "daily_horoscope_time" => {
            parse_hhmm(v).map(|_| ()).ok_or(SettingError::NotATime {
                key: key_s,
                value: value_s,
            })
        }
        // A zone the time zone database knows, so pushes can never fall back silently.
        "push_timezone" => {
            v.parse::<chrono_tz::Tz>()
                .map(|_| ())
                .map_err(|_| SettingError::NotAZone {
                    key: key_s,
                    value: value_s,
                })
        }
        _ => {
            let (min, max) = range_of(key).ok_or(SettingError::Unknown { key: key_s.clone() })?;
            match v.parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => Ok(()),
                _ => Err(SettingError::OutOfRange {
                    key: key_s,
                    value: value_s,
                    min,
                    max,
                }),
            }
        }
    }
}

/// Parses `HH:MM` (24-hour clock) into minutes after midnight.
pub fn parse_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_product_defaults() {
        let s = Settings::default();
        assert_eq!(s.free_readings, 4);
        assert_eq!(
            (s.price_basic, s.price_premium, s.price_vip),
            (500, 1000, 2000)
        );
        assert_eq!(s.days(Plan::Vip), 30);
        assert_eq!(s.daily_card_time, "09:00");
        assert_eq!(s.push_timezone, "Europe/Istanbul");
        for (k, v) in DEFAULTS {
            assert_eq!(
                check(k, v),
                Ok(()),
                "default of {k} must pass its own check"
            );
        }
    }

    #[test]
    fn bad_values_fall_back_and_are_reported() {
        let mut m = HashMap::new();
        m.insert("free_readings".to_string(), "lots".to_string());
        m.insert("price_vip".to_string(), "2500".to_string());
        let s = Settings::from_pairs(&m);
        assert_eq!(s.free_readings, 4);
        assert_eq!(s.price_vip, 2500);
        assert_eq!(
            check("daily_card_time", "25:00").unwrap_err().code(),
            "time"
        );
        assert_eq!(
            check("push_timezone", "Mars/Olympus").unwrap_err().code(),
            "zone"
        );
        assert_eq!(check("push_timezone", "America/Sao_Paulo"), Ok(()));
        assert_eq!(
            check("price_vip", "0"),
            Err(SettingError::OutOfRange {
                key: "price_vip".into(),
                value: "0".into(),
                min: 1,
                max: 100_000
            })
        );
        assert_eq!(check("nope", "1").unwrap_err().code(), "unknown");
        assert_eq!(parse_hhmm("09:30"), Some(570));
    }
}

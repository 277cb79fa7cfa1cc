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
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_pairs(&HashMap::new())
    }
}

impl Settings {
    /// Builds the typed view; a missing or unparseable value falls back to its default, so a
    /// bad edit can never stop the bot (the admin panel validates with [`Settings::check`]).
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

/// Validates one value for one key, with a reason an operator can act on.
pub fn check(key: &str, value: &str) -> Result<(), String> {
    let v = value.trim();
    match key {
        "daily_card_time" | "daily_horoscope_time" => parse_hhmm(v)
            .map(|_| ())
            .ok_or_else(|| format!("{key}: {value:?} is not a time of day like 09:00")),
        "push_timezone" => {
            let ok = v.contains('/')
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/_-+".contains(c));
            if ok {
                Ok(())
            } else {
                Err(format!(
                    "{key}: {value:?} is not an IANA time zone like Europe/Istanbul"
                ))
            }
        }
        "price_basic" | "price_premium" | "price_vip" => match v.parse::<u32>() {
            Ok(n) if (1..=100_000).contains(&n) => Ok(()),
            _ => Err(format!(
                "{key}: {value:?} must be a whole number of Stars from 1 to 100000"
            )),
        },
        "days_basic" | "days_premium" | "days_vip" => match v.parse::<u32>() {
            Ok(n) if (1..=3660).contains(&n) => Ok(()),
            _ => Err(format!(
                "{key}: {value:?} must be a number of days from 1 to 3660"
            )),
        },
        "rate_user_per_minute" | "rate_ai_per_minute" | "chatbot_per_day" => match v.parse::<u32>()
        {
            Ok(n) if (1..=10_000).contains(&n) => Ok(()),
            _ => Err(format!("{key}: {value:?} must be a number from 1 to 10000")),
        },
        "free_readings" | "referral_bonus" | "refund_window_days" => match v.parse::<u32>() {
            Ok(n) if n <= 1000 => Ok(()),
            _ => Err(format!("{key}: {value:?} must be a number from 0 to 1000")),
        },
        _ => Err(format!("{key}: unknown setting")),
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
        assert!(check("daily_card_time", "25:00").is_err());
        assert!(check("nope", "1").is_err());
        assert_eq!(parse_hhmm("09:30"), Some(570));
    }
}

//! Enums kept and sent by a short stable code (`"vip"`, `"daily_card"`, `"tr"`): the code is
//! what the database, callback data, dialogue JSON and logs hold. Reading one back is strict —
//! an unknown code is an error, never a silent default.

use std::fmt;

pub trait Coded: Copy + Eq + fmt::Debug + 'static {
    /// Every value, in a stable order.
    const EVERY: &'static [Self];
    /// What the value is called where it is kept.
    fn as_code(self) -> &'static str;

    fn parse_code(s: &str) -> Option<Self> {
        Self::EVERY.iter().copied().find(|x| x.as_code() == s)
    }
}

/// The reason a stored code did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} code {code:?}")]
pub struct UnknownCode {
    pub what: &'static str,
    pub code: String,
}

/// Parses a code of `T`, naming the type in the error.
pub fn parse<T: Coded>(s: &str) -> Result<T, UnknownCode> {
    T::parse_code(s).ok_or_else(|| UnknownCode {
        what: short_name::<T>(),
        code: s.to_string(),
    })
}

fn short_name<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// `Coded` from the type's own `ALL` and `code()`, and serde as the code (so dialogue JSON
/// keeps `"spread": "celtic"`, whatever the variant is called).
macro_rules! coded {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::domain::code::Coded for $t {
            const EVERY: &'static [Self] = &<$t>::ALL;
            fn as_code(self) -> &'static str {
                <$t>::code(self)
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(<$t>::code(*self))
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $crate::domain::code::parse::<$t>(&s).map_err(serde::de::Error::custom)
            }
        }
    )*};
}
pub(crate) use coded;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::astro::Sign;
    use crate::domain::horoscope::Period;
    use crate::domain::pushes::PushKind;
    use crate::domain::tarot::Spread;
    use crate::domain::{Lang, Plan, PromptKind};

    fn round_trip<T: Coded + serde::Serialize + serde::de::DeserializeOwned>() {
        for v in T::EVERY {
            assert_eq!(parse::<T>(v.as_code()), Ok(*v));
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{}\"", v.as_code()));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *v);
        }
        assert!(parse::<T>("nonsense").is_err());
        assert!(serde_json::from_str::<T>("\"nonsense\"").is_err());
    }

    #[test]
    fn every_coded_enum_round_trips_and_refuses_unknown_codes() {
        round_trip::<Plan>();
        round_trip::<Lang>();
        round_trip::<PromptKind>();
        round_trip::<PushKind>();
        round_trip::<Spread>();
        round_trip::<Sign>();
        round_trip::<Period>();
        let e = parse::<Plan>("gold").unwrap_err();
        assert_eq!(e.to_string(), "unknown Plan code \"gold\"");
    }
}

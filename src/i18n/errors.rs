//! The one place where a [`UserError`] becomes the message the user reads.

use super::{keys as k, I18n, Val};
use crate::domain::astro::birth::{DateError, TimeError};
use crate::domain::astro::time::{FIRST_YEAR, LAST_YEAR};
use crate::domain::errors::UserError;
use crate::domain::payments::Refusal;
use crate::domain::Lang;

impl I18n {
    pub fn error(&self, lang: Lang, e: &UserError) -> String {
        match e {
            UserError::BirthDate(DateError::Format) => self.t(lang, k::BIRTH_DATE_FORMAT),
            UserError::BirthDate(DateError::Month(m)) => {
                self.tr(lang, k::BIRTH_DATE_MONTH, &[("month", Val::from(*m))])
            }
            UserError::BirthDate(DateError::Day { year, month, day }) => self.tr(
                lang,
                k::BIRTH_DATE_DAY,
                &[
                    ("day", Val::from(*day)),
                    ("month", Val::from(*month)),
                    ("year", Val::Digits(i64::from(*year))),
                ],
            ),
            UserError::BirthDate(DateError::Year(_)) => self.tr(
                lang,
                k::BIRTH_DATE_YEAR,
                &[
                    ("first", Val::Digits(i64::from(FIRST_YEAR))),
                    ("last", Val::Digits(i64::from(LAST_YEAR))),
                ],
            ),
            UserError::BirthDate(DateError::Future(_)) => self.t(lang, k::BIRTH_DATE_FUTURE),
            UserError::BirthTime(TimeError::Format) => self.t(lang, k::BIRTH_TIME_FORMAT),
            UserError::BirthTime(TimeError::Hour(h)) => {
                self.tr(lang, k::BIRTH_TIME_HOUR, &[("hour", Val::from(*h))])
            }
            UserError::BirthTime(TimeError::Minute(m)) => {
                self.tr(lang, k::BIRTH_TIME_MINUTE, &[("minute", Val::from(*m))])
            }
            UserError::BirthTimeSkipped(t) => self.tr(
                lang,
                k::BIRTH_TIME_SKIPPED,
                &[("time", Val::from(&super::format::time(*t)))],
            ),
            UserError::Checkout { refusal, current } => match refusal {
                Refusal::Blocked => self.t(lang, k::PRECHECKOUT_BLOCKED),
                Refusal::BadPayload => self.t(lang, k::PRECHECKOUT_BAD_PAYLOAD),
                Refusal::WrongCurrency => self.t(lang, k::PRECHECKOUT_WRONG_CURRENCY),
                Refusal::WrongAmount => self.t(lang, k::PRECHECKOUT_WRONG_AMOUNT),
                Refusal::WrongUser => self.t(lang, k::PRECHECKOUT_WRONG_USER),
                Refusal::Downgrade => self.tr(
                    lang,
                    k::PRECHECKOUT_DOWNGRADE,
                    &[("plan", Val::from(&self.plan_name(lang, *current)))],
                ),
            },
            UserError::TextTooLong { length, max } => self.tr(
                lang,
                k::DREAM_TOO_LONG,
                &[
                    ("max", Val::from(*max as u64)),
                    ("length", Val::from(*length as u64)),
                ],
            ),
            UserError::PhotoTooLarge {
                megabytes,
                max_megabytes,
            } => self.tr(
                lang,
                k::COFFEE_TOO_LARGE,
                &[
                    ("size", Val::from(*megabytes)),
                    ("max", Val::from(*max_megabytes)),
                ],
            ),
            UserError::PhotoUnreadable => self.t(lang, k::COFFEE_BAD_IMAGE),
            UserError::VoiceTooLong { seconds, max } => self.tr(
                lang,
                k::DREAM_VOICE_TOO_LONG,
                &[("seconds", Val::from(*seconds)), ("max", Val::from(*max))],
            ),
            UserError::VoiceUnreadable => self.t(lang, k::DREAM_VOICE_UNREADABLE),
            UserError::VoiceUnheard => self.t(lang, k::DREAM_VOICE_UNHEARD),
            UserError::AnswerBlocked => self.t(lang, k::AI_BLOCKED),
            UserError::AnswerUnavailable => self.t(lang, k::AI_FAILED),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Plan;

    #[test]
    fn every_error_has_its_own_message_in_every_language() {
        let i18n = I18n::load().unwrap();
        let all = [
            UserError::BirthDate(DateError::Month(13)),
            UserError::BirthDate(DateError::Year(1850)),
            UserError::BirthTime(TimeError::Hour(25)),
            UserError::BirthTimeSkipped(chrono::NaiveTime::from_hms_opt(2, 30, 0).unwrap()),
            UserError::Checkout {
                refusal: Refusal::Downgrade,
                current: Plan::Vip,
            },
            UserError::TextTooLong {
                length: 2400,
                max: 2000,
            },
            UserError::PhotoTooLarge {
                megabytes: 25,
                max_megabytes: 20,
            },
            UserError::PhotoUnreadable,
            UserError::VoiceTooLong {
                seconds: 185,
                max: 120,
            },
            UserError::VoiceUnreadable,
            UserError::VoiceUnheard,
            UserError::AnswerBlocked,
            UserError::AnswerUnavailable,
        ];
        for lang in Lang::ALL {
            let texts: Vec<String> = all.iter().map(|e| i18n.error(lang, e)).collect();
            for (i, t) in texts.iter().enumerate() {
                assert!(!t.is_empty() && !t.contains('{'), "{lang} {i}: {t}");
                assert_eq!(
                    texts.iter().filter(|o| *o == t).count(),
                    1,
                    "{lang}: two errors read the same: {t}"
                );
            }
            assert!(
                texts[1].contains("1900") && !texts[1].contains("1.900"),
                "{}",
                texts[1]
            );
        }
    }
}

//! What a user can be told went wrong, by type. Each variant has exactly one message, chosen
//! in one place (`i18n::errors`): handlers raise variants, never pick message ids for errors.

use chrono::NaiveTime;

use super::astro::birth::{DateError, TimeError};
use super::payments::Refusal;
use super::plan::Plan;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserError {
    BirthDate(DateError),
    BirthTime(TimeError),
    /// The local time does not exist: a daylight-saving change skipped it.
    BirthTimeSkipped(NaiveTime),
    /// A purchase refused at pre-checkout; `current` is the plan in force (a refused
    /// downgrade names it).
    Checkout {
        refusal: Refusal,
        current: Plan,
    },
    /// A text longer than the step takes (characters).
    TextTooLong {
        length: usize,
        max: usize,
    },
    /// A photo over the bot's download limit, in whole megabytes.
    PhotoTooLarge {
        megabytes: u64,
        max_megabytes: u64,
    },
    /// Not an image a vision model reads (JPEG, PNG, WebP, GIF, HEIC with real dimensions).
    PhotoUnreadable,
    /// A voice note longer than a dream step takes, in seconds.
    VoiceTooLong {
        seconds: u32,
        max: u32,
    },
    /// An audio file in a format the models do not take (or too big to fetch).
    VoiceUnreadable,
    /// The configured AI cannot listen (no transcription model): type the dream instead.
    VoiceUnheard,
    /// The AI refused to answer this one (safety).
    AnswerBlocked,
    /// The AI failed or did not answer in time.
    AnswerUnavailable,
}

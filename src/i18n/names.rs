//! The localized names of the domain's things — signs, bodies, aspects, phases, push kinds,
//! elements, modalities, features, spreads, positions and payment statuses — one Fluent selector (or message)
//! each, so a name is written once per language and every screen, prompt and PDF uses it.

use super::{keys as k, I18n, Key, Val};
use crate::domain::astro::aspects::AspectKind;
use crate::domain::astro::moon::PhaseName;
use crate::domain::astro::zodiac::{Element, Modality};
use crate::domain::astro::{Body, HouseSystem, Sign};
use crate::domain::payments::PaymentStatus;
use crate::domain::prompts::PromptError;
use crate::domain::pushes::PushKind;
use crate::domain::settings::SettingError;
use crate::domain::tarot::{Position, Spread};
use crate::domain::{Feature, Lang};

impl I18n {
    fn named(&self, lang: Lang, key: Key, arg: &'static str, code: &str) -> String {
        self.tr(lang, key, &[(arg, Val::Str(code))])
    }

    pub fn sign_name(&self, lang: Lang, s: Sign) -> String {
        self.named(lang, k::NAME_SIGN, "sign", s.code())
    }

    /// "♌ Leo".
    pub fn sign_label(&self, lang: Lang, s: Sign) -> String {
        format!("{} {}", s.symbol(), self.sign_name(lang, s))
    }

    pub fn body_name(&self, lang: Lang, b: Body) -> String {
        self.named(lang, k::NAME_BODY, "body", b.code())
    }

    pub fn house_system_name(&self, lang: Lang, h: HouseSystem) -> String {
        self.named(lang, k::NAME_HOUSE_SYSTEM, "system", h.code())
    }

    pub fn aspect_name(&self, lang: Lang, a: AspectKind) -> String {
        self.named(lang, k::NAME_ASPECT, "aspect", a.code())
    }

    pub fn phase_name(&self, lang: Lang, p: PhaseName) -> String {
        self.named(lang, k::NAME_PHASE, "phase", p.code())
    }

    pub fn push_name(&self, lang: Lang, p: PushKind) -> String {
        self.named(lang, k::NAME_PUSH, "kind", p.code())
    }

    pub fn payment_status_name(&self, lang: Lang, s: PaymentStatus) -> String {
        self.named(lang, k::NAME_PAYMENT_STATUS, "status", s.code())
    }

    /// An operator setting's name ("Free readings per user"), by its `config` key.
    pub fn setting_name(&self, lang: Lang, key: &str) -> String {
        self.named(lang, k::NAME_SETTING, "key", key)
    }

    /// Why a setting's value was refused, in the operator's language.
    pub fn setting_error(&self, lang: Lang, e: &SettingError) -> String {
        let (value, min, max) = match e {
            SettingError::Unknown { .. } => ("", 0, 0),
            SettingError::NotATime { value, .. } | SettingError::NotAZone { value, .. } => {
                (value.as_str(), 0, 0)
            }
            SettingError::OutOfRange {
                value, min, max, ..
            } => (value.as_str(), *min, *max),
        };
        self.tr(
            lang,
            k::SETTING_ERROR,
            &[
                ("error", Val::Str(e.code())),
                ("value", Val::Str(value)),
                ("min", Val::from(min)),
                ("max", Val::from(max)),
            ],
        )
    }

    /// Why a prompt was refused, in the operator's language.
    pub fn prompt_error(&self, lang: Lang, e: &PromptError) -> String {
        let (code, name) = match e {
            PromptError::UnknownPlaceholder { name, .. } => ("unknown", name.as_str()),
            PromptError::MissingValue { name } => ("missing", name.as_str()),
            PromptError::Unclosed { .. } => ("unclosed", ""),
            PromptError::Empty => ("empty", ""),
        };
        self.tr(
            lang,
            k::PROMPT_ERROR,
            &[("error", Val::Str(code)), ("name", Val::Str(name))],
        )
    }

    pub fn log_level_name(&self, lang: Lang, level: &str) -> String {
        self.named(lang, k::NAME_LOG_LEVEL, "level", level)
    }

    pub fn log_kind_name(&self, lang: Lang, kind: &str) -> String {
        self.named(lang, k::NAME_LOG_KIND, "kind", kind)
    }

    /// Where a prompt in force comes from: the embedded default or the operator's edit.
    pub fn prompt_source_name(&self, lang: Lang, source: &str) -> String {
        self.named(lang, k::NAME_PROMPT_SOURCE, "source", source)
    }

    pub fn element_name(&self, lang: Lang, e: Element) -> String {
        self.named(lang, k::NAME_ELEMENT, "element", e.code())
    }

    pub fn modality_name(&self, lang: Lang, m: Modality) -> String {
        self.named(lang, k::NAME_MODALITY, "modality", m.code())
    }

    pub fn feature_name(&self, lang: Lang, f: Feature) -> String {
        let code = match f {
            Feature::DailyHoroscope => "daily_horoscope",
            Feature::MoonToday => "moon_today",
            Feature::UnlimitedReadings => "unlimited_readings",
            Feature::BirthChart => "birth_chart",
            Feature::WeeklyHoroscope => "weekly_horoscope",
            Feature::MonthlyHoroscope => "monthly_horoscope",
            Feature::Compatibility => "compatibility",
            Feature::MoonCalendar => "moon_calendar",
            Feature::MoonCommentary => "moon_commentary",
            Feature::MoonNotifications => "moon_notifications",
            Feature::SkyEvents => "sky_events",
            Feature::SolarReturn => "solar_return",
            Feature::Transits => "transits",
            Feature::PdfDownload => "pdf_download",
            Feature::AstroChatbot => "astro_chatbot",
            Feature::FriendsCompatibility => "friends_compatibility",
        };
        self.named(lang, k::NAME_FEATURE, "feature", code)
    }

    pub fn spread_name(&self, lang: Lang, s: Spread) -> String {
        self.t(
            lang,
            match s {
                Spread::One => k::SPREAD_ONE,
                Spread::Three => k::SPREAD_THREE,
                Spread::CelticCross => k::SPREAD_CELTIC,
            },
        )
    }

    pub fn position_name(&self, lang: Lang, p: Position) -> String {
        self.t(
            lang,
            match p {
                Position::Card => k::POS_CARD,
                Position::Past => k::POS_PAST,
                Position::Present => k::POS_PRESENT,
                Position::Future => k::POS_FUTURE,
                Position::Situation => k::POS_SITUATION,
                Position::Challenge => k::POS_CHALLENGE,
                Position::Foundation => k::POS_FOUNDATION,
                Position::RecentPast => k::POS_RECENT_PAST,
                Position::Crown => k::POS_CROWN,
                Position::NearFuture => k::POS_NEAR_FUTURE,
                Position::SelfView => k::POS_SELF,
                Position::Environment => k::POS_ENVIRONMENT,
                Position::HopesFears => k::POS_HOPES_FEARS,
                Position::Outcome => k::POS_OUTCOME,
            },
        )
    }
}

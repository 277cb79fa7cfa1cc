//! Every message id the code uses, with the variables it passes. The parity test checks each
//! locale against this list, so a missing translation or a variable nobody passes fails CI.

/// A variable a message takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arg {
    pub name: &'static str,
    /// It counts something ("3 readings"): every language must choose its plural form by it.
    pub count: bool,
}

/// A message id and the variables callers pass for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub id: &'static str,
    pub args: &'static [Arg],
}

impl Key {
    pub fn takes(&self, name: &str) -> bool {
        self.args.iter().any(|a| a.name == name)
    }

    /// The variables that count something.
    pub fn counts(&self) -> impl Iterator<Item = &'static str> {
        self.args.iter().filter(|a| a.count).map(|a| a.name)
    }
}

macro_rules! is_count {
    () => {
        false
    };
    (count) => {
        true
    };
}

/// `NAME = "message-id" [count "n", "other"];` — `count` marks a variable that counts.
macro_rules! keys {
    ($($name:ident = $id:literal $([$($($kind:ident)? $arg:literal),*])?;)*) => {
        $(pub const $name: Key = Key {
            id: $id,
            args: &[$($(Arg { name: $arg, count: is_count!($($kind)?) }),*)?],
        };)*
        /// All keys, for the parity test.
        pub const ALL: &[Key] = &[$($name),*];
    };
}

keys! {
    WELCOME = "welcome" ["name"];
    MENU_TITLE = "menu-title";
    HELP = "help" [count "free"];
    TERMS = "terms";
    PAYSUPPORT = "paysupport" [count "days"];
    BTN_COFFEE = "btn-coffee";
    BTN_TAROT = "btn-tarot";
    BTN_DREAM = "btn-dream";
    BTN_HOROSCOPE = "btn-horoscope";
    BTN_BIRTH_CHART = "btn-birth-chart";
    BTN_COMPATIBILITY = "btn-compatibility";
    BTN_MOON = "btn-moon";
    BTN_CHATBOT = "btn-chatbot";
    BTN_PREMIUM = "btn-premium";
    BTN_REFERRAL = "btn-referral";
    BTN_HISTORY = "btn-history";
    BTN_LANGUAGE = "btn-language";
    BTN_HELP = "btn-help";
    BTN_BACK = "btn-back";
    BTN_MENU = "btn-menu";
    BTN_CANCEL = "btn-cancel";
    LANGUAGE_PROMPT = "language-prompt";
    LANGUAGE_CHANGED = "language-changed";
    LANGUAGE_UNKNOWN = "language-unknown" ["code"];
    CANCEL_DONE = "cancel-done";
    CANCEL_NOTHING = "cancel-nothing";
    CANCEL_PLAIN = "cancel-plain";
    CANCEL_READING = "cancel-reading";
    READING_BUSY = "reading-busy";
    DASH = "dash";
    DREAM_HEARD = "dream-heard" ["text"];
    DREAM_PROMPT_VOICE = "dream-prompt-voice" [count "minutes"];
    DREAM_NOT_TEXT_OR_VOICE = "dream-not-text-or-voice";
    DREAM_VOICE_TOO_LONG = "dream-voice-too-long" [count "seconds", count "max"];
    DREAM_VOICE_UNREADABLE = "dream-voice-unreadable";
    DREAM_VOICE_UNHEARD = "dream-voice-unheard";
    ERROR_GENERIC = "error-generic";
    ERROR_INTERRUPTED = "error-interrupted";
    CALLBACK_EXPIRED = "callback-expired";
    RATE_LIMITED = "rate-limited" [count "seconds"];
    RATE_LIMITED_AI = "rate-limited-ai" [count "seconds"];
    UNKNOWN_INPUT = "unknown-input";
    DREAM_PROMPT = "dream-prompt" [count "max"];
    DREAM_TOO_LONG = "dream-too-long" [count "max", count "length"];
    DREAM_NOT_TEXT = "dream-not-text";
    READING_TITLE_DREAM = "reading-title-dream";
    AI_BLOCKED = "ai-blocked";
    AI_FAILED = "ai-failed";
    QUOTA_LEFT = "quota-left" [count "count"];
    QUOTA_EXHAUSTED = "quota-exhausted" [count "free"];
    PLAN_LINE = "plan-line" ["plan", "price", count "days"];
    PLAN_FREE = "plan-free";
    PLAN_BASIC = "plan-basic";
    PLAN_PREMIUM = "plan-premium";
    PLAN_VIP = "plan-vip";
    CMD_START = "cmd-start";
    CMD_MENU = "cmd-menu";
    CMD_HELP = "cmd-help";
    CMD_LANGUAGE = "cmd-language";
    CMD_CANCEL = "cmd-cancel";
    CMD_TERMS = "cmd-terms";
    CMD_PAYSUPPORT = "cmd-paysupport";
    TAROT_TITLE = "tarot-title";
    BTN_SPREAD_ONE = "btn-spread-one";
    BTN_SPREAD_THREE = "btn-spread-three";
    BTN_SPREAD_CELTIC = "btn-spread-celtic";
    BTN_DAILY_CARD = "btn-daily-card";
    BTN_DRAW_NOW = "btn-draw-now";
    SPREAD_ONE = "spread-one";
    SPREAD_THREE = "spread-three";
    SPREAD_CELTIC = "spread-celtic";
    TAROT_QUESTION = "tarot-question" ["spread", count "max"];
    TAROT_QUESTION_TEXT = "tarot-question-text" [count "max"];
    TAROT_QUESTION_LINE = "tarot-question-line" ["question"];
    POS_CARD = "pos-card";
    POS_PAST = "pos-past";
    POS_PRESENT = "pos-present";
    POS_FUTURE = "pos-future";
    POS_SITUATION = "pos-situation";
    POS_CHALLENGE = "pos-challenge";
    POS_FOUNDATION = "pos-foundation";
    POS_RECENT_PAST = "pos-recent-past";
    POS_CROWN = "pos-crown";
    POS_NEAR_FUTURE = "pos-near-future";
    POS_SELF = "pos-self";
    POS_ENVIRONMENT = "pos-environment";
    POS_HOPES_FEARS = "pos-hopes-fears";
    POS_OUTCOME = "pos-outcome";
    UPRIGHT = "upright";
    REVERSED = "reversed";
    DAILY_CARD_TITLE = "daily-card-title" ["date"];
    BTN_DREAM_FOLLOWUP = "btn-dream-followup";
    DREAM_FOLLOWUP_PROMPT = "dream-followup-prompt" [count "max"];
    READING_TITLE_DREAM_FOLLOWUP = "reading-title-dream-followup";
    READING_KIND = "reading-kind" ["kind"];
    SHARE_TEXT = "share-text" ["kind"];
    BTN_SHARE_X = "btn-share-x";
    BTN_SHARE_TELEGRAM = "btn-share-telegram";
    COFFEE_PROMPT = "coffee-prompt";
    COFFEE_GOT_CUP = "coffee-got-cup";
    BTN_READ_CUP = "btn-read-cup";
    COFFEE_NOT_IMAGE = "coffee-not-image";
    COFFEE_TOO_LARGE = "coffee-too-large" ["size", "max"];
    COFFEE_BAD_IMAGE = "coffee-bad-image";
    READING_TITLE_COFFEE = "reading-title-coffee";
    CMD_FORGET = "cmd-forget";
    CMD_MYCHART = "cmd-mychart";
    REFERRAL_PAGE = "referral-page" [count "bonus", "link", "invited", "earned", "used", "rank", "total"];
    REFERRAL_BADGE = "referral-badge" ["badge"];
    REFERRAL_NEXT = "referral-next" [count "next"];
    REFERRAL_TOP_TITLE = "referral-top-title";
    REFERRAL_TOP_EMPTY = "referral-top-empty";
    REFERRAL_CREDITED = "referral-credited" ["name", count "bonus"];
    REFERRAL_MILESTONE = "referral-milestone" ["badge", count "count"];
    REFERRAL_SHARE_TEXT = "referral-share-text";
    BTN_SHARE_LINK = "btn-share-link";
    BADGE_1 = "badge-1";
    BADGE_5 = "badge-5";
    BADGE_10 = "badge-10";
    BADGE_25 = "badge-25";
    BADGE_50 = "badge-50";
    HISTORY_TITLE = "history-title";
    HISTORY_EMPTY = "history-empty";
    HISTORY_ENTRY_TITLE = "history-entry-title" ["kind", "date"];
    BTN_HISTORY_BACK = "btn-history-back";
    FORGET_CONFIRM = "forget-confirm";
    BTN_FORGET_YES = "btn-forget-yes";
    BTN_FORGET_NO = "btn-forget-no";
    FORGET_DONE = "forget-done";
    FORGET_KEPT = "forget-kept";
    // Astrology (astrology.ftl)
    NAME_SIGN = "name-sign" ["sign"];
    NAME_BODY = "name-body" ["body"];
    NAME_ASPECT = "name-aspect" ["aspect"];
    NAME_PHASE = "name-phase" ["phase"];
    NAME_ELEMENT = "name-element" ["element"];
    NAME_PAYMENT_STATUS = "name-payment-status" ["status"];
    NAME_MODALITY = "name-modality" ["modality"];
    NAME_PUSH = "name-push" ["kind"];
    NAME_HOUSE_SYSTEM = "name-house-system" ["system"];
    ASTRO_LOCKED = "astro-locked" ["plan"];
    BIRTH_NEEDED = "birth-needed";
    BTN_BIRTH_ENTER = "btn-birth-enter";
    BIRTH_DATE_PROMPT = "birth-date-prompt";
    PERSON_DATE_PROMPT = "person-date-prompt" ["name"];
    BIRTH_DATE_FORMAT = "birth-date-format";
    BIRTH_DATE_MONTH = "birth-date-month" ["month"];
    BIRTH_DATE_DAY = "birth-date-day" ["day", "month", "year"];
    BIRTH_DATE_YEAR = "birth-date-year" ["first", "last"];
    BIRTH_DATE_FUTURE = "birth-date-future";
    BIRTH_TIME_PROMPT = "birth-time-prompt";
    BTN_TIME_UNKNOWN = "btn-time-unknown";
    BIRTH_TIME_FORMAT = "birth-time-format";
    BIRTH_TIME_HOUR = "birth-time-hour" ["hour"];
    BIRTH_TIME_MINUTE = "birth-time-minute" ["minute"];
    BIRTH_TIME_SKIPPED = "birth-time-skipped" ["time"];
    BIRTH_TIME_UNKNOWN_LABEL = "birth-time-unknown-label";
    BIRTH_PLACE_PROMPT = "birth-place-prompt";
    BTN_SHARE_LOCATION = "btn-share-location";
    BIRTH_PLACE_NOT_FOUND = "birth-place-not-found" ["query"];
    BIRTH_PLACE_PICK = "birth-place-pick";
    BIRTH_SAVED = "birth-saved" ["date", "time", "place", "offset", "sign"];
    BIRTH_NO_HOUSES = "birth-no-houses";
    BIRTH_NEXT = "birth-next";
    PERSON_NAME_PROMPT = "person-name-prompt" [count "max"];
    PERSON_LIMIT = "person-limit" [count "max"];
    BTN_SYNASTRY = "btn-synastry";
    BTN_ADD_PERSON = "btn-add-person";
    CHART_TITLE = "chart-title";
    CHART_CAPTION = "chart-caption" ["name", "date", "place"];
    CHART_POSITIONS = "chart-positions";
    CHART_ASPECTS = "chart-aspects";
    CHART_ASC = "chart-asc";
    CHART_MC = "chart-mc";
    CHART_HOUSE_FALLBACK = "chart-house-fallback" ["wanted"];
    CHART_ASK = "chart-ask";
    CHART_JSON_CAPTION = "chart-json-caption";
    BTN_CHART_JSON = "btn-chart-json";
    BTN_TRANSITS = "btn-transits";
    TRANSITS_TITLE = "transits-title";
    TRANSITS_NONE = "transits-none";
    CHART_POSITION = "chart-position" ["body", "sign", "degree", "retro", "house"];
    CHART_ASPECT = "chart-aspect" ["first", "aspect", "second", "second_code", "orb"];
    TRANSIT_LINE = "transit-line" ["transiting", "aspect", "natal", "body"];
    TRANSIT_EXACT = "transit-exact" ["date", "tense"];
    TRANSIT_NOT_EXACT = "transit-not-exact";
    HOROSCOPE_INTRO = "horoscope-intro";
    HOROSCOPE_INTRO_SIGN = "horoscope-intro-sign" ["sign"];
    HOROSCOPE_PICK = "horoscope-pick";
    HOROSCOPE_TITLE = "horoscope-title" ["period", "span"];
    BTN_PERIOD = "btn-period" ["period"];
    BTN_OTHER_SIGN = "btn-other-sign";
    COMPAT_PICK_FIRST = "compat-pick-first";
    COMPAT_PICK_OTHER = "compat-pick-other" ["sign"];
    COMPAT_TITLE = "compat-title" ["first", "second", "score", "hearts"];
    SYNASTRY_TITLE = "synastry-title" ["name", "score", "hearts"];
    COMPAT_ASK = "compat-ask";
    MOON_TODAY = "moon-today" ["symbol", "phase", "illumination", count "age"];
    MOON_ZONE = "moon-zone" ["zone"];
    MOON_CALENDAR_TITLE = "moon-calendar-title";
    BTN_MOON_COMMENTARY = "btn-moon-commentary";
    MOON_COMMENTARY_TITLE = "moon-commentary-title";
    BTN_MOON_CALENDAR = "btn-moon-calendar";
    BTN_NOTIFICATIONS = "btn-notifications";
    NOTIFY_TITLE = "notify-title";
    NOTIFY_TIME_PROMPT = "notify-time-prompt" ["kind", "zone"];
    NOTIFY_ZONE_UNKNOWN = "notify-zone-unknown" ["zone"];
    BTN_TURN_ON = "btn-turn-on";
    BTN_TURN_OFF = "btn-turn-off";
    PUSH_MOON = "push-moon" ["symbol", "phase", "time"];
    PUSH_STATION = "push-station" ["symbol", "body", "body_code", "direction", "time", "degree", "sign", "sign_code"];
    PUSH_ECLIPSE = "push-eclipse" ["kind", "type", "time", "degree", "sign", "sign_code"];
    PUSH_VOID_MOON = "push-void-moon" ["periods"];
    BTN_SKY = "btn-sky";
    BTN_HOUSE_SYSTEM = "btn-house-system" ["system"];
    BTN_SOLAR_RETURN = "btn-solar-return";
    SOLAR_RETURN_TITLE = "solar-return-title" ["year"];
    SOLAR_RETURN_INTRO = "solar-return-intro" ["date", "place"];
    SOLAR_RETURN_ASK = "solar-return-ask";
    TRANSIT_STATIONS_TITLE = "transit-stations-title";
    TRANSIT_STATION = "transit-station" ["symbol", "body", "body_code", "direction", "date", "degree", "sign", "sign_code", "natal", "natal_code"];
    HOUSE_SYSTEM_PICK = "house-system-pick";
    HOUSE_SYSTEM_SAVED = "house-system-saved" ["system"];
    SKY_TITLE = "sky-title";
    SKY_VOID_TITLE = "sky-void-title";
    SKY_VOID_NONE = "sky-void-none";
    SKY_VOID = "sky-void" ["from", "to", "aspect", "aspect_code", "partner", "partner_code"];
    SKY_VOID_WHOLE = "sky-void-whole" ["from", "to"];
    SKY_COMING_TITLE = "sky-coming-title";
    SKY_COMING_NONE = "sky-coming-none";
    SKY_STATION = "sky-station" ["when", "symbol", "body", "body_code", "direction", "degree", "sign", "sign_code"];
    SKY_INGRESS = "sky-ingress" ["when", "symbol", "body", "body_code", "sign", "sign_code"];
    SKY_ECLIPSE = "sky-eclipse" ["when", "kind", "type", "degree", "sign", "sign_code"];
    SKY_MORE_LOCKED = "sky-more-locked" [count "hidden", "plan"];
    PUSH_FOOTER = "push-footer";
    CHATBOT_INTRO = "chatbot-intro" [count "limit"];
    CHATBOT_LIMIT = "chatbot-limit" [count "limit"];
    CHATBOT_NOT_TEXT = "chatbot-not-text";
    CHATBOT_RESET_DONE = "chatbot-reset-done";
    BTN_CHAT_RESET = "btn-chat-reset";
    BTN_CHAT_LEAVE = "btn-chat-leave";
    // Premium and payments (premium.ftl)
    NAME_FEATURE = "name-feature" ["feature"];
    PREMIUM_COMPARE = "premium-compare";
    PLANS_TIER_BASE = "plans-tier-base" ["plan"];
    PLANS_TIER_MORE = "plans-tier-more" ["plan"];
    PREMIUM_CURRENT = "premium-current" ["plan", "date"];
    PREMIUM_CURRENT_FREE = "premium-current-free";
    PLAN_DETAILS = "plan-details" ["plan", "price", count "days"];
    BTN_BUY = "btn-buy" [count "price"];
    BTN_SUBSCRIBE = "btn-subscribe";
    BTN_OPEN_SUBSCRIPTION = "btn-open-subscription";
    SUBSCRIBE_LINK = "subscribe-link" ["plan", "price"];
    INVOICE_TITLE = "invoice-title" ["plan"];
    INVOICE_DESCRIPTION = "invoice-description" ["plan", count "days"];
    PRECHECKOUT_BAD_PAYLOAD = "precheckout-bad-payload";
    PRECHECKOUT_WRONG_CURRENCY = "precheckout-wrong-currency";
    PRECHECKOUT_WRONG_AMOUNT = "precheckout-wrong-amount";
    PRECHECKOUT_WRONG_USER = "precheckout-wrong-user";
    PRECHECKOUT_BLOCKED = "precheckout-blocked";
    PRECHECKOUT_DOWNGRADE = "precheckout-downgrade" ["plan"];
    PAYMENT_THANKS = "payment-thanks" ["plan", "date"];
    PAYMENT_PROBLEM = "payment-problem";
    BTN_REFUND_REQUEST = "btn-refund-request" ["amount", "date"];
    REFUND_REQUESTED = "refund-requested";
    REFUND_NOT_POSSIBLE = "refund-not-possible";
    REFUND_DONE = "refund-done" ["amount"];
    EXPIRY_REMINDER = "expiry-reminder" ["plan", count "days", "date"];
    BTN_RENEW = "btn-renew";
    PLAN_EXPIRED = "plan-expired" ["plan"];
    PLAN_GIFTED = "plan-gifted" ["plan", count "days", "date"];
    PLAN_CANCELLED = "plan-cancelled";
    // Admin (admin.ftl)
    ADMIN_DASHBOARD = "admin-dashboard" ["total", "today", "week", "month", "new", "basic", "premium", "vip", "stars_today", "stars_month", "stars_total", "ai_failures"];
    ADMIN_OPEN_REFUNDS = "admin-open-refunds" ["count"];
    ADMIN_CHART_USERS = "admin-chart-users";
    ADMIN_CHART_STARS = "admin-chart-stars";
    ADMIN_GIFT_USAGE = "admin-gift-usage";
    ADMIN_NO_USER = "admin-no-user" ["id"];
    ADMIN_GIFTED = "admin-gifted" ["id", "plan", "date"];
    ADMIN_CANCELLED = "admin-cancelled" ["id"];
    ADMIN_REFUNDED = "admin-refunded" ["id", "amount"];
    ADMIN_REFUND_UNKNOWN = "admin-refund-unknown";
    ADMIN_REFUND_FAILED = "admin-refund-failed" ["error"];
    ADMIN_REFUND_REQUEST = "admin-refund-request" ["user", "name", "amount", "plan", "date"];
    ADMIN_PAYMENT_REVIEW = "admin-payment-review" ["amount", "user", "charge", "reason"];
    ADMIN_REVIEW_BLOCKED_USER = "admin-review-blocked-user";
    ADMIN_REVIEW_UNREADABLE_PAYLOAD = "admin-review-unreadable-payload";
    ADMIN_REVIEW_PRICE_MISMATCH = "admin-review-price-mismatch";
    BTN_ADMIN_REFUND = "btn-admin-refund";
    BTN_ADMIN_HOME = "btn-admin-home";
    BTN_ADMIN_USERS = "btn-admin-users";
    BTN_ADMIN_PREMIUM = "btn-admin-premium";
    BTN_ADMIN_LOGS = "btn-admin-logs";
    BTN_ADMIN_SETTINGS = "btn-admin-settings";
    BTN_ADMIN_PROMPTS = "btn-admin-prompts";
    BTN_ADMIN_BROADCAST = "btn-admin-broadcast";
    BTN_ADMIN_SEARCH = "btn-admin-search";
    BTN_PREV = "btn-prev";
    BTN_NEXT = "btn-next";
    ADMIN_SEARCH_PROMPT = "admin-search-prompt";
    ADMIN_USERS_TITLE = "admin-users-title" ["page"];
    ADMIN_USERS_EMPTY = "admin-users-empty";
    ADMIN_USER_LINE = "admin-user-line" ["id", "name", "flag", "plan"];
    ADMIN_USER_PLAN = "admin-user-plan" ["plan", "expiry"];
    ADMIN_USER_CARD = "admin-user-card" ["id", "name", "username", "lang", "plan", "readings", "referrals", "blocked", "seen"];
    BTN_ADMIN_GIFT = "btn-admin-gift" ["plan"];
    BTN_ADMIN_CANCEL_PLAN = "btn-admin-cancel-plan";
    BTN_ADMIN_BLOCK = "btn-admin-block";
    BTN_ADMIN_UNBLOCK = "btn-admin-unblock";
    BTN_ADMIN_RESET_QUOTA = "btn-admin-reset-quota";
    ADMIN_PREMIUM = "admin-premium" ["basic", "premium", "vip"];
    ADMIN_EXPIRING_TITLE = "admin-expiring-title";
    ADMIN_LOGS_TITLE = "admin-logs-title";
    ADMIN_LOGS_EMPTY = "admin-logs-empty";
    BTN_ADMIN_ALL_LEVELS = "btn-admin-all-levels";
    ADMIN_SETTINGS_TITLE = "admin-settings-title";
    ADMIN_SETTING_LINE = "admin-setting-line" ["name", "value"];
    ADMIN_SETTING_PROMPT = "admin-setting-prompt" ["key", "value"];
    SETTING_ERROR = "setting-error" ["error", "value", "min", "max"];
    NAME_SETTING = "name-setting" ["key"];
    NAME_LOG_LEVEL = "name-log-level" ["level"];
    NAME_LOG_KIND = "name-log-kind" ["kind"];
    NAME_PROMPT_SOURCE = "name-prompt-source" ["source"];
    PROMPT_ERROR = "prompt-error" ["error", "name"];
    ADMIN_READINGS_NONE = "admin-readings-none";
    ADMIN_AI_SPEND = "admin-ai-spend" ["today", "month", count "calls"];
    ADMIN_AI_PER_READING = "admin-ai-per-reading" ["kind", "cost", count "readings"];
    ADMIN_AI_UNPRICED = "admin-ai-unpriced" ["models"];
    ADMIN_AI_MARGIN = "admin-ai-margin" ["plan", "revenue", "cost", "margin"];
    ADMIN_STAR_BALANCE = "admin-star-balance" ["amount"];
    BTN_ADMIN_AI_PRICES = "btn-admin-ai-prices";
    BTN_ADMIN_FUNNEL = "btn-admin-funnel";
    ADMIN_FUNNEL_TITLE = "admin-funnel-title" ["from", "to"];
    NAME_FUNNEL_STEP = "name-funnel-step" ["step"];
    ADMIN_FUNNEL_LINE = "admin-funnel-line" ["step", count "users", "share"];
    ADMIN_COHORTS_TITLE = "admin-cohorts-title";
    ADMIN_COHORT_LINE = "admin-cohort-line" ["week", count "users", "d1", "d7", "d30"];
    BTN_ADMIN_AI_PRICE_SET = "btn-admin-ai-price-set";
    ADMIN_AI_PRICES_TITLE = "admin-ai-prices-title";
    ADMIN_AI_PRICES_NONE = "admin-ai-prices-none";
    ADMIN_AI_PRICE_LINE = "admin-ai-price-line" ["model", "input", "output"];
    ADMIN_AI_PRICE_PROMPT = "admin-ai-price-prompt";
    ADMIN_AI_PRICE_BAD = "admin-ai-price-bad";
    ADMIN_AI_PRICE_SAVED = "admin-ai-price-saved" ["model", "input", "output"];
    ADMIN_SETTING_BAD = "admin-setting-bad" ["reason"];
    ADMIN_SETTING_SAVED = "admin-setting-saved" ["key", "value"];
    ADMIN_PROMPTS_TITLE = "admin-prompts-title";
    ADMIN_PROMPT_LANGS = "admin-prompt-langs" ["kind"];
    ADMIN_PROMPT_VIEW = "admin-prompt-view" ["kind", "lang", "source", "placeholders"];
    ADMIN_PROMPT_PREVIEW = "admin-prompt-preview";
    ADMIN_PROMPT_EDIT = "admin-prompt-edit" ["kind", "lang", "placeholders"];
    ADMIN_PROMPT_BAD = "admin-prompt-bad" ["reason"];
    ADMIN_PROMPT_SAVED = "admin-prompt-saved";
    BTN_ADMIN_EDIT = "btn-admin-edit";
    BTN_ADMIN_RESET = "btn-admin-reset";
    ADMIN_BROADCAST_PICK = "admin-broadcast-pick";
    BTN_ADMIN_ALL_USERS = "btn-admin-all-users";
    ADMIN_BROADCAST_PROMPT = "admin-broadcast-prompt" [count "count"];
    ADMIN_BROADCAST_PREVIEW = "admin-broadcast-preview" [count "count"];
    BTN_ADMIN_SEND = "btn-admin-send";
    BTN_ADMIN_SEND_PAID = "btn-admin-send-paid" ["stars"];
    ADMIN_BROADCAST_STARTED = "admin-broadcast-started" ["id", count "count"];
    ADMIN_BROADCAST_PROGRESS = "admin-broadcast-progress" ["id", "done", "total"];
    ADMIN_BROADCAST_DONE = "admin-broadcast-done" ["id", "sent", "blocked", "failed"];
    // PDF documents (pdf.ftl)
    PDF_TITLE_OVERVIEW = "pdf-title-overview";
    PDF_TITLE_USERS = "pdf-title-users";
    PDF_TITLE_PREMIUM = "pdf-title-premium";
    PDF_TITLE_REVENUE = "pdf-title-revenue";
    PDF_GENERATED = "pdf-generated" ["date"];
    PDF_COL_ID = "pdf-col-id";
    PDF_PAGE_LINE = "pdf-page-line" ["page", "at"];
    PDF_COL_NAME = "pdf-col-name";
    PDF_COL_LANG = "pdf-col-lang";
    PDF_COL_PLAN = "pdf-col-plan";
    PDF_COL_EXPIRY = "pdf-col-expiry";
    PDF_COL_USERS = "pdf-col-users";
    PDF_COL_MONTH = "pdf-col-month";
    PDF_COL_PAYMENTS = "pdf-col-payments";
    PDF_COL_STARS = "pdf-col-stars";
    BTN_PDF = "btn-pdf";
    // Dates in words (dates.ftl): periods in titles and in the prompts' facts.
    MONTH_NAME = "month-name" ["month"];
    MONTH_IN_DATE = "month-in-date" ["month"];
    MONTH_YEAR = "month-year" ["month", "year"];
    SPAN_SAME_MONTH = "span-same-month" ["first", "last", "month"];
    SPAN_TWO_MONTHS = "span-two-months" ["first", "first_month", "last", "last_month"];
    // Facts handed to the AI, in the user's language (facts.ftl).
    FACT_SKY_TITLE = "fact-sky-title" ["first", "last"];
    FACT_POSITION = "fact-position" ["body", "sign", "degrees"];
    FACT_RETROGRADE = "fact-retrograde";
    FACT_HOUSE = "fact-house" ["house"];
    FACT_ENTERS = "fact-enters" ["sign", "date"];
    FACT_PHASE = "fact-phase" ["phase", "date"];
    FACT_STATION = "fact-station" ["body", "direction", "date", "degree", "sign"];
    FACT_ECLIPSE = "fact-eclipse" ["kind", "type", "date", "degree", "sign"];
    FACT_ASCENDANT = "fact-ascendant" ["sign", "degrees"];
    FACT_MIDHEAVEN = "fact-midheaven" ["sign", "degrees"];
    FACT_NO_BIRTH_TIME = "fact-no-birth-time";
    FACT_ASPECTS = "fact-aspects";
    FACT_ASPECT = "fact-aspect" ["first", "aspect", "second", "orb"];
    FACT_SYNASTRY_ASPECT = "fact-synastry-aspect" ["mine", "aspect", "theirs", "orb"];
    FACT_SIGN_PAIR = "fact-sign-pair" ["first_element", "second_element", "first_modality", "second_modality"];
    FACT_CARD = "fact-card" ["position", "card", "orientation", "keywords"];
    // What the user's turn says when they typed nothing (facts.ftl).
    AI_ASK_TAROT = "ai-ask-tarot";
    AI_ASK_DAILY_CARD = "ai-ask-daily-card";
    AI_ASK_CUP = "ai-ask-cup";
    AI_ASK_CUP_SAUCER = "ai-ask-cup-saucer";
    AI_ASK_MOON = "ai-ask-moon";
}

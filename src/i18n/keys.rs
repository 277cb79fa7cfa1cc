//! Every message id the code uses, with the variables it passes. The parity test checks each
//! locale against this list, so a missing translation or a variable nobody passes fails CI.

/// A message id and the names of the variables callers pass for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub id: &'static str,
    pub args: &'static [&'static str],
}

macro_rules! keys {
    ($($name:ident = $id:literal $([$($arg:literal),*])?;)*) => {
        $(pub const $name: Key = Key { id: $id, args: &[$($($arg),*)?] };)*
        /// All keys, for the parity test.
        pub const ALL: &[Key] = &[$($name),*];
    };
}

keys! {
    WELCOME = "welcome" ["name"];
    MENU_TITLE = "menu-title";
    HELP = "help" ["free"];
    TERMS = "terms";
    PAYSUPPORT = "paysupport" ["days"];
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
    COMING_SOON = "coming-soon" ["section"];
    LANGUAGE_PROMPT = "language-prompt";
    LANGUAGE_CHANGED = "language-changed";
    LANGUAGE_UNKNOWN = "language-unknown" ["code"];
    CANCEL_DONE = "cancel-done";
    CANCEL_NOTHING = "cancel-nothing";
    ERROR_GENERIC = "error-generic";
    CALLBACK_EXPIRED = "callback-expired";
    RATE_LIMITED = "rate-limited" ["seconds"];
    RATE_LIMITED_AI = "rate-limited-ai" ["seconds"];
    UNKNOWN_INPUT = "unknown-input";
    DREAM_PROMPT = "dream-prompt" ["max"];
    DREAM_TOO_LONG = "dream-too-long" ["max", "length"];
    DREAM_NOT_TEXT = "dream-not-text";
    READING_TITLE_DREAM = "reading-title-dream";
    AI_BLOCKED = "ai-blocked";
    AI_FAILED = "ai-failed";
    QUOTA_LEFT = "quota-left" ["count"];
    QUOTA_EXHAUSTED = "quota-exhausted" ["free"];
    PLAN_LINE = "plan-line" ["plan", "price", "days"];
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
    TAROT_QUESTION = "tarot-question" ["spread", "max"];
    TAROT_QUESTION_TEXT = "tarot-question-text" ["max"];
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
    DREAM_FOLLOWUP_PROMPT = "dream-followup-prompt" ["max"];
    READING_TITLE_DREAM_FOLLOWUP = "reading-title-dream-followup";
    KIND_COFFEE = "kind-coffee";
    KIND_TAROT = "kind-tarot";
    KIND_DREAM = "kind-dream";
    KIND_DAILY_CARD = "kind-daily-card";
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
    REFERRAL_PAGE = "referral-page" ["bonus", "link", "invited", "earned", "used", "rank", "total"];
    REFERRAL_BADGE = "referral-badge" ["badge"];
    REFERRAL_NEXT = "referral-next" ["next"];
    REFERRAL_TOP_TITLE = "referral-top-title";
    REFERRAL_TOP_EMPTY = "referral-top-empty";
    REFERRAL_CREDITED = "referral-credited" ["name", "bonus"];
    REFERRAL_MILESTONE = "referral-milestone" ["badge", "count"];
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
}

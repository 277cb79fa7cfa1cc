//! Typed, versioned callback data. Everything Telegram hands back is untrusted: decoding is
//! strict, and anything that does not decode is answered harmlessly.

use crate::domain::astro::{HouseSystem, Sign};
use crate::domain::horoscope::Period;
use crate::domain::pushes::PushKind;
use crate::domain::tarot::Spread;
use crate::domain::{Lang, Plan, PromptKind};

/// Bump when the format changes; old buttons then decode to `None` and get a fresh menu.
const VERSION: &str = "1";
/// Telegram's limit on callback data.
pub const MAX_LEN: usize = 64;

/// The sections of the main menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Coffee,
    Tarot,
    Dream,
    Horoscope,
    BirthChart,
    Compatibility,
    Moon,
    Sky,
    Chatbot,
    Premium,
    Referral,
    History,
    Language,
    Help,
}

impl Section {
    pub const ALL: [Section; 14] = [
        Section::Coffee,
        Section::Tarot,
        Section::Dream,
        Section::Horoscope,
        Section::BirthChart,
        Section::Compatibility,
        Section::Moon,
        Section::Sky,
        Section::Chatbot,
        Section::Premium,
        Section::Referral,
        Section::History,
        Section::Language,
        Section::Help,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Coffee => "cof",
            Section::Tarot => "tar",
            Section::Dream => "drm",
            Section::Horoscope => "hor",
            Section::BirthChart => "bch",
            Section::Compatibility => "cmp",
            Section::Moon => "mon",
            Section::Sky => "sky",
            Section::Chatbot => "cht",
            Section::Premium => "pre",
            Section::Referral => "ref",
            Section::History => "his",
            Section::Language => "lng",
            Section::Help => "hlp",
        }
    }

    fn from_code(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.code() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cb {
    Menu,
    Open(Section),
    /// Set the language, then re-render the menu in it.
    SetLang(Lang),
    /// Leave the current input step.
    Cancel,
    /// Start a tarot spread (asks for an optional question first).
    Spread(Spread),
    /// Draw the chosen spread now, without a question.
    DrawNow,
    DailyCard,
    /// Ask a follow-up question about dream reading N.
    DreamAsk(i64),
    /// Read the cup with the photos sent so far.
    ReadCup,
    /// Open reading N from the history.
    OpenReading(i64),
    /// `/forget`: confirmed or not.
    Forget(bool),
    /// A horoscope for a period; `None` means the user's own sign (from their birth data).
    Horoscope(Period, Option<Sign>),
    /// Show the sign picker for a period.
    PickSign(Period),
    /// Enter (or change) the user's own birth data.
    BirthEdit,
    /// The birth time is unknown.
    BirthTimeUnknown,
    /// One of the offered places (an index into the embedded gazetteer).
    PickPlace(u32),
    /// The user's chart again (after entering birth data).
    ChartShow,
    Transits,
    /// The house systems to choose from for one's chart.
    HouseSystems,
    SetHouseSystem(HouseSystem),
    /// The reading of the year ahead from the solar return.
    SolarReturn,
    /// The chart as a JSON document (same as `/mychart`).
    ChartJson,
    /// Compatibility: the first sign is chosen, pick the second.
    CompatFirst(Sign),
    /// Compatibility of two signs.
    Compat(Sign, Sign),
    /// Synastry with saved person N.
    Synastry(i64),
    AddPerson,
    DeletePerson(i64),
    MoonCalendar,
    /// A short AI commentary on today's Moon (premium).
    MoonCommentary,
    Notifications,
    TogglePush(PushKind),
    PushTime(PushKind),
    /// Forget the chatbot conversation.
    ChatReset,
    /// The details of a paid plan, with its buy buttons.
    PlanInfo(Plan),
    /// Send an invoice for one period of a plan.
    Buy(Plan),
    /// A monthly Stars subscription link for a plan.
    Subscribe(Plan),
    /// Ask for a refund of the user's payment N.
    RefundAsk(i64),
    /// Admin: refund payment N (checked against ADMIN_ID on the server).
    AdminRefund(i64),
    /// One of the user's readings as a PDF.
    ReadingPdf(i64),
    /// The user's birth chart as a PDF.
    ChartPdf,
    /// Admin panel screens and actions (checked against ADMIN_ID on the server).
    Admin(AdminCb),
}

/// The event kinds the log screen can filter on.
pub const LOG_KINDS: [&str; 12] = [
    "payment",
    "refund_request",
    "admin_refund",
    "admin_gift",
    "admin_cancel",
    "admin_block",
    "admin_reset",
    "admin_prompt",
    "admin_broadcast",
    "ai_failure",
    "handler_error",
    "handler_panic",
];

/// The admin panel's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminCb {
    Home,
    Users(u32),
    Search,
    User(i64),
    Gift(i64, Plan),
    CancelPlan(i64),
    Block(i64, bool),
    ResetQuota(i64),
    Premium,
    /// Logs: all levels (None) or one.
    Logs(Option<crate::store::Level>),
    /// Logs of one kind (an index into `LOG_KINDS`).
    LogKind(u8),
    Settings,
    EditSetting(u8),
    /// The funnel and weekly cohorts of the last 30 days.
    Funnel,
    /// AI prices per model, and setting one.
    AiPrices,
    SetAiPrice,
    Prompts,
    PromptKind(PromptKind),
    Prompt(PromptKind, Lang),
    EditPrompt(PromptKind, Lang),
    ResetPrompt(PromptKind, Lang),
    Broadcast,
    /// Audience: everyone, one language, or one plan.
    Audience(Option<Lang>, Option<Plan>),
    SendBroadcast,
    /// Send as a paid broadcast (`allow_paid_broadcast`), after seeing its cost.
    SendPaidBroadcast,
}

impl AdminCb {
    fn encode(self) -> String {
        match self {
            AdminCb::Home => "h".into(),
            AdminCb::Users(page) => format!("u:{page}"),
            AdminCb::Search => "q".into(),
            AdminCb::User(id) => format!("c:{id}"),
            AdminCb::Gift(id, p) => format!("g:{id}:{}", p.code()),
            AdminCb::CancelPlan(id) => format!("x:{id}"),
            AdminCb::Block(id, on) => format!("k:{id}:{}", u8::from(on)),
            AdminCb::ResetQuota(id) => format!("r:{id}"),
            AdminCb::Premium => "p".into(),
            AdminCb::Logs(None) => "l".into(),
            AdminCb::Logs(Some(l)) => format!("l:{}", l.code()),
            AdminCb::LogKind(i) => format!("lk:{i}"),
            AdminCb::Settings => "s".into(),
            AdminCb::AiPrices => "ai".into(),
            AdminCb::Funnel => "fn".into(),
            AdminCb::SetAiPrice => "ap".into(),
            AdminCb::EditSetting(i) => format!("s:{i}"),
            AdminCb::Prompts => "pr".into(),
            AdminCb::PromptKind(k) => format!("pk:{}", k.code()),
            AdminCb::Prompt(k, l) => format!("pv:{}:{}", k.code(), l.code()),
            AdminCb::EditPrompt(k, l) => format!("pe:{}:{}", k.code(), l.code()),
            AdminCb::ResetPrompt(k, l) => format!("pz:{}:{}", k.code(), l.code()),
            AdminCb::Broadcast => "b".into(),
            AdminCb::Audience(l, p) => format!(
                "ba:{}:{}",
                l.map(Lang::code).unwrap_or("-"),
                p.map(Plan::code).unwrap_or("-")
            ),
            AdminCb::SendBroadcast => "bg".into(),
            AdminCb::SendPaidBroadcast => "bp".into(),
        }
    }

    fn decode(parts: &[&str]) -> Option<AdminCb> {
        let kind = |s: &str| s.parse::<PromptKind>().ok();
        let lang = |s: &str| s.parse::<Lang>().ok().filter(|l| l.code() == s);
        Some(match parts {
            ["h"] => AdminCb::Home,
            ["u", page] => AdminCb::Users(page.parse().ok().filter(|p: &u32| *p < 100_000)?),
            ["q"] => AdminCb::Search,
            ["c", id] => AdminCb::User(id_of(id)?),
            ["g", id, p] => AdminCb::Gift(id_of(id)?, paid_plan(p)?),
            ["x", id] => AdminCb::CancelPlan(id_of(id)?),
            ["k", id, "1"] => AdminCb::Block(id_of(id)?, true),
            ["k", id, "0"] => AdminCb::Block(id_of(id)?, false),
            ["r", id] => AdminCb::ResetQuota(id_of(id)?),
            ["p"] => AdminCb::Premium,
            ["l"] => AdminCb::Logs(None),
            ["l", level] => AdminCb::Logs(Some(crate::store::Level::from_code(level)?)),
            ["lk", i] => AdminCb::LogKind(
                i.parse()
                    .ok()
                    .filter(|i: &u8| usize::from(*i) < LOG_KINDS.len())?,
            ),
            ["s"] => AdminCb::Settings,
            ["ai"] => AdminCb::AiPrices,
            ["fn"] => AdminCb::Funnel,
            ["ap"] => AdminCb::SetAiPrice,
            ["s", i] => AdminCb::EditSetting(
                i.parse()
                    .ok()
                    .filter(|i: &u8| usize::from(*i) < crate::domain::settings::DEFAULTS.len())?,
            ),
            ["pr"] => AdminCb::Prompts,
            ["pk", k] => AdminCb::PromptKind(kind(k)?),
            ["pv", k, l] => AdminCb::Prompt(kind(k)?, lang(l)?),
            ["pe", k, l] => AdminCb::EditPrompt(kind(k)?, lang(l)?),
            ["pz", k, l] => AdminCb::ResetPrompt(kind(k)?, lang(l)?),
            ["b"] => AdminCb::Broadcast,
            ["ba", l, p] => AdminCb::Audience(
                if *l == "-" { None } else { Some(lang(l)?) },
                if *p == "-" {
                    None
                } else {
                    Some(p.parse().ok().filter(|x: &Plan| x.code() == *p)?)
                },
            ),
            ["bg"] => AdminCb::SendBroadcast,
            ["bp"] => AdminCb::SendPaidBroadcast,
            _ => return None,
        })
    }
}

impl Cb {
    /// A button of the admin panel: only the admin branch of the handler tree acts on it.
    pub fn is_admin(self) -> bool {
        matches!(self, Cb::Admin(_) | Cb::AdminRefund(_))
    }

    pub fn encode(self) -> String {
        let s = match self {
            Cb::Menu => format!("{VERSION}:m"),
            Cb::Open(sec) => format!("{VERSION}:o:{}", sec.code()),
            Cb::SetLang(l) => format!("{VERSION}:l:{}", l.code()),
            Cb::Cancel => format!("{VERSION}:x"),
            Cb::Spread(s) => format!("{VERSION}:t:{}", s.code()),
            Cb::DrawNow => format!("{VERSION}:td"),
            Cb::DailyCard => format!("{VERSION}:dc"),
            Cb::DreamAsk(id) => format!("{VERSION}:da:{id}"),
            Cb::ReadCup => format!("{VERSION}:rc"),
            Cb::OpenReading(id) => format!("{VERSION}:r:{id}"),
            Cb::Forget(yes) => format!("{VERSION}:fg:{}", if yes { "y" } else { "n" }),
            Cb::Horoscope(p, None) => format!("{VERSION}:h:{}", p.code()),
            Cb::Horoscope(p, Some(s)) => format!("{VERSION}:h:{}:{}", p.code(), s.code()),
            Cb::PickSign(p) => format!("{VERSION}:hs:{}", p.code()),
            Cb::BirthEdit => format!("{VERSION}:be"),
            Cb::BirthTimeUnknown => format!("{VERSION}:bu"),
            Cb::PickPlace(i) => format!("{VERSION}:bp:{i}"),
            Cb::ChartShow => format!("{VERSION}:cv"),
            Cb::Transits => format!("{VERSION}:tr"),
            Cb::HouseSystems => format!("{VERSION}:hp"),
            Cb::SolarReturn => format!("{VERSION}:sr"),
            Cb::SetHouseSystem(h) => format!("{VERSION}:hq:{}", h.code()),
            Cb::ChartJson => format!("{VERSION}:cj"),
            Cb::CompatFirst(a) => format!("{VERSION}:c1:{}", a.code()),
            Cb::Compat(a, b) => format!("{VERSION}:c2:{}:{}", a.code(), b.code()),
            Cb::Synastry(id) => format!("{VERSION}:sy:{id}"),
            Cb::AddPerson => format!("{VERSION}:ap"),
            Cb::DeletePerson(id) => format!("{VERSION}:dp:{id}"),
            Cb::MoonCalendar => format!("{VERSION}:mc"),
            Cb::MoonCommentary => format!("{VERSION}:mm"),
            Cb::Notifications => format!("{VERSION}:nt"),
            Cb::TogglePush(k) => format!("{VERSION}:np:{}", k.code()),
            Cb::PushTime(k) => format!("{VERSION}:pt:{}", k.code()),
            Cb::ChatReset => format!("{VERSION}:cr"),
            Cb::PlanInfo(p) => format!("{VERSION}:pi:{}", p.code()),
            Cb::Buy(p) => format!("{VERSION}:pb:{}", p.code()),
            Cb::Subscribe(p) => format!("{VERSION}:ps:{}", p.code()),
            Cb::RefundAsk(id) => format!("{VERSION}:rq:{id}"),
            Cb::AdminRefund(id) => format!("{VERSION}:ar:{id}"),
            Cb::Admin(a) => format!("{VERSION}:a:{}", a.encode()),
            Cb::ReadingPdf(id) => format!("{VERSION}:rp:{id}"),
            Cb::ChartPdf => format!("{VERSION}:cp"),
        };
        debug_assert!(s.len() <= MAX_LEN);
        s
    }

    pub fn decode(data: &str) -> Option<Cb> {
        if data.len() > MAX_LEN {
            return None;
        }
        let parts: Vec<&str> = data.split(':').collect();
        match parts.as_slice() {
            [VERSION, "m"] => Some(Cb::Menu),
            [VERSION, "x"] => Some(Cb::Cancel),
            [VERSION, "o", sec] => Section::from_code(sec).map(Cb::Open),
            [VERSION, "l", lang] => lang.parse().ok().map(Cb::SetLang),
            [VERSION, "t", s] => Spread::from_code(s).map(Cb::Spread),
            [VERSION, "td"] => Some(Cb::DrawNow),
            [VERSION, "dc"] => Some(Cb::DailyCard),
            [VERSION, "da", id] => id_of(id).map(Cb::DreamAsk),
            [VERSION, "rc"] => Some(Cb::ReadCup),
            [VERSION, "r", id] => id_of(id).map(Cb::OpenReading),
            [VERSION, "fg", "y"] => Some(Cb::Forget(true)),
            [VERSION, "fg", "n"] => Some(Cb::Forget(false)),
            [VERSION, "h", p] => Period::from_code(p).map(|p| Cb::Horoscope(p, None)),
            [VERSION, "h", p, s] => Some(Cb::Horoscope(Period::from_code(p)?, Some(sign_of(s)?))),
            [VERSION, "hs", p] => Period::from_code(p).map(Cb::PickSign),
            [VERSION, "be"] => Some(Cb::BirthEdit),
            [VERSION, "bu"] => Some(Cb::BirthTimeUnknown),
            [VERSION, "bp", i] => id_of(i)
                .and_then(|i| u32::try_from(i).ok())
                .map(Cb::PickPlace),
            [VERSION, "cv"] => Some(Cb::ChartShow),
            [VERSION, "tr"] => Some(Cb::Transits),
            [VERSION, "hp"] => Some(Cb::HouseSystems),
            [VERSION, "sr"] => Some(Cb::SolarReturn),
            [VERSION, "hq", h] => h.parse().ok().map(Cb::SetHouseSystem),
            [VERSION, "cj"] => Some(Cb::ChartJson),
            [VERSION, "c1", a] => sign_of(a).map(Cb::CompatFirst),
            [VERSION, "c2", a, b] => Some(Cb::Compat(sign_of(a)?, sign_of(b)?)),
            [VERSION, "sy", id] => id_of(id).map(Cb::Synastry),
            [VERSION, "ap"] => Some(Cb::AddPerson),
            [VERSION, "dp", id] => id_of(id).map(Cb::DeletePerson),
            [VERSION, "mc"] => Some(Cb::MoonCalendar),
            [VERSION, "mm"] => Some(Cb::MoonCommentary),
            [VERSION, "nt"] => Some(Cb::Notifications),
            [VERSION, "np", k] => PushKind::from_code(k).map(Cb::TogglePush),
            [VERSION, "pt", k] => PushKind::from_code(k).map(Cb::PushTime),
            [VERSION, "cr"] => Some(Cb::ChatReset),
            [VERSION, "pi", p] => paid_plan(p).map(Cb::PlanInfo),
            [VERSION, "pb", p] => paid_plan(p).map(Cb::Buy),
            [VERSION, "ps", p] => paid_plan(p).map(Cb::Subscribe),
            [VERSION, "rq", id] => id_of(id).map(Cb::RefundAsk),
            [VERSION, "ar", id] => id_of(id).map(Cb::AdminRefund),
            [VERSION, "a", rest @ ..] => AdminCb::decode(rest).map(Cb::Admin),
            [VERSION, "rp", id] => id_of(id).map(Cb::ReadingPdf),
            [VERSION, "cp"] => Some(Cb::ChartPdf),
            _ => None,
        }
    }
}

fn paid_plan(s: &str) -> Option<Plan> {
    s.parse()
        .ok()
        .filter(|p: &Plan| p.is_paid() && p.code() == s)
}

fn sign_of(s: &str) -> Option<Sign> {
    s.parse().ok().filter(|sign: &Sign| sign.code() == s)
}

/// A positive row id written in plain digits (no sign, no leading zero tricks).
fn id_of(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 18 || !s.bytes().all(|b| b.is_ascii_digit()) || s.starts_with('0')
    {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_within_the_limit() {
        let mut all = vec![
            Cb::Menu,
            Cb::Cancel,
            Cb::DrawNow,
            Cb::DailyCard,
            Cb::ReadCup,
            Cb::DreamAsk(1),
            Cb::OpenReading(i64::MAX / 10),
            Cb::Forget(true),
            Cb::Forget(false),
            Cb::BirthEdit,
            Cb::BirthTimeUnknown,
            Cb::PickPlace(33_999),
            Cb::ChartShow,
            Cb::Transits,
            Cb::HouseSystems,
            Cb::SolarReturn,
            Cb::SetHouseSystem(HouseSystem::WholeSign),
            Cb::SetHouseSystem(HouseSystem::Regiomontanus),
            Cb::ChartJson,
            Cb::Compat(Sign::Sagittarius, Sign::Capricorn),
            Cb::CompatFirst(Sign::Aquarius),
            Cb::Synastry(42),
            Cb::AddPerson,
            Cb::DeletePerson(7),
            Cb::MoonCalendar,
            Cb::MoonCommentary,
            Cb::Notifications,
            Cb::ChatReset,
            Cb::RefundAsk(3),
            Cb::AdminRefund(4),
            Cb::ReadingPdf(9),
            Cb::ChartPdf,
        ];
        for a in [
            AdminCb::AiPrices,
            AdminCb::SetAiPrice,
            AdminCb::Funnel,
            AdminCb::Home,
            AdminCb::Users(12),
            AdminCb::Search,
            AdminCb::User(i64::MAX / 10),
            AdminCb::Gift(5, Plan::Vip),
            AdminCb::CancelPlan(5),
            AdminCb::Block(5, true),
            AdminCb::Block(5, false),
            AdminCb::ResetQuota(5),
            AdminCb::Premium,
            AdminCb::Logs(None),
            AdminCb::Logs(Some(crate::store::Level::Warn)),
            AdminCb::LogKind(7),
            AdminCb::Settings,
            AdminCb::EditSetting(3),
            AdminCb::Prompts,
            AdminCb::PromptKind(PromptKind::MonthlyHoroscope),
            AdminCb::Prompt(PromptKind::MonthlyHoroscope, Lang::Pt),
            AdminCb::EditPrompt(PromptKind::AstroChatbot, Lang::Ar),
            AdminCb::ResetPrompt(PromptKind::Dream, Lang::Tr),
            AdminCb::Broadcast,
            AdminCb::Audience(None, None),
            AdminCb::Audience(Some(Lang::De), None),
            AdminCb::Audience(None, Some(Plan::Free)),
            AdminCb::SendBroadcast,
            AdminCb::SendPaidBroadcast,
        ] {
            all.push(Cb::Admin(a));
        }
        for p in Plan::PAID {
            all.extend([Cb::PlanInfo(p), Cb::Buy(p), Cb::Subscribe(p)]);
        }
        for p in Period::ALL {
            all.push(Cb::Horoscope(p, None));
            all.push(Cb::PickSign(p));
            all.extend(Sign::ALL.map(|s| Cb::Horoscope(p, Some(s))));
        }
        for k in PushKind::ALL {
            all.push(Cb::TogglePush(k));
            all.push(Cb::PushTime(k));
        }
        all.extend(Spread::ALL.map(Cb::Spread));
        all.extend(Section::ALL.map(Cb::Open));
        all.extend(Lang::ALL.map(Cb::SetLang));
        for cb in all {
            let data = cb.encode();
            assert!(data.len() <= MAX_LEN);
            assert_eq!(Cb::decode(&data), Some(cb), "{data}");
        }
    }

    #[test]
    fn forged_or_stale_data_decodes_to_nothing() {
        for bad in [
            "",
            "m",
            "0:m",
            "1:o:zzz",
            "1:l:xx",
            "1:l:tr:hlp",
            "1:l:",
            "1:m:extra",
            "1:o:drm:1",
            "1:r:-5",
            "1:r:007",
            "1:r:1e3",
            "1:da:",
            "1:t:seven",
            "1:fg:maybe",
            "1:h:yearly",
            "1:h:daily:ophiuchus",
            "1:h:daily:Leo",
            "1:c2:leo",
            "1:bp:-1",
            "1:bp:99999999999",
            "1:np:weekly_card",
            "1:sy:0",
            "1:pb:free",
            "1:pb:gold",
            "1:pi:VIP",
            "1:a",
            "1:a:u:-1",
            "1:a:g:5:free",
            "1:a:k:5:2",
            "1:a:s:99",
            "1:a:pv:dream:xx",
            "1:a:l:fatal",
            &"x".repeat(65),
        ] {
            assert_eq!(Cb::decode(bad), None, "{bad:?}");
        }
    }
}

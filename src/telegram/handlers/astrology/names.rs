//! Localized names of signs, bodies, aspects, phases and periods (one Fluent selector each).

use crate::app::App;
use crate::domain::astro::aspects::AspectKind;
use crate::domain::astro::moon::PhaseName;
use crate::domain::astro::{Body, Sign};
use crate::domain::horoscope::Period;
use crate::domain::pushes::PushKind;
use crate::domain::Lang;
use crate::i18n::{keys as k, Key, Val};

fn named(app: &App, lang: Lang, key: Key, arg: &'static str, code: &str) -> String {
    app.i18n.tr(lang, key, &[(arg, Val::Str(code))])
}

pub fn sign(app: &App, lang: Lang, s: Sign) -> String {
    named(app, lang, k::NAME_SIGN, "sign", s.code())
}

/// "♌ Leo".
pub fn sign_label(app: &App, lang: Lang, s: Sign) -> String {
    format!("{} {}", s.symbol(), sign(app, lang, s))
}

pub fn body(app: &App, lang: Lang, b: Body) -> String {
    named(app, lang, k::NAME_BODY, "body", b.code())
}

pub fn aspect(app: &App, lang: Lang, a: AspectKind) -> String {
    named(app, lang, k::NAME_ASPECT, "aspect", a.code())
}

pub fn phase(app: &App, lang: Lang, p: PhaseName) -> String {
    named(app, lang, k::NAME_PHASE, "phase", p.code())
}

pub fn period(app: &App, lang: Lang, p: Period) -> String {
    named(app, lang, k::NAME_PERIOD, "period", p.code())
}

pub fn push(app: &App, lang: Lang, p: PushKind) -> String {
    named(app, lang, k::NAME_PUSH, "kind", p.code())
}

/// 22°38′ in a sign, as shown in tables.
pub fn degrees(longitude: f64) -> String {
    let (d, m) = crate::domain::astro::zodiac::degree_minutes_in_sign(longitude);
    format!("{d}°{m:02}′")
}

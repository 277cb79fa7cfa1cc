//! Files embedded in the binary: locales, prompts and AI fixtures.

use std::borrow::Cow;

#[derive(rust_embed::RustEmbed)]
#[folder = "assets/"]
pub struct Assets;

/// The text of an embedded file, if present and valid UTF-8.
pub fn text(path: &str) -> Option<Cow<'static, str>> {
    let file = Assets::get(path)?;
    match file.data {
        Cow::Borrowed(b) => std::str::from_utf8(b).ok().map(Cow::Borrowed),
        Cow::Owned(v) => String::from_utf8(v).ok().map(Cow::Owned),
    }
}

/// The embedded gazetteer, parsed on first use (≈0.3 s, ≈15 MB) and shared afterwards.
pub fn gazetteer() -> &'static crate::domain::gazetteer::Gazetteer {
    static GAZETTEER: std::sync::LazyLock<crate::domain::gazetteer::Gazetteer> =
        std::sync::LazyLock::new(|| {
            crate::domain::gazetteer::Gazetteer::parse(
                &text("gazetteer/cities.tsv").unwrap_or_default(),
            )
        });
    &GAZETTEER
}

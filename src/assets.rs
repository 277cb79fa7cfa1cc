//! Files embedded in the binary: locales, prompts, fonts, AI fixtures and the gazetteer.

use std::borrow::Cow;
use std::io::Read;

#[derive(rust_embed::RustEmbed)]
#[folder = "assets/"]
#[exclude = "gazetteer/*"]
pub struct Assets;

/// The gazetteer is most of the assets' bytes (4.8 MB of text): `build.rs` deflates it to a
/// quarter, for the static binary's size budget; it is inflated once, on first use.
static CITIES_DEFLATED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/cities.tsv.deflate"));

/// The gazetteer's text (`assets/gazetteer/cities.tsv`).
pub fn gazetteer_tsv() -> String {
    let mut text = String::new();
    if let Err(e) = flate2::read::DeflateDecoder::new(CITIES_DEFLATED).read_to_string(&mut text) {
        tracing::error!(error = %e, "the embedded gazetteer does not inflate");
        text.clear();
    }
    text
}

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
        std::sync::LazyLock::new(|| crate::domain::gazetteer::Gazetteer::parse(&gazetteer_tsv()));
    &GAZETTEER
}

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

//! Build-time checks of the embedded assets, so a broken translation, a missing prompt, a
//! missing offline answer or a missing tarot translation fails the build with a clear message
//! instead of failing at run time. (Placeholder, plural and key-parity checks need the domain
//! types and run as tests.)

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

const LANGS: [&str; 9] = ["tr", "en", "es", "fr", "ru", "de", "ar", "it", "pt"];

fn files_in(dir: &Path, ext: &str) -> BTreeSet<String> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(ext))
                .collect()
        })
        .unwrap_or_default()
}

fn main() {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=migrations");
    deflate_gazetteer();
    let mut problems = Vec::new();

    for lang in LANGS {
        let dir = Path::new("assets/locales").join(lang);
        let ftl = files_in(&dir, ".ftl");
        if ftl.is_empty() {
            problems.push(format!("assets/locales/{lang}: no .ftl files"));
        }
        for name in ftl {
            let path = dir.join(&name);
            match fs::read_to_string(&path) {
                Ok(text) => {
                    if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                        for e in errors {
                            let line =
                                text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                            problems.push(format!("{}:{line}: {:?}", path.display(), e.kind));
                        }
                    }
                }
                Err(e) => problems.push(format!("{}: {e}", path.display())),
            }
        }
    }

    let reference = files_in(Path::new("assets/prompts/en"), ".txt");
    if reference.is_empty() {
        problems.push("assets/prompts/en: no prompts".to_string());
    }
    for lang in LANGS {
        let have = files_in(&Path::new("assets/prompts").join(lang), ".txt");
        for missing in reference.difference(&have) {
            problems.push(format!(
                "assets/prompts/{lang}/{missing}: missing (exists in en)"
            ));
        }
        for extra in have.difference(&reference) {
            problems.push(format!("assets/prompts/{lang}/{extra}: not in en"));
        }
    }

    // Offline answers: every prompt type in every language, at least three variants each.
    for lang in LANGS {
        let dir = Path::new("assets/fixtures/ai").join(lang);
        let have = files_in(&dir, ".txt");
        for kind in &reference {
            if !have.contains(kind) {
                problems.push(format!("assets/fixtures/ai/{lang}/{kind}: missing"));
                continue;
            }
            let text = fs::read_to_string(dir.join(kind)).unwrap_or_default();
            let variants = text
                .split("\n---\n")
                .filter(|v| !v.trim().is_empty())
                .count();
            if variants < 3 {
                problems.push(format!(
                    "assets/fixtures/ai/{lang}/{kind}: {variants} variant(s), at least 3 needed"
                ));
            }
        }
        // What the offline provider hears in a voice note.
        let voice = dir.join("voice.txt");
        if fs::read_to_string(&voice).map_or(true, |t| t.trim().is_empty()) {
            problems.push(format!("{}: missing or empty", voice.display()));
        }
    }

    // The tarot deck's words in every language but English (which is in deck.json).
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let path = Path::new("assets/tarot/cards").join(format!("{lang}.json"));
        if !path.exists() {
            problems.push(format!("{}: missing", path.display()));
        }
    }

    if !problems.is_empty() {
        for p in &problems {
            println!("cargo:warning={p}");
        }
        panic!(
            "{} problem(s) in embedded assets:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}

/// `assets/gazetteer/cities.tsv` → `$OUT_DIR/cities.tsv.deflate`, embedded by `src/assets.rs`.
fn deflate_gazetteer() {
    use std::io::Write;
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let tsv = fs::read("assets/gazetteer/cities.tsv").unwrap_or_else(|e| {
        panic!("assets/gazetteer/cities.tsv: {e}");
    });
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    let packed = z.write_all(&tsv).and_then(|_| z.finish());
    match packed.and_then(|bytes| fs::write(Path::new(&out).join("cities.tsv.deflate"), bytes)) {
        Ok(()) => {}
        Err(e) => panic!("deflating the gazetteer: {e}"),
    }
}

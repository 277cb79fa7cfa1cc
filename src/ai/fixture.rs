//! Deterministic answers from embedded fixtures: the offline simulator and tests use them.
//! Files: `assets/fixtures/ai/<lang>/<kind>.txt`, variants separated by a line `---`;
//! `{excerpt}` is replaced by the start of the user's text, the kind's facts (see
//! [`fixture_facts`]) by the request's values.

use std::time::Duration;

use futures::future::BoxFuture;

use super::stream::{AiStream, Piece};
use super::{AiAnswer, AiError, AiProvider, AiRequest};
use crate::assets;
use crate::domain::{Lang, PromptKind};

#[derive(Default)]
pub struct FixtureProvider {
    delay: Option<Duration>,
    /// Pause between two streamed pieces, so an offline answer is seen being written.
    pause: Duration,
}

/// Characters per streamed piece (cut at a word boundary): a model's pace, give or take.
const PIECE: usize = 24;

impl FixtureProvider {
    pub fn new() -> Self {
        FixtureProvider::default()
    }

    /// Answers after `delay`, to stand in for a slow model in benchmarks.
    pub fn with_delay(delay: Duration) -> Self {
        FixtureProvider {
            delay: Some(delay),
            ..FixtureProvider::default()
        }
    }

    /// Streams with `pause` between pieces (the simulator's pace).
    pub fn streaming_every(mut self, pause: Duration) -> Self {
        self.pause = pause;
        self
    }
}

/// An answer cut into pieces of about [`PIECE`] characters, each ending after a space.
pub fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in text.split_inclusive(' ') {
        current.push_str(word);
        if current.chars().count() >= PIECE {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub fn fixture_path(lang: Lang, kind: PromptKind) -> String {
    format!("fixtures/ai/{}/{}.txt", lang.code(), kind.code())
}

/// FNV-1a: stable across builds and platforms, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

fn excerpt(text: &str) -> String {
    let trimmed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = trimmed.chars().take(60).collect();
    if trimmed.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// The placeholders a fixture of each kind may use besides `{excerpt}`: the facts its
/// callers put in the request.
pub fn fixture_facts(kind: PromptKind) -> &'static [&'static str] {
    match kind {
        PromptKind::Coffee | PromptKind::Dream => &[],
        PromptKind::Tarot => &["cards"],
        PromptKind::DailyCard => &["card"],
        PromptKind::DailyHoroscope | PromptKind::WeeklyHoroscope | PromptKind::MonthlyHoroscope => {
            &["sign"]
        }
        PromptKind::BirthChart => &["sun_sign", "moon_sign"],
        PromptKind::Compatibility => &["first_sign", "second_sign", "score"],
        PromptKind::AstroChatbot => &["sign"],
        PromptKind::Moon => &["phase"],
        PromptKind::SolarReturn => &["year", "ascendant_sign"],
    }
}

pub fn answer_for(request: &AiRequest) -> Result<String, AiError> {
    let text = assets::text(&fixture_path(request.lang, request.kind))
        .or_else(|| assets::text(&fixture_path(Lang::En, request.kind)))
        .ok_or(AiError::Empty)?;
    let variants: Vec<&str> = text
        .split("\n---\n")
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    if variants.is_empty() {
        return Err(AiError::Empty);
    }
    let mut seed = request.user_text.as_bytes().to_vec();
    seed.extend(request.system.as_bytes());
    let pick = variants[(fnv1a(&seed) % variants.len() as u64) as usize];
    let mut answer = pick.replace("{excerpt}", &excerpt(&request.user_text));
    for name in fixture_facts(request.kind) {
        let value = request
            .facts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("—");
        answer = answer.replace(&format!("{{{name}}}"), value);
    }
    Ok(answer)
}

/// What the offline provider "hears" in any voice note: one fixed dream per language.
pub fn heard_for(lang: Lang) -> Result<String, AiError> {
    assets::text(&format!("fixtures/ai/{}/voice.txt", lang.code()))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .ok_or(AiError::Empty)
}

impl AiProvider for FixtureProvider {
    fn name(&self) -> &'static str {
        "fixture"
    }

    fn hears(&self) -> bool {
        true
    }

    fn generate<'a>(&'a self, request: &'a AiRequest) -> BoxFuture<'a, Result<AiAnswer, AiError>> {
        Box::pin(async move {
            if let Some(d) = self.delay {
                tokio::time::sleep(d).await;
            }
            Ok(AiAnswer {
                text: answer_for(request)?,
                model: "fixture".into(),
                usage: None,
            })
        })
    }

    fn stream<'a>(&'a self, request: &'a AiRequest) -> AiStream<'a> {
        use futures::StreamExt;
        let answer = futures::stream::once(async move {
            if let Some(d) = self.delay {
                tokio::time::sleep(d).await;
            }
            // A voice note is "heard" as the language's fixed transcript, and answered as if
            // that had been typed.
            let heard = match &request.audio {
                Some(_) => Some(heard_for(request.lang)?),
                None => None,
            };
            let text = match &heard {
                Some(h) => answer_for(&AiRequest {
                    user_text: h.clone(),
                    audio: None,
                    ..request.clone()
                })?,
                None => answer_for(request)?,
            };
            Ok((heard, text))
        });
        let pause = self.pause;
        answer
            .flat_map(move |reply| {
                let items: Vec<Result<Piece, AiError>> = match reply {
                    Ok((heard, t)) => heard
                        .map(Piece::Heard)
                        .into_iter()
                        .chain(pieces(&t).into_iter().map(Piece::Text))
                        .chain([Piece::End {
                            model: "fixture".into(),
                            usage: None,
                        }])
                        .map(Ok)
                        .collect(),
                    Err(e) => vec![Err(e)],
                };
                futures::stream::iter(items)
            })
            .then(move |item| async move {
                if !pause.is_zero() && matches!(item, Ok(Piece::Text(_))) {
                    tokio::time::sleep(pause).await;
                }
                item
            })
            .boxed()
    }

    fn check(&self) -> BoxFuture<'_, Result<String, AiError>> {
        Box::pin(async { Ok("embedded fixtures (offline)".to_string()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(lang: Lang, text: &str) -> AiRequest {
        AiRequest {
            kind: PromptKind::Dream,
            lang,
            system: "s".into(),
            user_text: text.into(),
            images: vec![],
            audio: None,
            history: vec![],
            facts: vec![],
            max_chars: 2_000,
        }
    }

    #[test]
    fn same_input_same_answer_in_the_users_language() {
        let a = answer_for(&req(Lang::Tr, "Denizde yüzüyordum")).unwrap();
        let b = answer_for(&req(Lang::Tr, "Denizde yüzüyordum")).unwrap();
        assert_eq!(a, b);
        assert!(a.contains("Denizde yüzüyordum"), "{a}");
        assert_ne!(a, answer_for(&req(Lang::En, "Denizde yüzüyordum")).unwrap());
    }

    #[test]
    fn every_kind_has_fixtures_in_every_language_with_known_placeholders_only() {
        for lang in Lang::ALL {
            for kind in PromptKind::ALL {
                let text = assets::text(&fixture_path(lang, kind))
                    .unwrap_or_else(|| panic!("no fixture {kind}/{lang}"));
                let variants: Vec<&str> = text.split("\n---\n").collect();
                assert!(
                    variants.len() >= 3,
                    "{kind}/{lang}: {} variants",
                    variants.len()
                );
                let mut rest = text.to_string();
                for name in fixture_facts(kind).iter().chain(&["excerpt"]) {
                    rest = rest.replace(&format!("{{{name}}}"), "");
                }
                assert!(
                    !rest.contains('{') && !rest.contains('}'),
                    "{kind}/{lang}: a placeholder this kind does not fill"
                );
            }
        }
    }

    #[tokio::test]
    async fn the_stream_is_the_answer_in_pieces() {
        let r = req(Lang::Tr, "Denizde yüzüyordum");
        let whole = answer_for(&r).unwrap();
        let provider = FixtureProvider::new();
        let (answer, heard) = crate::ai::stream::collect(provider.stream(&r))
            .await
            .unwrap();
        assert_eq!((answer.text, heard), (whole.clone(), None));
        let parts = pieces(&whole);
        assert!(parts.len() > 5, "{parts:?}");
        assert_eq!(parts.concat(), whole);
    }

    #[test]
    fn facts_fill_the_fixture() {
        let mut r = req(Lang::En, "");
        r.kind = PromptKind::DailyHoroscope;
        r.facts = vec![("sign", "Leo".into())];
        let a = answer_for(&r).unwrap();
        assert!(a.contains("Leo") && !a.contains("{sign}"), "{a}");
    }
}

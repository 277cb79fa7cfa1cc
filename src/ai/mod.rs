//! AI providers behind one trait: Gemini, any OpenAI-compatible server, and embedded fixtures.

mod fixture;
mod gemini;
mod openai;
mod retry;
mod sse;
pub mod stream;

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;

pub use fixture::{fixture_path, FixtureProvider};
pub use gemini::GeminiProvider;
pub use openai::OpenAiProvider;
pub use retry::RetryPolicy;
pub use stream::{AiStream, Piece};

use crate::config::{AiProviderKind, Config};
use crate::domain::{Lang, PromptKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    pub role: Role,
    pub text: String,
}

#[derive(Clone, PartialEq, Eq)]
pub struct Image {
    pub mime: String,
    pub data: Vec<u8>,
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Image({}, {} bytes)", self.mime, self.data.len())
    }
}

/// A recording the user sent (a voice note or an audio file), kept in memory only.
#[derive(Clone, PartialEq, Eq)]
pub struct Audio {
    /// As the providers name it: `audio/ogg`, `audio/mp3`, `audio/wav`, `audio/flac`.
    pub mime: String,
    pub data: Vec<u8>,
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Audio({}, {} bytes)", self.mime, self.data.len())
    }
}

/// One question to the model: rendered instructions, the user's own words and images, and
/// (for the chatbot) earlier turns.
#[derive(Debug, Clone)]
pub struct AiRequest {
    pub kind: PromptKind,
    pub lang: Lang,
    pub system: String,
    pub user_text: String,
    pub images: Vec<Image>,
    /// A voice dream: the model says what it heard ([`Piece::Heard`]) before the answer.
    pub audio: Option<Audio>,
    pub history: Vec<Turn>,
    /// What the reading is about, by name and in the user's language (`sign`, `cards`,
    /// `phase` …): real models read it in the prompt; the offline fixtures are filled from it.
    pub facts: Vec<(&'static str, String)>,
    /// The answer's length limit in characters, as the prompt states it; the provider's output
    /// budget follows from it (see [`PromptKind::output_tokens`]).
    pub max_chars: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AiAnswer {
    pub text: String,
    pub model: String,
    /// Tokens billed, as the provider reported them (None: it did not say).
    pub usage: Option<Usage>,
}

/// Tokens in and out of one call, from the provider's own usage fields (Gemini's
/// `usageMetadata`, an OpenAI-compatible `usage`); thinking tokens count as output, as billed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub input: u64,
    pub output: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AiError {
    /// The provider refused on safety grounds (prompt or answer).
    #[error("blocked by the provider: {0}")]
    Blocked(String),
    #[error("the provider returned no text")]
    Empty,
    #[error("the provider did not answer in time")]
    Timeout,
    /// Still failing after retries, or a non-retryable HTTP error.
    #[error("provider error {status}: {message}")]
    Http { status: u16, message: String },
    #[error("could not reach the provider: {0}")]
    Network(String),
    #[error("unexpected answer from the provider: {0}")]
    Protocol(String),
}

impl AiError {
    /// Short label for metrics and the events table.
    pub fn outcome(&self) -> &'static str {
        match self {
            AiError::Blocked(_) => "blocked",
            AiError::Empty => "empty",
            AiError::Timeout => "timeout",
            AiError::Http { .. } => "http_error",
            AiError::Network(_) => "network",
            AiError::Protocol(_) => "protocol",
        }
    }
}

pub trait AiProvider: Send + Sync {
    /// `gemini`, `openai` or `fixture`.
    fn name(&self) -> &'static str;

    fn generate<'a>(&'a self, request: &'a AiRequest) -> BoxFuture<'a, Result<AiAnswer, AiError>>;

    /// The answer as the model writes it, ending with [`Piece::End`]. A provider that cannot
    /// stream sends it whole.
    fn stream<'a>(&'a self, request: &'a AiRequest) -> AiStream<'a> {
        use futures::StreamExt;
        futures::stream::once(self.generate(request))
            .flat_map(|answer| futures::stream::iter(stream::whole(answer)))
            .boxed()
    }

    /// Whether requests may carry audio (see [`AiRequest::audio`]).
    fn hears(&self) -> bool {
        false
    }

    /// A cheap reachability check for `falgram doctor`; returns what was checked.
    fn check(&self) -> BoxFuture<'_, Result<String, AiError>>;
}

pub type SharedAi = Arc<dyn AiProvider>;

/// HTTP clients used in turn. Over HTTP/2 one client keeps one connection per host, and
/// servers cap the streams on a connection (Google's and hyper's at 100–200): on a single
/// client a thousand readings in flight would queue behind that cap in waves.
#[derive(Clone)]
pub struct HttpPool {
    clients: Arc<[reqwest::Client]>,
    next: Arc<std::sync::atomic::AtomicUsize>,
}

/// Clients in the pool built from the configuration.
pub const HTTP_CLIENTS: usize = 8;

impl HttpPool {
    pub fn new(clients: Vec<reqwest::Client>) -> HttpPool {
        HttpPool {
            clients: clients.into(),
            next: Arc::default(),
        }
    }

    /// The next client, round robin.
    pub fn get(&self) -> &reqwest::Client {
        let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        &self.clients[i % self.clients.len()]
    }
}

impl From<reqwest::Client> for HttpPool {
    fn from(c: reqwest::Client) -> Self {
        HttpPool::new(vec![c])
    }
}

/// Builds the configured provider.
pub fn from_config(cfg: &Config) -> anyhow::Result<SharedAi> {
    let client = || {
        reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            // A whole request, streamed body included, never outlives the answer's deadline.
            .timeout(cfg.ai_timeout)
            .user_agent(concat!("falgram/", env!("CARGO_PKG_VERSION")))
            .build()
    };
    let http = client()?;
    Ok(match cfg.ai_provider {
        AiProviderKind::Fixture => Arc::new(FixtureProvider::new()),
        AiProviderKind::Gemini => {
            let key = cfg
                .gemini_api_key
                .clone()
                .ok_or_else(|| anyhow::anyhow!("GEMINI_API_KEY is not set"))?;
            let model = cfg
                .gemini_model
                .clone()
                .ok_or_else(|| anyhow::anyhow!("GEMINI_MODEL is not set"))?;
            let vision = cfg
                .gemini_vision_model
                .clone()
                .unwrap_or_else(|| model.clone());
            let pool = (0..HTTP_CLIENTS)
                .map(|_| client())
                .collect::<Result<Vec<_>, _>>()?;
            Arc::new(GeminiProvider::new(
                HttpPool::new(pool),
                cfg.gemini_api_url.clone(),
                key,
                model,
                vision,
                RetryPolicy::default().within(cfg.ai_timeout),
            ))
        }
        AiProviderKind::OpenAi => {
            let base = cfg
                .openai_base_url
                .clone()
                .ok_or_else(|| anyhow::anyhow!("OPENAI_BASE_URL is not set"))?;
            let model = cfg
                .openai_model
                .clone()
                .ok_or_else(|| anyhow::anyhow!("OPENAI_MODEL is not set"))?;
            Arc::new(
                OpenAiProvider::new(
                    http,
                    base,
                    cfg.openai_api_key.clone(),
                    model,
                    RetryPolicy::default().within(cfg.ai_timeout),
                )
                .with_transcription(cfg.openai_transcribe_model.clone()),
            )
        }
    })
}

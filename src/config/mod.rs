//! Configuration from the environment, a `.env` file and flags: plain, validated data that
//! the rest of the program reads. Secrets never print.

mod secret;
mod sentry_dsn;

use std::path::PathBuf;

pub use secret::Secret;
pub use sentry_dsn::{SentryDsn, SentryDsnError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AiProviderKind {
    Gemini,
    OpenAi,
    Fixture,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

pub const DEFAULT_TELEGRAM_API_URL: &str = "https://api.telegram.org";
pub const DEFAULT_GEMINI_API_URL: &str = "https://generativelanguage.googleapis.com";

#[derive(Debug, Clone)]
pub struct Config {
    /// Daily backups go here when set (`BACKUP_DIR`).
    pub backup_dir: Option<PathBuf>,
    /// Where `/health` and `/metrics` are served (`HTTP_ADDR`, default 127.0.0.1:8080;
    /// `off` turns the server off).
    pub http_addr: Option<std::net::SocketAddr>,
    pub telegram_token: Option<Secret>,
    pub telegram_api_url: String,
    /// Webhook mode when set (`WEBHOOK_URL`): updates arrive at its path on `HTTP_ADDR`.
    pub webhook_url: Option<url::Url>,
    /// `X-Telegram-Bot-Api-Secret-Token` (`WEBHOOK_SECRET`); generated and kept when unset.
    pub webhook_secret: Option<Secret>,
    /// `ENVIRONMENT` as given (default `development`; checked to be production, staging,
    /// development or test), reported with errors.
    pub environment: String,
    pub admin_ids: Vec<i64>,
    pub db_path: PathBuf,
    pub ai_provider: AiProviderKind,
    /// Set when the provider was not chosen explicitly and fell back to the fixtures.
    pub ai_provider_defaulted: bool,
    pub gemini_api_key: Option<Secret>,
    pub gemini_api_url: String,
    pub gemini_model: Option<String>,
    pub gemini_vision_model: Option<String>,
    pub openai_base_url: Option<String>,
    pub openai_api_key: Option<Secret>,
    pub openai_model: Option<String>,
    /// `OPENAI_TRANSCRIBE_MODEL`: transcribes voice dreams; without it the bot asks for text.
    pub openai_transcribe_model: Option<String>,
    /// `AI_TIMEOUT` (default 45 s): one deadline per answer, retries and a slow stream
    /// included; then the apology, nothing spent.
    pub ai_timeout: std::time::Duration,
    /// `TELEGRAM_MESSAGES_PER_SECOND` (default 30): the global send budget (Telegram's default;
    /// higher for bots whose limits Telegram raised, or a local Bot API server).
    pub telegram_messages_per_second: u32,
    pub payment_provider_token: Option<Secret>,
    pub encryption_key: Option<Secret>,
    pub supabase_url: Option<String>,
    pub supabase_key: Option<Secret>,
    /// Parsed and validated; its `Debug` hides the key.
    pub sentry_dsn: Option<SentryDsn>,
    pub log_format: LogFormat,
    pub rust_log: String,
    /// Secret for keyed derivations (daily card, callback signatures); from `ENCRYPTION_KEY`
    /// when set, else from the bot token, else a fixed development value.
    pub server_secret: Secret,
}

/// A configuration problem, named by its variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}: {reason}")]
pub struct ConfigError {
    pub name: &'static str,
    pub reason: String,
}

fn bad(name: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        name,
        reason: reason.into(),
    }
}

/// Where values come from; a trait so tests can feed a map instead of the process environment.
pub trait Source {
    fn get(&self, name: &str) -> Option<String>;
}

pub struct ProcessEnv;

impl Source for ProcessEnv {
    fn get(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}

impl<const N: usize> Source for [(&str, &str); N] {
    fn get(&self, name: &str) -> Option<String> {
        self.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

/// Loads `path` (default `.env`) into the process environment without overriding variables
/// that are already set. A missing default file is fine; a missing explicit file is an error.
pub fn load_env_file(path: Option<&std::path::Path>) -> Result<Option<PathBuf>, ConfigError> {
    match path {
        Some(p) => dotenvy::from_path(p)
            .map(|_| Some(p.to_path_buf()))
            .map_err(|e| bad("--env-file", format!("{}: {e}", p.display()))),
        None => match dotenvy::dotenv() {
            Ok(p) => Ok(Some(p)),
            Err(e) if e.not_found() => Ok(None),
            Err(e) => Err(bad(".env", e.to_string())),
        },
    }
}

fn non_empty(src: &dyn Source, name: &str) -> Option<String> {
    src.get(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn url(
    src: &dyn Source,
    name: &'static str,
    default: Option<&str>,
) -> Result<Option<String>, ConfigError> {
    match non_empty(src, name).or(default.map(str::to_string)) {
        None => Ok(None),
        Some(v) if v.starts_with("http://") || v.starts_with("https://") => {
            Ok(Some(v.trim_end_matches('/').to_string()))
        }
        Some(_) => Err(bad(name, "must be an http:// or https:// URL")),
    }
}

/// A bot token looks like `123456789:AA…` (digits, colon, 30+ URL-safe characters).
pub fn token_format_ok(token: &str) -> bool {
    match token.split_once(':') {
        Some((id, rest)) => {
            !id.is_empty()
                && id.bytes().all(|b| b.is_ascii_digit())
                && rest.len() >= 30
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        }
        None => false,
    }
}

/// Telegram's rule for a webhook secret token.
pub fn webhook_secret_ok(s: &str) -> bool {
    (1..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub fn parse_admin_ids(raw: &str) -> Result<Vec<i64>, ConfigError> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| match s.parse::<i64>() {
            Ok(id) if id > 0 => Ok(id),
            _ => Err(bad(
                "ADMIN_ID",
                format!("{s:?} is not a Telegram user id (digits only)"),
            )),
        })
        .collect()
}

impl Config {
    /// Reads every variable; `db_override` is the `--db` flag, which wins over `FALGRAM_DB`.
    pub fn from_source(
        src: &dyn Source,
        db_override: Option<PathBuf>,
    ) -> Result<Config, ConfigError> {
        let telegram_token = non_empty(src, "TELEGRAM_BOT_TOKEN");
        if let Some(t) = &telegram_token {
            if !token_format_ok(t) {
                return Err(bad(
                    "TELEGRAM_BOT_TOKEN",
                    "does not look like a bot token (expected 123456:ABC…)",
                ));
            }
        }
        let admin_ids = match non_empty(src, "ADMIN_ID") {
            Some(raw) => parse_admin_ids(&raw)?,
            None => Vec::new(),
        };
        let gemini_api_key = non_empty(src, "GEMINI_API_KEY").map(Secret::new);
        let (ai_provider, ai_provider_defaulted) = match non_empty(src, "AI_PROVIDER").as_deref() {
            Some("gemini") => (AiProviderKind::Gemini, false),
            Some("openai") => (AiProviderKind::OpenAi, false),
            Some("fixture") => (AiProviderKind::Fixture, false),
            Some(other) => {
                return Err(bad(
                    "AI_PROVIDER",
                    format!("{other:?} is not one of gemini, openai, fixture"),
                ))
            }
            None if gemini_api_key.is_some() => (AiProviderKind::Gemini, true),
            None => (AiProviderKind::Fixture, true),
        };
        let gemini_model = non_empty(src, "GEMINI_MODEL");
        let openai_base_url = url(src, "OPENAI_BASE_URL", None)?;
        let openai_model = non_empty(src, "OPENAI_MODEL");
        match ai_provider {
            AiProviderKind::Gemini if gemini_api_key.is_none() => {
                return Err(bad("GEMINI_API_KEY", "is required when AI_PROVIDER=gemini"))
            }
            AiProviderKind::Gemini if gemini_model.is_none() => {
                return Err(bad("GEMINI_MODEL", "is required with Gemini (model ids are retired often, so none is built in; e.g. gemini-2.5-flash)"))
            }
            AiProviderKind::OpenAi if openai_base_url.is_none() => {
                return Err(bad("OPENAI_BASE_URL", "is required when AI_PROVIDER=openai (e.g. http://127.0.0.1:11434/v1 for Ollama)"))
            }
            AiProviderKind::OpenAi if openai_model.is_none() => {
                return Err(bad("OPENAI_MODEL", "is required when AI_PROVIDER=openai"))
            }
            _ => {}
        }
        let log_format = match non_empty(src, "LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(bad("LOG_FORMAT", format!("{other:?} is not text or json"))),
        };
        let encryption_key = non_empty(src, "ENCRYPTION_KEY").map(Secret::new);
        if let Some(k) = &encryption_key {
            // Checked here so a typo stops the start with the variable's name, not later.
            crate::crypto::parse_key(k.expose()).map_err(|e| {
                bad(
                    "ENCRYPTION_KEY",
                    e.to_string().replace("ENCRYPTION_KEY ", ""),
                )
            })?;
        }
        let server_secret = encryption_key
            .clone()
            .or_else(|| telegram_token.clone().map(Secret::new))
            .unwrap_or_else(|| Secret::new("falgram-development-secret"));
        let db_path = db_override
            .or_else(|| non_empty(src, "FALGRAM_DB").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("falgram.db"));
        let http_addr = match non_empty(src, "HTTP_ADDR").as_deref() {
            Some("off") => None,
            Some(raw) => Some(raw.parse().map_err(|_| {
                bad(
                    "HTTP_ADDR",
                    format!("{raw:?} is not host:port (e.g. 127.0.0.1:8080) or off"),
                )
            })?),
            None => Some(std::net::SocketAddr::from(([127, 0, 0, 1], 8080))),
        };
        let webhook_url = match url(src, "WEBHOOK_URL", None)? {
            Some(raw) => {
                Some(url::Url::parse(&raw).map_err(|e| bad("WEBHOOK_URL", e.to_string()))?)
            }
            None => None,
        };
        if webhook_url.is_some() && http_addr.is_none() {
            return Err(bad(
                "WEBHOOK_URL",
                "needs the HTTP server (HTTP_ADDR is off)",
            ));
        }
        let webhook_secret = non_empty(src, "WEBHOOK_SECRET");
        if let Some(s) = &webhook_secret {
            if !webhook_secret_ok(s) {
                return Err(bad(
                    "WEBHOOK_SECRET",
                    "must be 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule)",
                ));
            }
        }
        let ai_timeout = match non_empty(src, "AI_TIMEOUT") {
            // However the provider behaves: this bounds retries and a slow stream together.
            None => std::time::Duration::from_secs(45),
            Some(raw) => match raw.trim_end_matches('s').parse::<u64>() {
                Ok(s) if (1..=600).contains(&s) => std::time::Duration::from_secs(s),
                _ => {
                    return Err(bad(
                        "AI_TIMEOUT",
                        format!("{raw:?} is not a number of seconds from 1 to 600"),
                    ))
                }
            },
        };
        let telegram_messages_per_second = match non_empty(src, "TELEGRAM_MESSAGES_PER_SECOND") {
            None => 30,
            Some(raw) => match raw.parse::<u32>() {
                Ok(n) if (1..=100_000).contains(&n) => n,
                _ => {
                    return Err(bad(
                        "TELEGRAM_MESSAGES_PER_SECOND",
                        format!("{raw:?} is not a number of messages from 1 to 100000"),
                    ))
                }
            },
        };
        let environment =
            non_empty(src, "ENVIRONMENT").unwrap_or_else(|| "development".to_string());
        match environment.as_str() {
            "development" | "staging" | "test" | "production" => {}
            other => {
                return Err(bad(
                    "ENVIRONMENT",
                    format!("{other:?} is not production, staging, development or test"),
                ))
            }
        };
        Ok(Config {
            webhook_url,
            webhook_secret: webhook_secret.map(Secret::new),
            environment,
            backup_dir: non_empty(src, "BACKUP_DIR").map(PathBuf::from),
            http_addr,
            telegram_token: telegram_token.map(Secret::new),
            telegram_api_url: url(src, "TELEGRAM_API_URL", Some(DEFAULT_TELEGRAM_API_URL))?
                .unwrap_or_default(),
            admin_ids,
            db_path,
            ai_provider,
            ai_provider_defaulted,
            gemini_api_key,
            gemini_api_url: url(src, "GEMINI_API_URL", Some(DEFAULT_GEMINI_API_URL))?
                .unwrap_or_default(),
            gemini_vision_model: non_empty(src, "GEMINI_VISION_MODEL")
                .or_else(|| gemini_model.clone()),
            gemini_model,
            openai_base_url,
            openai_api_key: non_empty(src, "OPENAI_API_KEY").map(Secret::new),
            openai_model,
            openai_transcribe_model: non_empty(src, "OPENAI_TRANSCRIBE_MODEL"),
            ai_timeout,
            telegram_messages_per_second,
            payment_provider_token: non_empty(src, "PAYMENT_PROVIDER_TOKEN").map(Secret::new),
            encryption_key,
            supabase_url: url(src, "SUPABASE_URL", None)?,
            supabase_key: non_empty(src, "SUPABASE_KEY").map(Secret::new),
            sentry_dsn: non_empty(src, "SENTRY_DSN")
                .map(|raw| SentryDsn::parse(&raw).map_err(|e| bad("SENTRY_DSN", e.to_string())))
                .transpose()?,
            log_format,
            rust_log: non_empty(src, "RUST_LOG").unwrap_or_else(|| "info".to_string()),
            server_secret,
        })
    }

    /// `ENVIRONMENT=production` makes missing safeguards (an encryption key) fatal.
    pub fn production(&self) -> bool {
        self.environment == "production"
    }

    /// What `ENVIRONMENT=production` refuses to start with: personal data in clear, or
    /// offline fixtures answering real users (chosen or defaulted).
    pub fn production_refusals(&self) -> Vec<String> {
        if !self.production() {
            return Vec::new();
        }
        let mut refusals = Vec::new();
        if self.encryption_key.is_none() {
            refusals.push("ENVIRONMENT=production requires ENCRYPTION_KEY (32 bytes, e.g. `openssl rand -hex 32`): personal data must not be stored in clear".to_string());
        }
        if self.ai_provider == AiProviderKind::Fixture {
            refusals.push("ENVIRONMENT=production refuses the offline fixture answers: set GEMINI_API_KEY and GEMINI_MODEL (or AI_PROVIDER=openai with its settings) so paying users get real readings".to_string());
        }
        refusals
    }

    /// The data key from `ENCRYPTION_KEY` (validated when the configuration was read).
    pub fn cipher(&self) -> Option<crate::crypto::Cipher> {
        self.encryption_key
            .as_ref()
            .and_then(|k| crate::crypto::Cipher::from_text(k.expose()).ok())
    }

    pub fn is_admin(&self, user_id: i64) -> bool {
        self.admin_ids.contains(&user_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    #[test]
    fn defaults_without_anything_set() {
        let c = Config::from_source(&[("X", "y")], None).unwrap();
        assert_eq!(c.ai_provider, AiProviderKind::Fixture);
        assert!(c.ai_provider_defaulted);
        assert_eq!(c.db_path, PathBuf::from("falgram.db"));
        assert_eq!(c.telegram_api_url, DEFAULT_TELEGRAM_API_URL);
        assert_eq!(c.ai_timeout, std::time::Duration::from_secs(45));
        assert_eq!(c.telegram_messages_per_second, 30);
    }

    #[test]
    fn the_send_budget_is_validated() {
        let c = Config::from_source(&[("TELEGRAM_MESSAGES_PER_SECOND", "100000")], None).unwrap();
        assert_eq!(c.telegram_messages_per_second, 100_000);
        for bad in ["0", "100001", "fast", "-1"] {
            let e =
                Config::from_source(&[("TELEGRAM_MESSAGES_PER_SECOND", bad)], None).unwrap_err();
            assert_eq!(e.name, "TELEGRAM_MESSAGES_PER_SECOND", "{bad}");
        }
    }

    #[test]
    fn the_ai_timeout_takes_seconds_with_or_without_unit() {
        let c = Config::from_source(&[("AI_TIMEOUT", "30s")], None).unwrap();
        assert_eq!(c.ai_timeout, std::time::Duration::from_secs(30));
        let c = Config::from_source(&[("AI_TIMEOUT", "90")], None).unwrap();
        assert_eq!(c.ai_timeout, std::time::Duration::from_secs(90));
        for bad in ["0", "601", "soon", "-5"] {
            let e = Config::from_source(&[("AI_TIMEOUT", bad)], None).unwrap_err();
            assert_eq!(e.name, "AI_TIMEOUT", "{bad}");
        }
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let c = Config::from_source(
            &[
                ("TELEGRAM_BOT_TOKEN", TOKEN),
                ("GEMINI_API_KEY", "AIzaSECRET"),
                ("GEMINI_MODEL", "m"),
            ],
            None,
        )
        .unwrap();
        let dump = format!("{c:?}");
        assert!(!dump.contains("AAHdq"), "{dump}");
        assert!(!dump.contains("AIzaSECRET"), "{dump}");
        assert_eq!(c.ai_provider, AiProviderKind::Gemini);
        assert_eq!(c.gemini_vision_model.as_deref(), Some("m"));
    }

    #[test]
    fn bad_values_are_named() {
        let e = Config::from_source(&[("ADMIN_ID", "12,abc")], None).unwrap_err();
        assert_eq!(e.name, "ADMIN_ID");
        let e = Config::from_source(&[("TELEGRAM_BOT_TOKEN", "nope")], None).unwrap_err();
        assert_eq!(e.name, "TELEGRAM_BOT_TOKEN");
        assert!(
            !e.to_string().contains("nope"),
            "the bad secret is not echoed"
        );
        let e = Config::from_source(&[("AI_PROVIDER", "gemini")], None).unwrap_err();
        assert_eq!(e.name, "GEMINI_API_KEY");
        let e = Config::from_source(&[("GEMINI_API_KEY", "k")], None).unwrap_err();
        assert_eq!(e.name, "GEMINI_MODEL");
        let e = Config::from_source(&[("TELEGRAM_API_URL", "ftp://x")], None).unwrap_err();
        assert_eq!(e.name, "TELEGRAM_API_URL");
        let e = Config::from_source(&[("SENTRY_DSN", "https://sentry.io/12")], None).unwrap_err();
        assert_eq!(e.name, "SENTRY_DSN");
    }

    #[test]
    fn a_sentry_dsn_is_parsed_and_its_key_hidden() {
        let c = Config::from_source(
            &[
                ("SENTRY_DSN", "https://f00dkey@o1.ingest.sentry.io/99"),
                ("ENVIRONMENT", "staging"),
            ],
            None,
        )
        .unwrap();
        assert_eq!(c.sentry_dsn.as_ref().map(|d| d.project_id()), Some("99"));
        assert_eq!(c.environment, "staging");
        assert!(!c.production());
        assert!(!format!("{c:?}").contains("f00dkey"));
    }

    #[test]
    fn production_refuses_clear_data_and_fixture_answers() {
        let key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let c = Config::from_source(&[("ENVIRONMENT", "production")], None).unwrap();
        let refusals = c.production_refusals();
        assert_eq!(refusals.len(), 2, "{refusals:?}");
        assert!(refusals[1].contains("fixture"));
        let c = Config::from_source(
            &[
                ("ENVIRONMENT", "production"),
                ("ENCRYPTION_KEY", key),
                ("AI_PROVIDER", "fixture"),
            ],
            None,
        )
        .unwrap();
        assert_eq!(c.production_refusals().len(), 1, "chosen fixtures too");
        let c = Config::from_source(
            &[
                ("ENVIRONMENT", "production"),
                ("ENCRYPTION_KEY", key),
                ("GEMINI_API_KEY", "k"),
                ("GEMINI_MODEL", "m"),
            ],
            None,
        )
        .unwrap();
        assert!(c.production_refusals().is_empty());
        let c = Config::from_source(&[("ENVIRONMENT", "staging")], None).unwrap();
        assert!(
            c.production_refusals().is_empty(),
            "only production refuses"
        );
    }

    #[test]
    fn several_admins() {
        let c = Config::from_source(&[("ADMIN_ID", "1, 22 ,333")], None).unwrap();
        assert_eq!(c.admin_ids, vec![1, 22, 333]);
        assert!(c.is_admin(22));
    }
}

//! The application context every surface shares (the bot, the HTTP server, the terminal
//! commands, background jobs): configuration, store, AI, translations, settings, metrics.
//! Nothing here knows about Telegram.

use std::sync::{Arc, RwLock};

use crate::ai::SharedAi;
use crate::config::Config;
use crate::domain::astro::ephemeris::EphemerisError;
use crate::domain::astro::sky::SkyEvent;
use crate::domain::tarot::Deck;
use crate::domain::{Lang, Settings};
use crate::i18n::I18n;
use crate::observe::metrics::Metrics;
use crate::store::Store;

pub struct App {
    pub cfg: Config,
    pub store: Store,
    pub i18n: I18n,
    pub ai: SharedAi,
    pub metrics: Metrics,
    pub deck: Deck,
    /// Keys `/forget` fingerprints; built once, shared by every update.
    pub forget_key: Arc<[u8]>,
    settings: RwLock<Arc<Settings>>,
    /// One in-flight generation per shared text (a horoscope per sign, language and period):
    /// a thousand users asking at once cause one AI call.
    pub flights: KeyedLocks,
    /// The sky's events around today, computed once a day for the Sky screen and the alerts.
    pub sky: SkyCache,
}

impl App {
    pub async fn new(cfg: Config, store: Store, ai: SharedAi) -> anyhow::Result<Arc<App>> {
        let i18n = I18n::load()?;
        let settings = store.settings().await?;
        let deck = load_deck()?;
        // After a key rotation the secret the old key derived is kept in the database.
        let pinned = store
            .kv_get(crate::store::sealing::SERVER_SECRET)
            .await?
            .map(crate::config::Secret::new);
        let mut cfg = cfg;
        if let Some(secret) = pinned {
            cfg.server_secret = secret;
        }
        let forget_key: Arc<[u8]> = Arc::from(cfg.server_secret.expose().as_bytes());
        Ok(Arc::new(App {
            settings: RwLock::new(Arc::new(settings)),
            cfg,
            store,
            i18n,
            ai,
            metrics: Metrics::default(),
            deck,
            forget_key,
            flights: KeyedLocks::default(),
            sky: SkyCache::default(),
        }))
    }

    pub fn settings(&self) -> Arc<Settings> {
        self.settings
            .read()
            .map(|s| Arc::clone(&s))
            .unwrap_or_else(|_| Arc::new(Settings::default()))
    }

    /// Re-reads settings from the database (after an admin edit or SIGHUP).
    pub async fn reload_settings(&self) -> anyhow::Result<()> {
        let fresh = self.store.settings().await?;
        if let Ok(mut s) = self.settings.write() {
            *s = Arc::new(fresh);
        }
        Ok(())
    }

    /// One AI call, counted and timed for `/metrics`.
    pub async fn generate(
        &self,
        request: &crate::ai::AiRequest,
    ) -> Result<crate::ai::AiAnswer, crate::ai::AiError> {
        let started = std::time::Instant::now();
        // Like a streamed answer: nothing visible is no answer, a runaway one is cut.
        let answer = self.ai.generate(request).await.and_then(|a| {
            let text = crate::domain::text::deliverable(&a.text)
                .ok_or(crate::ai::AiError::Empty)?
                .to_string();
            Ok(crate::ai::AiAnswer { text, ..a })
        });
        self.record_ai(request, None, started, answer.as_ref())
            .await;
        answer
    }

    /// Books one AI call (whole or streamed): in the metrics, and with its tokens in
    /// `ai_calls` for the cost figures (`user`: whose reading it was).
    pub async fn record_ai(
        &self,
        request: &crate::ai::AiRequest,
        user: Option<i64>,
        started: std::time::Instant,
        result: Result<&crate::ai::AiAnswer, &crate::ai::AiError>,
    ) {
        use std::sync::atomic::Ordering;
        let took = started.elapsed();
        self.metrics.ai_latency.record(took);
        let counter = if result.is_ok() {
            &self.metrics.ai_ok
        } else {
            &self.metrics.ai_failed
        };
        counter.fetch_add(1, Ordering::Relaxed);
        let (model, outcome, tokens) = match result {
            Ok(a) => (a.model.clone(), "ok", a.usage.map(|u| (u.input, u.output))),
            Err(e) => (self.ai.name().to_string(), e.outcome(), None),
        };
        if let Some((input, output)) = tokens {
            self.metrics
                .ai_tokens_in
                .fetch_add(input, Ordering::Relaxed);
            self.metrics
                .ai_tokens_out
                .fetch_add(output, Ordering::Relaxed);
        }
        let call = crate::store::AiCall {
            kind: request.kind,
            lang: request.lang,
            user_id: user,
            model,
            outcome,
            latency_ms: u64::try_from(took.as_millis()).unwrap_or(u64::MAX),
            tokens,
        };
        if let Err(e) = self.store.record_ai_call(call).await {
            tracing::warn!(error = %e, "could not record an AI call");
        }
    }
}

/// The embedded tarot deck with its words in every language.
pub fn load_deck() -> anyhow::Result<Deck> {
    let embedded = |path: String| {
        crate::assets::text(&path).ok_or_else(|| anyhow::anyhow!("{path} is not embedded"))
    };
    let deck = embedded("tarot/deck.json".into())?;
    let mut texts = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        texts.push((lang, embedded(format!("tarot/cards/{}.json", lang.code()))?));
    }
    let texts: Vec<(Lang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_ref())).collect();
    Deck::from_json(&deck, &texts).map_err(anyhow::Error::msg)
}

/// A list kept for one UTC day.
type DailySlot = tokio::sync::Mutex<Option<(chrono::NaiveDate, Arc<Vec<SkyEvent>>)>>;

/// The sky's events from two days before a UTC day to forty after it (a month ahead in any
/// zone, and the void Moon already under way), computed off the runtime once a day and shared.
#[derive(Default)]
pub struct SkyCache {
    /// Held while computing, so a thousand users opening the screen at midnight cause one
    /// computation.
    slot: DailySlot,
    /// Every planet's stations over the coming year, for the transits screen.
    stations: DailySlot,
}

impl SkyCache {
    pub const DAYS_BEFORE: f64 = 2.0;
    pub const DAYS_AFTER: f64 = 40.0;

    pub async fn around(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<Arc<Vec<SkyEvent>>> {
        Self::daily(&self.slot, now, |midnight| {
            crate::domain::astro::sky::events(
                midnight - Self::DAYS_BEFORE,
                midnight + Self::DAYS_AFTER,
            )
        })
        .await
    }

    /// Every planet's stations from today for a year.
    pub async fn stations_ahead(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<Arc<Vec<SkyEvent>>> {
        Self::daily(&self.stations, now, |midnight| {
            crate::domain::astro::sky::all_stations(midnight, midnight + 366.0)
        })
        .await
    }

    /// A list computed off the runtime once per UTC day from that day's midnight (a UT Julian
    /// day) and kept; the lock is held while computing, so concurrent askers wait for the one
    /// computation.
    async fn daily(
        slot: &DailySlot,
        now: chrono::DateTime<chrono::Utc>,
        compute: impl FnOnce(f64) -> Result<Vec<SkyEvent>, EphemerisError> + Send + 'static,
    ) -> anyhow::Result<Arc<Vec<SkyEvent>>> {
        let day = now.date_naive();
        let mut slot = slot.lock().await;
        if let Some((cached, events)) = slot.as_ref() {
            if *cached == day {
                return Ok(Arc::clone(events));
            }
        }
        let midnight =
            crate::domain::astro::time::jd_ut(day.and_time(chrono::NaiveTime::MIN).and_utc());
        let events = Arc::new(tokio::task::spawn_blocking(move || compute(midnight)).await??);
        *slot = Some((day, Arc::clone(&events)));
        Ok(events)
    }
}

/// Async locks by key, created on demand and dropped when nobody holds or waits for them.
#[derive(Default)]
pub struct KeyedLocks {
    locks: std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl KeyedLocks {
    pub async fn lock(&self, key: &str) -> KeyedGuard<'_> {
        let lock = {
            let mut map = self
                .locks
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            Arc::clone(map.entry(key.to_string()).or_default())
        };
        let guard = Arc::clone(&lock).lock_owned().await;
        KeyedGuard {
            owner: self,
            key: key.to_string(),
            lock,
            _guard: guard,
        }
    }
}

pub struct KeyedGuard<'a> {
    owner: &'a KeyedLocks,
    key: String,
    lock: Arc<tokio::sync::Mutex<()>>,
    _guard: tokio::sync::OwnedMutexGuard<()>,
}

impl Drop for KeyedGuard<'_> {
    fn drop(&mut self) {
        let mut map = self
            .owner
            .locks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Ours, the guard's and the map's: nobody else is waiting, so the entry can go.
        if Arc::strong_count(&self.lock) <= 3 {
            map.remove(&self.key);
        }
    }
}

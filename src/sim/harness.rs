//! The real bot wired to the fake Telegram server: what `falgram sim`, the tests and the
//! benchmarks all drive. Nothing here is mocked but the network peer.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use crate::ai::SharedAi;
use crate::app::App;
use crate::config::Config;
use crate::jobs::JobSet;
use crate::sim::fake_telegram::{FakeTelegram, FakeUser, Recorded, FAKE_TOKEN};
use crate::telegram::{self, BotOptions, Running};

pub struct Harness {
    pub fake: FakeTelegram,
    /// Held like a running bot holds it, so `restore` refuses while the harness runs.
    _lock: Option<crate::store::backup::DbLock>,
    db: PathBuf,
    ai: SharedAi,
    extra_env: Vec<(String, String)>,
    running: Option<Running>,
    handled: watch::Receiver<u64>,
    /// Updates queued for the current app instance.
    queued: u64,
}

/// How long to wait for the bot to handle one update before calling it stuck.
const HANDLE_TIMEOUT: Duration = Duration::from_secs(30);

impl Harness {
    /// Starts the fake server and the bot on the SQLite file `db`.
    pub async fn start(db: &Path, ai: SharedAi) -> anyhow::Result<Harness> {
        Self::start_with_env(db, ai, Vec::new()).await
    }

    /// Like [`Harness::start`], with extra configuration variables (e.g. `ADMIN_ID`).
    pub async fn start_with_env(
        db: &Path,
        ai: SharedAi,
        extra_env: Vec<(String, String)>,
    ) -> anyhow::Result<Harness> {
        let fake = FakeTelegram::start().await?;
        let (running, handled) = launch(&fake, db, Arc::clone(&ai), &extra_env).await?;
        // A kept database remembers the update ids it handled; new ones must be higher, or the
        // bot would take them for redeliveries and ignore them.
        fake.continue_after(running.app.store.last_update_id().await?);
        Ok(Harness {
            _lock: crate::store::backup::DbLock::acquire(db).ok(),
            fake,
            db: db.to_path_buf(),
            ai,
            extra_env,
            running: Some(running),
            handled,
            queued: 0,
        })
    }

    /// The SQLite file the bot runs on.
    pub fn db_path(&self) -> &Path {
        &self.db
    }

    /// The running bot's client and sender (for sending as its jobs do).
    pub fn bot(&self) -> Option<&telegram::FalBot> {
        self.running.as_ref().map(|r| &r.bot)
    }

    pub fn app(&self) -> Option<&Arc<App>> {
        self.running.as_ref().map(|r| &r.app)
    }

    /// One pass of the plan-expiry job (reminders, downgrades) at `now` (Unix seconds).
    pub async fn run_expiry(&self, now: i64) -> anyhow::Result<usize> {
        let running = self
            .running
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("the bot is stopped"))?;
        let pass = telegram::scheduled::plan_expiry::run_once(&running.app, &running.bot, now);
        telegram::sender::in_lane(telegram::sender::Lane::Push, pass).await
    }

    /// One pass of the push scheduler at `now`, as the bot's background task would run it.
    pub async fn run_pushes(
        &self,
        now: chrono::DateTime<chrono::Utc>,
    ) -> anyhow::Result<telegram::scheduled::daily_pushes::Report> {
        let running = self
            .running
            .as_ref()
            .ok_or_else(|| anyhow::anyhow!("the bot is stopped"))?;
        let pass = telegram::scheduled::daily_pushes::run_once(
            &running.app,
            &running.bot,
            &running.state,
            now,
        );
        telegram::sender::in_lane(telegram::sender::Lane::Push, pass).await
    }

    /// Stops the bot (as a deploy or crash-free restart would) and starts it again on the
    /// same database and the same Telegram server.
    pub async fn restart(&mut self) -> anyhow::Result<()> {
        self.stop().await;
        let (running, handled) =
            launch(&self.fake, &self.db, Arc::clone(&self.ai), &self.extra_env).await?;
        self.running = Some(running);
        self.handled = handled;
        self.queued = 0;
        Ok(())
    }

    pub async fn stop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop().await;
        }
    }

    /// Waits until every queued update has been handled; returns the requests made meanwhile.
    pub async fn settle(&mut self, since: usize) -> anyhow::Result<Vec<Recorded>> {
        let target = self.queued;
        let waited =
            tokio::time::timeout(HANDLE_TIMEOUT, self.handled.wait_for(|n| *n >= target)).await;
        match waited {
            Ok(Ok(_)) => Ok(self.fake.requests_since(since)),
            _ => anyhow::bail!("the bot did not handle the update within {HANDLE_TIMEOUT:?}"),
        }
    }

    /// Queues an update built by `make` and waits until the bot has handled it.
    pub async fn exchange(
        &mut self,
        make: impl FnOnce(&FakeTelegram) -> i64,
    ) -> anyhow::Result<Vec<Recorded>> {
        let since = self.fake.request_count();
        make(&self.fake);
        self.queued += 1;
        self.settle(since).await
    }

    /// Counts an update queued directly on the fake (e.g. a redelivery) as pending.
    pub fn expect_updates(&mut self, n: u64) {
        self.queued += n;
    }

    pub async fn text(&mut self, user: &FakeUser, text: &str) -> anyhow::Result<Vec<Recorded>> {
        self.exchange(|f| f.send_text(user, text)).await
    }

    pub async fn press(
        &mut self,
        user: &FakeUser,
        message_id: i64,
        data: &str,
    ) -> anyhow::Result<Vec<Recorded>> {
        self.exchange(|f| f.press(user, message_id, data)).await
    }

    pub async fn photo(
        &mut self,
        user: &FakeUser,
        bytes: Vec<u8>,
    ) -> anyhow::Result<Vec<Recorded>> {
        self.exchange(|f| f.send_photo(user, bytes, None)).await
    }
}

async fn launch(
    fake: &FakeTelegram,
    db: &Path,
    ai: SharedAi,
    extra_env: &[(String, String)],
) -> anyhow::Result<(Running, watch::Receiver<u64>)> {
    let url = fake.api_url();
    let mut env: Vec<(&str, &str)> = vec![
        ("TELEGRAM_BOT_TOKEN", FAKE_TOKEN),
        ("TELEGRAM_API_URL", &url),
        ("AI_PROVIDER", "fixture"),
    ];
    env.extend(extra_env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let cfg = Config::from_source(&EnvList(env), Some(db.to_path_buf()))?;
    let store = crate::store::Store::open_keyed(&cfg.db_path, cfg.cipher())?;
    let app = App::new(cfg, store, ai).await?;
    // Tests that set a send budget get Telegram's limits (and that budget); the rest none.
    let opts = BotOptions {
        telegram_limits: extra_env
            .iter()
            .any(|(k, _)| k == "TELEGRAM_MESSAGES_PER_SECOND"),
        polling_timeout: Duration::from_secs(1),
        push_every: None,
    };
    let bot = telegram::build_bot(&app.cfg, &opts)?;
    let state = telegram::BotState::new(&app);
    let handled = state.handled();
    Ok((
        telegram::start(app, state, bot, &opts, JobSet::default()),
        handled,
    ))
}

struct EnvList<'a>(Vec<(&'a str, &'a str)>);

impl crate::config::Source for EnvList<'_> {
    fn get(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }
}

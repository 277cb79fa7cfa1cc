//! `falgram`: wiring only — command line → configuration → logging → the chosen command, or
//! store → App → HTTP server, jobs and the Telegram runtime → shutdown.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use falgram::cli::{self, Cli, Command};
use falgram::config::{Config, ProcessEnv};
use falgram::jobs::{self, JobSet};
use falgram::observe::{logging, sentry};
use falgram::store::backup::DbLock;
use falgram::store::Store;
use falgram::{ai, app::App, sim, telegram};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a command's answer.
fn answered(text: String) -> anyhow::Result<ExitCode> {
    print!("{text}");
    Ok(ExitCode::SUCCESS)
}

async fn run(mut cli: Cli) -> anyhow::Result<ExitCode> {
    // The astronomy commands need no configuration, database or network.
    let command = match cli.command.take().unwrap_or(Command::Run) {
        Command::Chart(args) => return answered(cli::astro::chart(&args)?),
        Command::Moon(args) => return answered(cli::astro::moon(&args)?),
        Command::Sky(args) => return answered(cli::astro::sky(&args)?),
        other => other,
    };
    let env_file = falgram::config::load_env_file(cli.env_file.as_deref())?;
    let cfg = Config::from_source(&ProcessEnv, cli.db.clone())?;
    let serving = matches!(command, Command::Run) && cfg.telegram_token.is_some();
    // Only the running bot reports to Sentry; the one-shot commands answer the operator.
    let (sentry_layer, reporter) = match (&cfg.sentry_dsn, serving) {
        (Some(dsn), true) => Some(sentry::start(
            dsn.clone(),
            sentry::Context::for_process(&cfg.environment),
        )),
        _ => None,
    }
    .unzip();
    // The simulator and the operator's commands keep the terminal for their own output.
    let quiet = matches!(
        command,
        Command::Sim { .. } | Command::Admin { .. } | Command::Import { .. }
    ) || (matches!(command, Command::Run) && !serving);
    let filter = if quiet && std::env::var_os("RUST_LOG").is_none() {
        "error"
    } else {
        &cfg.rust_log
    };
    logging::init(cfg.log_format, filter, sentry_layer);
    match command {
        Command::Run if !serving => {
            eprintln!("TELEGRAM_BOT_TOKEN is not set: starting the offline simulator (see `falgram sim --help`).");
            simulate(cli.db.clone(), None, "en".into(), false).await
        }
        Command::Run => serve(cfg, reporter).await,
        Command::Sim {
            script,
            lang,
            admin,
        } => simulate(cli.db.clone(), script, lang, admin).await,
        Command::Migrate => answered(cli::data::migrate(&cfg)?),
        Command::Backup { dir, keep } => answered(cli::data::backup(&cfg, dir, keep).await?),
        Command::RotateKey { new_key } => answered(cli::data::rotate_key(&cfg, &new_key).await?),
        Command::Import {
            supabase_url,
            supabase_key,
            dry_run,
        } => answered(cli::data::import(&cfg, &supabase_url, supabase_key, dry_run).await?),
        Command::Restore {
            file: Some(file), ..
        } => answered(cli::data::restore(&cfg, &file).await?),
        Command::Restore { file: None, .. } => {
            answered(cli::data::restore_from_supabase(&cfg).await?)
        }
        Command::Admin { command } => {
            let ai = ai::from_config(&cfg)?;
            let store = Store::open_keyed(&cfg.db_path, cfg.cipher())?;
            let app = App::new(cfg, store, ai).await?;
            let text = cli::admin::run(Arc::clone(&app), command).await;
            app.store.close();
            answered(text?)
        }
        Command::Doctor => {
            let checks = cli::doctor::run(&cfg, env_file.as_deref()).await;
            let (text, all_ok) = cli::doctor::report(&checks);
            print!("{text}");
            Ok(if all_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Chart(_) | Command::Moon(_) | Command::Sky(_) => Ok(ExitCode::SUCCESS), // answered above
    }
}

/// The bot, with error reports flushed at the end when Sentry is on.
async fn serve(cfg: Config, reporter: Option<sentry::Reporter>) -> anyhow::Result<ExitCode> {
    let Some(reporter) = reporter else {
        return run_bot(cfg).await;
    };
    sentry::install_panic_hook();
    tracing::info!("errors and panics are reported to Sentry");
    let outcome = run_bot(cfg).await;
    if let Err(e) = &outcome {
        tracing::error!(error = %format!("{e:#}"), "the bot stopped with an error");
    }
    if !reporter.flush(std::time::Duration::from_secs(5)).await {
        tracing::warn!("Sentry: not every report was sent before exit");
    }
    outcome
}

async fn run_bot(cfg: Config) -> anyhow::Result<ExitCode> {
    let stop = shutdown_signal();
    if cfg.ai_provider_defaulted && cfg.gemini_api_key.is_none() {
        tracing::warn!("no AI provider configured (GEMINI_API_KEY / AI_PROVIDER): answering from offline fixtures");
    }
    if let Some(refusal) = cfg.production_refusals().into_iter().next() {
        anyhow::bail!(refusal);
    }
    if cfg.encryption_key.is_none() {
        tracing::warn!(
            "ENCRYPTION_KEY is not set: birth data, dreams, readings and chat history are stored UNENCRYPTED (refused when ENVIRONMENT=production)"
        );
    }
    let ai = ai::from_config(&cfg)?;
    // One bot per database: `falgram restore` checks the same lock.
    let _lock = DbLock::acquire(&cfg.db_path)?;
    let store = Store::open_keyed(&cfg.db_path, cfg.cipher())?;
    if cfg.encryption_key.is_some() {
        match store.plain_values().await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(count = n, "values from before the key was set are still in clear: run `falgram rotate-key` with the same key as --new-key to seal them"),
            Err(e) => tracing::warn!(error = %e, "could not count plain values"),
        }
    }
    let app = App::new(cfg, store, ai).await?;
    let supabase = falgram::supabase::connect(&app.cfg, &app.store).await?;
    let mut background = JobSet::default();
    background.start(jobs::prune_updates(&app));
    background.start_all(jobs::daily_backup(&app));
    if let Some(client) = &supabase {
        background.start_all(jobs::supabase(&app, client));
    }
    let opts = telegram::BotOptions::default();
    let bot = telegram::build_bot(&app.cfg, &opts)?;
    let state = telegram::BotState::new(&app);
    falgram::http::start(&app, &bot, &state.intake, background.health()).await?;
    let mode = if app.cfg.webhook_url.is_some() {
        "webhook"
    } else {
        "long polling"
    };
    tracing::info!(db = %app.cfg.db_path.display(), ai = app.ai.name(), mode, "Fal Gram starting");
    let running = telegram::start(Arc::clone(&app), state, bot, &opts, background);
    reload_on_sighup(Arc::clone(&app), supabase);
    stop.await;
    tracing::info!("shutting down: finishing in-flight updates and jobs");
    running.stop().await;
    tracing::info!("stopped cleanly");
    Ok(ExitCode::SUCCESS)
}

/// SIGHUP re-reads the settings and pulls prompts from Supabase when configured (prompts are
/// read from the database on every request).
fn reload_on_sighup(app: Arc<App>, supabase: Option<falgram::supabase::Client>) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut hup) = signal(SignalKind::hangup()) else {
            return;
        };
        while hup.recv().await.is_some() {
            match app.reload_settings().await {
                Ok(()) => tracing::info!("SIGHUP: settings reloaded"),
                Err(e) => tracing::error!(error = %e, "SIGHUP: reloading settings failed"),
            }
            if let Some(client) = &supabase {
                falgram::supabase::pull_prompts_logged(&app.store, client).await;
            }
        }
    });
    #[cfg(not(unix))]
    let _ = (app, supabase);
}

/// Listens for SIGTERM (and Ctrl-C) from the moment it is called — before the bot starts, so a
/// stop that arrives while it is still starting is a clean stop, not the default kill — and
/// returns the future that resolves when one arrives.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    async move {
        #[cfg(unix)]
        if let Some(mut term) = term {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn simulate(
    db: Option<std::path::PathBuf>,
    script: Option<std::path::PathBuf>,
    lang: String,
    admin: bool,
) -> anyhow::Result<ExitCode> {
    // Offline answers stream at a model's pace, so a newcomer sees them being written.
    let ai: falgram::ai::SharedAi = Arc::new(
        falgram::ai::FixtureProvider::new().streaming_every(std::time::Duration::from_millis(30)),
    );
    let mut out = std::io::stdout();
    let echo = script.is_some();
    let opts = sim::SimOptions {
        db,
        lang,
        echo,
        admin,
        files: None,
        ai,
    };
    match script {
        Some(path) => {
            let file = tokio::fs::File::open(&path)
                .await
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            sim::run(opts, tokio::io::BufReader::new(file), &mut out).await?;
        }
        None => {
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            sim::run(opts, stdin, &mut out).await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

//! `falgram`: wiring only — configuration, store, bot, shutdown.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use falgram::cli::{Cli, Command};
use falgram::config::{Config, ProcessEnv};
use falgram::{ai, app::App, doctor, logging, sim, store::Store, telegram};

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

async fn run(mut cli: Cli) -> anyhow::Result<ExitCode> {
    // The astronomy commands need no configuration, database or network.
    let command = match cli.command.take().unwrap_or(Command::Run) {
        Command::Chart(args) => {
            print!("{}", falgram::astro_cli::chart(&args)?);
            return Ok(ExitCode::SUCCESS);
        }
        Command::Moon(args) => {
            print!("{}", falgram::astro_cli::moon(&args)?);
            return Ok(ExitCode::SUCCESS);
        }
        other => other,
    };
    let env_file = falgram::config::load_env_file(cli.env_file.as_deref())?;
    let cfg = Config::from_source(&ProcessEnv, cli.db.clone())?;
    let quiet = matches!(command, Command::Sim { .. } | Command::Admin { .. })
        || (matches!(command, Command::Run) && cfg.telegram_token.is_none());
    logging::init(
        cfg.log_format,
        if quiet && std::env::var_os("RUST_LOG").is_none() {
            "error"
        } else {
            &cfg.rust_log
        },
    );
    match command {
        Command::Run if cfg.telegram_token.is_none() => {
            eprintln!("TELEGRAM_BOT_TOKEN is not set: starting the offline simulator (see `falgram sim --help`).");
            simulate(cli.db.clone(), None, "en".into()).await
        }
        Command::Run => serve(cfg).await,
        Command::Sim { script, lang } => simulate(cli.db.clone(), script, lang).await,
        Command::Migrate => {
            let applied = falgram::store::migrate(&cfg.db_path)?;
            println!(
                "{}: {applied} migration(s) applied, schema up to date",
                cfg.db_path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Chart(_) | Command::Moon(_) => Ok(ExitCode::SUCCESS), // handled above
        Command::Backup { dir, keep } => {
            let dir = dir
                .or_else(|| cfg.backup_dir.clone())
                .unwrap_or_else(|| "backups".into());
            let db = cfg.db_path.clone();
            let file = tokio::task::spawn_blocking(move || {
                falgram::store::backup::backup(&db, &dir, keep)
            })
            .await??;
            println!("{} (integrity ok)", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { file } => {
            let db = cfg.db_path.clone();
            tokio::task::spawn_blocking(move || falgram::store::backup::restore(&file, &db))
                .await??;
            println!("{} restored", cfg.db_path.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Admin { command } => {
            let ai = ai::from_config(&cfg)?;
            let store = Store::open(&cfg.db_path)?;
            let app = App::new(cfg, store, ai).await?;
            let text = falgram::admin_cli::run(Arc::clone(&app), command).await;
            app.store.close();
            print!("{}", text?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Doctor => {
            let checks = doctor::run(&cfg, env_file.as_deref()).await;
            for c in &checks {
                println!("{} {}", if c.ok { "✅" } else { "❌" }, c.label);
            }
            let failed = checks.iter().filter(|c| !c.ok).count();
            println!(
                "\n{} of {} checks passed",
                checks.len() - failed,
                checks.len()
            );
            Ok(if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

async fn serve(cfg: Config) -> anyhow::Result<ExitCode> {
    if cfg.ai_provider_defaulted && cfg.gemini_api_key.is_none() {
        tracing::warn!("no AI provider configured (GEMINI_API_KEY / AI_PROVIDER): answering from offline fixtures");
    }
    let ai = ai::from_config(&cfg)?;
    // One bot per database: `falgram restore` checks the same lock.
    let _lock = falgram::store::backup::DbLock::acquire(&cfg.db_path)?;
    let store = Store::open(&cfg.db_path)?;
    let app = App::new(cfg, store, ai).await?;
    if let Some(addr) = app.cfg.http_addr {
        let (bound, _server) = falgram::http::serve(Arc::clone(&app), addr).await?;
        tracing::info!(%bound, "serving /health and /metrics");
    }
    let opts = telegram::BotOptions::default();
    let bot = telegram::build_bot(&app.cfg, &opts)?;
    tracing::info!(db = %app.cfg.db_path.display(), ai = app.ai.name(), "Fal Gram starting (long polling)");
    let running = telegram::start(Arc::clone(&app), bot, &opts);
    reload_on_sighup(Arc::clone(&app));
    shutdown_signal().await;
    tracing::info!("shutting down: finishing in-flight updates");
    running.stop().await;
    tracing::info!("stopped cleanly");
    Ok(ExitCode::SUCCESS)
}

/// SIGHUP re-reads the settings (prompts are read from the database on every request).
fn reload_on_sighup(app: Arc<App>) {
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
        }
    });
    #[cfg(not(unix))]
    let _ = app;
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn simulate(
    db: Option<std::path::PathBuf>,
    script: Option<std::path::PathBuf>,
    lang: String,
) -> anyhow::Result<ExitCode> {
    let ai: falgram::ai::SharedAi = Arc::new(falgram::ai::FixtureProvider::new());
    let mut out = std::io::stdout();
    match script {
        Some(path) => {
            let file = tokio::fs::File::open(&path)
                .await
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let opts = sim::SimOptions {
                db,
                lang,
                echo: true,
                ai,
            };
            sim::run(opts, tokio::io::BufReader::new(file), &mut out).await?;
        }
        None => {
            let opts = sim::SimOptions {
                db,
                lang,
                echo: false,
                ai,
            };
            sim::run(
                opts,
                tokio::io::BufReader::new(tokio::io::stdin()),
                &mut out,
            )
            .await?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

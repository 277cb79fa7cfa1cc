//! `falgram`: wiring only — configuration, store, bot, shutdown.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use falgram::cli::{Cli, Command};
use falgram::config::{Config, ProcessEnv};
use falgram::observe::logging;
use falgram::{ai, app::App, doctor, sim, telegram};

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
    let quiet = matches!(
        command,
        Command::Sim { .. } | Command::Admin { .. } | Command::Import { .. }
    ) || (matches!(command, Command::Run) && cfg.telegram_token.is_none());
    // Only the running bot reports to Sentry; the one-shot commands answer the operator directly.
    let serving = matches!(command, Command::Run) && cfg.telegram_token.is_some();
    let (sentry_layer, reporter) = match (&cfg.sentry_dsn, serving) {
        (Some(dsn), true) => Some(falgram::observe::sentry::start(
            dsn.clone(),
            falgram::observe::sentry::Context::for_process(&cfg.environment),
        )),
        _ => None,
    }
    .unzip();
    logging::init(
        cfg.log_format,
        if quiet && std::env::var_os("RUST_LOG").is_none() {
            "error"
        } else {
            &cfg.rust_log
        },
        sentry_layer,
    );
    match command {
        Command::Run if cfg.telegram_token.is_none() => {
            eprintln!("TELEGRAM_BOT_TOKEN is not set: starting the offline simulator (see `falgram sim --help`).");
            simulate(cli.db.clone(), None, "en".into()).await
        }
        Command::Run => serve(cfg, reporter).await,
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
        Command::RotateKey { new_key } => {
            let new = falgram::crypto::Cipher::from_text(&new_key)
                .map_err(|e| anyhow::anyhow!("--new-key: {e}"))?;
            let _lock = falgram::store::backup::DbLock::acquire(&cfg.db_path)?;
            falgram::store::migrate(&cfg.db_path)?;
            let old = cfg.cipher();
            let db = cfg.db_path.clone();
            let secret = cfg.server_secret.clone();
            let new_id = new.id().to_string();
            let done = tokio::task::spawn_blocking(move || {
                let mut conn = rusqlite::Connection::open(&db)?;
                falgram::store::sealing::rotate(&mut conn, old.as_ref(), &new, secret.expose())
            })
            .await??;
            println!(
                "{} value(s) sealed with key {new_id} ({} were in clear). Set ENCRYPTION_KEY to the new key before starting the bot.",
                done.sealed, done.was_plain
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            supabase_url,
            supabase_key,
            dry_run,
        } => {
            let client = falgram::supabase::Client::new(
                &supabase_url,
                falgram::config::Secret::new(supabase_key),
            )?;
            let _lock = falgram::store::backup::DbLock::acquire(&cfg.db_path)?;
            let store = falgram::store::Store::open_keyed(&cfg.db_path, cfg.cipher())?;
            let report =
                falgram::supabase::import::run(&store, &client, dry_run, &mut std::io::stderr())
                    .await;
            store.close();
            let r = report?;
            let c = r.counts;
            println!(
                "{}users: {} read, {} new, {} updated, {} unchanged, {} skipped (no id)\nsubscriptions: {} · referrals: {} · payments: {} of {} new",
                if dry_run { "DRY RUN — nothing written\n" } else { "" },
                r.users_seen, c.users_new, c.users_updated, c.users_unchanged, r.users_skipped,
                c.subscriptions, c.referrals, c.payments, r.payments_seen
            );
            if let Some(p) = &r.prompts {
                println!(
                    "prompts: {} applied, {} unchanged, {} skipped",
                    p.applied,
                    p.unchanged,
                    p.skipped.len()
                );
                for (kind, lang, why) in &p.skipped {
                    println!("  skipped {kind}/{lang}: {why}");
                }
            }
            if !r.missing_tables.is_empty() {
                println!("not in the source: {}", r.missing_tables.join(", "));
            }
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
            let store = falgram::store::Store::open_keyed(&cfg.db_path, cfg.cipher())?;
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

async fn serve(
    cfg: Config,
    reporter: Option<falgram::observe::sentry::Reporter>,
) -> anyhow::Result<ExitCode> {
    let Some(reporter) = reporter else {
        return run_bot(cfg).await;
    };
    falgram::observe::sentry::install_panic_hook();
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
    if cfg.ai_provider_defaulted && cfg.gemini_api_key.is_none() {
        tracing::warn!("no AI provider configured (GEMINI_API_KEY / AI_PROVIDER): answering from offline fixtures");
    }
    match (cfg.encryption_key.is_some(), cfg.production()) {
        (false, true) => anyhow::bail!(
            "ENVIRONMENT=production requires ENCRYPTION_KEY (32 bytes, e.g. `openssl rand -hex 32`): personal data must not be stored in clear"
        ),
        (false, false) => tracing::warn!(
            "ENCRYPTION_KEY is not set: birth data, dreams, readings and chat history are stored UNENCRYPTED (refused when ENVIRONMENT=production)"
        ),
        (true, _) => {}
    }
    let ai = ai::from_config(&cfg)?;
    // One bot per database: `falgram restore` checks the same lock.
    let _lock = falgram::store::backup::DbLock::acquire(&cfg.db_path)?;
    let store = falgram::store::Store::open_keyed(&cfg.db_path, cfg.cipher())?;
    if cfg.encryption_key.is_some() {
        match store.plain_values().await {
            Ok(0) => {}
            Ok(n) => tracing::warn!(count = n, "values from before the key was set are still in clear: run `falgram rotate-key` with the same key as --new-key to seal them"),
            Err(e) => tracing::warn!(error = %e, "could not count plain values"),
        }
    }
    let app = App::new(cfg, store, ai).await?;
    let opts = telegram::BotOptions::default();
    let bot = telegram::build_bot(&app.cfg, &opts)?;
    let state = telegram::BotState::new(&app);
    falgram::http::start(&app, &bot, &state.intake).await?;
    let supabase = falgram::supabase::start(&app).await?;
    let mode = if app.cfg.webhook_url.is_some() {
        "webhook"
    } else {
        "long polling"
    };
    tracing::info!(db = %app.cfg.db_path.display(), ai = app.ai.name(), mode, "Fal Gram starting");
    let running = telegram::start(Arc::clone(&app), state, bot, &opts);
    reload_on_sighup(Arc::clone(&app), supabase);
    shutdown_signal().await;
    tracing::info!("shutting down: finishing in-flight updates");
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

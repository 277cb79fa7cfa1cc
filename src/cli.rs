//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "falgram",
    version,
    about = "Fal Gram — AI fortune telling and astrology on Telegram, in one binary"
)]
pub struct Cli {
    /// SQLite database file (overrides FALGRAM_DB; default ./falgram.db).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Environment file to load (default: ./.env when present). Set variables win over it.
    #[arg(long, global = true, value_name = "PATH")]
    pub env_file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot on long polling (the default). Without TELEGRAM_BOT_TOKEN it starts the
    /// offline simulator instead.
    Run,
    /// Chat with the real bot offline: fake Telegram, fixture AI, a temporary database.
    Sim {
        /// Run the lines of FILE instead of reading the terminal, and print the transcript.
        #[arg(long, value_name = "FILE")]
        script: Option<PathBuf>,
        /// Telegram client language of the simulated user (e.g. tr, en, pt-BR).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Check the configuration and its services, with ✅/❌ per item.
    Doctor,
}

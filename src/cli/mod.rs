//! The command line: clap's definitions here, each group of commands in its own file.
//! Values are parsed into their types at this edge (a plan, a language, a prompt kind), so an
//! unknown one is refused with the list of valid ones.

pub mod admin;
pub mod astro;
pub mod data;
pub mod doctor;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::domain::{Lang, Plan, PromptKind};
use crate::services::reports::ReportKind;

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
        /// Start as the operator (the simulator's admin), for whom /admin opens the panel.
        #[arg(long)]
        admin: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Check the configuration and its services, with ✅/❌ per item.
    Doctor,
    /// Print a computed chart (positions, houses, aspects) — the data the bot uses.
    Chart(ChartArgs),
    /// Print the moon phase instants and daily illumination for a span of days.
    Moon(SpanArgs),
    /// Print the sky's events for a span of days: planetary stations and sign ingresses.
    Sky(SpanArgs),
    /// Consistent online backup of the database (safe while the bot runs), checked and pruned.
    Backup {
        /// Where to write it (default: BACKUP_DIR, else ./backups).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// How many backups to keep.
        #[arg(long, default_value_t = 7)]
        keep: usize,
    },
    /// Re-encrypt every sealed value with a new key (ENCRYPTION_KEY holds the current one, or
    /// is unset for a database still in clear). Refused while the bot runs.
    RotateKey {
        /// The new 32-byte key, hex or base64 (e.g. `openssl rand -hex 32`).
        #[arg(
            long,
            env = "NEW_ENCRYPTION_KEY",
            hide_env_values = true,
            value_name = "KEY"
        )]
        new_key: String,
    },
    /// Import a Python Fal Gram deployment from its Supabase (users, plans, referrals,
    /// payments, prompts). Idempotent; refused while the bot runs.
    Import {
        #[arg(long, env = "SUPABASE_URL", value_name = "URL")]
        supabase_url: String,
        #[arg(long, env = "SUPABASE_KEY", hide_env_values = true, value_name = "KEY")]
        supabase_key: String,
        /// Count what would change without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Replace the database with a backup (checked first; refused while the bot runs), or
    /// rebuild it from the Supabase mirror with --from-supabase.
    Restore {
        /// A backup made by `falgram backup`.
        #[arg(value_name = "FILE", required_unless_present = "from_supabase")]
        file: Option<PathBuf>,
        /// Rebuild from the mirror's falgram_* tables instead (users, plans, payments,
        /// subscriptions, reading metadata); idempotent.
        #[arg(long, conflicts_with = "file")]
        from_supabase: bool,
    },
    /// Operator commands on the same database (safe while the bot runs).
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Debug, clap::Args)]
pub struct ChartArgs {
    /// Date, YYYY-MM-DD.
    #[arg(long)]
    pub date: String,
    /// Local time, HH:MM (24-hour). Without it: noon and no houses.
    #[arg(long)]
    pub time: Option<String>,
    /// Time zone: IANA name (Europe/Istanbul) or offset (+03:00); history and DST applied.
    #[arg(long, default_value = "UTC")]
    pub tz: String,
    /// Latitude in degrees, north positive.
    #[arg(long, allow_hyphen_values = true)]
    pub lat: f64,
    /// Longitude in degrees, east positive.
    #[arg(long, allow_hyphen_values = true)]
    pub lon: f64,
    /// placidus, koch, equal, whole-sign, porphyry, regiomontanus or campanus (placidus and
    /// koch fall back to porphyry beyond the polar circles).
    #[arg(long, default_value = "placidus", value_parser = parse_house_system)]
    pub house_system: crate::domain::astro::HouseSystem,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also draw the chart wheel into this PNG file.
    #[arg(long, value_name = "FILE")]
    pub png: Option<PathBuf>,
    /// Cast the solar return of this year instead: the instant the Sun comes back to its
    /// natal longitude, and the chart for that instant.
    #[arg(long, value_name = "YEAR")]
    pub solar_return: Option<i32>,
    /// Where the return is cast (default: the birth place).
    #[arg(long, allow_hyphen_values = true, requires = "solar_return")]
    pub at_lat: Option<f64>,
    #[arg(long, allow_hyphen_values = true, requires = "solar_return")]
    pub at_lon: Option<f64>,
    /// The zone the return's local time is shown in (default: the birth zone).
    #[arg(long, requires = "solar_return")]
    pub at_tz: Option<String>,
}

/// A span of days, for `moon` and `sky`.
#[derive(Debug, clap::Args)]
pub struct SpanArgs {
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    pub from: String,
    /// Number of days.
    #[arg(long, default_value_t = 30)]
    pub days: u32,
    /// Time zone for the tables (IANA name or offset).
    #[arg(long, default_value = "UTC")]
    pub tz: String,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn parse_house_system(s: &str) -> Result<crate::domain::astro::HouseSystem, String> {
    s.parse()
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Users, activity, plans, revenue, readings and AI spend.
    Stats,
    /// The funnel of users who first came between two days: how many reached each step
    /// (first reading, free readings used up, invoice, paid, renewed, refunded) and the
    /// conversion from the step before and from first contact.
    Funnel {
        /// First day, YYYY-MM-DD (UTC; default: 30 days ago).
        #[arg(long)]
        from: Option<String>,
        /// Last day, YYYY-MM-DD (UTC; default: today).
        #[arg(long)]
        to: Option<String>,
        /// Only users of this language.
        #[arg(long)]
        lang: Option<String>,
        /// Only users from this source: a campaign (`c_instagram`), `invite` or `direct`.
        #[arg(long)]
        source: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Telegram's Stars ledger (`getStarTransactions`) against our payments, by charge id:
    /// payments Telegram has and we lack, refunds we missed, amounts that differ (needs the
    /// bot token). Differences are also logged as error events.
    Reconcile,
    /// AI prices in US dollars per million tokens, by model: lists them, or sets one
    /// (`--model gemini-2.5-flash --input 0.30 --output 2.50`).
    AiPrice {
        #[arg(long, requires_all = ["input", "output"])]
        model: Option<String>,
        /// Dollars per million input (prompt) tokens.
        #[arg(long, requires = "model", allow_hyphen_values = true)]
        input: Option<f64>,
        /// Dollars per million output tokens (thinking included).
        #[arg(long, requires = "model", allow_hyphen_values = true)]
        output: Option<f64>,
    },
    /// One line per user: id, name, language, plan, expiry.
    Users {
        /// Only users on this plan (free, basic, premium, vip).
        #[arg(long)]
        plan: Option<Plan>,
        /// Id, @username or part of a name.
        #[arg(long)]
        search: Option<String>,
        /// How many lines at most.
        #[arg(long, default_value_t = 100)]
        limit: i64,
    },
    /// Give a user a plan for some days (notifies them when a bot token is configured).
    Gift { user: i64, plan: Plan, days: u32 },
    /// End a user's plan now (notifies them when a bot token is configured).
    Cancel { user: i64 },
    /// Refund a Stars payment by its Telegram charge id (needs the bot token).
    Refund { charge_id: String },
    /// List, show, set or reset AI prompts.
    Prompts {
        #[command(subcommand)]
        command: PromptCommand,
    },
    /// Send a message to all users, or by language / plan, at ≤ 25 msg/s (needs the bot token).
    Broadcast {
        /// The message (plain text).
        #[arg(long)]
        text: String,
        /// Only users with this language.
        #[arg(long)]
        lang: Option<Lang>,
        /// Only users on this plan.
        #[arg(long)]
        plan: Option<Plan>,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
        /// A paid broadcast (`allow_paid_broadcast`): up to 1,000 messages a second, 0.1 ⭐
        /// per message above the free 30 a second; the cost is shown before confirming.
        #[arg(long)]
        paid: bool,
    },
    /// Write a PDF report: overview, users, premium or revenue (per plan, per month).
    Report {
        #[arg(long)]
        kind: ReportKind,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// Language of the report.
        #[arg(long, default_value = "en")]
        lang: Lang,
    },
}

#[derive(Debug, Subcommand)]
pub enum PromptCommand {
    /// Every prompt type and language, marking overrides.
    List,
    /// The prompt in force for a type and language.
    Show { kind: PromptKind, lang: Lang },
    /// Override a prompt with the contents of a file (placeholders are checked first).
    Set {
        kind: PromptKind,
        lang: Lang,
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// Remove an override: the embedded default applies again.
    Reset { kind: PromptKind, lang: Lang },
}

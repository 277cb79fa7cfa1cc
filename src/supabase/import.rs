//! `falgram import`: a Python Fal Gram deployment's Supabase tables into the SQLite file —
//! users (plans and expiries, languages, reading counts, referrals), premium subscriptions,
//! payment transactions and prompts. Column names are read the way the Python version wrote
//! them, with its known variants. Idempotent; `--dry-run` counts without writing.

use std::collections::HashMap;
use std::io::Write;

use serde_json::Value;

use super::prompt_pull::field;
use super::{Client, SupabaseError};
use crate::domain::Lang;
use crate::store::{Imported, ImportedPayment, ImportedUser, Store};

/// Everything one import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub counts: Imported,
    pub users_seen: usize,
    pub users_skipped: usize,
    pub payments_seen: usize,
    pub prompts: Option<super::prompt_pull::Pulled>,
    /// Tables the source does not have (an older Python version).
    pub missing_tables: Vec<String>,
}

/// Unix seconds from an ISO timestamp, a `YYYY-MM-DD[ HH:MM:SS]` text or a number.
pub fn unix_of(v: &Value) -> Option<i64> {
    if let Some(n) = v.as_i64() {
        return Some(n);
    }
    let s = v.as_str()?.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp());
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.and_utc().timestamp());
        }
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
}

fn int_of(v: Option<&Value>) -> Option<i64> {
    let v = v?;
    v.as_i64().or_else(|| v.as_str()?.trim().parse().ok())
}

fn paid_plan(name: &str) -> Option<String> {
    let p = name.trim().to_ascii_lowercase();
    matches!(p.as_str(), "basic" | "premium" | "vip").then_some(p)
}

/// A Python `users` row, with the best subscription found for it (plan, expiry).
pub fn user_of(row: &Value, sub: Option<&(String, i64)>, now: i64) -> Option<ImportedUser> {
    let id = int_of(field(row, &["user_id", "id", "telegram_id"]))?;
    if id <= 0 {
        return None;
    }
    let text = |names: &[&str]| {
        field(row, names)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let language = text(&["language", "lang", "language_code"])
        .and_then(|l| l.parse::<Lang>().ok())
        .unwrap_or(Lang::En);
    let own_plan = text(&["premium_plan", "plan", "subscription_plan"])
        .and_then(|p| paid_plan(&p))
        .zip(
            field(
                row,
                &[
                    "premium_expires_at",
                    "premium_expiry",
                    "plan_expires_at",
                    "premium_until",
                ],
            )
            .and_then(unix_of),
        );
    // The later of the user's own columns and the subscriptions table, if still running.
    let plan = [own_plan, sub.cloned()]
        .into_iter()
        .flatten()
        .filter(|(_, e)| *e > now)
        .max_by_key(|(_, e)| *e);
    Some(ImportedUser {
        id,
        username: text(&["username"]),
        first_name: text(&["first_name", "name"]).unwrap_or_default(),
        language: language.code().to_string(),
        plan,
        readings_used: int_of(field(
            row,
            &[
                "readings_count",
                "fortune_count",
                "total_readings",
                "fal_count",
                "free_readings_used",
            ],
        ))
        .unwrap_or(0)
        .max(0),
        referred_by: int_of(field(row, &["referred_by", "referrer_id", "invited_by"])),
        created_at: field(row, &["created_at", "joined_at"]).and_then(unix_of),
    })
}

pub fn payment_of(row: &Value) -> Option<ImportedPayment> {
    let charge_id = field(
        row,
        &[
            "telegram_payment_charge_id",
            "charge_id",
            "transaction_id",
            "payment_id",
        ],
    )
    .map(|v| {
        v.as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string())
    })?;
    let plan = field(row, &["plan", "plan_id", "premium_plan", "plan_type"])
        .and_then(|v| v.as_str())
        .and_then(paid_plan)
        .unwrap_or_else(|| "premium".into());
    Some(ImportedPayment {
        user_id: int_of(field(row, &["user_id"])),
        charge_id,
        amount: int_of(field(row, &["amount", "stars", "total_amount"])).unwrap_or(0),
        currency: field(row, &["currency"])
            .and_then(|v| v.as_str())
            .unwrap_or("XTR")
            .to_string(),
        plan,
        days: int_of(field(row, &["days", "duration_days"])).unwrap_or(30),
        created_at: field(row, &["created_at", "paid_at"]).and_then(unix_of),
    })
}

/// A table of the source, or `None` when the source has no such table (404 from PostgREST).
async fn table(
    client: &Client,
    name: &str,
    order: &str,
    missing: &mut Vec<String>,
) -> anyhow::Result<Option<Vec<Value>>> {
    match client.select_all(name, order).await {
        Ok(rows) => Ok(Some(rows)),
        Err(SupabaseError::Status { status: 404, .. }) => {
            missing.push(name.to_string());
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

fn progress(out: &mut dyn Write, what: &str, done: usize, total: usize) {
    const WIDTH: usize = 30;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(WIDTH);
    let _ = write!(
        out,
        "\r{what:<9} [{}{}] {done}/{total}",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled)
    );
    if done == total {
        let _ = writeln!(out);
    }
    let _ = out.flush();
}

/// Runs the import; progress goes to `out` (stderr in the CLI).
pub async fn run(
    store: &Store,
    client: &Client,
    dry_run: bool,
    out: &mut dyn Write,
) -> anyhow::Result<Report> {
    let now = crate::store::now();
    let mut report = Report::default();
    let users = table(client, "users", "user_id.asc", &mut report.missing_tables)
        .await?
        .unwrap_or_default();
    let subs = table(
        client,
        "premium_subscriptions",
        "user_id.asc",
        &mut report.missing_tables,
    )
    .await?
    .unwrap_or_default();
    let mut best: HashMap<i64, (String, i64)> = HashMap::new();
    for s in &subs {
        let active = field(s, &["status"])
            .and_then(|v| v.as_str())
            .is_none_or(|st| st == "active");
        let plan = field(s, &["plan_type", "plan", "premium_plan"])
            .and_then(|v| v.as_str())
            .and_then(paid_plan);
        let (Some(user), Some(plan), Some(exp), true) = (
            int_of(field(s, &["user_id"])),
            plan,
            field(s, &["expires_at", "end_date"]).and_then(unix_of),
            active,
        ) else {
            continue;
        };
        let e = best.entry(user).or_insert((plan.clone(), exp));
        if exp > e.1 {
            *e = (plan, exp);
        }
    }
    report.users_seen = users.len();
    let parsed: Vec<ImportedUser> = users
        .iter()
        .filter_map(|row| {
            let id = int_of(field(row, &["user_id", "id", "telegram_id"]));
            user_of(row, id.and_then(|i| best.get(&i)), now)
        })
        .collect();
    report.users_skipped = users.len() - parsed.len();
    let mut payments_rows = table(
        client,
        "payment_transactions",
        "created_at.asc",
        &mut report.missing_tables,
    )
    .await?;
    if payments_rows.is_none() {
        payments_rows = table(
            client,
            "payments",
            "created_at.asc",
            &mut report.missing_tables,
        )
        .await?;
    }
    let payments: Vec<ImportedPayment> = payments_rows
        .unwrap_or_default()
        .iter()
        .filter_map(payment_of)
        .collect();
    report.payments_seen = payments.len();
    // Users in batches (one transaction each) with a progress bar; referrals and payments
    // with the last, once every user exists. A dry run is one transaction, rolled back.
    let referrals: Vec<(i64, i64)> = parsed
        .iter()
        .filter_map(|u| Some((u.referred_by?, u.id)))
        .collect();
    let batch = if dry_run { parsed.len().max(1) } else { 500 };
    let total = parsed.len();
    let mut done = 0;
    progress(out, "users", 0, total);
    let mut chunks: Vec<Vec<ImportedUser>> = parsed.chunks(batch).map(<[_]>::to_vec).collect();
    if chunks.is_empty() {
        chunks.push(Vec::new());
    }
    let last = chunks.len() - 1;
    for (i, chunk) in chunks.into_iter().enumerate() {
        let n = chunk.len();
        let (refs, pays) = if i == last {
            (referrals.clone(), payments.clone())
        } else {
            (Vec::new(), Vec::new())
        };
        let c = store.import_batch(chunk, refs, pays, dry_run).await?;
        let t = &mut report.counts;
        t.users_new += c.users_new;
        t.users_updated += c.users_updated;
        t.users_unchanged += c.users_unchanged;
        t.subscriptions += c.subscriptions;
        t.referrals += c.referrals;
        t.payments += c.payments;
        done += n;
        progress(out, "users", done, total);
    }
    if !dry_run {
        match super::prompt_pull::pull(store, client).await {
            Ok(p) => report.prompts = Some(p),
            Err(e)
                if e.downcast_ref::<SupabaseError>()
                    .is_some_and(|s| matches!(s, SupabaseError::Status { status: 404, .. })) =>
            {
                report.missing_tables.push("prompts".into());
            }
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

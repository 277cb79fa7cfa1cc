//! `falgram restore --from-supabase`: a fresh database rebuilt from the mirror's `falgram_*`
//! tables — users (plans, expiries, referral credits, their referral codes), payments (with
//! what a refund takes back and any review flag), subscriptions and reading metadata. Read a
//! page at a time and written back by id, so it can run again (or resume) safely; referrers
//! are linked once every user is back. What the mirror never held stays lost: birth data,
//! dreams, reading texts, chat history, dialogue steps.

use std::io::Write;

use serde_json::Value;

use super::import::unix_of;
use super::Client;
use crate::store::mirror::{
    MirrorPayment, MirrorReading, MirrorRows, MirrorSubscription, MirrorUser,
};
use crate::store::Store;

/// Rows written back, per table, and referrers linked.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    pub users: usize,
    pub payments: usize,
    pub subscriptions: usize,
    pub readings: usize,
    pub referrals: usize,
}

/// The mirror's tables, in the order they are written back (users first: the rest name them).
pub const TABLES: [&str; 4] = [
    "falgram_users",
    "falgram_payments",
    "falgram_subscriptions",
    "falgram_readings",
];

const PAGE: usize = 1000;

/// Reads every mirrored table through PostgREST and writes it back; progress goes to `out`.
pub async fn run(store: &Store, client: &Client, out: &mut dyn Write) -> anyhow::Result<Restored> {
    let mut restored = Restored::default();
    let mut links = Vec::new();
    for table in TABLES {
        let mut offset = 0;
        loop {
            let page = client.select_page(table, "id.asc", offset, PAGE).await?;
            offset += page.len();
            let last = page.len() < PAGE;
            write_page(store, table, &page, &mut restored, &mut links).await?;
            let _ = write!(out, "\r{table:<22} {offset} rows");
            let _ = out.flush();
            if last {
                let _ = writeln!(out);
                break;
            }
        }
    }
    restored.referrals = store.restore_referrals(links).await?;
    Ok(restored)
}

/// Writes rows already read (e.g. from PostgreSQL itself) back, table by table.
pub async fn from_rows(store: &Store, tables: &[(&str, Vec<Value>)]) -> anyhow::Result<Restored> {
    let mut restored = Restored::default();
    let mut links = Vec::new();
    for (table, rows) in tables {
        write_page(store, table, rows, &mut restored, &mut links).await?;
    }
    restored.referrals = store.restore_referrals(links).await?;
    Ok(restored)
}

async fn write_page(
    store: &Store,
    table: &str,
    page: &[Value],
    restored: &mut Restored,
    links: &mut Vec<(i64, i64)>,
) -> anyhow::Result<()> {
    let (rows, count) = match table {
        "falgram_users" => {
            let users: Vec<MirrorUser> = page.iter().filter_map(user_of).collect();
            links.extend(users.iter().filter_map(|u| Some((u.id, u.referred_by?))));
            (MirrorRows::Users(users), &mut restored.users)
        }
        "falgram_payments" => (
            MirrorRows::Payments(page.iter().filter_map(payment_of).collect()),
            &mut restored.payments,
        ),
        "falgram_subscriptions" => (
            MirrorRows::Subscriptions(page.iter().filter_map(subscription_of).collect()),
            &mut restored.subscriptions,
        ),
        "falgram_readings" => (
            MirrorRows::Readings(page.iter().filter_map(reading_of).collect()),
            &mut restored.readings,
        ),
        other => anyhow::bail!("{other} is not a mirrored table"),
    };
    let skipped = page.len();
    let written = store.restore_mirror(rows).await?;
    if written < skipped {
        tracing::warn!(
            table,
            skipped = skipped - written,
            "mirrored rows that could not be read were skipped"
        );
    }
    *count += written;
    Ok(())
}

fn int(row: &Value, key: &str) -> Option<i64> {
    row.get(key)?.as_i64()
}

fn text(row: &Value, key: &str) -> Option<String> {
    row.get(key)?.as_str().map(str::to_string)
}

fn flag(row: &Value, key: &str) -> bool {
    row.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn time(row: &Value, key: &str) -> Option<i64> {
    row.get(key).filter(|v| !v.is_null()).and_then(unix_of)
}

pub fn user_of(row: &Value) -> Option<MirrorUser> {
    Some(MirrorUser {
        id: int(row, "id")?,
        username: text(row, "username"),
        first_name: text(row, "first_name").unwrap_or_default(),
        last_name: text(row, "last_name"),
        language: text(row, "language")
            .filter(|l| l.parse::<crate::domain::Lang>().is_ok())
            .unwrap_or_else(|| "en".into()),
        language_chosen: flag(row, "language_chosen"),
        plan: text(row, "plan")
            .filter(|p| p.parse::<crate::domain::Plan>().is_ok())
            .unwrap_or_else(|| "free".into()),
        plan_expires_at: time(row, "plan_expires_at"),
        referral_code: text(row, "referral_code").filter(|c| !c.is_empty()),
        referred_by: int(row, "referred_by"),
        free_readings_used: int(row, "free_readings_used").unwrap_or(0),
        bonus_readings_earned: int(row, "bonus_readings_earned").unwrap_or(0),
        bonus_readings_used: int(row, "bonus_readings_used").unwrap_or(0),
        is_blocked: flag(row, "is_blocked"),
        is_inactive: flag(row, "is_inactive"),
        created_at: time(row, "created_at").unwrap_or_else(crate::store::now),
    })
}

pub fn payment_of(row: &Value) -> Option<MirrorPayment> {
    let status = text(row, "status").filter(|s| s == "paid" || s == "refunded")?;
    let days = int(row, "days").unwrap_or(0);
    Some(MirrorPayment {
        id: int(row, "id")?,
        user_id: int(row, "user_id"),
        charge_id: text(row, "telegram_payment_charge_id")?,
        provider_charge_id: text(row, "provider_payment_charge_id").unwrap_or_default(),
        amount: int(row, "amount")?,
        currency: text(row, "currency").unwrap_or_else(|| "XTR".into()),
        plan: text(row, "plan").unwrap_or_else(|| "free".into()),
        days,
        payload: text(row, "payload").unwrap_or_default(),
        is_recurring: flag(row, "is_recurring"),
        is_first_recurring: flag(row, "is_first_recurring"),
        // A row mirrored before credits were: what it bought, unless refunded.
        credit_seconds: int(row, "credit_seconds").unwrap_or(if status == "paid" {
            days * 86_400
        } else {
            0
        }),
        status,
        review: text(row, "review"),
        subscription_expires_at: time(row, "subscription_expires_at"),
        refund_requested_at: time(row, "refund_requested_at"),
        refunded_at: time(row, "refunded_at"),
        created_at: time(row, "created_at")?,
    })
}

pub fn subscription_of(row: &Value) -> Option<MirrorSubscription> {
    Some(MirrorSubscription {
        id: int(row, "id")?,
        user_id: int(row, "user_id")?,
        plan: text(row, "plan")?,
        source: text(row, "source")
            .filter(|s| matches!(s.as_str(), "payment" | "gift" | "import" | "conversion"))?,
        payment_id: int(row, "payment_id"),
        starts_at: time(row, "starts_at")?,
        expires_at: time(row, "expires_at")?,
        status: text(row, "status")
            .filter(|s| matches!(s.as_str(), "active" | "expired" | "cancelled" | "refunded"))?,
        created_at: time(row, "created_at")?,
    })
}

pub fn reading_of(row: &Value) -> Option<MirrorReading> {
    Some(MirrorReading {
        id: int(row, "id")?,
        user_id: int(row, "user_id")?,
        kind: text(row, "kind")?,
        source: text(row, "source").unwrap_or_else(|| "free".into()),
        delivered: flag(row, "delivered"),
        created_at: time(row, "created_at")?,
    })
}

//! Pushes the outbox to Supabase in batches: upserts per table, deletions one by one. A
//! failure backs off (5 s doubling to an hour) and the rows stay, across restarts.

use std::collections::BTreeMap;

use super::Client;
use crate::store::{OutboxRow, Store};

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub pushed: usize,
    pub failed: usize,
}

const BATCH: usize = 500;

/// One pass over the rows due at `now` (Unix seconds).
pub async fn push_once(store: &Store, client: &Client, now: i64) -> anyhow::Result<Pass> {
    let due = store.outbox_due(now, BATCH).await?;
    let mut by_table: BTreeMap<String, Vec<OutboxRow>> = BTreeMap::new();
    for row in due {
        by_table.entry(row.table.clone()).or_default().push(row);
    }
    let mut pass = Pass::default();
    for (table, rows) in by_table {
        let (upserts, deletes): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|r| r.payload.is_some());
        if !upserts.is_empty() {
            let body: Vec<_> = upserts.iter().filter_map(|r| r.payload.clone()).collect();
            let outcome = client.upsert(&table, "id", &body).await;
            settle(
                store,
                &upserts,
                outcome.err().map(|e| e.to_string()),
                now,
                &mut pass,
            )
            .await?;
        }
        for row in deletes {
            let outcome = client.delete(&table, "id", &row.key).await;
            settle(
                store,
                std::slice::from_ref(&row),
                outcome.err().map(|e| e.to_string()),
                now,
                &mut pass,
            )
            .await?;
        }
    }
    Ok(pass)
}

async fn settle(
    store: &Store,
    rows: &[OutboxRow],
    error: Option<String>,
    now: i64,
    pass: &mut Pass,
) -> anyhow::Result<()> {
    match error {
        None => {
            pass.pushed += rows.len();
            store
                .outbox_done(rows.iter().map(|r| (r.id, r.version)).collect())
                .await?;
        }
        Some(e) => {
            pass.failed += rows.len();
            tracing::warn!(error = %e, rows = rows.len(), "Supabase push failed; will retry");
            store
                .outbox_failed(rows.iter().map(|r| (r.id, r.attempts)).collect(), e, now)
                .await?;
        }
    }
    Ok(())
}

/// Passes until the rows due now are pushed (another pass at once while a batch was full).
pub async fn drain(store: &Store, client: &Client) -> anyhow::Result<()> {
    loop {
        match push_once(store, client, crate::store::now()).await {
            Ok(p) if p.pushed + p.failed >= BATCH && p.failed == 0 => continue,
            Ok(_) => return Ok(()),
            Err(e) => {
                tracing::error!(error = %e, "outbox pass failed");
                return Err(e);
            }
        }
    }
}

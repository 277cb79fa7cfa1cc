//! Optional Supabase (PostgREST) side: the outbox pusher, the prompt pull, and the import
//! of a Python Fal Gram deployment. The bot never waits on any of it.

pub mod import;
pub mod outbox;
pub mod prompt_pull;
pub mod restore;

use std::time::Duration;

use serde_json::Value;

use crate::config::{Config, Secret};
use crate::store::Store;

/// A PostgREST client for `SUPABASE_URL` with `SUPABASE_KEY`.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    key: Secret,
}

#[derive(Debug, thiserror::Error)]
pub enum SupabaseError {
    #[error("Supabase unreachable: {0}")]
    Network(String),
    #[error("Supabase answered HTTP {status}: {message}")]
    Status { status: u16, message: String },
}

impl Client {
    pub fn from_config(cfg: &Config) -> Option<anyhow::Result<Client>> {
        let (url, key) = (cfg.supabase_url.as_ref()?, cfg.supabase_key.as_ref()?);
        Some(Client::new(url, key.clone()))
    }

    pub fn new(url: &str, key: Secret) -> anyhow::Result<Client> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()?;
        Ok(Client {
            http,
            base: format!("{}/rest/v1", url.trim_end_matches('/')),
            key,
        })
    }

    /// New keys (`sb_secret_…`, `sb_publishable_…`) go in `apikey` only — they are not JWTs
    /// and are refused as a Bearer token; legacy JWT keys go in both headers.
    fn authorized(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let key = self.key.expose();
        let req = req.header("apikey", key);
        if key.starts_with("sb_") {
            req
        } else {
            req.bearer_auth(key)
        }
    }

    /// Sends with the key; a non-2xx answer becomes an error with PostgREST's message.
    async fn send(&self, req: reqwest::RequestBuilder) -> Result<reqwest::Response, SupabaseError> {
        let resp = self
            .authorized(req)
            .send()
            .await
            .map_err(|e| SupabaseError::Network(e.without_url().to_string()))?;
        let status = resp.status();
        if status.is_success() {
            return Ok(resp);
        }
        let body = resp.text().await.unwrap_or_default();
        let message = serde_json::from_str::<Value>(&body)
            .ok()
            .and_then(|v| v["message"].as_str().map(str::to_string))
            .unwrap_or_else(|| body.chars().take(200).collect());
        Err(SupabaseError::Status {
            status: status.as_u16(),
            message,
        })
    }

    /// Inserts or merges `rows` (all with the same keys) on the `on_conflict` column.
    pub async fn upsert(
        &self,
        table: &str,
        on_conflict: &str,
        rows: &[Value],
    ) -> Result<(), SupabaseError> {
        let req = self
            .http
            .post(format!("{}/{table}", self.base))
            .query(&[("on_conflict", on_conflict)])
            .header("Prefer", "resolution=merge-duplicates,return=minimal")
            .json(rows);
        self.send(req).await.map(|_| ())
    }

    pub async fn delete(
        &self,
        table: &str,
        column: &str,
        value: &str,
    ) -> Result<(), SupabaseError> {
        let req = self
            .http
            .delete(format!("{}/{table}", self.base))
            .query(&[(column, format!("eq.{value}"))])
            .header("Prefer", "return=minimal");
        self.send(req).await.map(|_| ())
    }

    /// One page of `table` ordered by `order`.
    pub async fn select_page(
        &self,
        table: &str,
        order: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Value>, SupabaseError> {
        let req = self.http.get(format!("{}/{table}", self.base)).query(&[
            ("select", "*".to_string()),
            ("order", order.to_string()),
            ("offset", offset.to_string()),
            ("limit", limit.to_string()),
        ]);
        let resp = self.send(req).await?;
        resp.json()
            .await
            .map_err(|e| SupabaseError::Network(e.without_url().to_string()))
    }

    /// Every row of `table`, a page at a time.
    pub async fn select_all(&self, table: &str, order: &str) -> Result<Vec<Value>, SupabaseError> {
        const PAGE: usize = 1000;
        let mut all = Vec::new();
        loop {
            let page = self.select_page(table, order, all.len(), PAGE).await?;
            let done = page.len() < PAGE;
            all.extend(page);
            if done {
                return Ok(all);
            }
        }
    }
}

/// With Supabase configured, turns the outbox on (the triggers start queueing rows) and
/// returns the client for the sync jobs; without, turns it off.
pub async fn connect(cfg: &Config, store: &Store) -> anyhow::Result<Option<Client>> {
    let client = match Client::from_config(cfg) {
        Some(c) => c?,
        None => {
            store.set_sync(false).await?;
            return Ok(None);
        }
    };
    store.set_sync(true).await?;
    tracing::info!("Supabase sync on (outbox every 5 s, prompts every 10 min)");
    Ok(Some(client))
}

/// One prompt pull, its outcome logged.
pub async fn pull_prompts_logged(store: &Store, client: &Client) {
    match prompt_pull::pull(store, client).await {
        Ok(p) => {
            if p.applied > 0 || !p.skipped.is_empty() {
                tracing::info!(
                    applied = p.applied,
                    unchanged = p.unchanged,
                    skipped = p.skipped.len(),
                    "prompts pulled from Supabase"
                );
            }
            for (kind, lang, why) in &p.skipped {
                tracing::warn!(%kind, %lang, %why, "Supabase prompt not applied");
            }
        }
        Err(e) => tracing::warn!(error = %e, "pulling prompts from Supabase failed"),
    }
}

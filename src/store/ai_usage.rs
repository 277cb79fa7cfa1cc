//! Every AI call with the tokens it was billed, and the operator's prices per model: what
//! `domain::ai_cost` turns into dollars for the dashboard and `falgram admin`.

use rusqlite::{params, Connection};

use super::{Store, StoreResult};
use crate::domain::ai_cost::{Price, UsageRow};
use crate::domain::{Lang, Plan, PromptKind};

/// One AI call as it ended.
#[derive(Debug, Clone)]
pub struct AiCall {
    pub kind: PromptKind,
    pub lang: Lang,
    /// Whose reading it was; None for shared texts (a horoscope serves everyone).
    pub user_id: Option<i64>,
    pub model: String,
    /// `ok`, or the failure's label (`timeout`, `blocked` …).
    pub outcome: &'static str,
    pub latency_ms: u64,
    /// Tokens in and out, when the provider reported them.
    pub tokens: Option<(u64, u64)>,
}

impl Store {
    pub async fn record_ai_call(&self, call: AiCall) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO ai_calls (user_id, kind, language, model, outcome, latency_ms, \
                 input_tokens, output_tokens) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                call.user_id,
                call.kind.code(),
                call.lang.code(),
                call.model,
                call.outcome,
                i64::try_from(call.latency_ms).unwrap_or(i64::MAX),
                call.tokens.map(|t| i64::try_from(t.0).unwrap_or(i64::MAX)),
                call.tokens.map(|t| i64::try_from(t.1).unwrap_or(i64::MAX)),
            ])?;
            Ok(())
        })
        .await
    }

    /// Calls since a Unix time, by kind and model.
    pub async fn ai_usage_since(&self, since: i64) -> StoreResult<Vec<UsageRow>> {
        self.read(move |conn| Ok(usage_since(conn, since)?)).await
    }

    pub async fn set_ai_price(&self, price: Price) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO ai_prices (model, input_per_mtok, output_per_mtok) VALUES (?1, ?2, ?3) \
                 ON CONFLICT(model) DO UPDATE SET input_per_mtok = ?2, output_per_mtok = ?3, \
                 updated_at = unixepoch()",
            )?
            .execute(params![price.model, price.input_per_mtok, price.output_per_mtok])?;
            Ok(())
        })
        .await
    }

    pub async fn ai_prices(&self) -> StoreResult<Vec<Price>> {
        self.read(|conn| Ok(prices(conn)?)).await
    }
}

/// Calls since a Unix time, by kind and model.
pub(super) fn usage_since(conn: &Connection, since: i64) -> rusqlite::Result<Vec<UsageRow>> {
    Ok(usage_rows(conn, since, super::now())?
        .into_iter()
        .map(|(_, row)| row)
        .collect())
}

/// Calls since a Unix time by kind and model, and by the plan their user is on at `now` (free
/// when it has run out; None for shared texts and users no longer here).
pub(super) fn usage_rows(
    conn: &Connection,
    since: i64,
    now: i64,
) -> rusqlite::Result<Vec<(Option<Plan>, UsageRow)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT CASE WHEN u.id IS NULL THEN NULL WHEN u.plan_expires_at > ?2 THEN u.plan \
         ELSE 'free' END, c.kind, c.model, count(*), sum(c.outcome = 'ok'), \
         coalesce(sum(c.input_tokens), 0), coalesce(sum(c.output_tokens), 0), \
         sum(c.input_tokens IS NULL) \
         FROM ai_calls c LEFT JOIN users u ON u.id = c.user_id WHERE c.at >= ?1 \
         GROUP BY 1, c.kind, c.model",
    )?;
    let rows = stmt
        .query_map(params![since, now], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, String>(1)?,
                UsageRow {
                    kind: PromptKind::Coffee,
                    model: r.get(2)?,
                    calls: r.get(3)?,
                    answered: r.get(4)?,
                    input_tokens: r.get(5)?,
                    output_tokens: r.get(6)?,
                    uncounted: r.get(7)?,
                },
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // A kind this build no longer knows is left out rather than misfiled.
    Ok(rows
        .into_iter()
        .filter_map(|(plan, kind, row)| {
            let row = UsageRow {
                kind: kind.parse().ok()?,
                ..row
            };
            Some((plan.and_then(|p| p.parse().ok()), row))
        })
        .collect())
}

pub(super) fn prices(conn: &Connection) -> rusqlite::Result<Vec<Price>> {
    let mut stmt = conn.prepare_cached(
        "SELECT model, input_per_mtok, output_per_mtok FROM ai_prices ORDER BY model",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Price {
                model: r.get(0)?,
                input_per_mtok: r.get(1)?,
                output_per_mtok: r.get(2)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ai_cost::spend;

    #[tokio::test]
    async fn calls_add_up_by_kind_and_model_and_prices_are_kept_per_model() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("t.db")).unwrap();
        let call = |kind, model: &str, outcome, tokens| AiCall {
            kind,
            lang: Lang::Tr,
            user_id: Some(7),
            model: model.into(),
            outcome,
            latency_ms: 1200,
            tokens,
        };
        for c in [
            call(
                PromptKind::Coffee,
                "gemini-2.5-flash",
                "ok",
                Some((1000, 800)),
            ),
            call(
                PromptKind::Coffee,
                "gemini-2.5-flash",
                "ok",
                Some((1200, 700)),
            ),
            call(PromptKind::Coffee, "gemini-2.5-flash", "timeout", None),
            call(
                PromptKind::Dream,
                "gemini-2.5-flash",
                "ok",
                Some((400, 300)),
            ),
        ] {
            store.record_ai_call(c).await.unwrap();
        }
        let rows = store.ai_usage_since(0).await.unwrap();
        let coffee = rows.iter().find(|r| r.kind == PromptKind::Coffee).unwrap();
        assert_eq!(
            (
                coffee.calls,
                coffee.answered,
                coffee.input_tokens,
                coffee.output_tokens,
                coffee.uncounted
            ),
            (3, 2, 2200, 1500, 1)
        );
        assert_eq!(
            store
                .ai_usage_since(crate::store::now() + 60)
                .await
                .unwrap(),
            vec![]
        );
        let price = |i, o| Price {
            model: "gemini-2.5-flash".into(),
            input_per_mtok: i,
            output_per_mtok: o,
        };
        store.set_ai_price(price(1.0, 1.0)).await.unwrap();
        store.set_ai_price(price(0.30, 2.50)).await.unwrap();
        let prices = store.ai_prices().await.unwrap();
        assert_eq!(prices, vec![price(0.30, 2.50)]);
        let s = spend(&rows, &prices);
        // 2,600 in × 0.30 + 1,800 out × 2.50 per million.
        assert!(
            (s.usd - (2600.0 * 0.30 + 1800.0 * 2.50) / 1e6).abs() < 1e-12,
            "{s:?}"
        );
    }
}

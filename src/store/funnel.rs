//! The funnel's records: the first time a user reaches each step (written in the same
//! transaction as what it records where the store does that work), where users came from, and
//! the counts `domain::funnel` turns into conversions.

use rusqlite::{params, Connection};

use super::{now, Store, StoreResult};
use crate::domain::funnel::{Returning, Step};
use crate::domain::Lang;

/// Marks `step` reached by the user, the first time only. A user without a row (a payment
/// from someone the bot never met) is skipped rather than failing the payment it rides with.
pub(super) fn reach(conn: &Connection, user_id: i64, step: Step) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO funnel (user_id, step, at) \
         SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1)",
    )?
    .execute(params![user_id, step.code(), now()])?;
    Ok(())
}

impl Store {
    /// A step reached outside the store's own transactions (the plans shown, an invoice sent).
    pub async fn reach_step(&self, user_id: i64, step: Step) -> StoreResult<()> {
        self.write_benign(move |conn| Ok(reach(conn, user_id, step)?))
            .await
    }

    /// Where a user came from (a campaign or an invite), kept from their first `/start` only.
    pub async fn set_source(&self, user_id: i64, source: String) -> StoreResult<()> {
        self.write_benign(move |conn| {
            conn.prepare_cached("UPDATE users SET source = ?2 WHERE id = ?1 AND source IS NULL")?
                .execute(params![user_id, source])?;
            Ok(())
        })
        .await
    }

    /// Users who first came in `[from, to)` (Unix times), with whether they came back on day
    /// 1, 7 and 30, optionally of one language or source.
    pub async fn returning(
        &self,
        (from, to): (i64, i64),
        lang: Option<Lang>,
        source: Option<String>,
    ) -> StoreResult<Vec<Returning>> {
        self.read(move |conn| {
            let lang = lang.map(|l| l.code().to_string());
            let back = |n: i64| {
                format!(
                    "EXISTS (SELECT 1 FROM activity_days a WHERE a.user_id = u.id \
                     AND a.day = u.created_at / 86400 + {n})"
                )
            };
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT u.created_at / 86400, {}, {}, {} FROM users u \
                 WHERE u.created_at >= ?1 AND u.created_at < ?2 AND (?3 IS NULL OR u.language = ?3) \
                 AND (?4 IS NULL OR coalesce(u.source, 'direct') = ?4)",
                back(1),
                back(7),
                back(30)
            ))?;
            let rows = stmt
                .query_map(params![from, to, lang, source], |r| {
                    Ok(Returning {
                        first_day: r.get(0)?,
                        d1: r.get(1)?,
                        d7: r.get(2)?,
                        d30: r.get(3)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
    }

    /// Users who first came in `[from, to)` (Unix times), optionally of one language or
    /// source (`direct` for none), and how many of them reached each step.
    pub async fn funnel_counts(
        &self,
        (from, to): (i64, i64),
        lang: Option<Lang>,
        source: Option<String>,
    ) -> StoreResult<Vec<(Step, i64)>> {
        self.read(move |conn| {
            let lang = lang.map(|l| l.code().to_string());
            let cohort =
                "u.created_at >= ?1 AND u.created_at < ?2 AND (?3 IS NULL OR u.language = ?3) \
                 AND (?4 IS NULL OR coalesce(u.source, 'direct') = ?4)";
            let first: i64 = conn
                .prepare_cached(&format!("SELECT count(*) FROM users u WHERE {cohort}"))?
                .query_row(params![from, to, lang, source], |r| r.get(0))?;
            let mut out = vec![(Step::FirstContact, first)];
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT f.step, count(*) FROM funnel f JOIN users u ON u.id = f.user_id \
                 WHERE {cohort} GROUP BY f.step"
            ))?;
            let rows = stmt
                .query_map(params![from, to, lang, source], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for step in Step::ALL.into_iter().skip(1) {
                let n = rows
                    .iter()
                    .find(|(s, _)| s == step.code())
                    .map_or(0, |(_, n)| *n);
                out.push((step, n));
            }
            Ok(out)
        })
        .await
    }
}

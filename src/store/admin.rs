//! What the operator sees and does to accounts: the dashboard figures and the per-day series for
//! its chart, the user list and card, the events log, blocking and resetting a quota.

use rusqlite::{params, Connection};

use super::{Store, StoreResult};
use crate::domain::ai_cost::{spend, Spend};
use crate::domain::{Lang, Plan, PromptKind};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub users_total: i64,
    pub active_today: i64,
    pub active_7d: i64,
    pub active_30d: i64,
    pub new_today: i64,
    /// Users on each paid plan now, in `Plan::PAID` order (read them with [`Stats::on_plan`]).
    pub plans: Vec<(Plan, i64)>,
    /// Stars received (refunds subtracted): today, this month, all time.
    pub revenue_today: i64,
    pub revenue_month: i64,
    pub revenue_total: i64,
    /// Readings per kind, most first.
    pub readings: Vec<(PromptKind, i64)>,
    pub ai_failures_7d: i64,
    /// What AI calls cost today and this month (UTC), at the operator's prices.
    pub ai_today: Spend,
    pub ai_month: Spend,
    /// This month by plan: Stars received, and the AI spend of the plan's users.
    pub stars_by_plan_month: Vec<(Plan, i64)>,
    pub ai_by_plan_month: Vec<(Plan, Spend)>,
}

impl Stats {
    /// Users whose `plan` is in force now (0 for free: the dashboard counts paid plans).
    pub fn on_plan(&self, plan: Plan) -> i64 {
        self.plans
            .iter()
            .find(|(p, _)| *p == plan)
            .map_or(0, |(_, n)| *n)
    }
}

/// One line of the user list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserLine {
    pub id: i64,
    pub username: Option<String>,
    pub first_name: String,
    pub language: Lang,
    pub plan: Plan,
    pub plan_expires_at: Option<i64>,
}

fn count(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> rusqlite::Result<i64> {
    conn.prepare_cached(sql)?.query_row(p, |r| r.get(0))
}

fn day_start(now: i64) -> i64 {
    now - now.rem_euclid(86_400)
}

fn month_start(now: i64) -> i64 {
    use chrono::Datelike;
    chrono::DateTime::from_timestamp(now, 0)
        .and_then(|t| t.date_naive().with_day(1))
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
        .unwrap_or(0)
}

/// Delivered readings per kind, most read first.
pub(crate) const READINGS_BY_KIND: &str =
    "SELECT kind, count(*) FROM readings WHERE delivered = 1 GROUP BY kind ORDER BY count(*) DESC, kind";

const REVENUE: &str =
    "SELECT coalesce(sum(amount), 0) FROM payments WHERE status = 'paid' AND created_at >= ?1";

/// Stars received (refunds excluded) since a Unix time, by plan.
fn stars_by_plan(conn: &rusqlite::Connection, since: i64) -> rusqlite::Result<Vec<(Plan, i64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT plan, coalesce(sum(amount), 0) FROM payments \
         WHERE status = 'paid' AND created_at >= ?1 GROUP BY plan",
    )?;
    let rows = stmt
        .query_map([since], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(plan, stars)| Some((plan.parse().ok()?, stars)))
        .collect())
}

impl Store {
    pub async fn stats(&self, now: i64) -> StoreResult<Stats> {
        self.read(move |conn| {
            let today = day_start(now);
            let prices = super::ai_usage::prices(conn)?;
            // The month's AI calls once, for its spend and for its spend by plan.
            let month = super::ai_usage::usage_rows(conn, month_start(now), now)?;
            let seen = |since: i64| {
                count(
                    conn,
                    "SELECT count(*) FROM users WHERE last_seen_at >= ?1",
                    [since],
                )
            };
            let plan = |p: Plan| {
                count(
                    conn,
                    "SELECT count(*) FROM users WHERE plan = ?1 AND plan_expires_at > ?2",
                    params![p, now],
                )
                .map(|n| (p, n))
            };
            let mut readings = Vec::new();
            {
                let mut stmt = conn.prepare_cached(READINGS_BY_KIND)?;
                for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    readings.push(row?);
                }
            }
            Ok(Stats {
                users_total: count(conn, "SELECT count(*) FROM users", [])?,
                active_today: seen(today)?,
                active_7d: seen(now - 7 * 86_400)?,
                active_30d: seen(now - 30 * 86_400)?,
                new_today: count(
                    conn,
                    "SELECT count(*) FROM users WHERE created_at >= ?1",
                    [today],
                )?,
                plans: Plan::PAID
                    .into_iter()
                    .map(plan)
                    .collect::<rusqlite::Result<_>>()?,
                revenue_today: count(conn, REVENUE, [today])?,
                revenue_month: count(conn, REVENUE, [month_start(now)])?,
                revenue_total: count(conn, REVENUE, [0])?,
                readings,
                ai_failures_7d: count(
                    conn,
                    "SELECT count(*) FROM events WHERE kind = 'ai_failure' AND created_at >= ?1",
                    [now - 7 * 86_400],
                )?,
                ai_today: spend(&super::ai_usage::usage_since(conn, today)?, &prices),
                ai_month: spend(
                    &month.iter().map(|(_, r)| r.clone()).collect::<Vec<_>>(),
                    &prices,
                ),
                stars_by_plan_month: stars_by_plan(conn, month_start(now))?,
                ai_by_plan_month: Plan::ALL
                    .into_iter()
                    .map(|plan| {
                        let of: Vec<_> = month
                            .iter()
                            .filter(|(p, _)| *p == Some(plan))
                            .map(|(_, r)| r.clone())
                            .collect();
                        (plan, spend(&of, &prices))
                    })
                    .collect(),
            })
        })
        .await
    }

    /// New users and Stars revenue (refunds excluded) for each of the last `days` UTC days,
    /// oldest first.
    pub async fn daily_series(&self, now: i64, days: i64) -> StoreResult<Vec<(i64, i64, i64)>> {
        self.read(move |conn| {
            let first = day_start(now) - (days - 1) * 86_400;
            let mut out = Vec::with_capacity(days as usize);
            for d in 0..days {
                let (from, to) = (first + d * 86_400, first + (d + 1) * 86_400);
                let users = count(conn, "SELECT count(*) FROM users WHERE created_at >= ?1 AND created_at < ?2", [from, to])?;
                let stars = count(
                    conn,
                    "SELECT coalesce(sum(amount), 0) FROM payments WHERE status = 'paid' AND created_at >= ?1 AND created_at < ?2",
                    [from, to],
                )?;
                out.push((from, users, stars));
            }
            Ok(out)
        })
        .await
    }

    /// Users, newest first, optionally by active plan and by id / @username / name.
    pub async fn user_lines(
        &self,
        plan: Option<Plan>,
        search: Option<String>,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<UserLine>> {
        self.read(move |conn| {
            let term = search.as_deref().map(|s| s.trim().trim_start_matches('@'));
            let exact_id: Option<i64> = term.and_then(|s| s.parse().ok());
            let phrase = term
                .filter(|t| t.chars().count() >= 3)
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")));
            let sql = match (term, &phrase) {
                (None, _) => LIST_USERS,
                // A name thousands share: walking the newest users finds a page of them
                // sooner than sorting them all.
                (_, Some(p)) if common(conn, p)? => SEARCH_USERS_COMMON,
                (_, Some(_)) => SEARCH_USERS,
                (Some(_), None) => SEARCH_USERS_SHORT,
            };
            let pattern = phrase.or_else(|| term.map(|t| format!("%{t}%")));
            let rows = conn
                .prepare_cached(sql)?
                .query_map(params![plan, pattern, exact_id, limit, offset], |r| {
                    Ok(UserLine {
                        id: r.get(0)?,
                        username: r.get(1)?,
                        first_name: r.get(2)?,
                        language: r.get(3)?,
                        plan: r.get(4)?,
                        plan_expires_at: r.get(5)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }
}

/// The user list, newest first: ?1 a plan or NULL, ?4 limit, ?5 offset (the searches below
/// take the same parameters).
pub(crate) const LIST_USERS: &str =
    "SELECT id, username, first_name, language, plan, plan_expires_at FROM users \
     WHERE (?1 IS NULL OR plan = ?1) AND ?2 IS NULL AND ?3 IS NULL \
     ORDER BY created_at DESC, id DESC LIMIT ?4 OFFSET ?5";

/// A search of three characters or more: any part of a username or first name through the
/// trigram index (?2 is an FTS5 phrase), or the exact id.
pub(crate) const SEARCH_USERS: &str =
    "SELECT id, username, first_name, language, plan, plan_expires_at FROM users \
     WHERE (?1 IS NULL OR plan = ?1) \
     AND (id = ?3 OR id IN (SELECT rowid FROM users_search WHERE users_search MATCH ?2)) \
     ORDER BY created_at DESC, id DESC LIMIT ?4 OFFSET ?5";

/// The same for a phrase that matches many users: the newest users in order, kept when they
/// match, until a page is full (no sort of every match).
pub(crate) const SEARCH_USERS_COMMON: &str =
    "SELECT id, username, first_name, language, plan, plan_expires_at FROM users INDEXED BY users_created \
     WHERE (?1 IS NULL OR plan = ?1) \
     AND (id = ?3 OR id IN (SELECT rowid FROM users_search WHERE users_search MATCH ?2)) \
     ORDER BY created_at DESC, id DESC LIMIT ?4 OFFSET ?5";

/// Matches past which a search walks the newest users instead of sorting its matches.
const COMMON: i64 = 2_000;

fn common(conn: &Connection, phrase: &str) -> rusqlite::Result<bool> {
    let n: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM users_search WHERE users_search MATCH ?1 LIMIT ?2)",
        )?
        .query_row(params![phrase, COMMON], |r| r.get(0))?;
    Ok(n >= COMMON)
}

/// Shorter searches are below what a trigram can find: a scan, newest first, that stops at a
/// page of matches (?2 is a LIKE pattern).
pub(crate) const SEARCH_USERS_SHORT: &str =
    "SELECT id, username, first_name, language, plan, plan_expires_at FROM users \
     WHERE (?1 IS NULL OR plan = ?1) \
     AND (id = ?3 OR username LIKE ?2 OR first_name LIKE ?2) \
     ORDER BY created_at DESC, id DESC LIMIT ?4 OFFSET ?5";

/// One row of the events log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventLine {
    pub created_at: i64,
    pub level: String,
    pub kind: String,
    pub user_id: Option<i64>,
    pub message: String,
}

/// What the user card shows besides the user row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFacts {
    pub readings: i64,
    pub referrals: i64,
    pub is_blocked: bool,
    pub last_seen_at: i64,
}

impl Store {
    pub async fn user_facts(&self, user_id: i64) -> StoreResult<UserFacts> {
        self.read(move |conn| {
            let (is_blocked, last_seen_at): (bool, i64) = conn
                .prepare_cached("SELECT is_blocked, last_seen_at FROM users WHERE id = ?1")?
                .query_row([user_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap_or((false, 0));
            Ok(UserFacts {
                readings: count(
                    conn,
                    "SELECT count(*) FROM readings WHERE user_id = ?1 AND delivered = 1",
                    [user_id],
                )?,
                referrals: count(
                    conn,
                    "SELECT count(*) FROM referrals WHERE referrer_id = ?1",
                    [user_id],
                )?,
                is_blocked,
                last_seen_at,
            })
        })
        .await
    }

    /// An admin blocks or unblocks a user (a blocked user's updates are ignored).
    pub async fn set_blocked(&self, user_id: i64, blocked: bool) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn
                .prepare_cached("UPDATE users SET is_blocked = ?2 WHERE id = ?1")?
                .execute(params![user_id, blocked])?
                == 1)
        })
        .await
    }

    /// Gives back the free readings (the referral bonus stays as earned).
    pub async fn reset_quota(&self, user_id: i64) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn
                .prepare_cached("UPDATE users SET free_readings_used = 0 WHERE id = ?1")?
                .execute([user_id])?
                == 1)
        })
        .await
    }

    /// The newest events, optionally one level and/or one kind.
    pub async fn recent_events(
        &self,
        level: Option<String>,
        kind: Option<String>,
        limit: i64,
    ) -> StoreResult<Vec<EventLine>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT created_at, level, kind, user_id, message FROM events WHERE (?1 IS NULL OR level = ?1) \
                 AND (?3 IS NULL OR kind = ?3) ORDER BY created_at DESC, id DESC LIMIT ?2",
            )?;
            let rows = stmt
                .query_map(params![level, limit, kind], |r| {
                    Ok(EventLine {
                        created_at: r.get(0)?,
                        level: r.get(1)?,
                        kind: r.get(2)?,
                        user_id: r.get(3)?,
                        message: r.get(4)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }
}

impl Store {
    /// Paid (not refunded) payments per month and plan: (YYYY-MM, plan, count, Stars).
    pub async fn revenue_by_month(&self) -> StoreResult<Vec<(String, Plan, i64, i64)>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT strftime('%Y-%m', created_at, 'unixepoch') AS month, plan, count(*), sum(amount) \
                 FROM payments WHERE status = 'paid' GROUP BY month, plan ORDER BY month DESC, plan",
            )?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }
}

/// Payment and broadcast figures for `/metrics`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentTotals {
    pub paid: i64,
    pub refunded: i64,
    pub stars: i64,
    pub broadcast_pending: i64,
}

impl Store {
    pub async fn payment_totals(&self) -> StoreResult<PaymentTotals> {
        self.read(move |conn| {
            Ok(PaymentTotals {
                paid: count(
                    conn,
                    "SELECT count(*) FROM payments WHERE status = 'paid'",
                    [],
                )?,
                refunded: count(
                    conn,
                    "SELECT count(*) FROM payments WHERE status = 'refunded'",
                    [],
                )?,
                stars: count(
                    conn,
                    "SELECT coalesce(sum(amount), 0) FROM payments WHERE status = 'paid'",
                    [],
                )?,
                broadcast_pending: count(
                    conn,
                    "SELECT count(*) FROM broadcast_targets WHERE status = 'pending'",
                    [],
                )?,
            })
        })
        .await
    }

    /// The database file and its WAL, in bytes.
    pub fn size_bytes(&self) -> u64 {
        let path = self.path();
        let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        size(path) + size(std::path::Path::new(&wal))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_and_month_starts_are_utc_midnights() {
        let t = 1_795_000_000; // 2026-11-18 …
        assert_eq!(day_start(t) % 86_400, 0);
        assert!(t - day_start(t) < 86_400);
        let m = month_start(t);
        assert_eq!(
            chrono::DateTime::from_timestamp(m, 0)
                .unwrap()
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            "2026-11-01 00:00"
        );
    }
}

//! Writing rows imported from a Python Fal Gram deployment. Idempotent: a second run changes
//! nothing; an import never downgrades what the bot already knows (a later expiry, more
//! readings used).

use rusqlite::{params, OptionalExtension};

use super::{now, Store, StoreResult};

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedUser {
    pub id: i64,
    pub username: Option<String>,
    pub first_name: String,
    pub language: String,
    /// A paid plan with its expiry (Unix seconds), when still valid.
    pub plan: Option<(String, i64)>,
    pub readings_used: i64,
    pub referred_by: Option<i64>,
    pub created_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedPayment {
    pub user_id: Option<i64>,
    pub charge_id: String,
    pub amount: i64,
    pub currency: String,
    pub plan: String,
    pub days: i64,
    pub created_at: Option<i64>,
}

/// Counts of one import batch.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    pub users_new: usize,
    pub users_updated: usize,
    pub users_unchanged: usize,
    pub subscriptions: usize,
    pub referrals: usize,
    pub payments: usize,
}

impl Store {
    /// Writes a batch in one transaction; with `dry_run` it is rolled back after counting.
    pub async fn import_batch(
        &self,
        users: Vec<ImportedUser>,
        referrals: Vec<(i64, i64)>,
        payments: Vec<ImportedPayment>,
        dry_run: bool,
    ) -> StoreResult<Imported> {
        self.write(move |conn| {
            let mut sp = conn.savepoint()?;
            let mut n = Imported::default();
            for u in &users {
                let before: Option<(String, Option<i64>, i64)> = sp
                    .query_row(
                        "SELECT plan, plan_expires_at, free_readings_used FROM users WHERE id = ?1",
                        [u.id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                let (plan, expires) = match &u.plan {
                    Some((p, e)) => (p.as_str(), Some(*e)),
                    None => ("free", None),
                };
                let t = u.created_at.unwrap_or_else(now);
                sp.execute(
                    "INSERT INTO users (id, username, first_name, language, plan, plan_expires_at, \
                     referral_code, free_readings_used, created_at, updated_at, last_seen_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9) \
                     ON CONFLICT(id) DO UPDATE SET \
                       plan = CASE WHEN coalesce(excluded.plan_expires_at, 0) > coalesce(users.plan_expires_at, 0) \
                                   THEN excluded.plan ELSE users.plan END, \
                       plan_expires_at = CASE WHEN coalesce(excluded.plan_expires_at, 0) > coalesce(users.plan_expires_at, 0) \
                                   THEN excluded.plan_expires_at ELSE users.plan_expires_at END, \
                       free_readings_used = max(users.free_readings_used, excluded.free_readings_used)",
                    params![
                        u.id,
                        u.username,
                        u.first_name,
                        u.language,
                        plan,
                        expires,
                        super::users::new_referral_code(),
                        u.readings_used,
                        t
                    ],
                )?;
                let after: (String, Option<i64>, i64) = sp.query_row(
                    "SELECT plan, plan_expires_at, free_readings_used FROM users WHERE id = ?1",
                    [u.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?;
                match before {
                    None => n.users_new += 1,
                    Some(b) if b != after => n.users_updated += 1,
                    Some(_) => n.users_unchanged += 1,
                }
                if let Some(e) = expires {
                    n.subscriptions += sp.execute(
                        "INSERT INTO premium_subscriptions (user_id, plan, source, starts_at, expires_at) \
                         SELECT ?1, ?2, 'import', ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM premium_subscriptions \
                         WHERE user_id = ?1 AND source = 'import' AND expires_at = ?4)",
                        params![u.id, plan, t.min(e), e],
                    )?;
                }
            }
            // (inviter, invited) once both exist; an inviter not in the import is skipped.
            for (by, id) in referrals.iter().copied().filter(|(by, id)| by != id) {
                let changed = sp.execute(
                    "INSERT OR IGNORE INTO referrals (referrer_id, referred_id) \
                     SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1) \
                     AND EXISTS (SELECT 1 FROM users WHERE id = ?2)",
                    [by, id],
                )?;
                if changed > 0 {
                    sp.execute(
                        "UPDATE users SET referred_by = ?1 WHERE id = ?2 AND referred_by IS NULL",
                        [by, id],
                    )?;
                }
                n.referrals += changed;
            }
            for p in &payments {
                n.payments += sp.execute(
                    "INSERT OR IGNORE INTO payments (user_id, telegram_payment_charge_id, amount, currency, \
                     plan, days, payload, created_at) \
                     SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'import', ?7 \
                     WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM users WHERE id = ?1)",
                    params![
                        p.user_id,
                        p.charge_id,
                        p.amount,
                        p.currency,
                        p.plan,
                        p.days,
                        p.created_at.unwrap_or_else(now)
                    ],
                )?;
            }
            if dry_run {
                sp.rollback()?;
            } else {
                sp.commit()?;
            }
            Ok(n)
        })
        .await
    }
}

//! Rebuilding the database from the Supabase mirror (`falgram restore --from-supabase`): the
//! rows the mirror holds — users with plans, expiries and referral credits, payments with what
//! a refund takes back, subscriptions, reading metadata — written back by id, so running it
//! again changes nothing. Personal texts were never mirrored: birth data, dreams, readings'
//! texts and chat stay lost with the old machine (a restored reading is metadata only).

use rusqlite::params;

use super::{Store, StoreResult};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorUser {
    pub id: i64,
    pub username: Option<String>,
    pub first_name: String,
    pub last_name: Option<String>,
    pub language: String,
    pub language_chosen: bool,
    pub plan: String,
    pub plan_expires_at: Option<i64>,
    /// `None` for rows mirrored before codes were: a new one is drawn.
    pub referral_code: Option<String>,
    pub referred_by: Option<i64>,
    pub free_readings_used: i64,
    pub bonus_readings_earned: i64,
    pub bonus_readings_used: i64,
    pub is_blocked: bool,
    pub is_inactive: bool,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorPayment {
    pub id: i64,
    pub user_id: Option<i64>,
    pub charge_id: String,
    pub provider_charge_id: String,
    pub amount: i64,
    pub currency: String,
    pub plan: String,
    pub days: i64,
    pub payload: String,
    pub is_recurring: bool,
    pub is_first_recurring: bool,
    pub status: String,
    pub credit_seconds: i64,
    pub review: Option<String>,
    pub subscription_expires_at: Option<i64>,
    pub refund_requested_at: Option<i64>,
    pub refunded_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorSubscription {
    pub id: i64,
    pub user_id: i64,
    pub plan: String,
    pub source: String,
    pub payment_id: Option<i64>,
    pub starts_at: i64,
    pub expires_at: i64,
    pub status: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MirrorReading {
    pub id: i64,
    pub user_id: i64,
    pub kind: String,
    pub source: String,
    pub delivered: bool,
    pub created_at: i64,
}

/// A page of one mirrored table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MirrorRows {
    Users(Vec<MirrorUser>),
    Payments(Vec<MirrorPayment>),
    Subscriptions(Vec<MirrorSubscription>),
    Readings(Vec<MirrorReading>),
}

impl Store {
    /// Writes one page back (one transaction), each row by its id; returns rows written.
    /// Referrers are linked afterwards (see [`Store::restore_referrals`]): a page of users may
    /// name one from a later page.
    pub async fn restore_mirror(&self, rows: MirrorRows) -> StoreResult<usize> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let n = match rows {
                MirrorRows::Users(users) => {
                    for u in &users {
                        upsert_user(&sp, u)?;
                    }
                    users.len()
                }
                MirrorRows::Payments(payments) => {
                    let mut q = sp.prepare_cached(
                        "INSERT INTO payments (id, user_id, telegram_payment_charge_id, provider_payment_charge_id, \
                         amount, currency, plan, days, payload, is_recurring, is_first_recurring, status, \
                         credit_seconds, review, subscription_expires_at, refund_requested_at, refunded_at, created_at) \
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) \
                         ON CONFLICT (id) DO UPDATE SET status = excluded.status, \
                         credit_seconds = excluded.credit_seconds, review = excluded.review, \
                         refund_requested_at = excluded.refund_requested_at, refunded_at = excluded.refunded_at",
                    )?;
                    for p in &payments {
                        q.execute(params![
                            p.id, p.user_id, p.charge_id, p.provider_charge_id, p.amount, p.currency,
                            p.plan, p.days, p.payload, p.is_recurring, p.is_first_recurring, p.status,
                            p.credit_seconds, p.review, p.subscription_expires_at,
                            p.refund_requested_at, p.refunded_at, p.created_at
                        ])?;
                    }
                    payments.len()
                }
                MirrorRows::Subscriptions(subs) => {
                    let mut q = sp.prepare_cached(
                        "INSERT INTO premium_subscriptions (id, user_id, plan, source, payment_id, starts_at, \
                         expires_at, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
                         ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, status = excluded.status",
                    )?;
                    for s in &subs {
                        q.execute(params![
                            s.id, s.user_id, s.plan, s.source, s.payment_id, s.starts_at, s.expires_at,
                            s.status, s.created_at
                        ])?;
                    }
                    subs.len()
                }
                MirrorRows::Readings(readings) => {
                    // Metadata only: an empty text, marked restored (the history list skips it).
                    let mut q = sp.prepare_cached(
                        "INSERT INTO readings (id, user_id, kind, source, input, output, meta, created_at, delivered) \
                         VALUES (?1, ?2, ?3, ?4, NULL, '', '{\"restored\":true}', ?5, ?6) \
                         ON CONFLICT (id) DO NOTHING",
                    )?;
                    for r in &readings {
                        q.execute(params![r.id, r.user_id, r.kind, r.source, r.created_at, r.delivered])?;
                    }
                    readings.len()
                }
            };
            sp.commit()?;
            Ok(n)
        })
        .await
    }

    /// Links each restored user to their referrer, once every user is back.
    pub async fn restore_referrals(&self, links: Vec<(i64, i64)>) -> StoreResult<usize> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let mut n = 0;
            {
                let mut q = sp.prepare_cached(
                    "UPDATE users SET referred_by = ?2 WHERE id = ?1 \
                     AND EXISTS (SELECT 1 FROM users WHERE id = ?2)",
                )?;
                // The invitation itself (who brought whom, for the referral screens); the
                // bonus it earned is already in the referrer's restored counters.
                let mut invited = sp.prepare_cached(
                    "INSERT OR IGNORE INTO referrals (referrer_id, referred_id, bonus, created_at) \
                     SELECT ?2, ?1, 0, created_at FROM users WHERE id = ?1",
                )?;
                for (user, referrer) in links.into_iter().filter(|(u, r)| u != r) {
                    let linked = q.execute([user, referrer])?;
                    if linked > 0 {
                        invited.execute([user, referrer])?;
                    }
                    n += linked;
                }
            }
            sp.commit()?;
            Ok(n)
        })
        .await
    }
}

fn upsert_user(conn: &rusqlite::Connection, u: &MirrorUser) -> rusqlite::Result<()> {
    // A code taken by another user (or none mirrored) is drawn anew.
    let code = match &u.referral_code {
        Some(c) => {
            let taken: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM users WHERE referral_code = ?1 AND id <> ?2)",
                params![c, u.id],
                |r| r.get(0),
            )?;
            if taken {
                super::users::new_referral_code()
            } else {
                c.clone()
            }
        }
        None => super::users::new_referral_code(),
    };
    conn.prepare_cached(
        "INSERT INTO users (id, username, first_name, last_name, language, language_chosen, plan, \
         plan_expires_at, referral_code, free_readings_used, bonus_readings_earned, bonus_readings_used, \
         is_blocked, is_inactive, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) \
         ON CONFLICT (id) DO UPDATE SET username = excluded.username, first_name = excluded.first_name, \
         last_name = excluded.last_name, language = excluded.language, \
         language_chosen = excluded.language_chosen, plan = excluded.plan, \
         plan_expires_at = excluded.plan_expires_at, free_readings_used = excluded.free_readings_used, \
         bonus_readings_earned = excluded.bonus_readings_earned, \
         bonus_readings_used = excluded.bonus_readings_used, is_blocked = excluded.is_blocked, \
         is_inactive = excluded.is_inactive",
    )?
    .execute(params![
        u.id,
        u.username,
        u.first_name,
        u.last_name,
        u.language,
        u.language_chosen,
        u.plan,
        u.plan_expires_at,
        code,
        u.free_readings_used,
        u.bonus_readings_earned,
        u.bonus_readings_used,
        u.is_blocked,
        u.is_inactive,
        u.created_at
    ])?;
    Ok(())
}

//! Payments: recorded once per Telegram charge id, and applied to the user's plan in the same
//! transaction, so a redelivered `successful_payment` can never grant twice.

use rusqlite::{params, OptionalExtension};

use super::{now, Store, StoreResult};

const DAY: i64 = 86_400;
use crate::domain::payments::{apply_payment, credits_after, PaymentStatus, PlanState, Review};
use crate::domain::reconcile::OurPayment;
use crate::domain::{Lang, Plan, Settings};

/// A successful payment as Telegram reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayment {
    pub user_id: i64,
    pub telegram_charge_id: String,
    pub provider_charge_id: String,
    pub amount: u32,
    pub currency: String,
    /// The plan the payload names; `None` when it names none (recorded for review, nothing
    /// granted).
    pub plan: Option<Plan>,
    pub payload: String,
    pub is_recurring: bool,
    pub is_first_recurring: bool,
    pub subscription_expires_at: Option<i64>,
    /// Why an admin should look at it (it is recorded and applied all the same).
    pub review: Option<Review>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The plan now in force.
    Granted(PlanState),
    /// Recorded, but the payload named no plan: nothing granted (refundable).
    Recorded,
    /// This charge id was recorded before: nothing changed.
    Duplicate,
}

impl Store {
    /// Every Stars payment as reconciliation compares it: charge id, amount, refunded or not.
    pub async fn stars_payments(&self) -> StoreResult<Vec<OurPayment>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT telegram_payment_charge_id, amount, status = 'refunded' FROM payments \
                 WHERE currency = 'XTR' ORDER BY id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(OurPayment {
                        charge_id: r.get(0)?,
                        amount: r.get(1)?,
                        refunded: r.get(2)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
    }
}

impl Store {
    /// Records the payment and extends or upgrades the plan, atomically and idempotently; the
    /// earlier payments' credits are converted with the plan (see `credits_after`).
    pub async fn apply_payment(
        &self,
        payment: NewPayment,
        settings: &Settings,
    ) -> StoreResult<Applied> {
        let days = payment.plan.map_or(0, |p| settings.days(p));
        let settings = settings.clone();
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let t = now();
            let inserted = sp
                .prepare_cached(
                    "INSERT OR IGNORE INTO payments (user_id, telegram_payment_charge_id, provider_payment_charge_id, \
                     amount, currency, plan, days, payload, is_recurring, is_first_recurring, subscription_expires_at, \
                     created_at, credit_seconds, review) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )?
                .execute(params![
                    payment.user_id,
                    payment.telegram_charge_id,
                    payment.provider_charge_id,
                    payment.amount,
                    payment.currency,
                    payment.plan.unwrap_or(Plan::Free).code(),
                    days,
                    payment.payload,
                    payment.is_recurring,
                    payment.is_first_recurring,
                    payment.subscription_expires_at,
                    t,
                    i64::from(days) * DAY,
                    payment.review.map(Review::code),
                ])?;
            if inserted == 0 {
                return Ok(Applied::Duplicate);
            }
            let payment_id = sp.last_insert_rowid();
            let step = if payment.is_recurring && !payment.is_first_recurring {
                crate::domain::funnel::Step::Renewed
            } else {
                crate::domain::funnel::Step::Paid
            };
            super::funnel::reach(&sp, payment.user_id, step)?;
            let Some(plan) = payment.plan else {
                sp.commit()?;
                return Ok(Applied::Recorded);
            };
            let current: Option<(Plan, Option<i64>)> = sp
                .query_row("SELECT plan, plan_expires_at FROM users WHERE id = ?1", [payment.user_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let current =
                current.map_or(PlanState { plan: Plan::Free, expires_at: None }, |(plan, expires_at)| PlanState {
                    plan,
                    expires_at,
                });
            let earlier: Vec<(i64, i64)> = sp
                .prepare_cached(
                    "SELECT id, credit_seconds FROM payments WHERE user_id = ?1 AND status = 'paid' \
                     AND credit_seconds > 0 AND id <> ?2 ORDER BY id DESC",
                )?
                .query_map(params![payment.user_id, payment_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            let credits: Vec<i64> = earlier.iter().map(|(_, c)| *c).collect();
            let converted = credits_after(current, plan, &settings, t, &credits);
            for ((id, before), after) in earlier.iter().zip(converted) {
                if *before != after {
                    sp.execute("UPDATE payments SET credit_seconds = ?2 WHERE id = ?1", params![id, after])?;
                }
            }
            let next = apply_payment(current, plan, days, &settings, t);
            sp.execute(
                "UPDATE users SET plan = ?2, plan_expires_at = ?3 WHERE id = ?1",
                params![payment.user_id, next.plan.code(), next.expires_at],
            )?;
            // The running subscription row ends here; the new one carries the whole period.
            sp.execute(
                "UPDATE premium_subscriptions SET status = 'expired' WHERE user_id = ?1 AND status = 'active'",
                [payment.user_id],
            )?;
            sp.execute(
                "INSERT INTO premium_subscriptions (user_id, plan, source, payment_id, starts_at, expires_at) \
                 VALUES (?1, ?2, 'payment', ?3, ?4, ?5)",
                params![payment.user_id, next.plan.code(), payment_id, t, next.expires_at.unwrap_or(t)],
            )?;
            sp.commit()?;
            Ok(Applied::Granted(next))
        })
        .await
    }
}

/// A payment as listed for refunds and in the admin panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRow {
    pub id: i64,
    pub user_id: Option<i64>,
    pub charge_id: String,
    pub amount: u32,
    pub plan: Plan,
    pub days: u32,
    pub status: PaymentStatus,
    pub refund_requested_at: Option<i64>,
    pub created_at: i64,
}

/// A paid plan close to its end, or just ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiring {
    pub user_id: i64,
    pub language: Lang,
    pub plan: Plan,
    pub expires_at: i64,
}

const PAYMENT_COLUMNS: &str =
    "id, user_id, telegram_payment_charge_id, amount, plan, days, status, refund_requested_at, created_at";

fn payment_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PaymentRow> {
    Ok(PaymentRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        charge_id: r.get(2)?,
        amount: r.get(3)?,
        plan: r.get(4)?,
        days: r.get(5)?,
        status: r.get(6)?,
        refund_requested_at: r.get(7)?,
        created_at: r.get(8)?,
    })
}

impl Store {
    /// A user's payments, newest first.
    pub async fn payments_of(&self, user_id: i64) -> StoreResult<Vec<PaymentRow>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {PAYMENT_COLUMNS} FROM payments WHERE user_id = ?1 ORDER BY created_at DESC, id DESC"
            ))?;
            let rows = stmt.query_map([user_id], payment_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    pub async fn payment_by_id(&self, id: i64) -> StoreResult<Option<PaymentRow>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = ?1"
                ))?
                .query_row([id], payment_row)
                .optional()?)
        })
        .await
    }

    pub async fn payment_by_charge(&self, charge_id: String) -> StoreResult<Option<PaymentRow>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {PAYMENT_COLUMNS} FROM payments WHERE telegram_payment_charge_id = ?1"
                ))?
                .query_row([charge_id], payment_row)
                .optional()?)
        })
        .await
    }

    /// Marks a refund request on the user's own paid payment made after `since`.
    pub async fn request_refund(
        &self,
        user_id: i64,
        payment_id: i64,
        since: i64,
    ) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn
                .prepare_cached(
                    "UPDATE payments SET refund_requested_at = ?4 WHERE id = ?1 AND user_id = ?2 AND status = 'paid' \
                     AND created_at >= ?3 AND refund_requested_at IS NULL",
                )?
                .execute(params![payment_id, user_id, since, now()])?
                == 1)
        })
        .await
    }

    /// Payments with an open refund request, oldest first.
    pub async fn refund_requests(&self) -> StoreResult<Vec<PaymentRow>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {PAYMENT_COLUMNS} FROM payments WHERE refund_requested_at IS NOT NULL AND status = 'paid' \
                 ORDER BY refund_requested_at"
            ))?;
            let rows = stmt.query_map([], payment_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// Marks a payment refunded and takes back the days it bought, in one transaction.
    /// `None` when there is no such paid payment (unknown, or refunded already).
    pub async fn refund_payment(
        &self,
        charge_id: String,
    ) -> StoreResult<Option<(PaymentRow, PlanState)>> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let row = sp
                .prepare_cached(&format!(
                    "SELECT {PAYMENT_COLUMNS}, credit_seconds FROM payments WHERE telegram_payment_charge_id = ?1 AND status = 'paid'"
                ))?
                .query_row([&charge_id], |r| Ok((payment_row(r)?, r.get::<_, i64>(9)?)))
                .optional()?;
            let Some((row, credit)) = row else { return Ok(None) };
            let t = now();
            sp.execute(
                "UPDATE payments SET status = 'refunded', refunded_at = ?2, credit_seconds = 0 WHERE id = ?1",
                params![row.id, t],
            )?;
            let mut state = PlanState { plan: Plan::Free, expires_at: None };
            if let Some(user) = row.user_id {
                super::funnel::reach(&sp, user, crate::domain::funnel::Step::Refunded)?;
                let current: (Plan, Option<i64>) = sp.query_row(
                    "SELECT plan, plan_expires_at FROM users WHERE id = ?1",
                    [user],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                let current = PlanState { plan: current.0, expires_at: current.1 };
                state = crate::domain::payments::revoke(current, credit, t);
                sp.execute(
                    "UPDATE users SET plan = ?2, plan_expires_at = ?3 WHERE id = ?1",
                    params![user, state.plan.code(), state.expires_at],
                )?;
                sp.execute(
                    "UPDATE premium_subscriptions SET status = 'refunded' WHERE payment_id = ?1",
                    [row.id],
                )?;
            }
            sp.commit()?;
            Ok(Some((row, state)))
        })
        .await
    }

    /// Paid plans ending within `[from, to)`.
    pub async fn expiring_between(&self, from: i64, to: i64) -> StoreResult<Vec<Expiring>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, language, plan, plan_expires_at FROM users \
                 WHERE plan <> 'free' AND plan_expires_at >= ?1 AND plan_expires_at < ?2 AND is_inactive = 0",
            )?;
            let rows = stmt
                .query_map(params![from, to], |r| {
                    Ok(Expiring {
                        user_id: r.get(0)?,
                        language: r.get(1)?,
                        plan: r.get(2)?,
                        expires_at: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// Ends every paid plan whose time is up: the row goes back to free and the running
    /// subscription is marked expired. Returns who was downgraded, to tell them.
    pub async fn downgrade_expired(&self, now_ts: i64) -> StoreResult<Vec<Expiring>> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let ended = {
                let mut stmt = sp.prepare_cached(
                    "SELECT id, language, plan, plan_expires_at FROM users WHERE plan <> 'free' AND plan_expires_at <= ?1",
                )?;
                let rows = stmt
                    .query_map([now_ts], |r| {
                        Ok(Expiring {
                            user_id: r.get(0)?,
                            language: r.get(1)?,
                            plan: r.get(2)?,
                            expires_at: r.get(3)?,
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                rows
            };
            for e in &ended {
                sp.execute("UPDATE users SET plan = 'free', plan_expires_at = NULL WHERE id = ?1", [e.user_id])?;
                sp.execute(
                    "UPDATE premium_subscriptions SET status = 'expired' WHERE user_id = ?1 AND status = 'active'",
                    [e.user_id],
                )?;
            }
            sp.commit()?;
            Ok(ended)
        })
        .await
    }

    /// An admin's gift: the plan for `days` more (extending the same plan, or starting now).
    pub async fn gift_plan(
        &self,
        user_id: i64,
        plan: Plan,
        days: u32,
    ) -> StoreResult<Option<PlanState>> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let current: Option<(Plan, Option<i64>)> = sp
                .query_row("SELECT plan, plan_expires_at FROM users WHERE id = ?1", [user_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let Some((p, e)) = current else { return Ok(None) };
            let t = now();
            let current = PlanState { plan: p, expires_at: e };
            let from = if current.active(t) == plan { current.expires_at.unwrap_or(t).max(t) } else { t };
            let next = PlanState { plan, expires_at: Some(from + i64::from(days) * 86_400) };
            sp.execute(
                "UPDATE users SET plan = ?2, plan_expires_at = ?3 WHERE id = ?1",
                params![user_id, next.plan.code(), next.expires_at],
            )?;
            sp.execute(
                "UPDATE premium_subscriptions SET status = 'expired' WHERE user_id = ?1 AND status = 'active'",
                [user_id],
            )?;
            sp.execute(
                "INSERT INTO premium_subscriptions (user_id, plan, source, starts_at, expires_at) VALUES (?1, ?2, 'gift', ?3, ?4)",
                params![user_id, plan.code(), t, next.expires_at.unwrap_or(t)],
            )?;
            sp.commit()?;
            Ok(Some(next))
        })
        .await
    }

    /// An admin ends a user's plan now. `false` if the user does not exist.
    pub async fn cancel_plan(&self, user_id: i64) -> StoreResult<bool> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let changed = sp.execute("UPDATE users SET plan = 'free', plan_expires_at = NULL WHERE id = ?1", [user_id])?;
            sp.execute(
                "UPDATE premium_subscriptions SET status = 'cancelled' WHERE user_id = ?1 AND status = 'active'",
                [user_id],
            )?;
            sp.commit()?;
            Ok(changed == 1)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::{new_user, temp_store};

    fn payment(charge: &str, plan: Plan, amount: u32) -> NewPayment {
        NewPayment {
            user_id: 5,
            telegram_charge_id: charge.into(),
            provider_charge_id: String::new(),
            amount,
            currency: "XTR".into(),
            plan: Some(plan),
            payload: format!("premium_{plan}_5_n"),
            is_recurring: false,
            is_first_recurring: false,
            subscription_expires_at: None,
            review: None,
        }
    }

    #[tokio::test]
    async fn a_charge_grants_once_and_renewals_extend() {
        let (_d, store) = temp_store();
        store.touch_user(new_user(5)).await.unwrap();
        let s = Settings::default();
        let first = store
            .apply_payment(payment("ch1", Plan::Basic, 500), &s)
            .await
            .unwrap();
        let Applied::Granted(state) = first else {
            panic!("granted")
        };
        assert_eq!(state.plan, Plan::Basic);
        assert_eq!(
            store
                .apply_payment(payment("ch1", Plan::Basic, 500), &s)
                .await
                .unwrap(),
            Applied::Duplicate
        );
        let Applied::Granted(renewed) = store
            .apply_payment(payment("ch2", Plan::Basic, 500), &s)
            .await
            .unwrap()
        else {
            panic!("granted")
        };
        assert_eq!(
            renewed.expires_at.unwrap() - state.expires_at.unwrap(),
            30 * 24 * 3600
        );
        let u = store.user(5).await.unwrap().unwrap();
        assert_eq!(
            (u.plan, u.plan_expires_at),
            (Plan::Basic, renewed.expires_at)
        );
        let a = store.allowance(5, &s).await.unwrap().unwrap();
        assert!(a.unlimited, "a paid plan reads without limit");
    }

    #[tokio::test]
    async fn refunding_a_payment_converted_by_an_upgrade_takes_back_what_it_became() {
        let (_d, store) = temp_store();
        store.touch_user(new_user(5)).await.unwrap();
        let s = Settings::default();
        store
            .apply_payment(payment("basic", Plan::Basic, 500), &s)
            .await
            .unwrap();
        let Applied::Granted(vip) = store
            .apply_payment(payment("vip", Plan::Vip, 2000), &s)
            .await
            .unwrap()
        else {
            panic!("granted")
        };
        let (_, after) = store.refund_payment("basic".into()).await.unwrap().unwrap();
        let taken = vip.expires_at.unwrap() - after.expires_at.unwrap();
        // 30 Basic days at 500/2000 became 7.5 VIP days (a second or two of the Basic month
        // may have passed between the two payments).
        assert!((taken - 30 * DAY / 4).abs() <= 2, "{taken} s taken back");
        assert_eq!(after.plan, Plan::Vip);
        // The VIP payment itself still stands for its 30 days.
        let (_, none) = store.refund_payment("vip".into()).await.unwrap().unwrap();
        assert_eq!(none.plan, Plan::Free);
    }

    #[tokio::test]
    async fn a_payment_naming_no_plan_is_recorded_for_review_and_grants_nothing() {
        let (_d, store) = temp_store();
        store.touch_user(new_user(5)).await.unwrap();
        let s = Settings::default();
        let odd = NewPayment {
            plan: None,
            payload: "garbage".into(),
            review: Some(Review::UnreadablePayload),
            ..payment("odd", Plan::Basic, 500)
        };
        assert_eq!(
            store.apply_payment(odd.clone(), &s).await.unwrap(),
            Applied::Recorded
        );
        assert_eq!(
            store.apply_payment(odd, &s).await.unwrap(),
            Applied::Duplicate
        );
        assert_eq!(store.user(5).await.unwrap().unwrap().plan, Plan::Free);
        let row = store
            .payment_by_charge("odd".into())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.amount, 500);
        assert!(
            store.refund_payment("odd".into()).await.unwrap().is_some(),
            "refundable"
        );
    }
}

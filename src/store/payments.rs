//! Payments: recorded once per Telegram charge id, and applied to the user's plan in the same
//! transaction, so a redelivered `successful_payment` can never grant twice.

use rusqlite::{params, OptionalExtension};

use super::{now, Store, StoreResult};
use crate::domain::payments::{apply_payment, PlanState};
use crate::domain::{Plan, Settings};

/// A successful payment as Telegram reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPayment {
    pub user_id: i64,
    pub telegram_charge_id: String,
    pub provider_charge_id: String,
    pub amount: u32,
    pub currency: String,
    pub plan: Plan,
    pub payload: String,
    pub is_recurring: bool,
    pub is_first_recurring: bool,
    pub subscription_expires_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The plan now in force.
    Granted(PlanState),
    /// This charge id was recorded before: nothing changed.
    Duplicate,
}

impl Store {
    /// Records the payment and extends or upgrades the plan, atomically and idempotently.
    pub async fn apply_payment(
        &self,
        payment: NewPayment,
        settings: &Settings,
    ) -> StoreResult<Applied> {
        let days = settings.days(payment.plan);
        let settings = settings.clone();
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let t = now();
            let inserted = sp
                .prepare_cached(
                    "INSERT OR IGNORE INTO payments (user_id, telegram_payment_charge_id, provider_payment_charge_id, \
                     amount, currency, plan, days, payload, is_recurring, is_first_recurring, subscription_expires_at, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )?
                .execute(params![
                    payment.user_id,
                    payment.telegram_charge_id,
                    payment.provider_charge_id,
                    payment.amount,
                    payment.currency,
                    payment.plan.code(),
                    days,
                    payment.payload,
                    payment.is_recurring,
                    payment.is_first_recurring,
                    payment.subscription_expires_at,
                    t
                ])?;
            if inserted == 0 {
                return Ok(Applied::Duplicate);
            }
            let payment_id = sp.last_insert_rowid();
            let current: Option<(String, Option<i64>)> = sp
                .query_row("SELECT plan, plan_expires_at FROM users WHERE id = ?1", [payment.user_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let current = current.map_or(PlanState { plan: Plan::Free, expires_at: None }, |(p, e)| PlanState {
                plan: p.parse().unwrap_or(Plan::Free),
                expires_at: e,
            });
            let next = apply_payment(current, payment.plan, days, &settings, t);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use crate::store::NewUser;

    fn payment(charge: &str, plan: Plan, amount: u32) -> NewPayment {
        NewPayment {
            user_id: 5,
            telegram_charge_id: charge.into(),
            provider_charge_id: String::new(),
            amount,
            currency: "XTR".into(),
            plan,
            payload: format!("premium_{plan}_5_n"),
            is_recurring: false,
            is_first_recurring: false,
            subscription_expires_at: None,
        }
    }

    #[tokio::test]
    async fn a_charge_grants_once_and_renewals_extend() {
        let (_d, store) = temp_store();
        let who = NewUser {
            id: 5,
            username: None,
            first_name: "P".into(),
            last_name: None,
            language_code: None,
            forget_key: None,
        };
        store.touch_user(who).await.unwrap();
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
}

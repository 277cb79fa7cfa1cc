//! Plan purchases in Telegram Stars: invoice payloads, pre-checkout rules and how a payment
//! moves a plan's expiry. Pure: the Telegram handlers (issue 5) call these.

use super::plan::Plan;
use super::settings::Settings;

pub const CURRENCY: &str = "XTR";
/// Telegram's limit on invoice payloads.
pub const MAX_PAYLOAD: usize = 128;
const DAY: i64 = 24 * 3600;

/// Where a completed payment stands: kept, or given back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaymentStatus {
    Paid,
    Refunded,
}

impl PaymentStatus {
    pub const ALL: [PaymentStatus; 2] = [PaymentStatus::Paid, PaymentStatus::Refunded];

    pub fn code(self) -> &'static str {
        match self {
            PaymentStatus::Paid => "paid",
            PaymentStatus::Refunded => "refunded",
        }
    }
}

/// What an invoice is for: `premium_<plan>_<user_id>_<nonce>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub plan: Plan,
    pub user_id: i64,
    pub nonce: String,
}

impl Payload {
    pub fn encode(&self) -> String {
        format!(
            "premium_{}_{}_{}",
            self.plan.code(),
            self.user_id,
            self.nonce
        )
    }

    /// Strict parse: a paid plan, a positive user id, an alphanumeric nonce, ≤ 128 bytes.
    pub fn parse(s: &str) -> Option<Payload> {
        if s.len() > MAX_PAYLOAD {
            return None;
        }
        let mut parts = s.split('_');
        let (Some("premium"), Some(plan), Some(user), Some(nonce), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        let plan: Plan = plan.parse().ok().filter(|p: &Plan| p.is_paid())?;
        let user_id = user
            .parse::<i64>()
            .ok()
            .filter(|u| *u > 0 && !user.starts_with('0'))?;
        if nonce.is_empty() || nonce.len() > 32 || !nonce.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return None;
        }
        Some(Payload {
            plan,
            user_id,
            nonce: nonce.to_string(),
        })
    }
}

/// A user's plan as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanState {
    pub plan: Plan,
    pub expires_at: Option<i64>,
}

impl PlanState {
    /// The plan in force at `now` — the one rule every screen, push and payment check uses:
    /// a paid plan counts only until its expiry, and a paid plan without an expiry (nothing
    /// grants one; only a damaged row has it) counts as free rather than forever.
    pub fn active(&self, now: i64) -> Plan {
        match self.expires_at {
            Some(e) if self.plan.is_paid() && e > now => self.plan,
            _ => Plan::Free,
        }
    }

    fn remaining(&self, now: i64) -> i64 {
        self.expires_at.map_or(0, |e| (e - now).max(0))
    }
}

/// Why a recorded payment is flagged for an admin to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// An admin blocked the payer (a renewal still arrives): recorded and granted.
    BlockedUser,
    /// The payload matches no plan: recorded, nothing granted, refundable.
    UnreadablePayload,
    /// The currency or amount is not the plan's current price (the pre-checkout checks both,
    /// so Telegram should never send one): recorded and granted.
    PriceMismatch,
}

impl Review {
    pub fn code(self) -> &'static str {
        match self {
            Review::BlockedUser => "blocked_user",
            Review::UnreadablePayload => "unreadable_payload",
            Review::PriceMismatch => "price_mismatch",
        }
    }

    pub fn from_code(code: &str) -> Option<Review> {
        [
            Review::BlockedUser,
            Review::UnreadablePayload,
            Review::PriceMismatch,
        ]
        .into_iter()
        .find(|r| r.code() == code)
    }
}

/// A successful payment's flag, if it needs one: a payload that matches no plan, a price that
/// is not the plan's, a blocked payer — in that order.
pub fn review_of(
    plan: Option<Plan>,
    currency: &str,
    amount: u32,
    payer_blocked: bool,
    settings: &Settings,
) -> Option<Review> {
    match plan {
        None => Some(Review::UnreadablePayload),
        Some(p) if currency != CURRENCY || amount != settings.price(p) => {
            Some(Review::PriceMismatch)
        }
        Some(_) if payer_blocked => Some(Review::BlockedUser),
        Some(_) => None,
    }
}

/// Why a pre-checkout is refused; each has a localized explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// An admin blocked this account.
    Blocked,
    BadPayload,
    WrongCurrency,
    WrongAmount,
    WrongUser,
    /// A lower plan while a higher one is still running.
    Downgrade,
}

/// The pre-checkout rules: the payload parses into a paid plan, the currency is Stars, the
/// amount is the plan's current price, the payer is the payload's user, and it is not a
/// downgrade.
pub fn check_pre_checkout(
    payload: &str,
    currency: &str,
    amount: u32,
    payer: i64,
    current: PlanState,
    settings: &Settings,
    now: i64,
) -> Result<Payload, Refusal> {
    let p = Payload::parse(payload).ok_or(Refusal::BadPayload)?;
    if currency != CURRENCY {
        return Err(Refusal::WrongCurrency);
    }
    if amount != settings.price(p.plan) {
        return Err(Refusal::WrongAmount);
    }
    if payer != p.user_id {
        return Err(Refusal::WrongUser);
    }
    if p.plan < current.active(now) {
        return Err(Refusal::Downgrade);
    }
    Ok(p)
}

/// The plan after a successful payment for `bought` worth `days`:
/// the same plan extends from the current expiry; a higher plan starts now, and the unused
/// time of the lower plan is converted by price into extra time of the new one.
pub fn apply_payment(
    current: PlanState,
    bought: Plan,
    days: u32,
    settings: &Settings,
    now: i64,
) -> PlanState {
    let added = i64::from(days) * DAY;
    let active = current.active(now);
    let expires = if active == bought {
        current.expires_at.unwrap_or(now).max(now) + added
    } else if active.is_paid() && active < bought {
        let (low, high) = (
            i64::from(settings.price(active)),
            i64::from(settings.price(bought)).max(1),
        );
        now + added + current.remaining(now) * low / high
    } else {
        now + added
    };
    PlanState {
        plan: bought,
        expires_at: Some(expires),
    }
}

/// What the earlier payments (their credits, newest first: the seconds of the plan in force
/// each still stands for) stand for after a payment for `bought`. The same plan keeps them;
/// an upgrade converts the unused time by price like [`apply_payment`] does, the time counted
/// as used oldest payment first; a new plan after a lapse leaves them nothing.
pub fn credits_after(
    current: PlanState,
    bought: Plan,
    settings: &Settings,
    now: i64,
    earlier: &[i64],
) -> Vec<i64> {
    let active = current.active(now);
    if active == bought {
        return earlier.to_vec();
    }
    if !(active.is_paid() && active < bought) {
        return vec![0; earlier.len()];
    }
    let (low, high) = (
        i64::from(settings.price(active)),
        i64::from(settings.price(bought)).max(1),
    );
    let mut unused = current.remaining(now);
    earlier
        .iter()
        .map(|&credit| {
            let share = credit.clamp(0, unused);
            unused -= share;
            share * low / high
        })
        .collect()
}

/// A refunded payment takes back what it added (its credit, in seconds of the plan in force);
/// with nothing left the plan ends.
pub fn revoke(current: PlanState, credit_seconds: i64, now: i64) -> PlanState {
    let expires = current.expires_at.map(|e| e - credit_seconds.max(0));
    match expires {
        Some(e) if e > now => PlanState {
            plan: current.plan,
            expires_at: Some(e),
        },
        _ => PlanState {
            plan: Plan::Free,
            expires_at: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn free() -> PlanState {
        PlanState {
            plan: Plan::Free,
            expires_at: None,
        }
    }

    #[test]
    fn payloads_round_trip_and_reject_forgeries() {
        let p = Payload {
            plan: Plan::Vip,
            user_id: 42,
            nonce: "a1B2".into(),
        };
        assert_eq!(p.encode(), "premium_vip_42_a1B2");
        assert_eq!(Payload::parse(&p.encode()), Some(p));
        for bad in [
            "premium_free_42_x",
            "premium_gold_42_x",
            "premium_vip_-42_x",
            "premium_vip_042_x",
            "premium_vip_42_",
            "premium_vip_42_x_y",
            "premium_vip_42_x!",
            "test_premium_12345",
            "",
        ] {
            assert_eq!(Payload::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Payload::parse(&format!("premium_vip_42_{}", "a".repeat(200))),
            None
        );
    }

    #[test]
    fn pre_checkout_checks_every_field() {
        let s = Settings::default();
        let ok = |payload: &str, cur: &str, amount, payer| {
            check_pre_checkout(payload, cur, amount, payer, free(), &s, NOW)
        };
        assert!(ok("premium_basic_7_n1", "XTR", 500, 7).is_ok());
        assert_eq!(
            ok("premium_basic_7_n1", "USD", 500, 7),
            Err(Refusal::WrongCurrency)
        );
        assert_eq!(
            ok("premium_basic_7_n1", "XTR", 499, 7),
            Err(Refusal::WrongAmount)
        );
        assert_eq!(
            ok("premium_basic_7_n1", "XTR", 500, 8),
            Err(Refusal::WrongUser)
        );
        assert_eq!(
            ok("premium_nope_7_n1", "XTR", 500, 7),
            Err(Refusal::BadPayload)
        );
        let vip = PlanState {
            plan: Plan::Vip,
            expires_at: Some(NOW + 10 * DAY),
        };
        assert_eq!(
            check_pre_checkout("premium_basic_7_n1", "XTR", 500, 7, vip, &s, NOW),
            Err(Refusal::Downgrade)
        );
        let lapsed = PlanState {
            plan: Plan::Vip,
            expires_at: Some(NOW - 1),
        };
        assert!(check_pre_checkout("premium_basic_7_n1", "XTR", 500, 7, lapsed, &s, NOW).is_ok());
    }

    #[test]
    fn same_plan_extends_higher_plan_converts_unused_days() {
        let s = Settings::default();
        let bought = apply_payment(free(), Plan::Basic, 30, &s, NOW);
        assert_eq!(
            bought,
            PlanState {
                plan: Plan::Basic,
                expires_at: Some(NOW + 30 * DAY)
            }
        );
        let renewed = apply_payment(bought, Plan::Basic, 30, &s, NOW + 5 * DAY);
        assert_eq!(
            renewed.expires_at,
            Some(NOW + 60 * DAY),
            "30 days added to the current expiry"
        );
        // Basic (500) with 20 days left → Premium (1000): 30 days + 20 × 500/1000 = 40 days.
        let basic = PlanState {
            plan: Plan::Basic,
            expires_at: Some(NOW + 20 * DAY),
        };
        let up = apply_payment(basic, Plan::Premium, 30, &s, NOW);
        assert_eq!(
            up,
            PlanState {
                plan: Plan::Premium,
                expires_at: Some(NOW + 40 * DAY)
            }
        );
        // A lapsed plan converts nothing.
        let lapsed = PlanState {
            plan: Plan::Basic,
            expires_at: Some(NOW - DAY),
        };
        assert_eq!(
            apply_payment(lapsed, Plan::Vip, 30, &s, NOW).expires_at,
            Some(NOW + 30 * DAY)
        );
    }

    #[test]
    fn a_refund_takes_back_its_days() {
        let s = PlanState {
            plan: Plan::Premium,
            expires_at: Some(NOW + 40 * DAY),
        };
        assert_eq!(
            revoke(s, 30 * DAY, NOW),
            PlanState {
                plan: Plan::Premium,
                expires_at: Some(NOW + 10 * DAY)
            }
        );
        assert_eq!(
            revoke(s, 45 * DAY, NOW),
            PlanState {
                plan: Plan::Free,
                expires_at: None
            }
        );
    }

    #[test]
    fn a_refund_after_an_upgrade_takes_back_what_that_payment_became() {
        let s = Settings::default();
        // Basic (500 ⭐, 30 days), then VIP (2000 ⭐) at once: the unused Basic month is
        // 30 × 500/2000 = 7.5 VIP days.
        let basic = apply_payment(free(), Plan::Basic, 30, &s, NOW);
        let credits = credits_after(basic, Plan::Vip, &s, NOW, &[30 * DAY]);
        assert_eq!(credits, vec![30 * DAY / 4]);
        let vip = apply_payment(basic, Plan::Vip, 30, &s, NOW);
        assert_eq!(vip.expires_at, Some(NOW + 30 * DAY + 30 * DAY / 4));
        // Refunding the Basic charge removes those 7.5 days, not 30.
        assert_eq!(
            revoke(vip, credits[0], NOW).expires_at,
            Some(NOW + 30 * DAY)
        );
        // Ten days into two Basic months (60 days, 50 unused): the older payment is used
        // first, so it keeps 20 unused days and the newer all 30, each at a quarter.
        let two = PlanState {
            plan: Plan::Basic,
            expires_at: Some(NOW + 50 * DAY),
        };
        assert_eq!(
            credits_after(two, Plan::Vip, &s, NOW, &[30 * DAY, 30 * DAY]),
            vec![30 * DAY / 4, 20 * DAY / 4]
        );
        // The same plan keeps its credits; a lapsed one leaves none.
        assert_eq!(
            credits_after(two, Plan::Basic, &s, NOW, &[30 * DAY]),
            vec![30 * DAY]
        );
        let lapsed = PlanState {
            plan: Plan::Basic,
            expires_at: Some(NOW - 1),
        };
        assert_eq!(
            credits_after(lapsed, Plan::Vip, &s, NOW, &[30 * DAY]),
            vec![0]
        );
    }

    #[test]
    fn payments_are_flagged_for_review_by_what_is_wrong() {
        let s = Settings::default();
        let r = |plan, cur: &str, amount, blocked| review_of(plan, cur, amount, blocked, &s);
        assert_eq!(r(Some(Plan::Basic), "XTR", 500, false), None);
        assert_eq!(r(None, "XTR", 500, false), Some(Review::UnreadablePayload));
        assert_eq!(
            r(Some(Plan::Basic), "XTR", 1, false),
            Some(Review::PriceMismatch)
        );
        assert_eq!(
            r(Some(Plan::Basic), "USD", 500, true),
            Some(Review::PriceMismatch)
        );
        assert_eq!(
            r(Some(Plan::Basic), "XTR", 500, true),
            Some(Review::BlockedUser)
        );
        for review in [
            Review::BlockedUser,
            Review::UnreadablePayload,
            Review::PriceMismatch,
        ] {
            assert_eq!(Review::from_code(review.code()), Some(review));
        }
    }
}

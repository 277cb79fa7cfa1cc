//! Refunding a Stars payment: Telegram first (`refundStarPayment`), then the payment is marked
//! refunded and the days it bought are taken back, and the user is told. The panel's button,
//! `/refund` and `falgram admin refund` all come here.

use super::accounts::log_action;
use super::messenger::Messenger;
use super::{notices, AdminError};
use crate::app::App;
use crate::domain::payments::PaymentStatus;

/// A refund that went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refunded {
    pub user_id: i64,
    pub amount: u32,
}

/// Refunds the paid payment with Telegram charge id `charge_id`.
pub async fn by_charge(
    app: &App,
    messenger: &dyn Messenger,
    by: Option<i64>,
    charge_id: &str,
) -> Result<Refunded, AdminError> {
    let charge_id = charge_id.trim();
    let payment = app
        .store
        .payment_by_charge(charge_id.to_string())
        .await?
        .filter(|p| p.status == PaymentStatus::Paid)
        .ok_or(AdminError::UnknownCharge)?;
    let user_id = payment.user_id.ok_or(AdminError::UnknownCharge)?;
    messenger
        .refund_stars(user_id, charge_id)
        .await
        .map_err(|e| AdminError::Refused(e.to_string()))?;
    // Telegram has given the Stars back: whatever else fails, that is recorded first.
    if app
        .store
        .refund_payment(charge_id.to_string())
        .await?
        .is_none()
    {
        return Err(AdminError::UnknownCharge);
    }
    log_action(
        app,
        by,
        "admin_refund",
        format!("{} ⭐ to {user_id} ({charge_id})", payment.amount),
    )
    .await;
    notices::refunded(app, messenger, user_id, payment.amount).await;
    Ok(Refunded {
        user_id,
        amount: payment.amount,
    })
}

/// Refunds payment `payment_id` (the panel lists payments by id).
pub async fn by_id(
    app: &App,
    messenger: &dyn Messenger,
    by: Option<i64>,
    payment_id: i64,
) -> Result<Refunded, AdminError> {
    let charge = app
        .store
        .payment_by_id(payment_id)
        .await?
        .filter(|p| p.status == PaymentStatus::Paid)
        .map(|p| p.charge_id)
        .ok_or(AdminError::UnknownCharge)?;
    by_charge(app, messenger, by, &charge).await
}

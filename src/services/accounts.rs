//! An operator's actions on one account — gift a plan, end it, block, give the free readings
//! back — and finding accounts. The chat panel, `/gift` and `/cancel`, and `falgram admin`
//! all call these; each action is logged in the events table with who did it.

use super::messenger::Messenger;
use super::notices::{self, Told};
use super::AdminError;
use crate::app::App;
use crate::domain::payments::PlanState;
use crate::domain::Plan;
use crate::store::{Event, Level, PaymentRow, User, UserFacts, UserLine};

/// Longest gift: ten years.
pub const MAX_GIFT_DAYS: u32 = 3660;

/// Records an operator's action; `by` is the admin's id, `None` for the terminal.
pub async fn log_action(app: &App, by: Option<i64>, kind: &'static str, message: String) {
    let who = by.map_or_else(|| "terminal".to_string(), |id| format!("admin {id}"));
    let logged = app
        .store
        .log_event(Event {
            level: Level::Info,
            kind,
            user_id: by,
            message: format!("{message} (by {who})"),
        })
        .await;
    if let Err(e) = logged {
        tracing::warn!(error = %e, kind, "could not log an admin action");
    }
}

/// `plan` for `days` more to `user` (extending the same plan, or starting now); the user is
/// told when a messenger is given.
pub async fn gift(
    app: &App,
    messenger: Option<&dyn Messenger>,
    by: Option<i64>,
    user: i64,
    plan: Plan,
    days: u32,
) -> Result<(PlanState, Told), AdminError> {
    if !plan.is_paid() || !(1..=MAX_GIFT_DAYS).contains(&days) {
        return Err(AdminError::BadGift);
    }
    let state = app
        .store
        .gift_plan(user, plan, days)
        .await?
        .ok_or(AdminError::NoUser(user))?;
    let until = state.expires_at.unwrap_or_else(crate::store::now);
    log_action(
        app,
        by,
        "admin_gift",
        format!("{plan} for {days} days to {user}"),
    )
    .await;
    let told = notices::plan_gifted(app, messenger, user, plan, days, until).await;
    Ok((state, told))
}

/// Ends `user`'s plan now.
pub async fn cancel(
    app: &App,
    messenger: Option<&dyn Messenger>,
    by: Option<i64>,
    user: i64,
) -> Result<Told, AdminError> {
    if !app.store.cancel_plan(user).await? {
        return Err(AdminError::NoUser(user));
    }
    log_action(app, by, "admin_cancel", format!("plan of {user} ended")).await;
    Ok(notices::plan_cancelled(app, messenger, user).await)
}

/// Blocks or unblocks `user` (a blocked user's updates are ignored). Admins cannot be
/// blocked, so nobody locks the operator out.
pub async fn set_blocked(
    app: &App,
    by: Option<i64>,
    user: i64,
    blocked: bool,
) -> Result<(), AdminError> {
    if app.cfg.is_admin(user) {
        return Ok(());
    }
    if !app.store.set_blocked(user, blocked).await? {
        return Err(AdminError::NoUser(user));
    }
    let what = if blocked { "blocked" } else { "unblocked" };
    log_action(app, by, "admin_block", format!("{user} {what}")).await;
    Ok(())
}

/// Gives `user` their free readings back (a referral bonus stays as earned).
pub async fn reset_quota(app: &App, by: Option<i64>, user: i64) -> Result<(), AdminError> {
    if !app.store.reset_quota(user).await? {
        return Err(AdminError::NoUser(user));
    }
    log_action(
        app,
        by,
        "admin_reset",
        format!("free readings of {user} reset"),
    )
    .await;
    Ok(())
}

/// Users, newest first: by active plan, and by id, @username or name.
pub async fn find(
    app: &App,
    plan: Option<Plan>,
    search: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<Vec<UserLine>, AdminError> {
    let search = search
        .map(|s| s.trim().chars().take(64).collect::<String>())
        .filter(|s| !s.is_empty());
    Ok(app.store.user_lines(plan, search, limit, offset).await?)
}

/// Everything the user card shows.
#[derive(Debug, Clone)]
pub struct Card {
    pub user: User,
    pub facts: UserFacts,
    pub payments: Vec<PaymentRow>,
}

pub async fn card(app: &App, user: i64) -> Result<Card, AdminError> {
    let found = app
        .store
        .user(user)
        .await?
        .ok_or(AdminError::NoUser(user))?;
    Ok(Card {
        facts: app.store.user_facts(user).await?,
        payments: app.store.payments_of(user).await?,
        user: found,
    })
}

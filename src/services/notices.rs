//! Telling a user, in their own language, what an operator did to their account.

use super::messenger::Messenger;
use crate::app::App;
use crate::domain::{Lang, Plan};
use crate::i18n::{format, keys as k, Val};

/// Whether the user was told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    Yes,
    /// The message could not be delivered (logged).
    Failed,
    /// No way to reach Telegram (the terminal without a token).
    NoMessenger,
}

/// Sends `render(lang)` in the user's language; a failure is logged, never fatal.
pub async fn tell(
    app: &App,
    messenger: Option<&dyn Messenger>,
    user_id: i64,
    render: impl Fn(Lang) -> String,
) -> Told {
    let Some(m) = messenger else {
        return Told::NoMessenger;
    };
    let lang = match app.store.user(user_id).await {
        Ok(Some(u)) => u.language,
        _ => Lang::En,
    };
    match m.send_html(user_id, render(lang)).await {
        Ok(()) => Told::Yes,
        Err(e) => {
            tracing::warn!(error = %e, user = user_id, "could not notify the user");
            Told::Failed
        }
    }
}

pub async fn plan_gifted(
    app: &App,
    messenger: Option<&dyn Messenger>,
    user_id: i64,
    plan: Plan,
    days: u32,
    until: i64,
) -> Told {
    tell(app, messenger, user_id, |l| {
        app.i18n.tr(
            l,
            k::PLAN_GIFTED,
            &[
                ("plan", Val::from(&app.i18n.plan_name(l, plan))),
                ("days", Val::from(days)),
                ("date", Val::from(&format::date_of(l, until))),
            ],
        )
    })
    .await
}

pub async fn plan_cancelled(app: &App, messenger: Option<&dyn Messenger>, user_id: i64) -> Told {
    tell(app, messenger, user_id, |l| {
        app.i18n.t(l, k::PLAN_CANCELLED)
    })
    .await
}

pub async fn refunded(app: &App, messenger: &dyn Messenger, user_id: i64, amount: u32) -> Told {
    tell(app, Some(messenger), user_id, |l| {
        app.i18n
            .tr(l, k::REFUND_DONE, &[("amount", Val::from(amount))])
    })
    .await
}

//! Telegram's ledger of the bot's Star transactions, paged in with `getStarTransactions`, and
//! the reconciliation against our payments (`domain::reconcile`): what differs is recorded as
//! an error event the admin panel's log shows, and in the log.

use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{StarTransaction, TransactionPartner};

use crate::app::App;
use crate::domain::reconcile::{reconcile as compare, LedgerEntry, Reconciliation};
use crate::store::{Event, Level};
use crate::telegram::FalBot;

/// The Bot API's largest page.
const PAGE: u8 = 100;
/// Each page's deadline.
const DEADLINE: Duration = Duration::from_secs(30);
/// A bound on pages, so a misbehaving server cannot keep us paging forever.
const MAX_PAGES: u32 = 10_000;

/// A user's payment (incoming) or its refund (outgoing); withdrawals, ads and other partners
/// are not payments of ours.
fn entry(t: StarTransaction) -> Option<LedgerEntry> {
    let (partner, incoming) = match (&t.source, &t.receiver) {
        (Some(p), _) => (p, true),
        (None, Some(p)) => (p, false),
        (None, None) => return None,
    };
    matches!(partner, TransactionPartner::User(_)).then(|| LedgerEntry {
        id: t.id.0,
        amount: i64::from(t.amount),
        incoming,
    })
}

/// The whole ledger, oldest first, a page at a time.
pub async fn ledger(bot: &FalBot) -> anyhow::Result<Vec<LedgerEntry>> {
    let mut out = Vec::new();
    let mut offset: u32 = 0;
    for _ in 0..MAX_PAGES {
        let page = tokio::time::timeout(
            DEADLINE,
            bot.get_star_transactions()
                .offset(offset)
                .limit(PAGE)
                .send(),
        )
        .await
        .map_err(|_| anyhow::anyhow!("getStarTransactions did not answer in time"))??;
        let n = page.transactions.len();
        out.extend(page.transactions.into_iter().filter_map(entry));
        if n < usize::from(PAGE) {
            break;
        }
        offset += n as u32;
    }
    Ok(out)
}

/// The bot's Stars balance by Telegram (`getMyStarBalance`); None when Telegram does not
/// answer within a few seconds (the dashboard then shows its figures without it).
pub async fn balance(bot: &FalBot) -> Option<i64> {
    let asked = tokio::time::timeout(Duration::from_secs(5), bot.get_my_star_balance().send());
    match asked.await {
        Ok(Ok(b)) => Some(i64::from(b.amount)),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "getMyStarBalance failed");
            None
        }
        Err(_) => None,
    }
}

/// The dashboard's line for the balance, when Telegram gave one.
pub fn balance_line(app: &App, lang: crate::domain::Lang, balance: Option<i64>) -> String {
    balance
        .map(|b| {
            let amount = crate::i18n::format::stars(lang, b);
            format!(
                "\n{}",
                app.i18n.tr(
                    lang,
                    crate::i18n::keys::ADMIN_STAR_BALANCE,
                    &[("amount", crate::i18n::Val::from(&amount))]
                )
            )
        })
        .unwrap_or_default()
}

/// Compares Telegram's ledger with our payments; each difference becomes an error event.
pub async fn reconcile(app: &App, bot: &FalBot) -> anyhow::Result<Reconciliation> {
    let ledger = ledger(bot).await?;
    let ours = app.store.stars_payments().await?;
    let result = compare(&ledger, &ours);
    for m in &result.mismatches {
        tracing::error!(
            mismatch = m.code(),
            charge_id = m.charge_id(),
            "Stars ledger and payments disagree"
        );
        app.store
            .log_event(Event {
                level: Level::Error,
                kind: "stars_mismatch",
                user_id: None,
                message: format!("{}: {}", m.code(), m.charge_id()),
            })
            .await?;
    }
    Ok(result)
}

//! Stars reconciliation: Telegram's ledger of the bot's Star transactions against our payments,
//! matched by charge id. Pure: the adapter pages the ledger in, the store gives our side.

/// One transaction in Telegram's ledger: incoming (a user paid) or outgoing (a refund to a
/// user carries the id of the payment it refunds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    pub id: String,
    pub amount: i64,
    pub incoming: bool,
}

/// One of our Stars payments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OurPayment {
    pub charge_id: String,
    pub amount: i64,
    pub refunded: bool,
}

/// Where the two books disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// Telegram took a payment we have no record of (a user paid and got nothing?).
    MissingPayment { charge_id: String, amount: i64 },
    /// Telegram refunded a payment we still count as paid.
    MissedRefund { charge_id: String, amount: i64 },
    /// The same charge with different amounts.
    AmountDiffers {
        charge_id: String,
        theirs: i64,
        ours: i64,
    },
    /// We recorded a payment Telegram's ledger does not show.
    NotInLedger { charge_id: String, amount: i64 },
    /// We marked a payment refunded but Telegram shows no refund.
    RefundNotInLedger { charge_id: String },
}

impl Mismatch {
    pub fn code(&self) -> &'static str {
        match self {
            Mismatch::MissingPayment { .. } => "missing_payment",
            Mismatch::MissedRefund { .. } => "missed_refund",
            Mismatch::AmountDiffers { .. } => "amount_differs",
            Mismatch::NotInLedger { .. } => "not_in_ledger",
            Mismatch::RefundNotInLedger { .. } => "refund_not_in_ledger",
        }
    }

    pub fn charge_id(&self) -> &str {
        match self {
            Mismatch::MissingPayment { charge_id, .. }
            | Mismatch::MissedRefund { charge_id, .. }
            | Mismatch::AmountDiffers { charge_id, .. }
            | Mismatch::NotInLedger { charge_id, .. }
            | Mismatch::RefundNotInLedger { charge_id } => charge_id,
        }
    }
}

/// The result of one comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reconciliation {
    /// Ledger transactions read, and our payments compared.
    pub ledger: usize,
    pub ours: usize,
    /// Stars in minus Stars refunded, by Telegram's ledger.
    pub ledger_net: i64,
    pub mismatches: Vec<Mismatch>,
}

pub fn reconcile(ledger: &[LedgerEntry], ours: &[OurPayment]) -> Reconciliation {
    use std::collections::HashMap;
    let paid: HashMap<&str, i64> = ledger
        .iter()
        .filter(|e| e.incoming)
        .map(|e| (e.id.as_str(), e.amount))
        .collect();
    let refunded: HashMap<&str, i64> = ledger
        .iter()
        .filter(|e| !e.incoming)
        .map(|e| (e.id.as_str(), e.amount))
        .collect();
    let mine: HashMap<&str, &OurPayment> = ours.iter().map(|p| (p.charge_id.as_str(), p)).collect();
    let mut mismatches = Vec::new();
    for e in ledger.iter().filter(|e| e.incoming) {
        match mine.get(e.id.as_str()) {
            None => mismatches.push(Mismatch::MissingPayment {
                charge_id: e.id.clone(),
                amount: e.amount,
            }),
            Some(p) if p.amount != e.amount => mismatches.push(Mismatch::AmountDiffers {
                charge_id: e.id.clone(),
                theirs: e.amount,
                ours: p.amount,
            }),
            Some(p) if !p.refunded && refunded.contains_key(e.id.as_str()) => {
                mismatches.push(Mismatch::MissedRefund {
                    charge_id: e.id.clone(),
                    amount: e.amount,
                })
            }
            Some(_) => {}
        }
    }
    for p in ours {
        if !paid.contains_key(p.charge_id.as_str()) {
            mismatches.push(Mismatch::NotInLedger {
                charge_id: p.charge_id.clone(),
                amount: p.amount,
            });
        } else if p.refunded && !refunded.contains_key(p.charge_id.as_str()) {
            mismatches.push(Mismatch::RefundNotInLedger {
                charge_id: p.charge_id.clone(),
            });
        }
    }
    Reconciliation {
        ledger: ledger.len(),
        ours: ours.len(),
        ledger_net: paid.values().sum::<i64>() - refunded.values().sum::<i64>(),
        mismatches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, amount: i64, incoming: bool) -> LedgerEntry {
        LedgerEntry {
            id: id.into(),
            amount,
            incoming,
        }
    }

    fn ours(id: &str, amount: i64, refunded: bool) -> OurPayment {
        OurPayment {
            charge_id: id.into(),
            amount,
            refunded,
        }
    }

    #[test]
    fn matching_books_agree_and_every_kind_of_difference_is_named() {
        let ledger = [
            entry("a", 500, true),
            entry("b", 1000, true),
            entry("b", 1000, false),
            entry("c", 2000, true),
        ];
        let agree = reconcile(
            &ledger[..3],
            &[ours("a", 500, false), ours("b", 1000, true)],
        );
        assert!(agree.mismatches.is_empty(), "{agree:?}");
        assert_eq!(agree.ledger_net, 500);
        let r = reconcile(
            &ledger,
            &[
                ours("a", 400, false),
                ours("b", 1000, false),
                ours("d", 500, false),
                ours("e", 500, true),
            ],
        );
        let codes: Vec<(&str, &str)> = r
            .mismatches
            .iter()
            .map(|m| (m.code(), m.charge_id()))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("amount_differs", "a"),
                ("missed_refund", "b"),
                ("missing_payment", "c"),
                ("not_in_ledger", "d"),
                ("not_in_ledger", "e"),
            ]
        );
    }
}

//! The funnel: the steps from a user's first contact to paying, counted once per user (the
//! first time they reach each), and the conversion between them. Pure: the store counts.

/// The steps in order. First contact is the user's row itself; the rest are recorded where
/// they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    FirstContact,
    FirstReading,
    /// The free readings ran out and the plans were shown instead of a reading.
    QuotaUsedUp,
    InvoiceSent,
    Paid,
    Renewed,
    Refunded,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::FirstContact,
        Step::FirstReading,
        Step::QuotaUsedUp,
        Step::InvoiceSent,
        Step::Paid,
        Step::Renewed,
        Step::Refunded,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Step::FirstContact => "first_contact",
            Step::FirstReading => "first_reading",
            Step::QuotaUsedUp => "quota_used_up",
            Step::InvoiceSent => "invoice_sent",
            Step::Paid => "paid",
            Step::Renewed => "renewed",
            Step::Refunded => "refunded",
        }
    }
}

/// Where a user came from, from their `/start` payload: a campaign (`c_instagram`, kept as
/// written, lower case) or an invite (`ref_…`, counted as `invite`). None: they came directly.
pub fn source_of(payload: &str) -> Option<String> {
    let p = payload.trim();
    if p.starts_with("ref_") {
        return Some("invite".into());
    }
    let campaign = p.strip_prefix("c_")?;
    let ok = !campaign.is_empty()
        && campaign.len() <= 48
        && campaign
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    ok.then(|| format!("c_{}", campaign.to_ascii_lowercase()))
}

/// One step of a funnel report: users who reached it, and the share of those who reached
/// the step before and of those who came (percent).
#[derive(Debug, Clone, PartialEq)]
pub struct StepCount {
    pub step: Step,
    pub users: i64,
    pub of_previous: Option<f64>,
    pub of_first: Option<f64>,
}

/// The conversions of counted steps (in `Step::ALL` order).
pub fn conversions(counts: &[(Step, i64)]) -> Vec<StepCount> {
    let users = |s: Step| counts.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n);
    let first = users(Step::FirstContact);
    let share = |n: i64, of: i64| (of > 0).then(|| 100.0 * n as f64 / of as f64);
    let mut previous = None;
    Step::ALL
        .into_iter()
        .map(|step| {
            let n = users(step);
            let out = StepCount {
                step,
                users: n,
                of_previous: previous.and_then(|p| share(n, p)),
                of_first: (step != Step::FirstContact)
                    .then(|| share(n, first))
                    .flatten(),
            };
            previous = Some(n);
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_come_from_campaign_and_invite_links_only() {
        assert_eq!(source_of("c_Instagram"), Some("c_instagram".into()));
        assert_eq!(source_of("ref_ABC123"), Some("invite".into()));
        assert_eq!(source_of(""), None);
        assert_eq!(source_of("c_"), None);
        assert_eq!(source_of("c_bad campaign!"), None);
        assert_eq!(source_of("hello"), None);
    }

    #[test]
    fn each_step_converts_from_the_one_before_and_from_first_contact() {
        let steps = conversions(&[
            (Step::FirstContact, 200),
            (Step::FirstReading, 150),
            (Step::QuotaUsedUp, 60),
            (Step::InvoiceSent, 30),
            (Step::Paid, 15),
        ]);
        assert_eq!(steps[0].of_previous, None);
        assert_eq!(steps[1].of_previous, Some(75.0));
        assert_eq!(steps[4].of_previous, Some(50.0));
        assert_eq!(steps[4].of_first, Some(7.5));
        assert_eq!(steps[5].users, 0);
        assert_eq!(
            steps[6].of_previous, None,
            "nobody renewed: no share of zero"
        );
    }
}

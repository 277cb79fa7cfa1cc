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

/// The Unix seconds from the start of `first` to the end of `last` (UTC days): a report's
/// span of first contacts.
pub fn day_span(first: chrono::NaiveDate, last: chrono::NaiveDate) -> (i64, i64) {
    let start = |d: chrono::NaiveDate| d.and_time(chrono::NaiveTime::MIN).and_utc().timestamp();
    (start(first), start(last) + 86_400)
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

/// One user of a cohort: the Unix day of their first contact and whether they were active
/// one, seven and thirty days later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Returning {
    pub first_day: i64,
    pub d1: bool,
    pub d7: bool,
    pub d30: bool,
}

/// A week's cohort (weeks start on Monday, UTC): its users and how many came back on day 1,
/// day 7 and day 30 (a day not yet reached counts as not back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    pub week_start: chrono::NaiveDate,
    pub users: i64,
    pub d1: i64,
    pub d7: i64,
    pub d30: i64,
}

pub fn cohorts(users: &[Returning]) -> Vec<Cohort> {
    use chrono::Datelike;
    let mut out: Vec<Cohort> = Vec::new();
    for u in users {
        let Some(day) = chrono::DateTime::from_timestamp(u.first_day * 86_400, 0) else {
            continue;
        };
        let day = day.date_naive();
        let week_start =
            day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
        let cohort = match out.iter_mut().find(|c| c.week_start == week_start) {
            Some(c) => c,
            None => {
                out.push(Cohort {
                    week_start,
                    users: 0,
                    d1: 0,
                    d7: 0,
                    d30: 0,
                });
                out.last_mut().expect("just pushed")
            }
        };
        cohort.users += 1;
        cohort.d1 += i64::from(u.d1);
        cohort.d7 += i64::from(u.d7);
        cohort.d30 += i64::from(u.d30);
    }
    out.sort_by_key(|c| c.week_start);
    out
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

    #[test]
    fn cohorts_group_first_contacts_by_monday_weeks() {
        // 2026-11-23 is a Monday: the 23rd and the 29th share a week, the 30th starts one.
        let day = |d: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 11, d)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .and_utc()
                .timestamp()
                / 86_400
        };
        let r = |d, d1, d7| Returning {
            first_day: day(d),
            d1,
            d7,
            d30: false,
        };
        let c = cohorts(&[r(30, true, false), r(23, true, true), r(29, false, false)]);
        assert_eq!(c.len(), 2);
        assert_eq!(
            (
                c[0].week_start.to_string().as_str(),
                c[0].users,
                c[0].d1,
                c[0].d7
            ),
            ("2026-11-23", 2, 1, 1)
        );
        assert_eq!((c[1].users, c[1].d1), (1, 1));
    }
}

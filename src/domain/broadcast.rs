//! Paid broadcasts: Telegram lets a bot send up to 1,000 messages a second when it pays
//! 0.1 ⭐ for each message above the free 30 a second (`allow_paid_broadcast`). What one costs
//! is shown before the operator confirms it.

/// Telegram's free rate and the paid broadcast ceiling, messages a second.
pub const FREE_PER_SECOND: u64 = 30;
pub const PAID_PER_SECOND: u64 = 1_000;

/// The cost of a paid broadcast to `recipients`, in tenths of a Star: sent at the paid ceiling,
/// every second carries the free 30 and the rest at 0.1 ⭐ each.
pub fn paid_cost_tenths(recipients: u64) -> u64 {
    let seconds = recipients.div_ceil(PAID_PER_SECOND);
    recipients.saturating_sub(seconds * FREE_PER_SECOND)
}

/// The cost as Stars for people: "12.3".
pub fn paid_cost_stars(recipients: u64) -> String {
    let tenths = paid_cost_tenths(recipients);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_free_thirty_a_second_are_not_paid_for() {
        assert_eq!(paid_cost_tenths(0), 0);
        assert_eq!(paid_cost_tenths(30), 0, "one second, all free");
        assert_eq!(paid_cost_tenths(1_000), 970);
        assert_eq!(paid_cost_stars(1_000), "97.0");
        // 2,500 recipients take 3 s: 90 free, 2,410 paid → 241.0 ⭐.
        assert_eq!(paid_cost_stars(2_500), "241.0");
    }
}

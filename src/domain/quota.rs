//! The reading quota: which allowance pays for the next reading, if any.
//!
//! Readings are reserved before the AI is asked and committed only once delivered, so the
//! counts here include open reservations; the store applies this rule inside one transaction.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A paid plan: no allowance is spent.
    Unlimited,
    Free,
    Bonus,
}

impl Source {
    pub fn code(self) -> &'static str {
        match self {
            Source::Unlimited => "unlimited",
            Source::Free => "free",
            Source::Bonus => "bonus",
        }
    }

    pub fn from_code(s: &str) -> Option<Source> {
        [Source::Unlimited, Source::Free, Source::Bonus]
            .into_iter()
            .find(|x| x.code() == s)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Allowance {
    pub unlimited: bool,
    pub free_limit: u32,
    pub free_used: u32,
    pub free_reserved: u32,
    pub bonus_earned: u32,
    pub bonus_used: u32,
    pub bonus_reserved: u32,
}

impl Allowance {
    pub fn free_left(&self) -> u32 {
        self.free_limit
            .saturating_sub(self.free_used)
            .saturating_sub(self.free_reserved)
    }

    pub fn bonus_left(&self) -> u32 {
        self.bonus_earned
            .saturating_sub(self.bonus_used)
            .saturating_sub(self.bonus_reserved)
    }

    /// Free readings go first, then referral bonuses.
    pub fn next_source(&self) -> Option<Source> {
        if self.unlimited {
            Some(Source::Unlimited)
        } else if self.free_left() > 0 {
            Some(Source::Free)
        } else if self.bonus_left() > 0 {
            Some(Source::Bonus)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_then_bonus_then_nothing() {
        let mut a = Allowance {
            free_limit: 4,
            bonus_earned: 1,
            ..Default::default()
        };
        assert_eq!(a.next_source(), Some(Source::Free));
        a.free_used = 3;
        a.free_reserved = 1;
        assert_eq!(a.next_source(), Some(Source::Bonus));
        a.bonus_reserved = 1;
        assert_eq!(a.next_source(), None);
        a.unlimited = true;
        assert_eq!(a.next_source(), Some(Source::Unlimited));
    }

    #[test]
    fn lowering_the_limit_never_underflows() {
        let a = Allowance {
            free_limit: 2,
            free_used: 4,
            ..Default::default()
        };
        assert_eq!(a.free_left(), 0);
        assert_eq!(a.next_source(), None);
    }
}

//! Referral milestones and privacy-preserving identities.

use hmac::{KeyInit, Mac};

/// Invite counts that earn a badge.
pub const MILESTONES: [u32; 5] = [1, 5, 10, 25, 50];

/// The badge held at `invited` invites: the highest milestone reached.
pub fn badge(invited: u32) -> Option<u32> {
    MILESTONES.iter().rev().copied().find(|m| invited >= *m)
}

/// The milestone reached exactly by the latest invite, if any.
pub fn milestone_hit(invited: u32) -> Option<u32> {
    MILESTONES.contains(&invited).then_some(invited)
}

pub fn next_milestone(invited: u32) -> Option<u32> {
    MILESTONES.iter().copied().find(|m| *m > invited)
}

/// How a user appears on the public leaderboard: first name and the initial of the last name.
pub fn public_name(first: &str, last: Option<&str>) -> String {
    let first = first.trim();
    let first = if first.is_empty() { "★" } else { first };
    match last.and_then(|l| l.trim().chars().next()) {
        Some(initial) => format!("{first} {initial}."),
        None => first.to_string(),
    }
}

/// A keyed fingerprint of a user id (HMAC-SHA256, hex): lets the store recognise a returning
/// user after `/forget` without keeping the id.
pub fn fingerprint(secret: &[u8], user_id: i64) -> String {
    let Ok(mut mac) = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("forgotten|{user_id}").as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badges_follow_the_milestones() {
        assert_eq!(badge(0), None);
        assert_eq!(badge(1), Some(1));
        assert_eq!(badge(7), Some(5));
        assert_eq!(badge(60), Some(50));
        assert_eq!(milestone_hit(10), Some(10));
        assert_eq!(milestone_hit(11), None);
        assert_eq!(next_milestone(5), Some(10));
        assert_eq!(next_milestone(50), None);
    }

    #[test]
    fn leaderboard_names_keep_privacy() {
        assert_eq!(public_name("Ayşe", Some("Yılmaz")), "Ayşe Y.");
        assert_eq!(public_name("Ali", None), "Ali");
        assert_eq!(public_name(" ", Some("")), "★");
    }

    #[test]
    fn fingerprints_are_keyed_and_stable() {
        assert_eq!(fingerprint(b"k", 1), fingerprint(b"k", 1));
        assert_ne!(fingerprint(b"k", 1), fingerprint(b"k", 2));
        assert_ne!(fingerprint(b"k", 1), fingerprint(b"other", 1));
        assert_eq!(fingerprint(b"k", 1).len(), 64);
    }
}

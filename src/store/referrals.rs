//! Referrals: crediting a genuinely new user's inviter, and the numbers the referral page
//! shows — all counted from the database, none invented.

use rusqlite::{params, OptionalExtension};

use super::{now, Store, StoreResult};
use crate::domain::Lang;

/// What crediting a referral did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credit {
    /// The inviter got `bonus` readings; they have now invited `invited` people.
    Credited {
        referrer: i64,
        referrer_lang: Lang,
        invited: u32,
        bonus: u32,
    },
    UnknownCode,
    SelfReferral,
    /// The joiner was already credited to someone.
    AlreadyReferred,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralStats {
    pub invited: u32,
    pub bonus_earned: u32,
    pub bonus_used: u32,
    /// 1-based; ties share a rank.
    pub rank: u32,
    pub total_users: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leader {
    pub first_name: String,
    pub last_name: Option<String>,
    pub invited: u32,
}

impl Store {
    /// Credits `code`'s owner for `joiner`, once per joiner and never for oneself. The caller
    /// decides that the joiner is genuinely new (their first `/start` ever).
    pub async fn credit_referral(
        &self,
        code: String,
        joiner: i64,
        bonus: u32,
    ) -> StoreResult<Credit> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let referrer: Option<(i64, Lang)> = sp
                .prepare_cached("SELECT id, language FROM users WHERE referral_code = ?1")?
                .query_row([code.trim().to_ascii_uppercase()], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let Some((referrer, lang)) = referrer else {
                return Ok(Credit::UnknownCode);
            };
            if referrer == joiner {
                return Ok(Credit::SelfReferral);
            }
            let inserted = sp
                .prepare_cached(
                    "INSERT OR IGNORE INTO referrals (referrer_id, referred_id, bonus, created_at) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![referrer, joiner, bonus, now()])?;
            if inserted == 0 {
                return Ok(Credit::AlreadyReferred);
            }
            sp.execute("UPDATE users SET referred_by = ?1 WHERE id = ?2", [referrer, joiner])?;
            sp.execute(
                "UPDATE users SET bonus_readings_earned = bonus_readings_earned + ?2 WHERE id = ?1",
                params![referrer, bonus],
            )?;
            let invited: u32 = sp.query_row("SELECT count(*) FROM referrals WHERE referrer_id = ?1", [referrer], |r| r.get(0))?;
            sp.commit()?;
            Ok(Credit::Credited { referrer, referrer_lang: lang, invited, bonus })
        })
        .await
    }

    pub async fn referral_stats(&self, user_id: i64) -> StoreResult<ReferralStats> {
        self.read(move |conn| {
            let invited: u32 =
                conn.query_row("SELECT count(*) FROM referrals WHERE referrer_id = ?1", [user_id], |r| r.get(0))?;
            let (bonus_earned, bonus_used): (u32, u32) = conn
                .query_row(
                    "SELECT bonus_readings_earned, bonus_readings_used FROM users WHERE id = ?1",
                    [user_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .unwrap_or((0, 0));
            let ahead: u32 = conn.query_row(
                "SELECT count(*) FROM (SELECT referrer_id FROM referrals GROUP BY referrer_id HAVING count(*) > ?1)",
                [invited],
                |r| r.get(0),
            )?;
            let total_users: u32 = conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
            Ok(ReferralStats { invited, bonus_earned, bonus_used, rank: ahead + 1, total_users })
        })
        .await
    }

    /// The users with the most invites; ties broken by who reached the count first.
    pub async fn leaderboard(&self, limit: u32) -> StoreResult<Vec<Leader>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT u.first_name, u.last_name, count(*) AS n, max(r.created_at) AS last \
                 FROM referrals r JOIN users u ON u.id = r.referrer_id \
                 GROUP BY r.referrer_id ORDER BY n DESC, last ASC, r.referrer_id ASC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit], |r| {
                Ok(Leader {
                    first_name: r.get(0)?,
                    last_name: r.get(1)?,
                    invited: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    /// `/forget`: deletes the user and everything personal (readings, history, birth data,
    /// saved people, subscriptions, input state); payments stay for accounting with the user
    /// removed. A keyed fingerprint keeps the free-reading count, so forgetting is not a way to
    /// get the free readings again.
    pub async fn forget_user(&self, user_id: i64, fingerprint: String) -> StoreResult<()> {
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let used: u32 = sp
                .query_row("SELECT free_readings_used FROM users WHERE id = ?1", [user_id], |r| r.get(0))
                .optional()?
                .unwrap_or(0);
            sp.execute(
                "INSERT INTO forgotten_users (fingerprint, free_readings_used, forgotten_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT(fingerprint) DO UPDATE SET free_readings_used = max(free_readings_used, excluded.free_readings_used), \
                 forgotten_at = excluded.forgotten_at",
                params![fingerprint, used, now()],
            )?;
            // Payments keep amounts and charge ids for accounting, not the person.
            sp.execute("UPDATE payments SET user_id = NULL, payload = '' WHERE user_id = ?1", [user_id])?;
            sp.execute("UPDATE events SET user_id = NULL WHERE user_id = ?1", [user_id])?;
            sp.execute("DELETE FROM dialogue_state WHERE chat_id = ?1", [user_id])?;
            sp.execute("DELETE FROM push_log WHERE user_id = ?1", [user_id])?;
            // The rest (readings, reservations, chatbot history, saved people, subscriptions,
            // notifications, reports, referral rows) goes with the user through ON DELETE CASCADE.
            sp.execute("DELETE FROM users WHERE id = ?1", [user_id])?;
            sp.commit()?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PromptKind;
    use std::sync::Arc;

    use crate::store::test_support::temp_store;
    use crate::store::NewUser;

    async fn join(store: &Store, id: i64, name: &str) -> String {
        let who = NewUser {
            id,
            username: None,
            first_name: name.into(),
            last_name: Some("Kaya".into()),
            language_code: Some("tr".into()),
            forget_key: Some(Arc::from(&b"k"[..])),
        };
        store.touch_user(who).await.unwrap().0.referral_code
    }

    #[tokio::test]
    async fn credited_once_never_for_oneself_and_ranked() {
        let (_d, store) = temp_store();
        let code_a = join(&store, 1, "Ayşe").await;
        let code_b = join(&store, 2, "Berk").await;
        join(&store, 3, "Cem").await;
        join(&store, 4, "Deniz").await;
        assert_eq!(
            store.credit_referral(code_a.clone(), 1, 1).await.unwrap(),
            Credit::SelfReferral
        );
        assert_eq!(
            store.credit_referral("NOPE".into(), 3, 1).await.unwrap(),
            Credit::UnknownCode
        );
        let c = store
            .credit_referral(code_a.to_lowercase(), 3, 1)
            .await
            .unwrap();
        assert!(
            matches!(
                c,
                Credit::Credited {
                    referrer: 1,
                    invited: 1,
                    bonus: 1,
                    ..
                }
            ),
            "{c:?}"
        );
        assert_eq!(
            store.credit_referral(code_b.clone(), 3, 1).await.unwrap(),
            Credit::AlreadyReferred
        );
        store.credit_referral(code_a.clone(), 4, 1).await.unwrap();
        let a = store.referral_stats(1).await.unwrap();
        assert_eq!(
            (a.invited, a.bonus_earned, a.rank, a.total_users),
            (2, 2, 1, 4)
        );
        let b = store.referral_stats(2).await.unwrap();
        assert_eq!((b.invited, b.rank), (0, 2));
        let top = store.leaderboard(10).await.unwrap();
        assert_eq!(
            top,
            vec![Leader {
                first_name: "Ayşe".into(),
                last_name: Some("Kaya".into()),
                invited: 2
            }]
        );
    }

    #[tokio::test]
    async fn forgetting_deletes_the_person_and_keeps_the_free_count() {
        let (_d, store) = temp_store();
        join(&store, 9, "Eda").await;
        let s = crate::domain::Settings::default();
        let r = store
            .reserve_reading(9, PromptKind::Dream, &s)
            .await
            .unwrap()
            .unwrap();
        store
            .save_reading(
                9,
                Some(r),
                PromptKind::Dream,
                Some("a dream".into()),
                "text".into(),
                None,
            )
            .await
            .unwrap();
        store
            .forget_user(9, crate::domain::referral::fingerprint(b"k", 9))
            .await
            .unwrap();
        assert!(store.user(9).await.unwrap().is_none());
        assert!(store.recent_readings(9, 10).await.unwrap().is_empty());
        let who = NewUser {
            id: 9,
            username: None,
            first_name: "Eda".into(),
            last_name: None,
            language_code: None,
            forget_key: Some(Arc::from(&b"k"[..])),
        };
        let (u, created) = store.touch_user(who).await.unwrap();
        assert!(created);
        assert_eq!(
            u.free_readings_used, 1,
            "the free readings are not handed out again"
        );
    }
}

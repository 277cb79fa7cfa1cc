//! Users: created on first contact, refreshed on every contact, language kept once chosen.

use rand::Rng;
use std::sync::Arc;

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{now, Store, StoreResult};
use crate::domain::payments::PlanState;
use crate::domain::referral::fingerprint;
use crate::domain::{Lang, Plan};

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: i64,
    pub username: Option<String>,
    pub first_name: String,
    pub language: Lang,
    pub language_chosen: bool,
    pub plan: Plan,
    pub plan_expires_at: Option<i64>,
    pub referral_code: String,
    pub referred_by: Option<i64>,
    pub free_readings_used: u32,
    pub bonus_readings_earned: u32,
    pub bonus_readings_used: u32,
    pub is_blocked: bool,
    pub created_at: i64,
}

impl User {
    /// The plan in force at `now` (see `PlanState::active`): a lapsed paid plan counts as
    /// free even before the expiry job has downgraded the row.
    pub fn plan_in_force(&self, now: i64) -> Plan {
        PlanState {
            plan: self.plan,
            expires_at: self.plan_expires_at,
        }
        .active(now)
    }
}

/// The start of an update's handling: who, whether they are new, and their input step.
#[derive(Debug, Clone)]
pub struct Contact {
    pub user: User,
    pub created: bool,
    /// Created, but the person had been here before and asked to be forgotten.
    pub returning: bool,
    /// The chat's stored input step (JSON), if any.
    pub dialogue: Option<String>,
}

/// What Telegram tells us about a user on each update.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: i64,
    pub username: Option<String>,
    pub first_name: String,
    pub last_name: Option<String>,
    pub language_code: Option<String>,
    /// Key for the id's fingerprint (`domain::referral::fingerprint`), to recognise a user who
    /// asked to be forgotten and comes back.
    pub forget_key: Option<Arc<[u8]>>,
}

/// One user by id, the read on every update's path.
pub(crate) const GET_USER: &str =
    "SELECT id, username, first_name, language, language_chosen, plan, plan_expires_at, \
     referral_code, referred_by, free_readings_used, bonus_readings_earned, bonus_readings_used, \
     is_blocked, created_at FROM users WHERE id = ?1";

/// Every contact refreshes the names and last-seen: ?1 id.
pub(crate) const TOUCH_USER: &str =
    "UPDATE users SET username = ?2, first_name = ?3, last_name = ?4, \
     last_seen_at = ?5, is_inactive = 0 WHERE id = ?1";

fn from_row(r: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        username: r.get(1)?,
        first_name: r.get(2)?,
        language: r.get(3)?,
        language_chosen: r.get(4)?,
        plan: r.get(5)?,
        plan_expires_at: r.get(6)?,
        referral_code: r.get(7)?,
        referred_by: r.get(8)?,
        free_readings_used: r.get(9)?,
        bonus_readings_earned: r.get(10)?,
        bonus_readings_used: r.get(11)?,
        is_blocked: r.get(12)?,
        created_at: r.get(13)?,
    })
}

pub(crate) fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<User>> {
    conn.prepare_cached(GET_USER)?
        .query_row([id], from_row)
        .optional()
}

/// The contact itself; callers run it inside a savepoint so it is all-or-nothing.
/// The contact: the user, whether this contact created the row, and whether the person had
/// been here before and asked to be forgotten.
fn touch(tx: &Connection, who: &NewUser) -> StoreResult<(User, bool, bool)> {
    let t = now();
    let updated = tx.prepare_cached(TOUCH_USER)?.execute(params![
        who.id,
        who.username,
        who.first_name,
        who.last_name,
        t
    ])?;
    let created = updated == 0;
    if created {
        let lang = Lang::detect(who.language_code.as_deref());
        let mut insert = tx.prepare_cached(
            "INSERT INTO users (id, username, first_name, last_name, language, referral_code, \
             created_at, updated_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
        )?;
        // A code collision is astronomically rare; retry a few times rather than fail.
        let mut attempt = 0;
        loop {
            let code = new_referral_code();
            match insert.execute(params![
                who.id,
                who.username,
                who.first_name,
                who.last_name,
                lang.code(),
                code,
                t
            ]) {
                Ok(_) => break,
                Err(e) if attempt < 5 && is_unique_violation(&e) => attempt += 1,
                Err(e) => return Err(e.into()),
            }
        }
    }
    // The day's activity, once per user and UTC day (the cohorts' retention).
    tx.prepare_cached("INSERT OR IGNORE INTO activity_days (user_id, day) VALUES (?1, ?2)")?
        .execute(params![who.id, t.div_euclid(86_400)])?;
    let mut returning = false;
    // Computed only for a new row: this runs on every update, the fingerprint rarely matters.
    if let (true, Some(key)) = (created, &who.forget_key) {
        let fp = fingerprint(key, who.id);
        let used: Option<u32> = tx
            .prepare_cached(
                "SELECT free_readings_used FROM forgotten_users WHERE fingerprint = ?1",
            )?
            .query_row([fp], |r| r.get(0))
            .optional()?;
        if let Some(used) = used {
            returning = true;
            tx.prepare_cached("UPDATE users SET free_readings_used = ?2 WHERE id = ?1")?
                .execute(params![who.id, used])?;
        }
    }
    let user = get(tx, who.id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?;
    Ok((user, created, returning))
}

/// A referral code: 8 characters from an alphabet without look-alikes (0/O, 1/I/L).
pub(crate) fn new_referral_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..8)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

impl Store {
    /// Records a contact: creates the user on first contact (language from Telegram's
    /// `language_code`), otherwise refreshes names and last-seen. Returns the user and
    /// whether this contact created it.
    pub async fn touch_user(&self, who: NewUser) -> StoreResult<(User, bool)> {
        self.write_benign(move |conn| {
            let sp = conn.savepoint()?;
            let (user, created, _) = touch(&sp, &who)?;
            sp.commit()?;
            Ok((user, created))
        })
        .await
    }

    /// Everything an update needs to start, in one write: claims `update_id` (`None` for a
    /// redelivery), records the contact, and reads the chat's input step.
    pub async fn begin_update(
        &self,
        update_id: i64,
        chat_id: i64,
        who: NewUser,
    ) -> StoreResult<Option<Contact>> {
        let cipher = self.cipher();
        self.write_benign(move |conn| {
            let sp = conn.savepoint()?;
            if !super::updates::claim(&sp, update_id, chat_id)? {
                return Ok(None);
            }
            let (user, created, returning) = touch(&sp, &who)?;
            let dialogue = super::dialogue::get(&sp, cipher.as_deref(), chat_id)?;
            sp.commit()?;
            Ok(Some(Contact {
                user,
                created,
                returning,
                dialogue,
            }))
        })
        .await
    }

    pub async fn user(&self, id: i64) -> StoreResult<Option<User>> {
        self.read(move |conn| Ok(get(conn, id)?)).await
    }

    /// The user's explicit choice; from then on Telegram's language is ignored.
    pub async fn set_language(&self, id: i64, lang: Lang) -> StoreResult<()> {
        self.write_benign(move |conn| {
            conn.prepare_cached(
                "UPDATE users SET language = ?2, language_chosen = 1 WHERE id = ?1",
            )?
            .execute(params![id, lang.code()])?;
            Ok(())
        })
        .await
    }

    pub async fn user_count(&self) -> StoreResult<i64> {
        self.read(|conn| Ok(conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?))
            .await
    }
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;

    fn who(id: i64, lang: &str) -> NewUser {
        NewUser {
            id,
            username: Some(format!("u{id}")),
            first_name: "Ayşe".into(),
            last_name: None,
            language_code: Some(lang.into()),
            forget_key: None,
        }
    }

    #[tokio::test]
    async fn first_contact_detects_language_then_choice_sticks() {
        let (_d, store) = temp_store();
        let (u, created) = store.touch_user(who(1, "tr-TR")).await.unwrap();
        assert!(created);
        assert_eq!(u.language, Lang::Tr);
        assert_eq!(u.referral_code.len(), 8);
        store.set_language(1, Lang::De).await.unwrap();
        let (u, created) = store.touch_user(who(1, "fr")).await.unwrap();
        assert!(!created);
        assert_eq!(
            u.language,
            Lang::De,
            "a later language_code never overwrites the choice"
        );
        assert!(u.language_chosen);
        assert_eq!(store.user_count().await.unwrap(), 1);
    }

    #[tokio::test]
    async fn lapsed_plan_counts_as_free() {
        let (_d, store) = temp_store();
        let (mut u, _) = store.touch_user(who(2, "en")).await.unwrap();
        u.plan = Plan::Vip;
        u.plan_expires_at = Some(100);
        assert_eq!(u.plan_in_force(99), Plan::Vip);
        assert_eq!(u.plan_in_force(100), Plan::Free);
        // The one rule: a paid plan without an expiry is not unlimited, it is not in force.
        u.plan_expires_at = None;
        assert_eq!(u.plan_in_force(99), Plan::Free);
    }
}

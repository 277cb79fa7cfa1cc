//! Astrology state: birth data (the user's and saved people's), the shared horoscope cache,
//! chatbot history, and push settings with their idempotency log.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension};

use super::sealing::{open_col, open_opt};
use super::{now, Store, StoreResult};
use crate::crypto::{seal, Cipher};
use crate::domain::astro::HouseSystem;
use crate::domain::astro::Sign;
use crate::domain::pushes::PushKind;
use crate::domain::{Lang, Plan};

/// Birth data as stored: date, optional time, place name, coordinates and IANA zone.
#[derive(Debug, Clone, PartialEq)]
pub struct BirthRecord {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub place: String,
    pub lat: f64,
    pub lon: f64,
    pub tz: String,
    /// The house system the owner chose for their chart (Placidus until they choose).
    pub house_system: HouseSystem,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub birth: BirthRecord,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PushSetting {
    pub kind: PushKind,
    pub local_time: String,
    pub timezone: String,
    pub enabled: bool,
}

/// The next page of opted-in users: ?1 the last user of the previous page, ?2 page size.
pub(crate) const PUSH_PAGE_USERS: &str = "SELECT DISTINCT user_id FROM moon_notifications \
     WHERE user_id > ?1 AND enabled = 1 ORDER BY user_id LIMIT ?2";

/// The enabled pushes of a page's users (?1 first, ?2 last) who can still be reached.
pub(crate) const PUSH_PAGE: &str =
    "SELECT n.user_id, n.kind, n.local_time, n.timezone, u.language, u.plan, u.plan_expires_at, u.sun_sign \
     FROM moon_notifications n JOIN users u ON u.id = n.user_id \
     WHERE n.user_id BETWEEN ?1 AND ?2 \
     AND n.enabled = 1 AND u.is_inactive = 0 AND u.is_blocked = 0 \
     ORDER BY n.user_id, n.kind";

/// A page of enabled pushes, and the user to continue after when more may follow.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PushPage {
    pub pushes: Vec<DuePush>,
    pub next: Option<i64>,
}

/// One enabled push with what the scheduler needs to decide and to render it.
#[derive(Debug, Clone, PartialEq)]
pub struct DuePush {
    pub user_id: i64,
    pub kind: PushKind,
    pub local_time: String,
    pub timezone: String,
    pub language: Lang,
    pub plan: Plan,
    pub plan_expires_at: Option<i64>,
    pub sun_sign: Option<Sign>,
}

/// Birth data is one JSON record in `birth_date`, so with a key it is one sealed value.
fn birth_json(b: &BirthRecord) -> String {
    serde_json::json!({
        "date": b.date.to_string(),
        "time": time_text(b.time),
        "place": b.place,
        "lat": b.lat,
        "lon": b.lon,
        "tz": b.tz,
        "house_system": b.house_system.code(),
    })
    .to_string()
}

fn birth_parse(json: &str) -> Option<BirthRecord> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    Some(BirthRecord {
        date: NaiveDate::parse_from_str(v["date"].as_str()?, "%Y-%m-%d").ok()?,
        time: v["time"]
            .as_str()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok()),
        place: v["place"].as_str().unwrap_or_default().to_string(),
        lat: v["lat"].as_f64()?,
        lon: v["lon"].as_f64()?,
        tz: v["tz"].as_str()?.to_string(),
        house_system: v["house_system"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or(HouseSystem::Placidus),
    })
}

fn birth_from(
    cipher: Option<&Cipher>,
    field: &str,
    stored: Option<String>,
) -> rusqlite::Result<Option<BirthRecord>> {
    Ok(open_opt(cipher, field, stored)?.and_then(|json| birth_parse(&json)))
}

fn time_text(t: Option<NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

fn people(
    conn: &Connection,
    cipher: Option<&Cipher>,
    user_id: i64,
) -> rusqlite::Result<Vec<Person>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, birth_date FROM user_connections WHERE user_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([user_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, birth) = row?;
        let name = open_col(cipher, "user_connections.name", name)?;
        if let Some(birth) = birth_from(cipher, "user_connections.birth_date", birth)? {
            out.push(Person { id, name, birth });
        }
    }
    Ok(out)
}

impl Store {
    pub async fn birth(&self, user_id: i64) -> StoreResult<Option<BirthRecord>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let stored: Option<String> = conn
                .prepare_cached("SELECT birth_date FROM users WHERE id = ?1")?
                .query_row([user_id], |r| r.get(0))
                .optional()?
                .flatten();
            Ok(birth_from(cipher.as_deref(), "users.birth_date", stored)?)
        })
        .await
    }

    /// Keeps the house system the user chose for their chart, inside their (sealed) birth
    /// record. False: they have no birth data yet.
    pub async fn set_house_system(&self, user_id: i64, system: HouseSystem) -> StoreResult<bool> {
        let cipher = self.cipher();
        self.write(move |conn| {
            let stored: Option<String> = conn
                .prepare_cached("SELECT birth_date FROM users WHERE id = ?1")?
                .query_row([user_id], |r| r.get(0))
                .optional()?
                .flatten();
            let Some(mut birth) = birth_from(cipher.as_deref(), "users.birth_date", stored)? else {
                return Ok(false);
            };
            birth.house_system = system;
            let sealed = seal(cipher.as_deref(), "users.birth_date", &birth_json(&birth));
            conn.prepare_cached("UPDATE users SET birth_date = ?2 WHERE id = ?1")?
                .execute(params![user_id, sealed])?;
            Ok(true)
        })
        .await
    }

    /// Saves the user's birth data with the sun sign computed from it; the zone also becomes
    /// the user's time zone for pushes unless they set one.
    pub async fn set_birth(
        &self,
        user_id: i64,
        b: BirthRecord,
        sun_sign: String,
    ) -> StoreResult<()> {
        let sealed = seal(
            self.cipher().as_deref(),
            "users.birth_date",
            &birth_json(&b),
        );
        self.write(move |conn| {
            conn.prepare_cached(
                "UPDATE users SET birth_date = ?2, sun_sign = ?3, timezone = coalesce(timezone, ?4) \
                 WHERE id = ?1",
            )?
            .execute(params![user_id, sealed, sun_sign, b.tz])?;
            Ok(())
        })
        .await
    }

    pub async fn sun_sign(&self, user_id: i64) -> StoreResult<Option<Sign>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT sun_sign FROM users WHERE id = ?1")?
                .query_row([user_id], |r| r.get(0))
                .optional()?
                .flatten())
        })
        .await
    }

    pub async fn add_person(&self, user_id: i64, name: String, b: BirthRecord) -> StoreResult<i64> {
        let cipher = self.cipher();
        let name = seal(cipher.as_deref(), "user_connections.name", &name);
        let birth = seal(
            cipher.as_deref(),
            "user_connections.birth_date",
            &birth_json(&b),
        );
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO user_connections (user_id, name, birth_date) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![user_id, name, birth])?;
            Ok(conn.last_insert_rowid())
        })
        .await
    }

    pub async fn people(&self, user_id: i64) -> StoreResult<Vec<Person>> {
        let cipher = self.cipher();
        self.read(move |conn| Ok(people(conn, cipher.as_deref(), user_id)?))
            .await
    }

    /// One of the user's own saved people (an id from a button is checked against the owner).
    pub async fn person(&self, user_id: i64, id: i64) -> StoreResult<Option<Person>> {
        Ok(self.people(user_id).await?.into_iter().find(|p| p.id == id))
    }

    pub async fn delete_person(&self, user_id: i64, id: i64) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn
                .prepare_cached("DELETE FROM user_connections WHERE id = ?1 AND user_id = ?2")?
                .execute([id, user_id])?
                > 0)
        })
        .await
    }

    pub async fn cached_horoscope(
        &self,
        sign: String,
        lang: String,
        period: String,
        key: String,
    ) -> StoreResult<Option<String>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT body FROM horoscope_cache WHERE sign = ?1 AND language = ?2 AND period = ?3 AND period_key = ?4",
                )?
                .query_row(params![sign, lang, period, key], |r| r.get(0))
                .optional()?)
        })
        .await
    }

    /// Keeps the first text stored for a key and returns it (a racing writer loses quietly).
    pub async fn save_horoscope(
        &self,
        sign: String,
        lang: String,
        period: String,
        key: String,
        body: String,
    ) -> StoreResult<String> {
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT OR IGNORE INTO horoscope_cache (sign, language, period, period_key, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![sign, lang, period, key, body])?;
            Ok(conn
                .prepare_cached(
                    "SELECT body FROM horoscope_cache WHERE sign = ?1 AND language = ?2 AND period = ?3 AND period_key = ?4",
                )?
                .query_row(params![sign, lang, period, key], |r| r.get(0))?)
        })
        .await
    }

    /// The last `limit` chatbot turns, oldest first, as (role, content).
    pub async fn chat_history(
        &self,
        user_id: i64,
        limit: u32,
    ) -> StoreResult<Vec<(String, String)>> {
        let cipher = self.cipher();
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT role, content FROM chatbot_history WHERE user_id = ?1 ORDER BY id DESC LIMIT ?2",
            )?;
            let mut turns = stmt
                .query_map(params![user_id, limit], |r| {
                    Ok((
                        r.get(0)?,
                        open_col(cipher.as_deref(), "chatbot_history.content", r.get(1)?)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
            turns.reverse();
            Ok(turns)
        })
        .await
    }

    /// A question and its answer, stored together once the answer was delivered.
    pub async fn add_chat_exchange(
        &self,
        user_id: i64,
        question: String,
        answer: String,
    ) -> StoreResult<()> {
        let cipher = self.cipher();
        let field = "chatbot_history.content";
        let question = seal(cipher.as_deref(), field, &question);
        let answer = seal(cipher.as_deref(), field, &answer);
        self.write(move |conn| {
            let sp = conn.savepoint()?;
            let t = now();
            for (role, content) in [("user", question), ("assistant", answer)] {
                sp.prepare_cached("INSERT INTO chatbot_history (user_id, role, content, created_at) VALUES (?1, ?2, ?3, ?4)")?
                    .execute(params![user_id, role, content, t])?;
            }
            sp.commit()?;
            Ok(())
        })
        .await
    }

    /// Questions asked to the chatbot since a Unix time (for the per-plan daily limit).
    pub async fn chat_questions_since(&self, user_id: i64, since: i64) -> StoreResult<u32> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT count(*) FROM chatbot_history WHERE user_id = ?1 AND role = 'user' AND created_at >= ?2",
                )?
                .query_row(params![user_id, since], |r| r.get(0))?)
        })
        .await
    }

    pub async fn clear_chat(&self, user_id: i64) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached("DELETE FROM chatbot_history WHERE user_id = ?1")?
                .execute([user_id])?;
            Ok(())
        })
        .await
    }

    pub async fn set_push(&self, user_id: i64, setting: PushSetting) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached(
                "INSERT INTO moon_notifications (user_id, kind, local_time, timezone, enabled) VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT(user_id, kind) DO UPDATE SET local_time = excluded.local_time, \
                 timezone = excluded.timezone, enabled = excluded.enabled",
            )?
            .execute(params![user_id, setting.kind, setting.local_time, setting.timezone, setting.enabled])?;
            Ok(())
        })
        .await
    }

    pub async fn pushes_of(&self, user_id: i64) -> StoreResult<Vec<PushSetting>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT kind, local_time, timezone, enabled FROM moon_notifications WHERE user_id = ?1 ORDER BY kind",
            )?;
            let rows = stmt
                .query_map([user_id], |r| {
                    Ok(PushSetting { kind: r.get(0)?, local_time: r.get(1)?, timezone: r.get(2)?, enabled: r.get(3)? })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// One page of enabled pushes: those of the next `limit` opted-in users after `after_user`
    /// (in user order) who can still receive messages. Callers page through them, so a pass
    /// over a million users holds one page at a time.
    pub async fn enabled_pushes(&self, after_user: i64, limit: i64) -> StoreResult<PushPage> {
        self.read(move |conn| {
            let users = conn
                .prepare_cached(PUSH_PAGE_USERS)?
                .query_map([after_user, limit], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let (Some(&first), Some(&last)) = (users.first(), users.last()) else {
                return Ok(PushPage::default());
            };
            let mut stmt = conn.prepare_cached(PUSH_PAGE)?;
            let pushes = stmt
                .query_map([first, last], |r| {
                    Ok(DuePush {
                        user_id: r.get(0)?,
                        kind: r.get(1)?,
                        local_time: r.get(2)?,
                        timezone: r.get(3)?,
                        language: r.get(4)?,
                        plan: r.get(5)?,
                        plan_expires_at: r.get(6)?,
                        sun_sign: r.get(7)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let next = (users.len() as i64 == limit).then_some(last);
            Ok(PushPage { pushes, next })
        })
        .await
    }

    /// Claims the (user, kind, local date) slot; `false` when it was already claimed, so a push
    /// is never sent twice — not after a restart, not by two overlapping runs.
    pub async fn claim_push(
        &self,
        user_id: i64,
        kind: String,
        local_date: String,
    ) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO push_log (user_id, kind, local_date, status, created_at) VALUES (?1, ?2, ?3, 'sending', ?4)",
                )?
                .execute(params![user_id, kind, local_date, now()])?
                == 1)
        })
        .await
    }

    pub async fn finish_push(
        &self,
        user_id: i64,
        kind: String,
        local_date: String,
        status: &'static str,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached("UPDATE push_log SET status = ?4 WHERE user_id = ?1 AND kind = ?2 AND local_date = ?3")?
                .execute(params![user_id, kind, local_date, status])?;
            Ok(())
        })
        .await
    }

    pub async fn push_log(&self, user_id: i64) -> StoreResult<Vec<(String, String, String)>> {
        self.read(move |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT kind, local_date, status FROM push_log WHERE user_id = ?1 ORDER BY local_date, kind",
            )?;
            let rows = stmt
                .query_map([user_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
        .await
    }

    /// The user blocked the bot: no more pushes until they write again.
    pub async fn mark_inactive(&self, user_id: i64) -> StoreResult<()> {
        self.write(move |conn| {
            conn.prepare_cached("UPDATE users SET is_inactive = 1 WHERE id = ?1")?
                .execute([user_id])?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::temp_store;
    use crate::store::NewUser;

    async fn user(store: &Store, id: i64) {
        let who = NewUser {
            id,
            username: None,
            first_name: "Ada".into(),
            last_name: None,
            language_code: Some("en".into()),
            forget_key: None,
        };
        store.touch_user(who).await.unwrap();
    }

    fn istanbul() -> BirthRecord {
        BirthRecord {
            date: NaiveDate::from_ymd_opt(1990, 7, 15).unwrap(),
            time: NaiveTime::from_hms_opt(12, 30, 0),
            place: "Istanbul".into(),
            lat: 41.01,
            lon: 28.97,
            tz: "Europe/Istanbul".into(),
            house_system: crate::domain::astro::HouseSystem::Placidus,
        }
    }

    #[tokio::test]
    async fn birth_data_and_people_round_trip_per_owner() {
        let (_d, store) = temp_store();
        user(&store, 1).await;
        user(&store, 2).await;
        assert_eq!(store.birth(1).await.unwrap(), None);
        store
            .set_birth(1, istanbul(), "cancer".into())
            .await
            .unwrap();
        assert_eq!(store.birth(1).await.unwrap(), Some(istanbul()));
        assert_eq!(
            store.sun_sign(1).await.unwrap(),
            Some(crate::domain::astro::Sign::Cancer)
        );
        let id = store
            .add_person(
                1,
                "Deniz".into(),
                BirthRecord {
                    time: None,
                    ..istanbul()
                },
            )
            .await
            .unwrap();
        assert_eq!(store.people(1).await.unwrap()[0].birth.time, None);
        assert!(
            store.person(2, id).await.unwrap().is_none(),
            "not someone else's person"
        );
        assert!(!store.delete_person(2, id).await.unwrap());
        assert!(store.delete_person(1, id).await.unwrap());
        assert!(store.people(1).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn horoscopes_keep_the_first_text_and_chat_history_is_ordered() {
        let (_d, store) = temp_store();
        user(&store, 1).await;
        let k = |s: &str| s.to_string();
        assert_eq!(
            store
                .cached_horoscope(k("leo"), k("en"), k("daily"), k("2026-11-26"))
                .await
                .unwrap(),
            None
        );
        let first = store
            .save_horoscope(k("leo"), k("en"), k("daily"), k("2026-11-26"), k("A"))
            .await
            .unwrap();
        let second = store
            .save_horoscope(k("leo"), k("en"), k("daily"), k("2026-11-26"), k("B"))
            .await
            .unwrap();
        assert_eq!((first.as_str(), second.as_str()), ("A", "A"));
        store.add_chat_exchange(1, k("q1"), k("a1")).await.unwrap();
        store.add_chat_exchange(1, k("q2"), k("a2")).await.unwrap();
        let last3 = store.chat_history(1, 3).await.unwrap();
        let texts: Vec<&str> = last3.iter().map(|(_, c)| c.as_str()).collect();
        assert_eq!(texts, ["a1", "q2", "a2"]);
        assert_eq!(store.chat_questions_since(1, 0).await.unwrap(), 2);
        store.clear_chat(1).await.unwrap();
        assert!(store.chat_history(1, 10).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn pushes_come_a_page_of_users_at_a_time() {
        let (_d, store) = temp_store();
        for id in 1..=5 {
            user(&store, id).await;
            for kind in [
                crate::domain::pushes::PushKind::DailyCard,
                crate::domain::pushes::PushKind::DailyHoroscope,
            ] {
                let setting = PushSetting {
                    kind,
                    local_time: "09:00".into(),
                    timezone: "Europe/Istanbul".into(),
                    enabled: true,
                };
                store.set_push(id, setting).await.unwrap();
            }
        }
        // A page of opted-in users whose pushes all go nowhere still leads on.
        store.mark_inactive(1).await.unwrap();
        store.mark_inactive(2).await.unwrap();
        let mut seen = Vec::new();
        let mut after = 0;
        let mut pages = 0;
        loop {
            let page = store.enabled_pushes(after, 2).await.unwrap();
            pages += 1;
            seen.extend(page.pushes.iter().map(|p| p.user_id));
            match page.next {
                Some(next) => after = next,
                None => break,
            }
        }
        assert_eq!(
            seen,
            [3, 3, 4, 4, 5, 5],
            "both kinds of every reachable user, once"
        );
        assert_eq!(pages, 3);
    }

    #[tokio::test]
    async fn a_push_slot_is_claimed_once() {
        let (_d, store) = temp_store();
        user(&store, 1).await;
        let setting = PushSetting {
            kind: crate::domain::pushes::PushKind::DailyCard,
            local_time: "09:00".into(),
            timezone: "Europe/Istanbul".into(),
            enabled: true,
        };
        store.set_push(1, setting.clone()).await.unwrap();
        assert_eq!(store.enabled_pushes(0, 100).await.unwrap().pushes.len(), 1);
        assert!(store
            .claim_push(1, "daily_card".into(), "2026-11-26".into())
            .await
            .unwrap());
        assert!(!store
            .claim_push(1, "daily_card".into(), "2026-11-26".into())
            .await
            .unwrap());
        store.mark_inactive(1).await.unwrap();
        assert!(
            store
                .enabled_pushes(0, 100)
                .await
                .unwrap()
                .pushes
                .is_empty(),
            "a user who blocked the bot gets nothing"
        );
    }
}

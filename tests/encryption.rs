//! Encryption at rest: personal texts are sealed in the SQLite file, a wrong or missing key is
//! refused (never garbage), `falgram rotate-key` moves everything to a new key, and
//! production refuses to run without one.

use std::process::Command;

use chrono::{NaiveDate, NaiveTime};
use falgram::crypto::Cipher;
use falgram::domain::quota::Source;
use falgram::domain::PromptKind;
use falgram::store::{BirthRecord, NewUser, Store};

const K1: &str = "1111111111111111111111111111111111111111111111111111111111111111";
const K2: &str = "Ik7Qd3V5xq0m6QbF2yH8nL1pR4sT9uW0aZ3cE6gJ8kM="; // base64

const DREAM: &str = "Rüyamda gümüş bir balık gördüm";
const ANSWER: &str = "Gümüş balık bolluğa işarettir";
const PLACE: &str = "Kadıköy, İstanbul";

fn birth() -> BirthRecord {
    BirthRecord {
        date: NaiveDate::from_ymd_opt(1990, 5, 17).unwrap(),
        time: NaiveTime::from_hms_opt(14, 30, 0),
        place: PLACE.into(),
        lat: 40.99,
        lon: 29.03,
        tz: "Europe/Istanbul".into(),
        house_system: falgram::domain::astro::HouseSystem::Placidus,
    }
}

async fn fill(store: &Store) -> i64 {
    let who = NewUser {
        id: 7,
        username: None,
        first_name: "Ayşe".into(),
        last_name: None,
        language_code: Some("tr".into()),
        forget_key: None,
    };
    store.begin_update(1, 7, who).await.unwrap().unwrap();
    store.set_birth(7, birth(), "taurus".into()).await.unwrap();
    store
        .add_person(7, "Mehmet Yılmaz".into(), birth())
        .await
        .unwrap();
    let id = store
        .prepare_reading(
            7,
            Source::Free,
            PromptKind::Dream,
            Some(DREAM.into()),
            ANSWER.into(),
            None,
        )
        .await
        .unwrap();
    store.commit_reading(7, id, None).await.unwrap();
    store
        .add_chat_exchange(7, "Venüs nerede?".into(), "Venüs boğada".into())
        .await
        .unwrap();
    store
        .set_dialogue(7, "{\"BirthTime\":{\"date\":\"1990-05-17\"}}".into())
        .await
        .unwrap();
    id
}

async fn check(store: &Store, id: i64) {
    assert_eq!(store.birth(7).await.unwrap(), Some(birth()));
    assert_eq!(store.people(7).await.unwrap()[0].name, "Mehmet Yılmaz");
    let r = store.reading(7, id).await.unwrap().unwrap();
    assert_eq!(r.input.as_deref(), Some(DREAM));
    assert_eq!(r.output, ANSWER);
    let chat = store.chat_history(7, 10).await.unwrap();
    assert_eq!(chat[1].1, "Venüs boğada");
    assert!(store
        .dialogue(7)
        .await
        .unwrap()
        .unwrap()
        .contains("1990-05-17"));
}

fn file_contains(db: &std::path::Path, needle: &str) -> bool {
    let mut bytes = std::fs::read(db).unwrap();
    if let Ok(wal) = std::fs::read(db.with_extension("db-wal")) {
        bytes.extend(wal);
    }
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn cli(db: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_falgram"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("FALGRAM_DB", db)
        .current_dir(db.parent().unwrap());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[tokio::test]
async fn personal_texts_are_sealed_and_a_wrong_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let store = Store::open_keyed(&db, Some(Cipher::from_text(K1).unwrap())).unwrap();
    let id = fill(&store).await;
    check(&store, id).await;
    store.close();
    for clear in [DREAM, ANSWER, PLACE, "Mehmet", "Venüs", "1990-05-17"] {
        assert!(!file_contains(&db, clear), "{clear:?} is in the file");
    }
    let wrong = Store::open_keyed(&db, Some(Cipher::from_text(K2).unwrap()))
        .err()
        .expect("a wrong key is refused")
        .to_string();
    assert!(wrong.contains("wrong ENCRYPTION_KEY"), "{wrong}");
    let none = Store::open(&db)
        .err()
        .expect("no key is refused")
        .to_string();
    assert!(none.contains("no ENCRYPTION_KEY"), "{none}");
    // The bot itself refuses to start with the wrong key, naming the problem.
    let out = cli(&db, &["admin", "stats"], &[("ENCRYPTION_KEY", K2)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong ENCRYPTION_KEY"));
}

#[tokio::test]
async fn rotate_key_reseals_everything_and_seals_old_plain_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    // A database from before encryption: everything in clear.
    let store = Store::open(&db).unwrap();
    let id = fill(&store).await;
    store.close();
    assert!(file_contains(&db, DREAM));
    let out = cli(&db, &["rotate-key", "--new-key", K1], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("were in clear"), "{said}");
    let sealed = Store::open_keyed(&db, Some(Cipher::from_text(K1).unwrap())).unwrap();
    check(&sealed, id).await;
    sealed.close();
    // Rotate K1 → K2 (the new key from the environment, as an operator would pass it).
    let out = cli(
        &db,
        &["rotate-key"],
        &[("ENCRYPTION_KEY", K1), ("NEW_ENCRYPTION_KEY", K2)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains(K2),
        "never echoed"
    );
    assert!(Store::open_keyed(&db, Some(Cipher::from_text(K1).unwrap())).is_err());
    let rotated = Store::open_keyed(&db, Some(Cipher::from_text(K2).unwrap())).unwrap();
    check(&rotated, id).await;
    rotated.close();
    // The old key cannot rotate again: it is no longer the database's key.
    let out = cli(
        &db,
        &["rotate-key", "--new-key", K1],
        &[("ENCRYPTION_KEY", K1)],
    );
    assert!(!out.status.success());
    // A bad new key is refused before anything is touched.
    let out = cli(
        &db,
        &["rotate-key", "--new-key", "tooshort"],
        &[("ENCRYPTION_KEY", K2)],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("32 bytes"));
    for clear in [DREAM, ANSWER, PLACE] {
        assert!(!file_contains(&db, clear));
    }
}

#[test]
fn production_without_a_key_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let out = cli(
        &db,
        &["run"],
        &[
            ("ENVIRONMENT", "production"),
            (
                "TELEGRAM_BOT_TOKEN",
                "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
            ),
            ("HTTP_ADDR", "off"),
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ENVIRONMENT=production requires ENCRYPTION_KEY"),
        "{err}"
    );
    let out = cli(&db, &["migrate"], &[("ENCRYPTION_KEY", "not-a-key")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("ENCRYPTION_KEY: must be 32 bytes"));
}

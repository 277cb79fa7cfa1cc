//! Online backups while the bot writes, restore with integrity checks, pruning, and refusal to
//! restore under a running bot.

mod support;

use falgram::store::backup::{backup, restore};
use support::*;

fn dump(db: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, first_name, language, plan, referral_code FROM users ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{}|{}|{}|{}|{}",
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?
        ))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[tokio::test]
async fn a_backup_taken_while_writing_restores_to_identical_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let backups = dir.path().join("backups");
    let mut h = falgram::sim::Harness::start(&db, fixture_ai())
        .await
        .unwrap();
    // 300 new users arrive while the backup runs.
    for i in 0..300 {
        h.fake.send_text(&user(5000 + i, "tr"), "/start");
    }
    h.expect_updates(300);
    let (d1, b1) = (db.clone(), backups.clone());
    let during = tokio::task::spawn_blocking(move || backup(&d1, &b1, 5))
        .await
        .unwrap()
        .unwrap();
    h.settle(0).await.unwrap();
    let check = rusqlite::Connection::open(&during).unwrap();
    let verdict: String = check
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(verdict, "ok");
    // Quiet now: a backup and its restore are the same data.
    let (d2, b2) = (db.clone(), backups.clone());
    let after = tokio::task::spawn_blocking(move || backup(&d2, &b2, 5))
        .await
        .unwrap()
        .unwrap();
    let restored = dir.path().join("restored.db");
    restore(&after, &restored).unwrap();
    let live = dump(&db);
    assert_eq!(live.len(), 300);
    assert_eq!(dump(&restored), live);
    // Restoring over the database of a running bot is refused.
    let err = restore(&after, &db).unwrap_err().to_string();
    assert!(err.contains("in use"), "{err}");
    h.stop().await;
}

#[test]
fn old_backups_are_pruned_and_a_damaged_file_is_not_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    falgram::store::migrate(&db).unwrap();
    let backups = dir.path().join("b");
    for _ in 0..5 {
        backup(&db, &backups, 3).unwrap();
    }
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 3);
    let bad = dir.path().join("bad.db");
    std::fs::write(&bad, b"SQLite format 3\0 but then garbage garbage garbage").unwrap();
    let err = restore(&bad, &dir.path().join("c.db"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("bad.db"), "{err}");
}

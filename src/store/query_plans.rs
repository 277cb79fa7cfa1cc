//! `EXPLAIN QUERY PLAN` of the queries that must stay fast at a million users (see
//! `benches/million.rs`): a user's path reads by key, the operator's lists and the jobs' pages
//! walk an index in order, and nothing sorts or scans `users` or `readings` whole.

use super::test_support::temp_store;

/// The plan SQLite chooses for `sql` (every parameter NULL), one detail per line.
async fn plan(sql: &'static str) -> String {
    let (_dir, store) = temp_store();
    store
        .read(move |conn| {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
            let nulls = vec![rusqlite::types::Null; stmt.parameter_count()];
            let rows =
                stmt.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.join("\n"))
        })
        .await
        .expect("explain")
}

fn assert_no_full_scan(plan: &str, tables: &[&str]) {
    for line in plan.lines() {
        for table in tables {
            let scans =
                line == format!("SCAN {table}") || line.starts_with(&format!("SCAN {table} "));
            assert!(
                !(scans && !line.contains("USING INDEX") && !line.contains("USING COVERING INDEX")),
                "full scan of {table}:\n{plan}"
            );
        }
    }
}

#[tokio::test]
async fn a_users_path_reads_by_key() {
    for sql in [super::users::GET_USER, super::users::TOUCH_USER] {
        let p = plan(sql).await;
        assert!(
            p.contains("SEARCH users USING INTEGER PRIMARY KEY"),
            "{sql}\n{p}"
        );
    }
    let p = plan(super::readings::RECENT_READINGS).await;
    assert!(
        p.contains("SEARCH readings USING INDEX readings_user"),
        "{p}"
    );
    // Only ties in time are sorted, among one user's readings.
    assert!(
        !p.contains("TEMP B-TREE FOR ORDER BY"),
        "history is read in index order:\n{p}"
    );
}

#[tokio::test]
async fn the_operators_lists_walk_an_index() {
    let p = plan(super::admin::LIST_USERS).await;
    assert!(p.contains("SCAN users USING INDEX users_created"), "{p}");
    assert!(!p.contains("TEMP B-TREE"), "{p}");

    let p = plan(super::admin::SEARCH_USERS).await;
    assert!(
        p.contains("VIRTUAL TABLE INDEX"),
        "the trigram index finds them:\n{p}"
    );
    assert_no_full_scan(&p, &["users"]);

    let p = plan(super::admin::SEARCH_USERS_COMMON).await;
    assert!(p.contains("SCAN users USING INDEX users_created"), "{p}");
    assert!(!p.contains("TEMP B-TREE"), "{p}");

    // Too short for a trigram: newest first until a page is found, never sorted whole.
    let p = plan(super::admin::SEARCH_USERS_SHORT).await;
    assert!(p.contains("SCAN users USING INDEX users_created"), "{p}");
    assert!(!p.contains("TEMP B-TREE"), "{p}");

    let p = plan(super::admin::READINGS_BY_KIND).await;
    assert!(
        p.contains("USING COVERING INDEX readings_delivered_kind"),
        "readings by kind read the index, not the texts:\n{p}"
    );
}

#[tokio::test]
async fn the_jobs_page_in_index_order() {
    let p = plan(super::broadcasts::NEXT_RECIPIENTS).await;
    assert!(p.contains("broadcast_targets_pending"), "{p}");
    assert!(
        !p.contains("TEMP B-TREE"),
        "a page needs no sort of every recipient:\n{p}"
    );

    let p = plan(super::astrology::PUSH_PAGE_USERS).await;
    assert!(p.contains("SEARCH moon_notifications"), "{p}");
    let p = plan(super::astrology::PUSH_PAGE).await;
    assert!(p.contains("SEARCH n USING"), "{p}");
    assert!(p.contains("SEARCH u USING INTEGER PRIMARY KEY"), "{p}");
    assert_no_full_scan(&p, &["users", "u", "moon_notifications", "n"]);
}

#[tokio::test]
async fn search_finds_any_part_of_a_name_and_follows_changes() {
    let (_dir, store) = temp_store();
    let who = |id: i64, username: &str, name: &str| crate::store::NewUser {
        id,
        username: Some(username.into()),
        first_name: name.into(),
        last_name: None,
        language_code: Some("tr".into()),
        forget_key: None,
    };
    store.touch_user(who(1, "stargazer", "Ayşe")).await.unwrap();
    store
        .touch_user(who(2, "moonchild", "Zeynep"))
        .await
        .unwrap();
    let found = |q: &'static str| {
        let store = store.clone();
        async move {
            store
                .user_lines(None, Some(q.into()), 20, 0)
                .await
                .unwrap()
                .into_iter()
                .map(|u| u.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(found("@GAZ").await, vec![1], "inside a username, any case");
    assert_eq!(found("yşe").await, vec![1], "inside a first name");
    assert_eq!(found("2").await, vec![2], "an id");
    assert_eq!(found("ey").await, vec![2], "two letters: the short search");
    assert!(found("nobody").await.is_empty());
    store.touch_user(who(1, "sunseeker", "Ayşe")).await.unwrap();
    assert!(found("gazer").await.is_empty(), "the old username is gone");
    assert_eq!(found("seeker").await, vec![1]);
    // A name thousands share takes the other road, with the same answer: the newest first.
    for id in 100..2_200 {
        store.touch_user(who(id, "", "Common Name")).await.unwrap();
    }
    let newest: Vec<i64> = (2_180..2_200).rev().collect();
    assert_eq!(found("common").await, newest);
}

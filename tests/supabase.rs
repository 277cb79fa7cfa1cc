//! Supabase: the outbox pushed to a fake PostgREST (retry after failures, across a restart,
//! both key kinds, deletions, no personal texts), prompts pulled into overrides, and the
//! import of a Python Fal Gram deployment (idempotent, dry run).

mod support;

use std::process::Command;

use falgram::config::Secret;
use falgram::domain::quota::Source;
use falgram::domain::{Lang, PromptKind};
use falgram::store::{NewUser, Store};
use falgram::supabase::{outbox, prompt_pull as prompts, Client};
use serde_json::json;
use support::postgrest::FakePostgrest;

const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJl";
const NEW_KEY: &str = "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz";

fn who(id: i64) -> NewUser {
    NewUser {
        id,
        username: Some(format!("u{id}")),
        first_name: "Zeynep".into(),
        last_name: None,
        language_code: Some("tr".into()),
        forget_key: None,
    }
}

async fn fake(key: &str) -> FakePostgrest {
    let f = FakePostgrest::start(key).await.unwrap();
    for t in [
        "falgram_users",
        "falgram_payments",
        "falgram_subscriptions",
        "falgram_readings",
    ] {
        f.put(t, vec![]);
    }
    f
}

#[tokio::test]
async fn the_outbox_retries_after_failures_survives_a_restart_and_never_sends_texts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let store = Store::open(&db).unwrap();
    store.set_sync(true).await.unwrap();
    store.begin_update(1, 7, who(7)).await.unwrap().unwrap();
    let id = store
        .prepare_reading(
            7,
            Source::Free,
            PromptKind::Dream,
            Some("secret dream".into()),
            "secret answer".into(),
            None,
        )
        .await
        .unwrap();
    store.commit_reading(7, id, None).await.unwrap();
    let pg = fake(JWT).await;
    let client = Client::new(&pg.url(), Secret::new(JWT)).unwrap();
    let now = 1_900_000_000;
    pg.fail_next(2, 503);
    let pass = outbox::push_once(&store, &client, now).await.unwrap();
    assert_eq!((pass.pushed, pass.failed), (0, 2));
    assert!(
        store.outbox_due(now + 1, 10).await.unwrap().is_empty(),
        "backing off"
    );
    // A restart keeps the outbox.
    store.close();
    let store = Store::open(&db).unwrap();
    let due = store.outbox_due(now + 5, 10).await.unwrap();
    assert_eq!(due.len(), 2);
    assert!(due.iter().all(|r| r.attempts == 1));
    let pass = outbox::push_once(&store, &client, now + 5).await.unwrap();
    assert_eq!((pass.pushed, pass.failed), (2, 0));
    assert_eq!(store.outbox_stats().await.unwrap().0, 0);
    let users = pg.rows("falgram_users");
    assert_eq!(users.len(), 1);
    assert_eq!(users[0]["id"], 7);
    assert_eq!(users[0]["language"], "tr");
    assert_eq!(users[0]["is_blocked"], false);
    let readings = pg.rows("falgram_readings");
    assert_eq!(readings[0]["kind"], "dream");
    assert_eq!(readings[0]["delivered"], true);
    let everything = format!("{:?}", pg.calls());
    assert!(
        !everything.contains("secret"),
        "no reading text leaves the machine"
    );
    for call in pg.calls().iter().filter(|c| c.method == "POST") {
        assert_eq!(call.apikey.as_deref(), Some(JWT));
        assert_eq!(
            call.authorization.as_deref(),
            Some(format!("Bearer {JWT}").as_str())
        );
        assert!(call
            .prefer
            .as_deref()
            .unwrap()
            .contains("resolution=merge-duplicates"));
        assert_eq!(call.query["on_conflict"], "id");
    }
    // A change is pushed as a merge; birth data never is.
    store.set_language(7, Lang::De).await.unwrap();
    outbox::push_once(&store, &client, now + 6).await.unwrap();
    assert_eq!(pg.rows("falgram_users")[0]["language"], "de");
    assert_eq!(pg.rows("falgram_users").len(), 1);
    // `/forget` deletes on the Supabase side too.
    store.forget_user(7, "fp".into()).await.unwrap();
    outbox::push_once(&store, &client, now + 7).await.unwrap();
    assert!(pg.rows("falgram_users").is_empty());
    assert!(pg.rows("falgram_readings").is_empty());
    store.close();
}

#[tokio::test]
async fn new_secret_keys_go_in_apikey_only() {
    let pg = fake(NEW_KEY).await;
    let client = Client::new(&pg.url(), Secret::new(NEW_KEY)).unwrap();
    client
        .upsert("falgram_users", "id", &[json!({"id": 1, "plan": "vip"})])
        .await
        .unwrap();
    let call = &pg.calls()[0];
    assert_eq!(call.apikey.as_deref(), Some(NEW_KEY));
    assert!(call.authorization.is_none(), "not a JWT: no Bearer");
    // A wrong key is an error, with the key nowhere in it.
    let wrong = Client::new(&pg.url(), Secret::new("sb_secret_wrong")).unwrap();
    let e = wrong
        .upsert("falgram_users", "id", &[json!({"id": 1})])
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("401"), "{e}");
    assert!(!e.contains("sb_secret"), "{e}");
}

#[tokio::test]
async fn prompts_edited_in_supabase_become_local_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    let pg = fake(JWT).await;
    pg.put(
        "prompts",
        vec![
            json!({"prompt_type": "dream_interpretation", "language": "tr", "content": "Rüyayı yorumla, {username}."}),
            json!({"prompt_type": "birth_chart", "language": "xx", "content": "x"}),
            json!({"prompt_type": "horoscope_2019", "language": "en", "content": "x"}),
            json!({"prompt_type": "dream", "language": "en", "content": "Use {nonsense}"}),
            json!({"prompt_type": "tarot", "language": "en", "content": "old", "is_active": false}),
        ],
    );
    let client = Client::new(&pg.url(), Secret::new(JWT)).unwrap();
    let first = prompts::pull(&store, &client).await.unwrap();
    assert_eq!(first.applied, 1);
    assert_eq!(first.skipped.len(), 3, "{:?}", first.skipped);
    assert_eq!(
        store
            .prompt_override(PromptKind::Dream, Lang::Tr)
            .await
            .unwrap()
            .as_deref(),
        Some("Rüyayı yorumla, {username}.")
    );
    assert!(store
        .prompt_override(PromptKind::Tarot, Lang::En)
        .await
        .unwrap()
        .is_none());
    let again = prompts::pull(&store, &client).await.unwrap();
    assert_eq!((again.applied, again.unchanged), (0, 1));
    store.close();
}

fn python_deployment(pg: &FakePostgrest) {
    pg.put(
        "users",
        vec![
            json!({"user_id": 1001, "username": "ayse", "first_name": "Ayşe", "language": "tr",
                   "premium_plan": "vip", "premium_expires_at": "2099-01-01T00:00:00+00:00",
                   "readings_count": 12, "referred_by": null, "created_at": "2024-03-01T10:00:00Z"}),
            json!({"user_id": 1002, "username": "john", "first_name": "John", "language": "en",
                   "premium_plan": "free", "readings_count": "2", "referred_by": 1001,
                   "created_at": "2024-04-01 08:30:00"}),
            json!({"user_id": 1003, "first_name": "Olga", "language": "klingon",
                   "premium_plan": "premium", "premium_expires_at": "2020-01-01", "fortune_count": 1}),
            json!({"username": "no id"}),
        ],
    );
    pg.put(
        "premium_subscriptions",
        vec![json!({"user_id": 1002, "plan_type": "basic", "expires_at": "2099-06-01T00:00:00Z", "status": "active"})],
    );
    pg.put(
        "payment_transactions",
        vec![
            json!({"user_id": 1001, "telegram_payment_charge_id": "ch_1", "amount": 2000, "currency": "XTR", "plan": "vip", "created_at": "2024-05-01T00:00:00Z"}),
            json!({"user_id": 1002, "telegram_payment_charge_id": "ch_2", "amount": 500, "currency": "XTR", "plan": "basic"}),
        ],
    );
    pg.put(
        "prompts",
        vec![json!({"prompt_type": "coffee_fortune", "language": "en", "content": "Read the cup for {username}."})],
    );
}

#[tokio::test]
async fn import_from_the_python_version_is_idempotent_and_has_a_dry_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let pg = FakePostgrest::start(JWT).await.unwrap();
    python_deployment(&pg);
    let client = Client::new(&pg.url(), Secret::new(JWT)).unwrap();
    let store = Store::open(&db).unwrap();
    let mut progress = Vec::new();
    let dry = falgram::supabase::import::run(&store, &client, true, &mut progress)
        .await
        .unwrap();
    assert_eq!(dry.counts.users_new, 3);
    assert_eq!(
        store.user_count().await.unwrap(),
        0,
        "a dry run writes nothing"
    );
    let first = falgram::supabase::import::run(&store, &client, false, &mut progress)
        .await
        .unwrap();
    assert_eq!(first.users_seen, 4);
    assert_eq!(first.users_skipped, 1);
    assert_eq!(first.counts.users_new, 3);
    assert_eq!(first.counts.referrals, 1);
    assert_eq!(first.counts.payments, 2);
    assert_eq!(first.counts.subscriptions, 2);
    assert_eq!(first.prompts.as_ref().unwrap().applied, 1);
    assert!(String::from_utf8_lossy(&progress).contains("3/3"));
    let ayse = store.user(1001).await.unwrap().unwrap();
    assert_eq!(ayse.plan.code(), "vip");
    assert_eq!(ayse.language, Lang::Tr);
    let john = store.user(1002).await.unwrap().unwrap();
    assert_eq!(john.plan.code(), "basic", "from the subscriptions table");
    assert_eq!(john.referred_by, Some(1001));
    let olga = store.user(1003).await.unwrap().unwrap();
    assert_eq!(olga.plan.code(), "free", "an expired plan is not imported");
    assert_eq!(olga.language, Lang::En, "an unknown language falls back");
    let second = falgram::supabase::import::run(&store, &client, false, &mut progress)
        .await
        .unwrap();
    assert_eq!(second.counts.users_new, 0);
    assert_eq!(second.counts.users_updated, 0);
    assert_eq!(second.counts.users_unchanged, 3);
    assert_eq!(
        (
            second.counts.payments,
            second.counts.referrals,
            second.counts.subscriptions
        ),
        (0, 0, 0)
    );
    assert_eq!(second.prompts.unwrap().unchanged, 1);
    store.close();
    // The command line does the same, refusing nothing on a stopped bot.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_falgram"));
    cmd.args(["import", "--dry-run", "--supabase-url", &pg.url()])
        .env_clear()
        .env("SUPABASE_KEY", JWT)
        .env("FALGRAM_DB", &db)
        .current_dir(dir.path());
    // Off the test's runtime thread, which must keep serving the fake.
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("DRY RUN"), "{said}");
    assert!(said.contains("3 unchanged"), "{said}");
    assert!(!said.contains(JWT) && !String::from_utf8_lossy(&out.stderr).contains(JWT));
}

#[tokio::test]
async fn the_mirror_rebuilds_a_lost_database_and_again_changes_nothing() {
    use falgram::domain::Plan;
    use falgram::store::NewPayment;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("lost.db")).unwrap();
    store.set_sync(true).await.unwrap();
    // A referrer and the friend they brought; the friend buys Basic, then VIP (the Basic
    // month converted), and has a reading; the referrer gets a gift.
    store.begin_update(1, 10, who(10)).await.unwrap().unwrap();
    store.begin_update(2, 11, who(11)).await.unwrap().unwrap();
    let code = store.user(10).await.unwrap().unwrap().referral_code;
    store.credit_referral(code.clone(), 11, 2).await.unwrap();
    let settings = falgram::domain::Settings::default();
    for (charge, plan, amount) in [("c-basic", Plan::Basic, 500), ("c-vip", Plan::Vip, 2000)] {
        store
            .apply_payment(
                NewPayment {
                    user_id: 11,
                    telegram_charge_id: charge.into(),
                    provider_charge_id: String::new(),
                    amount,
                    currency: "XTR".into(),
                    plan: Some(plan),
                    payload: format!("premium_{plan}_11_n"),
                    is_recurring: false,
                    is_first_recurring: false,
                    subscription_expires_at: None,
                    review: None,
                },
                &settings,
            )
            .await
            .unwrap();
    }
    let id = store
        .prepare_reading(
            11,
            Source::Free,
            PromptKind::Tarot,
            Some("q".into()),
            "a".into(),
            None,
        )
        .await
        .unwrap();
    store.commit_reading(11, id, None).await.unwrap();
    store.gift_plan(10, Plan::Premium, 7).await.unwrap();
    let pg = fake(JWT).await;
    let client = Client::new(&pg.url(), Secret::new(JWT)).unwrap();
    outbox::drain(&store, &client).await.unwrap();
    let before = (
        store.user(10).await.unwrap().unwrap(),
        store.user(11).await.unwrap().unwrap(),
        store.payments_of(11).await.unwrap(),
    );
    store.close();

    // The machine is gone: a fresh database from the mirror.
    let fresh = Store::open(dir.path().join("rebuilt.db")).unwrap();
    let mut progress = Vec::new();
    let r = falgram::supabase::restore::run(&fresh, &client, &mut progress)
        .await
        .unwrap();
    assert_eq!((r.users, r.payments, r.readings, r.referrals), (2, 2, 1, 1));
    assert!(r.subscriptions >= 3, "{r:?}");
    assert!(String::from_utf8_lossy(&progress).contains("falgram_users"));
    let (a, b) = (
        fresh.user(10).await.unwrap().unwrap(),
        fresh.user(11).await.unwrap().unwrap(),
    );
    for (old, new) in [(&before.0, &a), (&before.1, &b)] {
        assert_eq!(new.plan, old.plan);
        assert_eq!(new.plan_expires_at, old.plan_expires_at);
        assert_eq!(
            new.referral_code, old.referral_code,
            "shared links keep working"
        );
        assert_eq!(new.bonus_readings_earned, old.bonus_readings_earned);
        assert_eq!(new.language, old.language);
    }
    assert_eq!(b.referred_by, Some(10));
    assert_eq!(fresh.referral_stats(10).await.unwrap().invited, 1);
    assert_eq!(fresh.payments_of(11).await.unwrap(), before.2);
    // The command an operator runs, on its own database file.
    let (url, db) = (pg.url(), dir.path().join("cli.db"));
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_falgram"))
            .args(["restore", "--from-supabase", "--db"])
            .arg(&db)
            .env("SUPABASE_URL", &url)
            .env("SUPABASE_KEY", JWT)
            .env_remove("ENCRYPTION_KEY")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("2 users (1 referrals linked), 2 payments"),
        "{said}"
    );
    // Again: nothing changes, nothing doubles.
    let again = falgram::supabase::restore::run(&fresh, &client, &mut Vec::new())
        .await
        .unwrap();
    assert_eq!((again.users, again.payments), (2, 2));
    assert_eq!(fresh.referral_stats(10).await.unwrap().invited, 1);
    assert_eq!(fresh.user_count().await.unwrap(), 2);
    // A refund after the restore takes back what the Basic payment became, as before.
    let (_, after) = fresh
        .refund_payment("c-basic".into())
        .await
        .unwrap()
        .unwrap();
    let taken = b.plan_expires_at.unwrap() - after.expires_at.unwrap();
    assert!((taken - 30 * 86_400 / 4).abs() <= 2, "{taken}");
    // Reading metadata is back (for the statistics), never shown as an empty reading.
    assert!(fresh.recent_readings(11, 10).await.unwrap().is_empty());
    fresh.close();
}

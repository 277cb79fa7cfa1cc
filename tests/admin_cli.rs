//! `falgram admin …` against the database of a running bot, reaching the fake Bot API for the
//! commands that talk to Telegram.

mod support;

use std::process::{Command, Output};

use falgram::sim::fake_telegram::FAKE_TOKEN;
use support::*;

async fn admin(db: &std::path::Path, api: Option<&str>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_falgram"));
    for var in [
        "TELEGRAM_BOT_TOKEN",
        "ADMIN_ID",
        "AI_PROVIDER",
        "GEMINI_API_KEY",
        "FALGRAM_DB",
        "ENCRYPTION_KEY",
    ] {
        c.env_remove(var);
    }
    if let Some(url) = api {
        c.env("TELEGRAM_BOT_TOKEN", FAKE_TOKEN)
            .env("TELEGRAM_API_URL", url);
    }
    c.arg("admin").args(args).arg("--db").arg(db);
    tokio::task::spawn_blocking(move || c.output().unwrap())
        .await
        .unwrap()
}

/// A bot on a database file the terminal commands can open beside it.
async fn live(
    ai: falgram::ai::SharedAi,
) -> (tempfile::TempDir, std::path::PathBuf, falgram::sim::Harness) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.db");
    let h = falgram::sim::Harness::start(&db, ai).await.unwrap();
    (dir, db, h)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

#[tokio::test]
async fn terminal_commands_work_on_the_live_database() {
    let (dir, db, mut h) = live(fixture_ai()).await;
    let (a, b) = (user(801, "tr"), user(802, "en"));
    h.text(&a, "/start").await.unwrap();
    h.text(&b, "/start").await.unwrap();
    let api = h.fake.api_url();

    let out = admin(&db, None, &["users"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = stdout(&out);
    assert!(
        lines.contains("801\tAyşe (@user801)\ttr\tfree\t–"),
        "{lines}"
    );
    assert!(
        lines.contains("802\tAyşe (@user802)\ten\tfree\t–"),
        "{lines}"
    );

    // A gift while the bot runs, told to the user in Turkish through Telegram.
    let out = admin(&db, Some(&api), &["gift", "801", "premium", "30"]).await;
    assert!(
        stdout(&out).contains("notified in Telegram"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let told = h.fake.messages_to(801);
    assert!(
        told.iter()
            .any(|r| r.text().is_some_and(|t| t.contains("hediye edildi"))),
        "{told:?}"
    );
    let expiry = falgram::i18n::format::date(
        falgram::domain::Lang::En,
        (chrono::Utc::now() + chrono::Duration::days(30)).date_naive(),
    );
    let out = admin(&db, None, &["users", "--plan", "premium"]).await;
    assert_eq!(
        stdout(&out).trim(),
        format!("801\tAyşe (@user801)\ttr\tpremium\t{expiry}")
    );
    // The running bot sees it at once.
    assert_eq!(
        h.app()
            .unwrap()
            .store
            .user(801)
            .await
            .unwrap()
            .unwrap()
            .plan
            .code(),
        "premium"
    );
    let out = admin(&db, None, &["stats"]).await;
    assert!(
        stdout(&out).contains("Plans: Basic 0 · Premium 1 · VIP 0"),
        "{}",
        stdout(&out)
    );

    // Without a token the user is not notified, and it says so.
    let out = admin(&db, None, &["cancel", "801"]).await;
    assert!(
        stdout(&out).contains("not notified: TELEGRAM_BOT_TOKEN is not set"),
        "{}",
        stdout(&out)
    );
    let out = admin(&db, None, &["refund", "ch-x"]).await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs Telegram"));

    // Prompts: a bad placeholder is refused, a good override is used, reset restores.
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "Interpret {dreem} for {username}.").unwrap();
    let out = admin(
        &db,
        None,
        &[
            "prompts",
            "set",
            "dream",
            "en",
            "--file",
            bad.to_str().unwrap(),
        ],
    )
    .await;
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("dreem"));
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "You read dreams for {username} on {date}.").unwrap();
    let out = admin(
        &db,
        None,
        &[
            "prompts",
            "set",
            "dream",
            "en",
            "--file",
            good.to_str().unwrap(),
        ],
    )
    .await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = admin(&db, None, &["prompts", "show", "dream", "en"]).await;
    assert!(stdout(&out).contains("(override)") && stdout(&out).contains("You read dreams"));
    let out = admin(&db, None, &["prompts", "list"]).await;
    assert!(stdout(&out).contains(" en*"), "{}", stdout(&out));
    admin(&db, None, &["prompts", "reset", "dream", "en"]).await;
    let out = admin(&db, None, &["prompts", "show", "dream", "en"]).await;
    assert!(stdout(&out).contains("(embedded)"));

    // A broadcast to English speakers only, without a terminal: --yes is required.
    let out = admin(
        &db,
        Some(&api),
        &["broadcast", "--text", "Hello <all>", "--lang", "en"],
    )
    .await;
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    let out = admin(
        &db,
        Some(&api),
        &[
            "broadcast",
            "--text",
            "Hello <all>",
            "--lang",
            "en",
            "--yes",
        ],
    )
    .await;
    assert!(
        stdout(&out).contains("1 recipient(s): 1 delivered, 0 blocked, 0 failed"),
        "{}",
        stdout(&out)
    );
    assert!(h
        .fake
        .messages_to(802)
        .iter()
        .any(|r| r.text() == Some("Hello &lt;all&gt;")));
    assert!(!h
        .fake
        .messages_to(801)
        .iter()
        .any(|r| r.text().is_some_and(|t| t.contains("Hello"))));
    h.stop().await;
}

#[tokio::test]
async fn a_terminal_broadcast_is_handed_to_the_running_bot() {
    let (dir, mut h) = start(fixture_ai()).await;
    for id in [811, 812] {
        h.text(&user(id, "en"), "/start").await.unwrap();
    }
    let db = h.db_path().to_path_buf();
    // The bot holds the database (`<db>.lock`), as `falgram run` does: the terminal must not
    // send itself (two processes with two budgets could exceed Telegram's limit).
    assert!(falgram::store::backup::DbLock::acquire(&db).is_err());
    let api = h.fake.api_url();
    let out = admin(
        &db,
        Some(&api),
        &["broadcast", "--text", "Eclipse tonight", "--yes"],
    )
    .await;
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("the running bot sends broadcast"), "{err}");
    assert!(
        stdout(&out).contains("2 recipient(s): 2 delivered"),
        "{}{err}",
        stdout(&out)
    );
    for id in [811, 812] {
        assert!(h
            .fake
            .messages_to(id)
            .iter()
            .any(|r| r.text() == Some("Eclipse tonight")));
    }
    let app = h.app().unwrap().clone();
    let p = app.store.broadcast_progress(1).await.unwrap().unwrap();
    assert_eq!(p.runner, "bot", "sent by the bot's runner");
    // A paid one: the cost first, then Telegram's paid flag on every message.
    let out = admin(
        &db,
        Some(&api),
        &["broadcast", "--text", "Eclipse, now", "--paid", "--yes"],
    )
    .await;
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        err.contains("a paid broadcast to 2 user(s) costs about 0.0 ⭐"),
        "{err}"
    );
    let paid = h
        .fake
        .requests()
        .into_iter()
        .filter(|r| r.text() == Some("Eclipse, now") && r.body["allow_paid_broadcast"] == true)
        .count();
    assert_eq!(paid, 2);
    drop(dir);
}

#[tokio::test]
async fn ai_spend_comes_from_the_providers_token_counts_at_the_operators_prices() {
    use support::gemini::FakeGemini;
    let gemini = FakeGemini::start().await.unwrap();
    let (_dir, db, mut h) = live(gemini_ai(&gemini.url())).await;
    // Two dreams read: the fake Gemini bills 10 tokens in and 20 out for each.
    for id in [811, 812] {
        let u = open_dreams(&mut h, id).await;
        h.text(&u, "I was flying over a city of glass")
            .await
            .unwrap();
    }
    let rows = h.app().unwrap().store.ai_usage_since(0).await.unwrap();
    let dream = rows
        .iter()
        .find(|r| r.kind == falgram::domain::PromptKind::Dream)
        .unwrap();
    assert_eq!(
        (
            dream.model.as_str(),
            dream.answered,
            dream.input_tokens,
            dream.output_tokens
        ),
        ("gemini-test", 2, 20, 40),
        "{rows:?}"
    );
    // Without a price the spend is not a confident zero: the model is named.
    let stats = stdout(&admin(&db, None, &["stats"]).await);
    assert!(stats.contains("AI spend: $0.0000 today"), "{stats}");
    assert!(stats.contains("No price is set for gemini-test"), "{stats}");
    // Prices per million tokens: 20 in × $1,000 + 40 out × $2,000 = $0.10 for two readings.
    let set = admin(
        &db,
        None,
        &[
            "ai-price",
            "--model",
            "gemini-test",
            "--input",
            "1000",
            "--output",
            "2000",
        ],
    )
    .await;
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    assert!(stdout(&set).contains("gemini-test\tin $1000 / 1M tokens\tout $2000 / 1M tokens"));
    let stats = stdout(&admin(&db, None, &["stats"]).await);
    assert!(
        stats.contains("AI spend: $0.1000 today, $0.1000 this month (2 calls)"),
        "{stats}"
    );
    assert!(
        stats.contains("Dream interpretation: $0.0500 a reading (2 readings)"),
        "{stats}"
    );
    // Free users only cost: their margin is the AI spend, negative.
    assert!(
        stats.contains("Free this month: $0.0000 from Stars, $0.1000 of AI, margin -$0.1000"),
        "{stats}"
    );
    assert!(!stats.contains("No price is set"), "{stats}");
    // A price that is not one is refused in one line.
    let bad = admin(
        &db,
        None,
        &[
            "ai-price",
            "--model",
            "gemini-test",
            "--input",
            "-1",
            "--output",
            "2",
        ],
    )
    .await;
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--input: -1 is not a price"));
}

#[tokio::test]
async fn reconcile_matches_telegrams_stars_ledger_with_our_payments_by_charge_id() {
    let (_dir, db, mut h) = live(fixture_ai()).await;
    let u = user(821, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = invoice_payload(&mut h, &u, "basic").await;
    h.exchange(|f| f.successful_payment(&u, &payload, 500, "paid-1"))
        .await
        .unwrap();
    let api = h.fake.api_url();
    // The books agree: one payment each side.
    let out = admin(&db, Some(&api), &["reconcile"]).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(
        text.contains("Telegram's ledger: 1 transaction(s), 500 ⭐ net; our payments: 1"),
        "{text}"
    );
    assert!(text.contains("The books agree."), "{text}");
    // Telegram took a payment the bot never heard of, and refunded ours behind our back.
    h.fake.star_transaction(&u, "lost-2", 1000);
    let _ = reqwest::Client::new()
        .post(format!(
            "{api}/bot{}/refundStarPayment",
            falgram::sim::fake_telegram::FAKE_TOKEN
        ))
        .json(&serde_json::json!({"user_id": 821, "telegram_payment_charge_id": "paid-1"}))
        .send()
        .await
        .unwrap();
    // Telegram's balance on the dashboard: 500 in, 500 refunded, 1,000 taken unseen.
    let stats = stdout(&admin(&db, Some(&api), &["stats"]).await);
    assert!(
        stats.contains("Stars balance with Telegram: 1,000 ⭐"),
        "{stats}"
    );
    let text = stdout(&admin(&db, Some(&api), &["reconcile"]).await);
    assert!(text.contains("MISMATCH\tmissing_payment\tlost-2"), "{text}");
    assert!(text.contains("MISMATCH\tmissed_refund\tpaid-1"), "{text}");
    // Each difference is an error event for the admin panel's log.
    let events = h
        .app()
        .unwrap()
        .store
        .recent_events(Some("error".into()), Some("stars_mismatch".into()), 20)
        .await
        .unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.message.contains("missing_payment: lost-2")),
        "{events:?}"
    );
    // Without a token the command says what it needs.
    let none = admin(&db, None, &["reconcile"]).await;
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("set TELEGRAM_BOT_TOKEN"));
}

#[tokio::test]
async fn the_funnel_counts_each_step_once_per_user_by_source_and_language() {
    let (_dir, db, mut h) = live(fixture_ai()).await;
    // Two newcomers from an Instagram campaign link, one direct, one Turkish from the campaign.
    let (a, b, c, d) = (
        user(831, "en"),
        user(832, "en"),
        user(833, "en"),
        user(834, "tr"),
    );
    for u in [&a, &b, &d] {
        h.text(u, "/start c_Instagram").await.unwrap();
    }
    h.text(&c, "/start").await.unwrap();
    // A reads a dream twice (first reading counted once), then buys Basic.
    for _ in 0..2 {
        let out = h.text(&a, "/menu").await.unwrap();
        let (msg, data) = button(&out, "Dreams");
        h.press(&a, msg, &data).await.unwrap();
        h.text(&a, "I was swimming with silver fish").await.unwrap();
    }
    let payload = invoice_payload(&mut h, &a, "basic").await;
    h.exchange(|f| f.successful_payment(&a, &payload, 500, "funnel-1"))
        .await
        .unwrap();
    let today = chrono::Utc::now().date_naive().to_string();
    let all = stdout(&admin(&db, None, &["funnel", "--from", &today, "--json"]).await);
    let v: serde_json::Value = serde_json::from_str(&all).unwrap();
    let users = |v: &serde_json::Value, step: &str| {
        v["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["step"] == step)
            .unwrap()["users"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(users(&v, "first_contact"), 4, "{all}");
    assert_eq!(users(&v, "first_reading"), 1, "{all}");
    assert_eq!(users(&v, "invoice_sent"), 1, "{all}");
    assert_eq!(users(&v, "paid"), 1, "{all}");
    assert_eq!(v["steps"][1]["of_previous_percent"], 25.0, "{all}");
    // By campaign: three came from it, one paid.
    let insta = stdout(&admin(&db, None, &["funnel", "--source", "c_instagram", "--json"]).await);
    let v: serde_json::Value = serde_json::from_str(&insta).unwrap();
    assert_eq!(
        (users(&v, "first_contact"), users(&v, "paid")),
        (3, 1),
        "{insta}"
    );
    let direct = stdout(&admin(&db, None, &["funnel", "--source", "direct", "--json"]).await);
    let v: serde_json::Value = serde_json::from_str(&direct).unwrap();
    assert_eq!(users(&v, "first_contact"), 1, "{direct}");
    let turkish = stdout(&admin(&db, None, &["funnel", "--lang", "tr"]).await);
    assert!(turkish.contains("first_contact          1"), "{turkish}");
    // Every contact marks its day active; a user who first came eight days ago and was back
    // the next day and a week later shows in their week's cohort.
    let app = h.app().unwrap();
    let eight_days_ago = chrono::Utc::now().timestamp() - 8 * 86_400;
    let first_day = eight_days_ago.div_euclid(86_400);
    app.store
        .write(move |c| {
            c.execute(
                "UPDATE users SET created_at = ?1 WHERE id = 833",
                [eight_days_ago],
            )?;
            c.execute(
                "INSERT INTO activity_days (user_id, day) VALUES (833, ?1), (833, ?2)",
                [first_day + 1, first_day + 7],
            )?;
            Ok(())
        })
        .await
        .unwrap();
    let today_active: i64 = app
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM activity_days WHERE user_id = 832 AND day = unixepoch() / 86400",
                [],
                |r| r.get(0),
            )?)
        })
        .await
        .unwrap();
    assert_eq!(today_active, 1, "the contact marked today");
    let from = (chrono::Utc::now() - chrono::Duration::days(9))
        .date_naive()
        .to_string();
    let weekly = stdout(
        &admin(
            &db,
            None,
            &["funnel", "--from", &from, "--source", "direct", "--json"],
        )
        .await,
    );
    let v: serde_json::Value = serde_json::from_str(&weekly).unwrap();
    let cohort = v["cohorts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["users"] == 1 && c["day_1"] == 1)
        .unwrap_or_else(|| panic!("{weekly}"));
    assert_eq!(
        (cohort["day_7"].as_i64(), cohort["day_30"].as_i64()),
        (Some(1), Some(0))
    );
    let table = stdout(&admin(&db, None, &["funnel", "--from", &from]).await);
    assert!(table.contains("Weekly cohorts"), "{table}");
    // Bad input: one line each.
    for (args, needle) in [
        (
            vec!["funnel", "--from", "yesterday"],
            "--from: \"yesterday\" is not a date",
        ),
        (
            vec!["funnel", "--lang", "xx"],
            "--lang: \"xx\" is not one of",
        ),
        (
            vec!["funnel", "--from", "2026-12-01", "--to", "2026-11-01"],
            "is after --to",
        ),
    ] {
        let out = admin(&db, None, &args).await;
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
}

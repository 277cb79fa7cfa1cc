//! Error reporting against a fake Sentry speaking the envelope protocol: the real layer,
//! queue and sender, installed as a tracing subscriber.

mod support;

use std::time::Duration;

use falgram::config::SentryDsn as Dsn;
use falgram::observe::sentry::{self, Context, Reporter};
use support::sentry::FakeSentry;
use tracing_subscriber::layer::SubscriberExt;

const KEY: &str = "0123456789abcdef0123456789abcdef";

fn ctx() -> Context {
    Context {
        release: "falgram@test".into(),
        environment: "staging".into(),
        server_name: None,
    }
}

/// The reporter, with its layer as this thread's subscriber for the guard's lifetime.
fn install(dsn: &str) -> (Reporter, tracing::subscriber::DefaultGuard) {
    let (layer, reporter) = sentry::start(Dsn::parse(dsn).unwrap(), ctx());
    let guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(layer));
    (reporter, guard)
}

#[tokio::test]
async fn an_error_arrives_as_an_exception_with_breadcrumbs_and_lower_levels_do_not() {
    let fake = FakeSentry::start("42", KEY).await.unwrap();
    let (reporter, _guard) = install(&fake.dsn());
    tracing::debug!("too fine to keep");
    tracing::info!(user = 7, "reading started");
    tracing::warn!("AI slow");
    tracing::error!(
        update_id = 9,
        error = "Bad Request: chat not found",
        "handler failed"
    );
    assert!(reporter.flush(Duration::from_secs(5)).await);
    let events = fake.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e["level"], "error");
    assert_eq!(e["release"], "falgram@test");
    assert_eq!(e["environment"], "staging");
    assert_eq!(e["logger"], module_path!());
    let ex = &e["exception"]["values"][0];
    assert_eq!(ex["type"], "handler failed");
    assert_eq!(ex["value"], "Bad Request: chat not found");
    assert_eq!(e["extra"]["update_id"], "9");
    assert!(e["extra"]["location"]
        .as_str()
        .unwrap()
        .starts_with("tests/sentry.rs:"));
    let crumbs: Vec<&str> = e["breadcrumbs"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["message"].as_str().unwrap())
        .collect();
    assert_eq!(crumbs, ["reading started user=7", "AI slow"]);
    assert_eq!(reporter.counts(), (1, 0));
}

#[tokio::test]
async fn a_panic_is_reported_once_with_its_location() {
    let fake = FakeSentry::start("42", KEY).await.unwrap();
    let (reporter, _guard) = install(&fake.dsn());
    sentry::install_panic_hook();
    let caught = std::panic::catch_unwind(|| panic!("the moon is not a number"));
    assert!(caught.is_err());
    // What the update guard logs after catching a handler's panic is not sent again.
    tracing::error!(
        error = "panic: the moon is not a number",
        panicked = true,
        "handler failed"
    );
    assert!(reporter.flush(Duration::from_secs(5)).await);
    let events = fake.events();
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e["level"], "fatal");
    let ex = &e["exception"]["values"][0];
    assert_eq!(ex["type"], "panic");
    assert_eq!(ex["value"], "the moon is not a number");
    assert_eq!(ex["mechanism"]["handled"], false);
    assert!(e["extra"]["location"]
        .as_str()
        .unwrap()
        .starts_with("tests/sentry.rs:"));
}

#[tokio::test]
async fn a_flood_of_errors_is_capped_and_never_blocks() {
    let fake = FakeSentry::start("42", KEY).await.unwrap();
    let (reporter, _guard) = install(&fake.dsn());
    for i in 0..200 {
        tracing::error!(error = %format!("boom {i}"), "crash loop");
    }
    assert!(reporter.flush(Duration::from_secs(10)).await);
    let (sent, dropped) = reporter.counts();
    assert_eq!(sent as usize, fake.events().len());
    assert!(
        (10..=11).contains(&sent),
        "a burst of 10 (plus one refill at most): {sent}"
    );
    assert_eq!(sent + dropped, 200);
}

#[tokio::test]
async fn a_rate_limit_answer_pauses_reporting() {
    let fake = FakeSentry::start("42", KEY).await.unwrap();
    let (reporter, _guard) = install(&fake.dsn());
    fake.rate_limit_next(60);
    tracing::error!(error = "first", "failed");
    tracing::error!(error = "second", "failed");
    assert!(reporter.flush(Duration::from_secs(5)).await);
    assert_eq!(fake.statuses(), [429], "the second was not even tried");
    assert!(fake.events().is_empty());
    assert_eq!(reporter.counts(), (0, 2));
}

#[tokio::test]
async fn a_wrong_key_or_project_is_refused_and_not_retried_in_a_loop() {
    let fake = FakeSentry::start("42", KEY).await.unwrap();
    let wrong_key = fake.dsn().replace(KEY, "feedfeedfeedfeedfeedfeedfeedfeed");
    let (reporter, guard) = install(&wrong_key);
    tracing::error!(error = "x", "failed");
    assert!(reporter.flush(Duration::from_secs(5)).await);
    drop(guard);
    let wrong_project = fake.dsn().replace("/42", "/43");
    let (reporter2, _guard) = install(&wrong_project);
    tracing::error!(error = "y", "failed");
    assert!(reporter2.flush(Duration::from_secs(5)).await);
    // The reporter's own warnings about the refusals are not reported in turn.
    assert_eq!(fake.statuses(), [401, 403]);
    assert_eq!(reporter.counts(), (0, 1));
    assert_eq!(reporter2.counts(), (0, 1));
}

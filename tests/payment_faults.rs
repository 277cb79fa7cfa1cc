//! Money under faults (README, "Reliability"): every payment is recorded whatever the user's
//! state, the payload or the price; every pre-checkout is answered; a refund takes back exactly
//! what its payment added.

mod support;

use falgram::sim::fake_telegram::{FakeUser, Recorded};
use falgram::sim::Harness;
use serde_json::json;
use support::*;

const DAY: i64 = 86_400;
const ADMIN: i64 = 900;

async fn payload_for(h: &mut Harness, u: &FakeUser, plan: &str) -> String {
    let out = h.press(u, 1, &format!("1:pb:{plan}")).await.unwrap();
    let invoice = out
        .iter()
        .find(|r| r.is("sendInvoice"))
        .expect("an invoice");
    invoice.body["payload"].as_str().unwrap().to_string()
}

fn pre_checkout_answer(out: &[Recorded]) -> (bool, String) {
    let a = out
        .iter()
        .find(|r| r.is("answerPreCheckoutQuery"))
        .expect("every pre-checkout is answered");
    (
        a.body["ok"] == true,
        a.body["error_message"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

fn to_admin(out: &[Recorded]) -> String {
    out.iter()
        .filter(|r| r.chat_id() == Some(ADMIN))
        .filter_map(|r| r.text())
        .collect::<Vec<_>>()
        .join("\n")
}

async fn expiry(h: &Harness, id: i64) -> Option<i64> {
    h.app()
        .unwrap()
        .store
        .user(id)
        .await
        .unwrap()
        .unwrap()
        .plan_expires_at
}

async fn review(h: &Harness, charge: &str) -> Option<String> {
    let db = rusqlite::Connection::open(h.db_path()).unwrap();
    db.query_row(
        "SELECT review FROM payments WHERE telegram_payment_charge_id = ?1",
        [charge],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
async fn a_blocked_subscribers_renewal_is_recorded_and_refundable() {
    let (_d, mut h, admin) = start_with_admin(ADMIN).await;
    let u = user(801, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = payload_for(&mut h, &u, "basic").await;
    h.exchange(|f| f.recurring_payment(&u, &payload, 500, "sub-1", true))
        .await
        .unwrap();
    let first = expiry(&h, 801).await.unwrap();
    let app = h.app().unwrap().clone();
    falgram::services::accounts::set_blocked(&app, Some(ADMIN), 801, true)
        .await
        .unwrap();
    // Telegram renews the subscription a month later.
    let out = h
        .exchange(|f| f.recurring_payment(&u, &payload, 500, "sub-2", false))
        .await
        .unwrap();
    assert_eq!(expiry(&h, 801).await, Some(first + 30 * DAY), "granted");
    assert_eq!(review(&h, "sub-2").await.as_deref(), Some("blocked_user"));
    assert!(to_admin(&out).contains("The payer is blocked"), "{out:?}");
    assert!(
        out.iter().all(|r| r.chat_id() != Some(801)),
        "a blocked user hears nothing"
    );
    // A pre-checkout from the blocked user is answered: refused, with the reason.
    let out = h
        .exchange(|f| f.pre_checkout(&u, &payload, "XTR", 500))
        .await
        .unwrap();
    let (ok, why) = pre_checkout_answer(&out);
    assert!(!ok);
    assert!(why.contains("not available for this account"), "{why}");
    // Everything else from them is still ignored.
    let out = h.text(&u, "/start").await.unwrap();
    assert!(out.iter().all(|r| r.chat_id() != Some(801)));
    // And the admin can refund the renewal.
    let out = h.text(&admin, "/refund sub-2").await.unwrap();
    let refund = out
        .iter()
        .find(|r| r.is("refundStarPayment"))
        .expect("refunded");
    assert_eq!(refund.body["user_id"], 801);
}

#[tokio::test]
async fn a_pre_checkout_with_an_amount_out_of_range_is_still_answered() {
    let (_d, mut h, _admin) = start_with_admin(ADMIN).await;
    let u = user(802, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = payload_for(&mut h, &u, "basic").await;
    for amount in [json!(-5), json!(5_000_000_000u64), json!("500")] {
        let out = h
            .exchange(|f| {
                f.push_update(json!({"pre_checkout_query": {
                    "id": format!("odd-{amount}"),
                    "from": u.json(),
                    "currency": "XTR",
                    "total_amount": amount,
                    "invoice_payload": payload,
                }}))
            })
            .await
            .unwrap();
        let (ok, why) = pre_checkout_answer(&out);
        assert!(!ok, "{amount}");
        assert!(why.contains("price has changed"), "{amount}: {why}");
    }
}

#[tokio::test]
async fn a_payment_naming_no_plan_is_recorded_flagged_and_refundable() {
    let (_d, mut h, admin) = start_with_admin(ADMIN).await;
    let u = user(803, "en");
    h.text(&u, "/start").await.unwrap();
    let out = h
        .exchange(|f| f.successful_payment(&u, "premium_gold_803_x", 700, "odd-1"))
        .await
        .unwrap();
    assert!(all_text(&out).contains("could not match it to a plan"));
    assert!(
        to_admin(&out).contains("could not be matched to a plan"),
        "{out:?}"
    );
    assert_eq!(
        review(&h, "odd-1").await.as_deref(),
        Some("unreadable_payload")
    );
    assert_eq!(expiry(&h, 803).await, None, "nothing granted");
    let out = h.text(&admin, "/refund odd-1").await.unwrap();
    let refund = out
        .iter()
        .find(|r| r.is("refundStarPayment"))
        .expect("refunded");
    assert_eq!(refund.body["telegram_payment_charge_id"], "odd-1");
}

#[tokio::test]
async fn a_refund_after_an_upgrade_takes_back_what_that_payment_became() {
    let (_d, mut h, admin) = start_with_admin(ADMIN).await;
    let u = user(804, "en");
    h.text(&u, "/start").await.unwrap();
    let basic = payload_for(&mut h, &u, "basic").await;
    h.exchange(|f| f.successful_payment(&u, &basic, 500, "basic-1"))
        .await
        .unwrap();
    let vip = payload_for(&mut h, &u, "vip").await;
    h.exchange(|f| f.successful_payment(&u, &vip, 2000, "vip-1"))
        .await
        .unwrap();
    let before = expiry(&h, 804).await.unwrap();
    h.text(&admin, "/refund basic-1").await.unwrap();
    let taken = before - expiry(&h, 804).await.unwrap();
    // The Basic month became 7.5 VIP days at the upgrade: that is what its refund takes.
    assert!(
        (taken - 30 * DAY / 4).abs() <= 2,
        "{} days taken",
        taken as f64 / DAY as f64
    );
    let u = h.app().unwrap().store.user(804).await.unwrap().unwrap();
    assert_eq!(u.plan.code(), "vip");
}

#[tokio::test]
async fn a_payment_at_the_wrong_price_is_granted_and_flagged() {
    let (_d, mut h, _admin) = start_with_admin(ADMIN).await;
    let u = user(805, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = payload_for(&mut h, &u, "basic").await;
    let out = h
        .exchange(|f| f.successful_payment(&u, &payload, 1, "cheap-1"))
        .await
        .unwrap();
    assert!(
        expiry(&h, 805).await.is_some(),
        "what was paid for is granted"
    );
    assert_eq!(
        review(&h, "cheap-1").await.as_deref(),
        Some("price_mismatch")
    );
    assert!(
        to_admin(&out).contains("differs from the plan’s current price"),
        "{out:?}"
    );
}

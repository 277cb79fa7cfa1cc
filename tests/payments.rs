//! Premium plans end to end through the fake Bot API: invoices, pre-checkout, payments (once
//! per charge id), renewals, upgrades, subscriptions, refunds, expiry, and the admin commands.

mod support;

use falgram::domain::payments::PaymentStatus;
use falgram::sim::fake_telegram::{FakeUser, Recorded};
use falgram::sim::Harness;
use support::*;

const DAY: i64 = 86_400;

async fn plan_of(h: &Harness, id: i64) -> (String, Option<i64>) {
    let u = h.app().unwrap().store.user(id).await.unwrap().unwrap();
    (u.plan.code().to_string(), u.plan_expires_at)
}

async fn start_with_admin(admin: i64) -> (tempfile::TempDir, Harness) {
    let dir = tempfile::tempdir().unwrap();
    let h = Harness::start_with_env(
        &dir.path().join("bot.db"),
        fixture_ai(),
        vec![("ADMIN_ID".into(), admin.to_string())],
    )
    .await
    .unwrap();
    (dir, h)
}

/// Buys `plan` through the real screens and returns the invoice request.
async fn invoice(h: &mut Harness, u: &FakeUser, plan: &str) -> Recorded {
    let out = h.press(u, 1, &format!("1:pb:{plan}")).await.unwrap();
    out.into_iter()
        .find(|r| r.is("sendInvoice"))
        .expect("an invoice")
}

fn answer_of(out: &[Recorded]) -> (bool, Option<String>) {
    let a = out
        .iter()
        .find(|r| r.is("answerPreCheckoutQuery"))
        .expect("a pre-checkout answer");
    (
        a.body["ok"] == true,
        a.body["error_message"].as_str().map(str::to_string),
    )
}

#[tokio::test]
async fn the_premium_screen_compares_plans_and_invoices_are_stars_with_one_price() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(700, "en");
    h.text(&u, "/start").await.unwrap();
    let out = h.press(&u, 1, "1:o:pre").await.unwrap();
    let screen = all_text(&out);
    assert!(screen.contains("Your plan: <b>Free</b>"), "{screen}");
    // Tiers: what the free plan has, then what each plan adds to the one below.
    let tiers = screen
        .split("What each plan gives you")
        .nth(1)
        .unwrap_or_default();
    let free = tiers.find("<b>Free</b>:").unwrap();
    let basic = tiers.find("<b>Basic</b> adds:").unwrap();
    let vip = tiers.find("<b>VIP</b> adds:").unwrap();
    let at = |f: &str| tiers.find(&format!("• {f}")).unwrap();
    assert!(
        free < at("Daily horoscope") && at("Daily horoscope") < basic,
        "{screen}"
    );
    assert!(
        basic < at("Birth chart") && at("Birth chart") < vip,
        "{screen}"
    );
    assert!(vip < at("Astro chat"), "{screen}");
    let (msg, data) = button(&out, "Premium · 1,000 ⭐");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(all_text(&out).contains("✔ Transits"));
    assert!(!all_text(&out).contains("✔ Astro chat"));
    let inv = invoice(&mut h, &u, "premium").await;
    assert_eq!(inv.body["currency"], "XTR");
    assert_eq!(inv.body["prices"].as_array().unwrap().len(), 1);
    assert_eq!(inv.body["prices"][0]["amount"], 1000);
    assert!(
        inv.body.get("provider_token").is_none_or(|t| t.is_null()),
        "no provider token for Stars"
    );
    let payload = inv.body["payload"].as_str().unwrap();
    assert!(
        payload.starts_with("premium_premium_700_") && payload.len() <= 128,
        "{payload}"
    );
    // The monthly subscription is an invoice link with a 30-day period.
    let out = h.press(&u, 1, "1:ps:vip").await.unwrap();
    let link = out
        .iter()
        .find(|r| r.is("createInvoiceLink"))
        .expect("an invoice link");
    assert_eq!(link.body["subscription_period"], 2_592_000);
    assert_eq!(link.body["prices"][0]["amount"], 2000);
    let (_, url) = button(&out, "Open the subscription");
    assert!(url.starts_with("https://t.me/"), "{url}");
}

#[tokio::test]
async fn pre_checkout_accepts_only_the_exact_invoice() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(701, "en");
    h.text(&u, "/start").await.unwrap();
    let inv = invoice(&mut h, &u, "basic").await;
    let payload = inv.body["payload"].as_str().unwrap().to_string();
    let out = h
        .exchange(|f| f.pre_checkout(&u, &payload, "XTR", 500))
        .await
        .unwrap();
    assert_eq!(answer_of(&out), (true, None));
    for (currency, amount, who, bad_payload, needle) in [
        ("XTR", 499, 701, None, "price has changed"),
        ("USD", 500, 701, None, "not in Telegram Stars"),
        ("XTR", 500, 702, None, "another account"),
        (
            "XTR",
            500,
            701,
            Some("premium_gold_701_abc"),
            "no longer valid",
        ),
    ] {
        let payer = user(who, "en");
        let p = bad_payload
            .map(str::to_string)
            .unwrap_or_else(|| payload.clone());
        let out = h
            .exchange(|f| f.pre_checkout(&payer, &p, currency, amount))
            .await
            .unwrap();
        let (ok, reason) = answer_of(&out);
        assert!(!ok, "{currency} {amount} {who}");
        assert!(reason.unwrap_or_default().contains(needle), "{needle}");
    }
}

#[tokio::test]
async fn a_payment_grants_once_renewals_extend_and_upgrades_convert() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(703, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = invoice(&mut h, &u, "basic").await.body["payload"]
        .as_str()
        .unwrap()
        .to_string();
    let out = h
        .exchange(|f| f.successful_payment(&u, &payload, 500, "charge-1"))
        .await
        .unwrap();
    assert!(
        all_text(&out).contains("<b>Basic</b> is active until"),
        "{}",
        all_text(&out)
    );
    let (plan, first_expiry) = plan_of(&h, 703).await;
    assert_eq!(plan, "basic");
    let first_expiry = first_expiry.unwrap();
    assert!((first_expiry - (falgram::store::now() + 30 * DAY)).abs() < 60);
    // Telegram redelivers the same payment: nothing changes, nothing is said.
    let out = h
        .exchange(|f| f.successful_payment(&u, &payload, 500, "charge-1"))
        .await
        .unwrap();
    assert!(texts(&out).is_empty(), "{out:?}");
    assert_eq!(plan_of(&h, 703).await.1, Some(first_expiry));
    // The same plan again: 30 days added to the current expiry.
    let again = invoice(&mut h, &u, "basic").await.body["payload"]
        .as_str()
        .unwrap()
        .to_string();
    h.exchange(|f| f.successful_payment(&u, &again, 500, "charge-2"))
        .await
        .unwrap();
    assert_eq!(plan_of(&h, 703).await.1, Some(first_expiry + 30 * DAY));
    // A higher plan starts now; the ~60 unused basic days are worth 30 premium days (500/1000).
    let up = invoice(&mut h, &u, "premium").await.body["payload"]
        .as_str()
        .unwrap()
        .to_string();
    h.exchange(|f| f.successful_payment(&u, &up, 1000, "charge-3"))
        .await
        .unwrap();
    let (plan, expiry) = plan_of(&h, 703).await;
    assert_eq!(plan, "premium");
    let expected = falgram::store::now() + 30 * DAY + 30 * DAY;
    assert!(
        (expiry.unwrap() - expected).abs() < 120,
        "{} vs {expected}",
        expiry.unwrap()
    );
    // A lower plan while premium runs: refused before the invoice and at pre-checkout.
    let out = h.press(&u, 1, "1:pb:basic").await.unwrap();
    assert!(out.iter().all(|r| !r.is("sendInvoice")));
    assert!(
        all_text(&out).contains("Premium plan is still running"),
        "{}",
        all_text(&out)
    );
    let out = h
        .exchange(|f| f.pre_checkout(&u, "premium_basic_703_xyz", "XTR", 500))
        .await
        .unwrap();
    assert!(!answer_of(&out).0);
}

#[tokio::test]
async fn subscription_renewals_extend_automatically() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(704, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = "premium_vip_704_sub1";
    h.exchange(|f| f.recurring_payment(&u, payload, 2000, "sub-1", true))
        .await
        .unwrap();
    let first = plan_of(&h, 704).await.1.unwrap();
    h.exchange(|f| f.recurring_payment(&u, payload, 2000, "sub-2", false))
        .await
        .unwrap();
    assert_eq!(
        plan_of(&h, 704).await,
        ("vip".into(), Some(first + 30 * DAY))
    );
    let rows = h.app().unwrap().store.payments_of(704).await.unwrap();
    assert_eq!(rows.len(), 2);
}

#[tokio::test]
async fn a_refund_request_reaches_the_admin_who_refunds_it() {
    let admin = user(900, "tr");
    let (_d, mut h) = start_with_admin(900).await;
    h.text(&admin, "/start").await.unwrap();
    let u = user(705, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = invoice(&mut h, &u, "premium").await.body["payload"]
        .as_str()
        .unwrap()
        .to_string();
    h.exchange(|f| f.successful_payment(&u, &payload, 1000, "charge-r"))
        .await
        .unwrap();
    let out = h.text(&u, "/paysupport").await.unwrap();
    let (msg, data) = button(&out, "Refund 1,000 ⭐");
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(all_text(&out).contains("refund request was sent"));
    // The admin is told in Turkish, with a button.
    let to_admin: Vec<_> = out.iter().filter(|r| r.chat_id() == Some(900)).collect();
    assert!(
        to_admin
            .iter()
            .any(|r| r.text().is_some_and(|t| t.contains("iade istiyor"))),
        "{out:?}"
    );
    let data = to_admin
        .iter()
        .flat_map(|r| r.buttons())
        .flatten()
        .find(|(l, _)| l.contains("İade et"))
        .unwrap()
        .1;
    // A non-admin pressing it learns nothing and changes nothing.
    let out = h.press(&u, 1, &data).await.unwrap();
    assert!(out.iter().all(|r| !r.is("refundStarPayment")));
    assert!(!all_text(&out).contains("iade"));
    let out = h.press(&admin, 1, &data).await.unwrap();
    let refund = out
        .iter()
        .find(|r| r.is("refundStarPayment"))
        .expect("refundStarPayment");
    assert_eq!(refund.body["telegram_payment_charge_id"], "charge-r");
    assert_eq!(refund.body["user_id"], 705);
    assert!(
        all_text(&out).contains("1,000 ⭐ have been refunded"),
        "{}",
        all_text(&out)
    );
    assert_eq!(
        plan_of(&h, 705).await,
        ("free".into(), None),
        "the days bought are taken back"
    );
    let p = h.app().unwrap().store.payments_of(705).await.unwrap();
    assert_eq!(p[0].status, PaymentStatus::Refunded);
    // Refunding twice does nothing.
    let out = h.text(&admin, "/refund charge-r").await.unwrap();
    assert!(out.iter().all(|r| !r.is("refundStarPayment")));
}

#[tokio::test]
async fn plans_remind_before_expiry_and_end_with_a_message() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(706, "en");
    h.text(&u, "/start").await.unwrap();
    let payload = invoice(&mut h, &u, "basic").await.body["payload"]
        .as_str()
        .unwrap()
        .to_string();
    h.exchange(|f| f.successful_payment(&u, &payload, 500, "charge-e"))
        .await
        .unwrap();
    let expiry = plan_of(&h, 706).await.1.unwrap();
    let since = h.fake.request_count();
    // 2.5 days before: the 3-day reminder, once.
    assert_eq!(h.run_expiry(expiry - 2 * DAY - DAY / 2).await.unwrap(), 1);
    assert_eq!(
        h.run_expiry(expiry - 2 * DAY - DAY / 2 + 60).await.unwrap(),
        0
    );
    // Half a day before: the 1-day reminder.
    assert_eq!(h.run_expiry(expiry - DAY / 2).await.unwrap(), 1);
    // At the end: downgraded with a message, once.
    assert_eq!(h.run_expiry(expiry + 1).await.unwrap(), 1);
    assert_eq!(h.run_expiry(expiry + 120).await.unwrap(), 0);
    assert_eq!(plan_of(&h, 706).await, ("free".into(), None));
    let sent: Vec<String> = h
        .fake
        .requests_since(since)
        .iter()
        .filter_map(|r| r.text().map(str::to_string))
        .collect();
    assert!(sent[0].contains("ends in 3 days"), "{sent:?}");
    assert!(sent[1].contains("ends in 1 day"), "{sent:?}");
    assert!(sent[2].contains("has ended"), "{sent:?}");
    let renew = h.fake.requests_since(since)[0].buttons();
    assert_eq!(renew[0][0].1, "1:pi:basic");
}

#[tokio::test]
async fn admins_gift_and_cancel_and_everyone_else_learns_nothing() {
    let admin = user(901, "en");
    let (_d, mut h) = start_with_admin(901).await;
    h.text(&admin, "/start").await.unwrap();
    let u = user(707, "tr");
    h.text(&u, "/start").await.unwrap();
    let out = h.text(&admin, "/gift 707 vip 10").await.unwrap();
    assert!(
        all_text(&out).contains("User 707 now has <b>VIP</b>"),
        "{}",
        all_text(&out)
    );
    let told: Vec<_> = out.iter().filter(|r| r.chat_id() == Some(707)).collect();
    assert!(
        told[0].text().unwrap().contains("hediye edildi"),
        "the user hears it in Turkish"
    );
    assert_eq!(plan_of(&h, 707).await.0, "vip");
    let out = h.text(&admin, "/gift 707 gold 10").await.unwrap();
    assert!(all_text(&out).contains("Usage:"));
    let out = h.text(&admin, "/cancel 707").await.unwrap();
    assert!(all_text(&out).contains("has been ended"));
    assert_eq!(plan_of(&h, 707).await, ("free".into(), None));
    // The admin's plain /cancel still just aborts input.
    let out = h.text(&admin, "/cancel").await.unwrap();
    assert!(
        all_text(&out).contains("There is nothing to cancel"),
        "{}",
        all_text(&out)
    );
    // The dashboard: figures and a chart.
    let out = h.text(&admin, "/admin").await.unwrap();
    assert!(all_text(&out).contains("👥 Users: 2"), "{}", all_text(&out));
    let chart = out
        .iter()
        .find(|r| r.is("sendPhoto"))
        .expect("the dashboard chart");
    let png = tiny_skia::Pixmap::decode_png(&chart.files[0].2).unwrap();
    assert_eq!((png.width(), png.height()), (900, 420));
    // A non-admin: every admin command and callback gets the answer to unknown input.
    let unknown = all_text(&h.text(&u, "blah").await.unwrap());
    for cmd in ["/admin", "/gift 707 vip 10", "/refund x", "/cancel 901"] {
        let out = h.text(&u, cmd).await.unwrap();
        assert!(out
            .iter()
            .all(|r| !r.is("sendPhoto") && !r.is("refundStarPayment")));
        if cmd != "/cancel 901" {
            assert_eq!(all_text(&out), unknown, "{cmd}");
        }
    }
    assert_eq!(plan_of(&h, 707).await.0, "free");
    assert_eq!(plan_of(&h, 901).await.0, "free");
    let out = h.press(&u, 1, "1:ar:1").await.unwrap();
    assert_eq!(all_text(&out), unknown);
}

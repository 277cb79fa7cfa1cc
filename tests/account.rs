//! Referrals, history and `/forget`, end to end.

mod support;

use falgram::sim::fake_telegram::FakeUser;
use support::*;

fn ref_code(out: &[falgram::sim::fake_telegram::Recorded]) -> String {
    let text = all_text(out);
    let start = text.find("?start=ref_").expect("a referral link") + "?start=ref_".len();
    text[start..start + 8].to_string()
}

async fn referral_page(
    h: &mut falgram::sim::Harness,
    u: &FakeUser,
) -> Vec<falgram::sim::fake_telegram::Recorded> {
    let out = h.text(u, "/menu").await.unwrap();
    let (msg, data) = button(&out, "🎁");
    h.press(u, msg, &data).await.unwrap()
}

#[tokio::test]
async fn a_new_user_credits_the_inviter_once_and_never_oneself() {
    let (_d, mut h) = start(fixture_ai()).await;
    let alice = FakeUser::new(60, "Alice", "en");
    h.text(&alice, "/start").await.unwrap();
    let code = ref_code(&referral_page(&mut h, &alice).await);

    // Oneself: nothing to anyone else (start-up calls such as setMyCommands carry no chat).
    let out = h.text(&alice, &format!("/start ref_{code}")).await.unwrap();
    assert!(
        out.iter().filter_map(|r| r.chat_id()).all(|c| c == 60),
        "{out:?}"
    );

    // A genuinely new user: the inviter is told and gets a bonus reading (and the first badge).
    let bob = FakeUser::new(61, "Bob", "tr");
    let out = h.text(&bob, &format!("/start ref_{code}")).await.unwrap();
    let to_alice: Vec<_> = out.iter().filter(|r| r.chat_id() == Some(60)).collect();
    assert_eq!(to_alice.len(), 1, "{out:?}");
    let note = to_alice[0].text().unwrap();
    assert!(
        note.contains("Bob joined through your link! +1 bonus reading."),
        "{note}"
    );
    assert!(
        note.contains("New badge: 🌱 First Spark — 1 friend invited!"),
        "{note}"
    );

    // The same joiner again, or an existing user following the link: no further credit.
    let out = h.text(&bob, &format!("/start ref_{code}")).await.unwrap();
    assert!(out.iter().all(|r| r.chat_id() != Some(60)));
    let carol = FakeUser::new(62, "Carol", "en");
    h.text(&carol, "hello").await.unwrap();
    let out = h.text(&carol, &format!("/start ref_{code}")).await.unwrap();
    assert!(
        out.iter().all(|r| r.chat_id() != Some(60)),
        "Carol was not new"
    );

    let page = all_text(&referral_page(&mut h, &alice).await);
    assert!(page.contains("👥 Invited: 1"), "{page}");
    assert!(page.contains("1 earned, 0 used"), "{page}");
    assert!(page.contains("Rank: #1 of 3"), "{page}");
    assert!(page.contains("🥇 1. Alice — 1"), "{page}");
    assert!(page.contains("Next badge at 5 invites."), "{page}");

    // The bonus is used after the free readings.
    let app = h.app().unwrap().clone();
    let a = app
        .store
        .allowance(60, &app.settings())
        .await
        .unwrap()
        .unwrap();
    assert_eq!((a.free_left(), a.bonus_left()), (4, 1));
}

#[tokio::test]
async fn the_leaderboard_orders_by_invites_and_hides_last_names() {
    let (_d, mut h) = start(fixture_ai()).await;
    let mut codes = Vec::new();
    for (id, name) in [(70, "Zeynep"), (71, "Yusuf")] {
        let u = FakeUser::new(id, name, "en");
        h.text(&u, "/start").await.unwrap();
        codes.push(ref_code(&referral_page(&mut h, &u).await));
    }
    let mut next = 80;
    for (code, n) in [(&codes[0], 1), (&codes[1], 3)] {
        for _ in 0..n {
            let u = FakeUser::new(next, "Guest", "en");
            next += 1;
            h.text(&u, &format!("/start ref_{code}")).await.unwrap();
        }
    }
    let page = all_text(&referral_page(&mut h, &FakeUser::new(70, "Zeynep", "en")).await);
    let first = page.find("🥇 1. Yusuf — 3").expect(&page);
    let second = page.find("🥈 2. Zeynep — 1").expect(&page);
    assert!(first < second);
    assert!(page.contains("Rank: #2 of 6"), "{page}");
}

#[tokio::test]
async fn my_readings_lists_and_reopens_only_my_own() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(90, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    h.text(&u, "A lighthouse in fog").await.unwrap();
    let out = h.text(&u, "/menu").await.unwrap();
    let (msg, data) = button(&out, "My readings");
    let out = h.press(&u, msg, &data).await.unwrap();
    let (msg, open) = button(&out, "Dream interpretation");
    let out = h.press(&u, msg, &open).await.unwrap();
    let text = all_text(&out);
    assert!(text.contains("📜 <b>Dream interpretation</b>"), "{text}");
    assert!(
        text.contains("A lighthouse in fog"),
        "the reading again: {text}"
    );
    // Another user pressing a forged id sees their own (empty) list.
    let other = user(91, "en");
    h.text(&other, "/start").await.unwrap();
    let out = h.press(&other, 1, &open).await.unwrap();
    let text = all_text(&out);
    assert!(
        text.contains("no readings yet") && !text.contains("lighthouse"),
        "{text}"
    );
}

#[tokio::test]
async fn forget_deletes_after_confirmation_and_does_not_reset_the_quota() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(95, "en");
    let out = h.text(&u, "/start").await.unwrap();
    let (msg, data) = button(&out, "Dreams");
    h.press(&u, msg, &data).await.unwrap();
    h.text(&u, "A forgotten dream").await.unwrap();
    let out = h.text(&u, "/forget").await.unwrap();
    assert!(all_text(&out).contains("Are you sure?"));
    let (msg, no) = button(&out, "No, keep");
    let out = h.press(&u, msg, &no).await.unwrap();
    assert!(all_text(&out).contains("Nothing was deleted."));
    let app = h.app().unwrap().clone();
    assert!(app.store.user(95).await.unwrap().is_some());
    let out = h.text(&u, "/forget").await.unwrap();
    let (msg, yes) = button(&out, "Yes, delete");
    let out = h.press(&u, msg, &yes).await.unwrap();
    assert!(all_text(&out).contains("Your data has been deleted."));
    assert!(app.store.user(95).await.unwrap().is_none());
    assert!(app.store.recent_readings(95, 10).await.unwrap().is_empty());
    // Coming back starts afresh, but the free readings already used stay used.
    h.text(&u, "/start").await.unwrap();
    let a = app
        .store
        .allowance(95, &app.settings())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.free_left(), 3);
}

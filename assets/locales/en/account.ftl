# Referrals, history and /forget.
cmd-forget = Delete my data
referral-page =
    🎁 <b>Invite friends</b>
    Share your link: for every friend who joins, you get { $bonus ->
        [one] 1 bonus reading
       *[other] { $bonus } bonus readings
    }.

    { $link }

    👥 Invited: { $invited }
    🎟 Bonus readings: { $earned } earned, { $used } used
    🏅 Rank: #{ $rank } of { $total }
referral-badge = Your badge: { $badge }
referral-next =
    { $next ->
        [one] Next badge at 1 invite.
       *[other] Next badge at { $next } invites.
    }
referral-top-title = <b>Top 10</b>
referral-top-empty = No invites yet — be the first!
referral-credited =
    🎉 { $name } joined through your link! { $bonus ->
        [one] +1 bonus reading.
       *[other] +{ $bonus } bonus readings.
    }
referral-milestone =
    🏅 New badge: { $badge } — { $count ->
        [one] 1 friend invited!
       *[other] { $count } friends invited!
    }
referral-share-text = Coffee, tarot, dreams and astrology on Telegram ✨ Join me on Fal Gram:
btn-share-link = 📤 Share my link
badge-1 = 🌱 First Spark
badge-5 = 🌙 Moon Circle
badge-10 = ⭐ Star Gatherer
badge-25 = 🔮 Oracle
badge-50 = 👑 Legend
history-title =
    📜 <b>Your recent readings</b>
    Tap one to read it again:
history-empty = 📜 You have no readings yet. Choose one from the menu to begin.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ My readings
forget-confirm =
    ⚠️ <b>Delete my data</b>
    This permanently deletes your profile, readings, birth details and chat history, and ends any active plan. Payment records are kept for accounting, without your name.

    Are you sure?
btn-forget-yes = 🗑 Yes, delete everything
btn-forget-no = ↩️ No, keep my data
forget-done = 🗑 Your data has been deleted. If you message me again, you will start afresh.
forget-kept = ↩️ Nothing was deleted.

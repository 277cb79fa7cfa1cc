name-feature = { $feature ->
    [daily_horoscope] Daily horoscope
    [moon_today] Today’s Moon
    [unlimited_readings] Unlimited readings
    [birth_chart] Birth chart
    [weekly_horoscope] Weekly horoscope
    [monthly_horoscope] Monthly horoscope
    [compatibility] Compatibility
    [moon_calendar] Moon calendar
    [moon_commentary] The Moon’s daily message
    [moon_notifications] Moon notifications
    [sky_events] The month’s sky events and alerts
    [solar_return] Solar return: your year ahead
    [transits] Transits
    [pdf_download] PDF downloads
    [astro_chatbot] Astro chat
   *[friends_compatibility] Compatibility with friends
}
premium-compare = What each plan gives you
# The first (free) tier, then each plan with what it adds to the one below:
plans-tier-base = <b>{ $plan }</b>:
plans-tier-more = <b>{ $plan }</b> adds:
premium-current = Your plan: <b>{ $plan }</b>, until { $date }.
premium-current-free = Your plan: <b>Free</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ for { $days ->
        [one] 1 day
       *[other] { $days } days
    }
    What’s included:
btn-buy =
    { $price ->
        [one] ⭐ Buy for 1 Star
       *[other] ⭐ Buy for { $price } Stars
    }
btn-subscribe = 🔁 Subscribe monthly
btn-open-subscription = 🔁 Open the subscription
subscribe-link = 🔁 A monthly subscription to <b>{ $plan }</b> for { $price } ⭐. Telegram renews it every 30 days, and you can cancel it at any time in Telegram’s settings.
invoice-title = Fal Gram { $plan }
invoice-description = { $plan } plan for { $days ->
        [one] 1 day
       *[other] { $days } days
    }: unlimited readings plus the plan’s astrology features.
precheckout-bad-payload = This invoice is no longer valid. Please open the plans again.
precheckout-wrong-currency = This invoice is not in Telegram Stars.
precheckout-wrong-amount = The price has changed. Please open the plans again to see the current price.
precheckout-wrong-user = This invoice was created for another account.
precheckout-blocked = Purchases are not available for this account. Nothing has been charged.
precheckout-downgrade = Your { $plan } plan is still running; you can buy a lower plan once it ends.
payment-thanks = 🎉 Thank you! <b>{ $plan }</b> is active until { $date }.
payment-problem = ⚠️ Your payment arrived, but I could not match it to a plan. An administrator has been notified and will sort it out; you can also write to /paysupport.
btn-refund-request = ↩️ Refund { $amount } ⭐ ({ $date })
refund-requested = ✅ Your refund request was sent to an administrator. You will get a message once it has been handled.
refund-not-possible = This payment can no longer be refunded (it is too old, has already been refunded, or a refund has already been requested).
refund-done =
    { $amount ->
        [one] ↩️ 1 ⭐ has been refunded to you. The plan time it paid for has been removed.
       *[other] ↩️ { $amount } ⭐ have been refunded to you. The plan time they paid for has been removed.
    }
expiry-reminder =
    ⏳ Your <b>{ $plan }</b> plan ends in { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $date }). Renew it to keep all its features.
btn-renew = 🔁 Renew
plan-expired = Your <b>{ $plan }</b> plan has ended; you are now on the Free plan. You can switch back to a paid plan at any time.
plan-gifted = 🎁 You have been given <b>{ $plan }</b> for { $days ->
        [one] 1 day
       *[other] { $days } days
    } — active until { $date }.
plan-cancelled = An administrator has ended your plan. Write to /paysupport if you have any questions.

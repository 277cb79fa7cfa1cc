name-feature = { $feature ->
    [daily_horoscope] Daily horoscope
    [moon_today] Today's moon
    [unlimited_readings] Unlimited readings
    [birth_chart] Birth chart
    [weekly_horoscope] Weekly horoscope
    [monthly_horoscope] Monthly horoscope
    [compatibility] Compatibility
    [moon_calendar] Moon calendar
    [moon_commentary] The Moon's daily message
    [moon_notifications] Moon notifications
    [transits] Transits
    [pdf_download] PDF downloads
    [astro_chatbot] Astro chat
   *[friends_compatibility] Friends' compatibility
}
premium-compare = Compare the plans
premium-current = Your plan: <b>{ $plan }</b>, until { $date }.
premium-current-free = Your plan: <b>Free</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ for { $days } days
    Included:
btn-buy = ⭐ Buy for { $price } Stars
btn-subscribe = 🔁 Subscribe monthly
btn-open-subscription = 🔁 Open the subscription
subscribe-link = 🔁 A monthly subscription to <b>{ $plan }</b> for { $price } ⭐; Telegram renews it every 30 days and you can cancel it any time in Telegram's settings.
invoice-title = Fal Gram { $plan }
invoice-description = { $plan } plan for { $days } days: readings without limits and the astrology of the plan.
precheckout-bad-payload = This invoice is not valid any more. Please open the plans again.
precheckout-wrong-currency = This invoice is not in Telegram Stars.
precheckout-wrong-amount = The price has changed. Please open the plans again for the current price.
precheckout-wrong-user = This invoice was made for another account.
precheckout-downgrade = Your { $plan } plan is still running; a lower plan can be bought when it ends.
payment-thanks = 🎉 Thank you! <b>{ $plan }</b> is active until { $date }.
payment-problem = ⚠️ Your payment arrived but I could not match it to a plan. An administrator has been told and will fix it; you can also write to /paysupport.
btn-refund-request = ↩️ Refund { $amount } ⭐ ({ $date })
refund-requested = ✅ Your refund request was sent to an administrator. You will get a message when it is done.
refund-not-possible = This payment cannot be refunded any more (too old, refunded already, or requested already).
refund-done = ↩️ { $amount } ⭐ have been refunded to you. The plan time bought with them has been removed.
expiry-reminder = ⏳ Your <b>{ $plan }</b> plan ends in { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $date }). Renew it to keep everything.
btn-renew = 🔁 Renew
plan-expired = Your <b>{ $plan }</b> plan has ended; you are on the free plan now. You can come back to premium any time.
plan-gifted = 🎁 You have been given <b>{ $plan }</b> for { $days } days — active until { $date }.
plan-cancelled = Your premium plan has been ended by an administrator. Write to /paysupport if you have questions.

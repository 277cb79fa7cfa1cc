admin-dashboard =
    📊 <b>Dashboard</b>
    👥 Users: { $total } · new today: { $new }
    🟢 Active: today { $today } · 7 days { $week } · 30 days { $month }
    💎 Plans: Basic { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Revenue: today { $stars_today } · this month { $stars_month } · total { $stars_total }
    ⚠️ AI failures (7 days): { $ai_failures }
    🔮 Readings by type:
admin-open-refunds = ↩️ Open refund requests: { $count }
admin-chart-users = new users
admin-chart-stars = Stars
admin-gift-usage = Usage: <code>/gift USER_ID PLAN DAYS</code>, e.g. <code>/gift 123456 premium 30</code> (plan codes: basic, premium, vip).
admin-no-user = No user with ID { $id }.
admin-gifted = ✅ User { $id } now has <b>{ $plan }</b> until { $date }; they have been notified.
admin-cancelled = ✅ The plan of user { $id } has been ended; they have been notified.
admin-refunded = ✅ { $amount } ⭐ refunded to user { $id }; the plan days they bought have been removed.
admin-refund-unknown = No completed payment has that charge ID (or it has already been refunded).
admin-refund-failed = ❌ Telegram refused the refund: { $error }
admin-refund-request = ↩️ Refund request from { $name } (ID { $user }): { $amount } ⭐ for { $plan }, paid on { $date }.
admin-payment-review = ⚠️ A payment needs your review: { $amount } ⭐ from ID { $user }, charge <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = The payer is blocked; the payment was recorded and the plan granted.
admin-review-unreadable-payload = Its invoice could not be matched to a plan, so nothing was granted.
admin-review-price-mismatch = The amount or currency differs from the plan’s current price; the plan was granted.
btn-admin-refund = ↩️ Refund
btn-admin-home = 📊 Dashboard
btn-admin-users = 👥 Users
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Logs
btn-admin-settings = ⚙️ Settings
btn-admin-prompts = 🧠 Prompts
btn-admin-broadcast = 📣 Broadcast
btn-admin-search = 🔍 Search
btn-prev = ◀️ Previous
btn-next = Next ▶️
admin-search-prompt = 🔍 Send a user ID, an @username or part of a name.
admin-users-title = 👥 <b>Users</b> — page { $page }
admin-users-empty = No users found.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
# A plan with its end ($expiry is "none" for a plan that does not end):
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } until { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Readings: { $readings } · 🎁 Invited: { $referrals }
    Status: { $blocked } · last seen { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ End plan
btn-admin-block = 🚫 Block
btn-admin-unblock = ✅ Unblock
btn-admin-reset-quota = ♻️ Reset free readings
admin-premium =
    💎 <b>Premium</b>
    Active plans: Basic { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Plans ending in the next 7 days
admin-logs-title = Events, newest first
admin-logs-empty = No events.
btn-admin-all-levels = 📋 All
admin-settings-title = Settings (changes apply immediately)
admin-setting-prompt = ✏️ Send the new value for “{ $key }” (currently { $value }):
admin-setting-bad = ⚠️ Not saved: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompt-langs = 🧠 <b>{ $kind }</b>: choose a language (✏️ = edited):
admin-prompts-title = 🧠 Choose a prompt type:
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Placeholders: { $placeholders }
admin-prompt-preview = Preview with sample values:
admin-prompt-edit = ✏️ Send the new text for <b>{ $kind }</b> / { $lang }. Allowed placeholders: { $placeholders }
admin-prompt-bad = ⚠️ Not saved: { $reason }
admin-prompt-saved = ✅ Prompt saved. It takes effect from the next request.
btn-admin-edit = ✏️ Edit
btn-admin-reset = ♻️ Reset to default
admin-broadcast-pick = 📣 Who should receive the broadcast?
btn-admin-all-users = 👥 Everyone
admin-broadcast-prompt =
    { $count ->
        [one] 📣 Send the message text. It will reach 1 user.
       *[other] 📣 Send the message text. It will reach { $count } users.
    }
admin-broadcast-preview =
    { $count ->
        [one] 📣 Preview — to 1 user:
       *[other] 📣 Preview — to { $count } users:
    }
btn-admin-send = ✅ Send
btn-admin-send-paid = ⚡ Paid, fast (≈ { $stars } ⭐)
admin-broadcast-started =
    { $count ->
        [one] 📣 Broadcast #{ $id } started for 1 user. Progress updates will follow.
       *[other] 📣 Broadcast #{ $id } started for { $count } users. Progress updates will follow.
    }
admin-broadcast-progress = 📣 Broadcast #{ $id }: { $done } / { $total }
admin-broadcast-done = ✅ Broadcast #{ $id } finished: { $sent } delivered, { $blocked } blocked, { $failed } failed.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] paid
   *[refunded] refunded
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] “{ $value }” is not a time of day. Send it like 09:00.
    [zone] “{ $value }” is not a time zone I know. Send one like Europe/Istanbul.
    [range] “{ $value }” is not allowed here. Send a whole number from { $min } to { $max }.
   *[unknown] This setting does not exist.
}
name-setting = { $key ->
    [free_readings] Free readings per user
    [referral_bonus] Bonus readings per invite
    [daily_card_time] Default time for the card of the day
    [daily_horoscope_time] Default time for the daily horoscope
    [push_timezone] Time zone for notifications
    [price_basic] Basic price (Stars)
    [price_premium] Premium price (Stars)
    [price_vip] VIP price (Stars)
    [days_basic] Basic length (days)
    [days_premium] Premium length (days)
    [days_vip] VIP length (days)
    [rate_user_per_minute] Messages per user per minute
    [rate_ai_per_minute] Readings per user per minute
    [refund_window_days] Refund window (days)
    [chatbot_per_day] Astro chat questions per day
   *[stars_usd_per_1000] Dollars per 1,000 Stars (for the margins)
}
name-log-level = { $level ->
    [info] ℹ️ Info
    [warn] ⚠️ Warnings
   *[error] ❌ Errors
}
name-log-kind = { $kind ->
    [payment] Payments
    [refund_request] Refund requests
    [admin_refund] Refunds
    [admin_gift] Gifted plans
    [admin_cancel] Ended plans
    [admin_block] Blocks
    [admin_reset] Quota resets
    [admin_prompt] Prompt edits
    [admin_broadcast] Broadcasts
    [ai_failure] AI failures
    [handler_error] Processing errors
   *[handler_panic] Crashes
}
name-prompt-source = { $source ->
    [override] edited
   *[embedded] default
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] The placeholder {"{"}{ $name }{"}"} is not available for this prompt.
    [missing] The placeholder {"{"}{ $name }{"}"} has no sample value.
    [unclosed] A “{"{"}” here does not open a placeholder such as {"{"}username{"}"}. Write {"{{"} for a literal brace.
   *[empty] The prompt is empty.
}
admin-readings-none = No readings yet.
admin-ai-spend = 🤖 AI spend: { $today } today, { $month } this month ({ $calls ->
        [one] one call
       *[other] { $calls } calls
    })
admin-ai-per-reading = { $kind }: { $cost } a reading ({ $readings ->
        [one] one reading
       *[other] { $readings } readings
    })
admin-ai-margin = { $plan } this month: { $revenue } from Stars, { $cost } of AI, margin { $margin }
btn-admin-funnel = 📈 Funnel
admin-funnel-title = Funnel of first contacts, { $from } – { $to }
name-funnel-step = { $step ->
    [first_contact] First contact
    [first_reading] First reading
    [quota_used_up] Free readings used up
    [invoice_sent] Invoice opened
    [paid] Paid
    [renewed] Renewed
   *[refunded] Refunded
}
admin-funnel-line = { $step }: { $users ->
        [one] one user
       *[other] { $users } users
    } ({ $share } of the step before)
admin-cohorts-title = Weekly cohorts: back on day 1 / 7 / 30
admin-cohort-line = Week of { $week }: { $users ->
        [one] one user
       *[other] { $users } users
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 AI prices
btn-admin-ai-price-set = ✏️ Set a price
admin-ai-prices-title = AI prices (US dollars per million tokens)
admin-ai-prices-none = No prices yet: every model’s spend is unknown until you set one.
admin-ai-price-line = { $model }: in { $input }, out { $output }
admin-ai-price-prompt = Send the model and its two prices per million tokens, input then output, for example: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = That is not a price line. Send the model name and two amounts of dollars, for example: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Saved — { $model }: in { $input }, out { $output } per million tokens.
admin-star-balance = ⭐ Stars balance with Telegram: { $amount }
admin-ai-unpriced = No price is set for { $models }, so their tokens are not in these figures: set one with <code>falgram admin ai-price</code>.

admin-dashboard =
    📊 <b>Dashboard</b>
    👥 Users: { $total } · new today: { $new }
    🟢 Active: today { $today } · 7 days { $week } · 30 days { $month }
    💎 Plans: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Revenue: today { $stars_today } · this month { $stars_month } · total { $stars_total }
    ⚠️ AI failures (7 days): { $ai_failures }
    🔮 Readings by type:
admin-open-refunds = ↩️ Open refund requests: { $count }
admin-chart-users = new users
admin-chart-stars = Stars
admin-gift-usage = Usage: <code>/gift USER_ID PLAN DAYS</code>, e.g. <code>/gift 123456 premium 30</code> (plans: basic, premium, vip).
admin-no-user = No user with id { $id }.
admin-gifted = ✅ User { $id } now has <b>{ $plan }</b> until { $date }; they have been told.
admin-cancelled = ✅ The plan of user { $id } has been ended; they have been told.
admin-refunded = ✅ { $amount } ⭐ refunded to user { $id }; the plan days bought were removed.
admin-refund-unknown = No paid payment with that charge id (or it was refunded already).
admin-refund-failed = ❌ Telegram refused the refund: { $error }
admin-refund-request = ↩️ Refund request from { $name } (id { $user }): { $amount } ⭐ for { $plan }, paid on { $date }.
btn-admin-refund = ↩️ Refund

admin-dashboard =
    📊 <b>لوحة التحكم</b>
    👥 المستخدمون: { $total } · الجدد اليوم: { $new }
    🟢 النشطون: اليوم { $today } · 7 أيام { $week } · 30 يومًا { $month }
    💎 الخطط: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ الإيرادات: اليوم { $stars_today } · هذا الشهر { $stars_month } · الإجمالي { $stars_total }
    ⚠️ أعطال الذكاء الاصطناعي (7 أيام): { $ai_failures }
    🔮 القراءات حسب النوع:
admin-open-refunds = ↩️ طلبات استرداد مفتوحة: { $count }
admin-chart-users = مستخدمون جدد
admin-chart-stars = نجوم
admin-gift-usage = الاستخدام: <code>/gift رقم_المستخدم الخطة الأيام</code>، مثلًا <code>/gift 123456 premium 30</code> (الخطط: basic وpremium وvip).
admin-no-user = لا يوجد مستخدم بالرقم { $id }.
admin-gifted = ✅ أصبح لدى المستخدم { $id } خطة <b>{ $plan }</b> حتى { $date }، وقد أُبلغ.
admin-cancelled = ✅ أُنهيت خطة المستخدم { $id }، وقد أُبلغ.
admin-refunded = ✅ استُرد { $amount } ⭐ للمستخدم { $id }، وأُزيلت أيام الخطة المشتراة.
admin-refund-unknown = لا توجد دفعة مدفوعة بهذا المعرّف (أو استُردت سابقًا).
admin-refund-failed = ❌ رفض تيليغرام الاسترداد: { $error }
admin-refund-request = ↩️ طلب استرداد من { $name } (الرقم { $user }): { $amount } ⭐ مقابل { $plan }، دُفعت في { $date }.
btn-admin-refund = ↩️ استرداد

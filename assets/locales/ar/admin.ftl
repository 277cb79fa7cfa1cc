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
btn-admin-home = 📊 الإدارة
btn-admin-users = 👥 المستخدمون
btn-admin-premium = 💎 المميز
btn-admin-logs = 📜 السجل
btn-admin-settings = ⚙️ الإعدادات
btn-admin-prompts = 🧠 التعليمات
btn-admin-broadcast = 📣 رسالة جماعية
btn-admin-search = 🔍 بحث
btn-prev = ◀️ السابق
btn-next = التالي ▶️
admin-search-prompt = 🔍 أرسل رقم مستخدم أو @اسم مستخدم أو جزءًا من الاسم.
admin-users-title = 👥 <b>المستخدمون</b> — صفحة { $page }
admin-users-empty = لم يُعثر على أحد.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · الرقم <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } حتى { $expiry }
    🔮 القراءات: { $readings } · 🎁 المدعوون: { $referrals }
    الحالة: { $blocked } · آخر ظهور { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ إنهاء الخطة
btn-admin-block = 🚫 حظر
btn-admin-unblock = ✅ إلغاء الحظر
btn-admin-reset-quota = ♻️ إعادة القراءات المجانية
admin-premium =
    💎 <b>المميز</b>
    الخطط النشطة: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = تنتهي خلال الأيام السبعة القادمة
admin-logs-title = الأحداث، الأحدث أولًا
admin-logs-empty = لا توجد أحداث.
btn-admin-all-levels = الكل
admin-settings-title = الإعدادات (تسري فورًا)
admin-setting-prompt = ✏️ قيمة جديدة لـ <code>{ $key }</code> (الحالية: { $value }):
admin-setting-bad = ⚠️ لم يُحفظ: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 اختر نوع التعليمات واللغة (✏️ = معدّلة):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). المتغيرات: { $placeholders }
admin-prompt-preview = معاينة بقيم تجريبية:
admin-prompt-edit = ✏️ أرسل النص الجديد لـ <b>{ $kind }</b> / { $lang }. المتغيرات المسموح بها: { $placeholders }
admin-prompt-bad = ⚠️ لم يُحفظ: { $reason }
admin-prompt-saved = ✅ حُفظت التعليمات، وتُستخدم بدءًا من الطلب التالي.
btn-admin-edit = ✏️ تعديل
btn-admin-reset = ♻️ العودة إلى الأصل
admin-broadcast-pick = 📣 من يجب أن يتلقى الرسالة الجماعية؟
btn-admin-all-users = 👥 الجميع
admin-broadcast-prompt = 📣 أرسل نص الرسالة. ستصل إلى { $count } مستخدم.
admin-broadcast-preview = 📣 معاينة — إلى { $count } مستخدم:
btn-admin-send = ✅ إرسال
admin-broadcast-started = 📣 بدأت الرسالة الجماعية رقم { $id } إلى { $count } مستخدم. سيتبع التقدم.
admin-broadcast-progress = 📣 الرسالة الجماعية رقم { $id }: { $done } / { $total }
admin-broadcast-done = ✅ انتهت الرسالة الجماعية رقم { $id }: سُلّمت { $sent }، محظورة { $blocked }، فشلت { $failed }.

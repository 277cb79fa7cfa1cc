admin-dashboard =
    📊 <b>لوحة التحكم</b>
    👥 المستخدمون: { $total } · الجدد اليوم: { $new }
    🟢 النشطون: اليوم { $today } · آخر 7 أيام { $week } · آخر 30 يومًا { $month }
    💎 الخطط: الأساسية { $basic } · المميزة { $premium } · VIP { $vip }
    ⭐ الإيرادات: اليوم { $stars_today } · هذا الشهر { $stars_month } · الإجمالي { $stars_total }
    ⚠️ إخفاقات الذكاء الاصطناعي (آخر 7 أيام): { $ai_failures }
    🔮 القراءات حسب النوع:
admin-open-refunds = ↩️ طلبات الاسترداد المفتوحة: { $count }
admin-chart-users = مستخدمون جدد
admin-chart-stars = النجوم
admin-gift-usage = طريقة الاستخدام: <code>/gift معرّف_المستخدم الخطة الأيام</code>، مثلًا <code>/gift 123456 premium 30</code> (الخطط: basic، premium، vip).
admin-no-user = لا يوجد مستخدم بالمعرّف { $id }.
admin-gifted = ✅ الخطة <b>{ $plan }</b> مفعّلة الآن للمستخدم { $id } حتى { $date }، وقد أُرسل إليه إشعار بذلك.
admin-cancelled = ✅ أُنهيت خطة المستخدم { $id }، وقد أُرسل إليه إشعار بذلك.
admin-refunded = ✅ أُعيد { $amount } ⭐ إلى المستخدم { $id }، وأُلغيت أيام الخطة التي اشتراها بها.
admin-refund-unknown = لا توجد دفعة مكتملة بمعرّف العملية هذا (أو سبق استردادها).
admin-refund-failed = ❌ رفض تيليجرام الاسترداد: { $error }
admin-refund-request = ↩️ طلب استرداد من { $name } (المعرّف { $user }): { $amount } ⭐ مقابل الخطة { $plan }، وتاريخ الدفع { $date }.
btn-admin-refund = ↩️ استرداد
btn-admin-home = 📊 لوحة الإدارة
btn-admin-users = 👥 المستخدمون
btn-admin-premium = 💎 الخطط المدفوعة
btn-admin-logs = 📜 السجلات
btn-admin-settings = ⚙️ الإعدادات
btn-admin-prompts = 🧠 التعليمات
btn-admin-broadcast = 📣 رسالة جماعية
btn-admin-search = 🔍 بحث
btn-prev = ▶️ السابق
btn-next = التالي ◀️
admin-search-prompt = 🔍 للبحث: معرّف المستخدم، أو اسم المستخدم مع @، أو جزء من الاسم.
admin-users-title = 👥 <b>المستخدمون</b> — الصفحة { $page }
admin-users-empty = لم يُعثر على أي مستخدم.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · المعرّف <code>{ $id }</code>
    🌐 { $lang } · 💎 الخطة { $plan } حتى { $expiry }
    🔮 القراءات: { $readings } · 🎁 المدعوون: { $referrals }
    الحالة: { $blocked } · آخر نشاط: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ إنهاء الخطة
btn-admin-block = 🚫 حظر
btn-admin-unblock = ✅ رفع الحظر
btn-admin-reset-quota = ♻️ إعادة ضبط القراءات المجانية
admin-premium =
    💎 <b>الخطط المدفوعة</b>
    الخطط السارية: الأساسية { $basic } · المميزة { $premium } · VIP { $vip }
admin-expiring-title = خطط تنتهي خلال الأيام السبعة القادمة
admin-logs-title = الأحداث، من الأحدث إلى الأقدم
admin-logs-empty = لا توجد أحداث.
btn-admin-all-levels = الكل
admin-settings-title = الإعدادات (تسري فورًا)
admin-setting-prompt = ✏️ القيمة الجديدة للإعداد <code>{ $key }</code> (الحالية: { $value }):
admin-setting-bad = ⚠️ لم يُحفظ: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 نوع التعليمات واللغة (✏️ = معدّلة):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). المتغيرات: { $placeholders }
admin-prompt-preview = معاينة بقيم تجريبية:
admin-prompt-edit = ✏️ بانتظار النص الجديد لتعليمات <b>{ $kind }</b> / { $lang }. المتغيرات المسموح بها: { $placeholders }
admin-prompt-bad = ⚠️ لم تُحفظ: { $reason }
admin-prompt-saved = ✅ حُفظت التعليمات، وستُستخدم بدءًا من الطلب التالي.
btn-admin-edit = ✏️ تعديل
btn-admin-reset = ♻️ استعادة الافتراضي
admin-broadcast-pick = 📣 لمن تُرسَل الرسالة الجماعية؟
btn-admin-all-users = 👥 الجميع
admin-broadcast-prompt =
    📣 بانتظار نص الرسالة. { $count ->
        [zero] لن تصل إلى أي مستخدم.
        [one] ستصل إلى مستخدم واحد.
        [two] ستصل إلى مستخدمَين.
        [few] ستصل إلى { $count } مستخدمين.
        [many] ستصل إلى { $count } مستخدمًا.
       *[other] ستصل إلى { $count } مستخدم.
    }
admin-broadcast-preview =
    📣 معاينة — { $count ->
        [zero] لا يوجد مستلمون:
        [one] إلى مستخدم واحد:
        [two] إلى مستخدمَين:
        [few] إلى { $count } مستخدمين:
        [many] إلى { $count } مستخدمًا:
       *[other] إلى { $count } مستخدم:
    }
btn-admin-send = ✅ إرسال
admin-broadcast-started =
    📣 بدأ إرسال الرسالة الجماعية رقم { $id } { $count ->
        [zero] دون مستلمين.
        [one] إلى مستخدم واحد.
        [two] إلى مستخدمَين.
        [few] إلى { $count } مستخدمين.
        [many] إلى { $count } مستخدمًا.
       *[other] إلى { $count } مستخدم.
    } وستصلك تحديثات التقدم تباعًا.
admin-broadcast-progress = 📣 الرسالة الجماعية رقم { $id }: { $done } من { $total }
admin-broadcast-done = ✅ انتهت الرسالة الجماعية رقم { $id }. سُلّمت: { $sent } · محظورة: { $blocked } · فشلت: { $failed }.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] مدفوع
   *[refunded] مُسترَد
}

admin-dashboard =
    📊 <b>لوحة الإدارة</b>
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
admin-payment-review = ⚠️ دفعة تحتاج إلى مراجعتك: { $amount } ⭐ من المعرّف { $user }، رقم العملية <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = الدافع محظور؛ سُجّلت الدفعة ومُنحت الخطة.
admin-review-unreadable-payload = تعذّرت مطابقة فاتورتها مع أي خطة، فلم يُمنح شيء.
admin-review-price-mismatch = المبلغ أو العملة لا يطابقان السعر الحالي للخطة؛ ومُنحت الخطة.
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
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] الخطة { $plan }
   *[other] الخطة { $plan } حتى { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · المعرّف <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
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
btn-admin-all-levels = 📋 الكل
admin-settings-title = الإعدادات (تسري فورًا)
admin-setting-prompt = ✏️ بانتظار القيمة الجديدة للإعداد «{ $key }» (القيمة الحالية: { $value }):
admin-setting-bad = ⚠️ لم يُحفظ: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompt-langs = 🧠 <b>{ $kind }</b>: اختيار اللغة (✏️ = معدّلة):
admin-prompts-title = 🧠 اختيار نوع التعليمات:
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
btn-admin-send-paid = ⚡ مدفوع وسريع (≈ { $stars } ⭐)
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
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] «{ $value }» ليس وقتًا صالحًا. يُرجى إرساله بصيغة 09:00.
    [zone] «{ $value }» ليست منطقة زمنية أعرفها. يُرجى إرسال منطقة مثل Asia/Riyadh.
    [range] القيمة «{ $value }» غير مسموح بها هنا. يُرجى إرسال عدد صحيح من { $min } إلى { $max }.
   *[unknown] هذا الإعداد غير موجود.
}
name-setting = { $key ->
    [free_readings] القراءات المجانية لكل مستخدم
    [referral_bonus] القراءات الإضافية لكل دعوة
    [daily_card_time] الوقت الافتراضي لبطاقة اليوم
    [daily_horoscope_time] الوقت الافتراضي لتوقعات البرج اليومية
    [push_timezone] المنطقة الزمنية للإشعارات
    [price_basic] سعر الخطة الأساسية (بنجوم تيليجرام)
    [price_premium] سعر الخطة المميزة (بنجوم تيليجرام)
    [price_vip] سعر خطة VIP (بنجوم تيليجرام)
    [days_basic] مدة الخطة الأساسية (بالأيام)
    [days_premium] مدة الخطة المميزة (بالأيام)
    [days_vip] مدة خطة VIP (بالأيام)
    [rate_user_per_minute] الرسائل لكل مستخدم في الدقيقة
    [rate_ai_per_minute] القراءات لكل مستخدم في الدقيقة
    [refund_window_days] مهلة الاسترداد (بالأيام)
    [chatbot_per_day] أسئلة الدردشة الفلكية في اليوم
   *[stars_usd_per_1000] قيمة كل 1000 نجمة بالدولار (لحساب هوامش الربح)
}
name-log-level = { $level ->
    [info] ℹ️ معلومات
    [warn] ⚠️ تحذيرات
   *[error] ❌ أخطاء
}
name-log-kind = { $kind ->
    [payment] المدفوعات
    [refund_request] طلبات الاسترداد
    [admin_refund] عمليات الاسترداد
    [admin_gift] الخطط المُهداة
    [admin_cancel] الخطط المُنهاة
    [admin_block] عمليات الحظر
    [admin_reset] إعادة ضبط القراءات المجانية
    [admin_prompt] تعديلات التعليمات
    [admin_broadcast] الرسائل الجماعية
    [ai_failure] إخفاقات الذكاء الاصطناعي
    [handler_error] أخطاء المعالجة
   *[handler_panic] الأعطال المفاجئة
}
name-prompt-source = { $source ->
    [override] معدّلة
   *[embedded] افتراضية
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] المتغير {"{"}{ $name }{"}"} غير متاح لهذه التعليمات.
    [missing] لا توجد قيمة تجريبية للمتغير {"{"}{ $name }{"}"}.
    [unclosed] هناك قوس «{"{"}» غير مغلق. لكتابة القوس نفسه نصًّا، يُرجى كتابة {"{{"}.
   *[empty] التعليمات فارغة.
}
admin-readings-none = لا توجد قراءات بعد.
admin-ai-spend =
    🤖 تكلفة الذكاء الاصطناعي: اليوم { $today }، وهذا الشهر { $month } ({ $calls ->
        [zero] لا طلبات
        [one] طلب واحد
        [two] طلبان
        [few] { $calls } طلبات
        [many] { $calls } طلبًا
       *[other] { $calls } طلب
    })
admin-ai-per-reading =
    { $kind }: { $cost } للقراءة الواحدة ({ $readings ->
        [zero] لا قراءات
        [one] قراءة واحدة
        [two] قراءتان
        [few] { $readings } قراءات
        [many] { $readings } قراءةً
       *[other] { $readings } قراءة
    })
admin-ai-margin = { $plan } هذا الشهر: الإيرادات من النجوم { $revenue }، وتكلفة الذكاء الاصطناعي { $cost }، وهامش الربح { $margin }
btn-admin-funnel = 📈 قمع المبيعات
admin-funnel-title = قمع المستخدمين الذين تواصلوا لأول مرة من { $from } إلى { $to }
name-funnel-step = { $step ->
    [first_contact] أول تواصل
    [first_reading] أول قراءة
    [quota_used_up] نفاد القراءات المجانية
    [invoice_sent] فتح الفاتورة
    [paid] الدفع
    [renewed] تجديد الاشتراك
   *[refunded] الاسترداد
}
admin-funnel-line =
    { $step }: { $users ->
        [zero] لا مستخدمين
        [one] مستخدم واحد
        [two] مستخدمان
        [few] { $users } مستخدمين
        [many] { $users } مستخدمًا
       *[other] { $users } مستخدم
    } ({ $share } من الخطوة السابقة)
admin-cohorts-title = الأفواج الأسبوعية: العائدون في اليوم 1 / 7 / 30
admin-cohort-line =
    أسبوع { $week }: { $users ->
        [zero] لا مستخدمين
        [one] مستخدم واحد
        [two] مستخدمان
        [few] { $users } مستخدمين
        [many] { $users } مستخدمًا
       *[other] { $users } مستخدم
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 أسعار الذكاء الاصطناعي
btn-admin-ai-price-set = ✏️ تحديد سعر
admin-ai-prices-title = أسعار الذكاء الاصطناعي (بالدولار الأمريكي لكل مليون رمز)
admin-ai-prices-none = لا أسعار بعد: تبقى تكلفة كل نموذج مجهولة إلى أن يُحدَّد سعره.
admin-ai-price-line = { $model }: الإدخال { $input }، الإخراج { $output }
admin-ai-price-prompt = يُرجى إرسال اسم النموذج وسعرَيه لكل مليون رمز، سعر الإدخال ثم سعر الإخراج، مثلًا: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = هذا ليس سطر سعر صالحًا. يُرجى إرسال اسم النموذج ومبلغَين بالدولار، مثلًا: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ حُفظ السعر — { $model }: الإدخال { $input }، الإخراج { $output } لكل مليون رمز.
admin-star-balance = ⭐ رصيد النجوم لدى تيليجرام: { $amount }
admin-ai-unpriced = لم يُحدَّد سعر لـ { $models }، لذا لا يدخل استهلاكها في هذه الأرقام. يمكن تحديد السعر بالأمر <code>falgram admin ai-price</code>.

name-feature = { $feature ->
    [daily_horoscope] الأبراج اليومية
    [moon_today] قمر اليوم
    [unlimited_readings] قراءات بلا حدود
    [birth_chart] الخريطة الفلكية
    [weekly_horoscope] الأبراج الأسبوعية
    [monthly_horoscope] الأبراج الشهرية
    [compatibility] التوافق
    [moon_calendar] تقويم القمر
    [moon_commentary] رسالة القمر اليومية
    [moon_notifications] إشعارات القمر
    [transits] العبور
    [pdf_download] تنزيل PDF
    [astro_chatbot] الدردشة الفلكية
   *[friends_compatibility] التوافق مع الأصدقاء
}
premium-compare = مقارنة الخطط
premium-current = خطتك: <b>{ $plan }</b> حتى { $date }.
premium-current-free = خطتك: <b>المجانية</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ لمدة { $days } يومًا
    تشمل:
btn-buy = ⭐ اشترِ مقابل { $price } نجمة
btn-subscribe = 🔁 اشتراك شهري
btn-open-subscription = 🔁 افتح الاشتراك
subscribe-link = 🔁 اشتراك شهري في <b>{ $plan }</b> مقابل { $price } ⭐؛ يجدده تيليغرام كل 30 يومًا ويمكنك إلغاؤه في أي وقت من إعدادات تيليغرام.
invoice-title = فال غرام { $plan }
invoice-description = خطة { $plan } لمدة { $days } يومًا: قراءات بلا حدود وفلك الخطة.
precheckout-bad-payload = هذه الفاتورة لم تعد صالحة. يُرجى فتح الخطط من جديد.
precheckout-wrong-currency = هذه الفاتورة ليست بنجوم تيليغرام.
precheckout-wrong-amount = تغيّر السعر. افتح الخطط من جديد لرؤية السعر الحالي.
precheckout-wrong-user = أُنشئت هذه الفاتورة لحساب آخر.
precheckout-downgrade = خطتك { $plan } ما زالت سارية؛ يمكنك شراء خطة أدنى عند انتهائها.
payment-thanks = 🎉 شكرًا! <b>{ $plan }</b> مفعّلة حتى { $date }.
payment-problem = ⚠️ وصلت دفعتك لكنني لم أستطع ربطها بخطة. أُبلغ أحد المشرفين وسيصلح الأمر، ويمكنك أيضًا الكتابة عبر /paysupport.
btn-refund-request = ↩️ استرداد { $amount } ⭐ ({ $date })
refund-requested = ✅ أُرسل طلب الاسترداد إلى أحد المشرفين. ستصلك رسالة عند إتمامه.
refund-not-possible = لم يعد من الممكن استرداد هذه الدفعة (قديمة جدًا أو مستردة أو طُلب استردادها).
refund-done = ↩️ استُرد لك { $amount } ⭐، وأُزيلت مدة الخطة التي اشتُريت بها.
expiry-reminder = ⏳ تنتهي خطتك <b>{ $plan }</b> بعد { $days } يوم ({ $date }). جدّدها لتحتفظ بكل شيء.
btn-renew = 🔁 تجديد
plan-expired = انتهت خطتك <b>{ $plan }</b>؛ أنت الآن على الخطة المجانية. يمكنك العودة إلى الخطط المميزة في أي وقت.
plan-gifted = 🎁 أُهديت إليك خطة <b>{ $plan }</b> لمدة { $days } يومًا، مفعّلة حتى { $date }.
plan-cancelled = أنهى أحد المشرفين خطتك المميزة. اكتب عبر /paysupport إن كانت لديك أسئلة.

name-feature =
    { $feature ->
        [daily_horoscope] توقعات البرج اليومية
        [moon_today] قمر اليوم
        [unlimited_readings] قراءات بلا حدود
        [birth_chart] الخريطة الفلكية
        [weekly_horoscope] توقعات البرج الأسبوعية
        [monthly_horoscope] توقعات البرج الشهرية
        [compatibility] التوافق
        [moon_calendar] تقويم القمر
        [moon_commentary] رسالة القمر اليومية
        [moon_notifications] إشعارات القمر
        [sky_events] أحداث السماء لهذا الشهر وتنبيهاتها
        [solar_return] العودة الشمسية: عامك المقبل
        [transits] عبور الكواكب
        [pdf_download] تنزيل ملفات PDF
        [astro_chatbot] الدردشة الفلكية
       *[friends_compatibility] التوافق مع الأصدقاء
    }
premium-compare = ما تقدّمه كل خطة
plans-tier-base = الخطة <b>{ $plan }</b>:
plans-tier-more = تضيف الخطة <b>{ $plan }</b>:
premium-current = خطتك: <b>{ $plan }</b> حتى { $date }.
premium-current-free = خطتك: <b>المجانية</b>.
plan-details =
    💎 الخطة <b>{ $plan }</b> — { $price } ⭐ { $days ->
        [zero] لمدة { $days } يوم
        [one] ليوم واحد
        [two] ليومين
        [few] لمدة { $days } أيام
        [many] لمدة { $days } يومًا
       *[other] لمدة { $days } يوم
    }
    تشمل:
btn-buy =
    { $price ->
        [zero] ⭐ تفعيل مجاني
        [one] ⭐ شراء مقابل نجمة واحدة
        [two] ⭐ شراء مقابل نجمتين
        [few] ⭐ شراء مقابل { $price } نجوم
        [many] ⭐ شراء مقابل { $price } نجمة
       *[other] ⭐ شراء مقابل { $price } نجمة
    }
btn-subscribe = 🔁 اشتراك شهري
btn-open-subscription = 🔁 فتح الاشتراك
subscribe-link = 🔁 اشتراك شهري في الخطة <b>{ $plan }</b> مقابل { $price } ⭐؛ يجدّده تيليجرام كل 30 يومًا، ويمكنك إلغاؤه في أي وقت من إعدادات تيليجرام.
invoice-title = Fal Gram — الخطة { $plan }
invoice-description =
    { $days ->
        [zero] الخطة { $plan }: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
        [one] الخطة { $plan } ليوم واحد: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
        [two] الخطة { $plan } ليومين: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
        [few] الخطة { $plan } لمدة { $days } أيام: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
        [many] الخطة { $plan } لمدة { $days } يومًا: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
       *[other] الخطة { $plan } لمدة { $days } يوم: قراءات بلا حدود، ومزايا الفلك المشمولة في الخطة.
    }
precheckout-bad-payload = لم تعد هذه الفاتورة صالحة. يُرجى فتح الخطط من جديد.
precheckout-wrong-currency = هذه الفاتورة ليست بنجوم تيليجرام.
precheckout-wrong-amount = تغيّر السعر. يُرجى فتح الخطط من جديد لرؤية السعر الحالي.
precheckout-wrong-user = أُنشئت هذه الفاتورة لحساب آخر.
precheckout-blocked = الشراء غير متاح لهذا الحساب حاليًا، ولم يُخصم منك أي مبلغ.
precheckout-downgrade = خطتك { $plan } ما زالت سارية؛ ويمكنك شراء خطة أدنى بعد انتهائها.
payment-thanks = 🎉 شكرًا لك! الخطة <b>{ $plan }</b> مفعّلة حتى { $date }.
payment-problem = ⚠️ وصلت دفعتك، لكنني لم أتمكن من ربطها بخطة. أُبلغ أحد المشرفين وسيحل المشكلة، ويمكنك أيضًا الكتابة عبر /paysupport.
btn-refund-request = ↩️ استرداد { $amount } ⭐ ({ $date })
refund-requested = ✅ أُرسل طلب الاسترداد إلى أحد المشرفين، وستصلك رسالة عند إتمامه.
refund-not-possible = لم يعد استرداد هذه الدفعة ممكنًا (مضى عليها وقت طويل، أو استُردت من قبل، أو سبق طلب استردادها).
refund-done = ↩️ أُعيد إليك { $amount } ⭐، وأُلغيت مدة الخطة التي اشتُريت بها.
expiry-reminder =
    ⏳ { $days ->
        [zero] تنتهي خطتك <b>{ $plan }</b> اليوم
        [one] تنتهي خطتك <b>{ $plan }</b> بعد يوم واحد
        [two] تنتهي خطتك <b>{ $plan }</b> بعد يومين
        [few] تنتهي خطتك <b>{ $plan }</b> بعد { $days } أيام
        [many] تنتهي خطتك <b>{ $plan }</b> بعد { $days } يومًا
       *[other] تنتهي خطتك <b>{ $plan }</b> بعد { $days } يوم
    } ({ $date }). ويمكنك تجديدها للاحتفاظ بكل المزايا.
btn-renew = 🔁 تجديد
plan-expired = انتهت خطتك <b>{ $plan }</b>، وانتقل حسابك إلى الخطة المجانية. يمكنك العودة إلى الخطط المدفوعة في أي وقت.
plan-gifted =
    🎁 { $days ->
        [zero] أُهديت إليك الخطة <b>{ $plan }</b>، وهي مفعّلة حتى { $date }.
        [one] أُهديت إليك الخطة <b>{ $plan }</b> ليوم واحد، وهي مفعّلة حتى { $date }.
        [two] أُهديت إليك الخطة <b>{ $plan }</b> ليومين، وهي مفعّلة حتى { $date }.
        [few] أُهديت إليك الخطة <b>{ $plan }</b> لمدة { $days } أيام، وهي مفعّلة حتى { $date }.
        [many] أُهديت إليك الخطة <b>{ $plan }</b> لمدة { $days } يومًا، وهي مفعّلة حتى { $date }.
       *[other] أُهديت إليك الخطة <b>{ $plan }</b> لمدة { $days } يوم، وهي مفعّلة حتى { $date }.
    }
plan-cancelled = أنهى أحد المشرفين خطتك المدفوعة. إن كانت لديك أسئلة، يمكنك الكتابة عبر /paysupport.

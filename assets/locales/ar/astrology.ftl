name-sign = { $sign ->
    [aries] الحمل
    [taurus] الثور
    [gemini] الجوزاء
    [cancer] السرطان
    [leo] الأسد
    [virgo] العذراء
    [libra] الميزان
    [scorpio] العقرب
    [sagittarius] القوس
    [capricorn] الجدي
    [aquarius] الدلو
   *[pisces] الحوت
}
name-body = { $body ->
    [sun] الشمس
    [moon] القمر
    [mercury] عطارد
    [venus] الزهرة
    [mars] المريخ
    [jupiter] المشتري
    [saturn] زحل
    [uranus] أورانوس
    [neptune] نبتون
    [pluto] بلوتو
   *[north_node] العقدة الشمالية
}
name-aspect = { $aspect ->
    [conjunction] اقتران
    [sextile] تسديس
    [square] تربيع
    [trine] تثليث
   *[opposition] مقابلة
}
name-phase = { $phase ->
    [new_moon] المحاق
    [waxing_crescent] هلال متزايد
    [first_quarter] التربيع الأول
    [waxing_gibbous] أحدب متزايد
    [full_moon] البدر
    [waning_gibbous] أحدب متناقص
    [last_quarter] التربيع الأخير
   *[waning_crescent] هلال متناقص
}
name-element = { $element ->
    [fire] النار
    [earth] التراب
    [air] الهواء
   *[water] الماء
}
name-modality = { $modality ->
    [cardinal] منقلب
    [fixed] ثابت
   *[mutable] متغيّر
}
name-push = { $kind ->
    [daily_card] بطاقة اليوم
    [daily_horoscope] الأبراج اليومية
    [new_moon] المحاق
   *[full_moon] البدر
}
astro-locked = 🔒 هذه الميزة ضمن خطة <b>{ $plan }</b> وما فوقها.
birth-needed = 🪐 أحتاج لذلك إلى تاريخ ميلادك ووقته ومكانه، فالسماء تُحسب منها.
btn-birth-enter = ✍️ أدخل بيانات الميلاد
birth-date-prompt = 📅 أرسل <b>تاريخ ميلادك</b>، مثلًا <code>15.07.1990</code> أو <code>1990-07-15</code>.
person-date-prompt = 📅 أرسل <b>تاريخ ميلاد</b> { $name }، مثلًا <code>15.07.1990</code>.
birth-date-format = ⚠️ لم أستطع قراءة ذلك كتاريخ.
birth-date-month = ⚠️ لا يوجد شهر رقم { $month }، فالأشهر من 1 إلى 12.
birth-date-day = ⚠️ اليوم { $day } غير موجود في الشهر { $month } من سنة { $year }.
birth-date-year = ⚠️ أستطيع حساب الخرائط للسنوات من { $first } إلى { $last }.
birth-date-future = ⚠️ هذا التاريخ في المستقبل.
birth-time-prompt = 🕰 أرسل <b>وقت الميلاد</b> بصيغة <code>HH:MM</code> (24 ساعة)، مثلًا <code>14:30</code>. لست متأكدًا؟ اضغط الزر، وستُحسب الخريطة للظهيرة ومن دون بيوت.
btn-time-unknown = 🤷 لا أعرف الوقت
birth-time-format = ⚠️ اكتب الوقت بصيغة HH:MM، مثلًا 09:05 أو 21:40.
birth-time-hour = ⚠️ لا توجد ساعة { $hour }، فالساعات من 0 إلى 23.
birth-time-minute = ⚠️ لا توجد دقيقة { $minute }، فالدقائق من 0 إلى 59.
birth-time-skipped = ⚠️ في ذلك المكان قُدّمت الساعة، لذا لم يوجد الوقت { $time } في ذلك اليوم. يُرجى التحقق من الوقت.
birth-time-unknown-label = غير معروف
birth-place-prompt = 📍 أرسل <b>مدينة الميلاد</b> (بأي لغة، مثلًا <i>İstanbul</i> أو <i>Москва</i> أو <i>Paris, FR</i>) أو شارك موقعًا بالزر أدناه.
btn-share-location = 📍 مشاركة الموقع
birth-place-not-found = 🔎 لم أجد مدينة باسم «{ $query }». جرّب كتابة أخرى، أو أضف رمز البلد (مثلًا <i>Paris, FR</i>)، أو شارك موقعًا.
birth-place-pick = 📍 أيّها تقصد؟
birth-saved =
    ✅ <b>حُفظت بيانات الميلاد</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } في ذلك التاريخ)
    ☀️ البرج الشمسي: { $sign }
birth-no-houses = ℹ️ من دون وقت الميلاد لا يمكن حساب الطالع والبيوت، وقد تختلف درجة القمر ببضع درجات.
birth-next = ماذا بعد؟
person-name-prompt = 👤 ما اسم هذا الشخص؟ (حتى { $max } حرفًا)
person-limit = يمكنك حفظ ما يصل إلى { $max } أشخاص. احذف أحدهم لإضافة آخر.
btn-synastry = 💞 توافقنا
btn-add-person = ➕ إضافة شخص
chart-title = خريطتك الفلكية
chart-caption = 🪐 الخريطة الفلكية لـ { $name } — { $date }، { $place }
chart-positions = المواقع
chart-aspects = أهم الزوايا
chart-asc = الطالع:
chart-mc = وسط السماء:
chart-whole-sign-fallback = بيوت بلاسيدوس غير معرّفة عند خط العرض هذا، لذا تُعرض البيوت بالأبراج الكاملة.
chart-ask = فسّر خريطتي الفلكية.
chart-json-caption = 🧾 خريطتك كما حُسبت (استوائية، مركزها الأرض، بلاسيدوس). يمكنك مقارنتها بأي تقويم فلكي.
btn-chart-json = 🧾 بيانات الخريطة (JSON)
btn-transits = 🔭 العبور
transits-title = عبور الكواكب على خريطتك اليوم
transits-none = لا يوجد عبور مهم ضمن درجتين الآن.
transit-natal = الولادي
transit-exact = يكتمل في { $date }
transit-not-exact = لا يكتمل خلال سنة
horoscope-intro = ♈ <b>الأبراج</b>
    اختر فترة ثم برجك، أو أدخل بيانات ميلادك مرة واحدة لأعرف برجك.
horoscope-intro-sign = ♈ <b>الأبراج</b> لبرج { $sign }. اختر فترة:
horoscope-pick = اختر برجًا:
horoscope-title = { $period ->
    [daily] توقعات اليوم
    [weekly] توقعات الأسبوع
   *[monthly] توقعات الشهر
}، { $span }
btn-period = { $period ->
    [daily] اليوم
    [weekly] هذا الأسبوع
   *[monthly] هذا الشهر
}
btn-other-sign = 🔄 برج آخر
compat-pick-first = 💞 <b>التوافق</b>
    اختر البرج الأول:
compat-pick-other = 💞 <b>التوافق</b> مع { $sign }
    اختر البرج الآخر:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>أنت و{ $name }</b>
    { $hearts } { $score }/100 (من الخريطتين)
compat-ask = صف توافقنا.
moon-today =
    { $symbol } <b>{ $phase }</b>
    الإضاءة: { $illumination }٪ · العمر: { $age } يوم
moon-zone = الأوقات بتوقيت { $zone }
moon-calendar-title = تقويم القمر للأيام الثلاثين القادمة
btn-moon-calendar = 📅 تقويم 30 يومًا
btn-moon-commentary = 🔮 رسالة القمر اليوم
moon-commentary-title = 🔮 <b>رسالة القمر اليوم</b>
btn-notifications = 🔔 الإشعارات
notify-title = الإشعارات
notify-time-prompt = 🕘 في أي ساعة يصل «{ $kind }»؟ أرسل HH:MM (المنطقة الزمنية { $zone })، أو HH:MM مع منطقة، مثلًا <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ «{ $zone }» ليست منطقة زمنية أعرفها. استخدم اسمًا مثل <code>Asia/Riyadh</code> أو فرقًا مثل <code>+03:00</code>.
btn-turn-on = تشغيل
btn-turn-off = إيقاف
push-moon = { $symbol } <b>{ $phase }</b> اليوم الساعة { $time }.
push-footer = <i>يمكنك تغيير الإشعارات من 🌙 القمر ← 🔔 الإشعارات.</i>
chatbot-intro = 🤖 <b>دردشة فلكية</b>
    اسألني ما تشاء عن خريطتك أو العبور أو السماء، وسأجيب بناءً على خريطتك المحسوبة. حتى { $limit } سؤالًا في اليوم. اضغط «خروج» أو أرسل /cancel للإنهاء.
chatbot-limit = ⏳ طرحت اليوم { $limit } سؤالًا. تُفتح الدردشة مجددًا غدًا.
chatbot-not-text = ✍️ يُرجى كتابة سؤالك نصًا.
chatbot-reset-done = 🧹 مُسحت المحادثة. اطرح سؤالًا جديدًا.
btn-chat-reset = 🧹 محادثة جديدة
btn-chat-leave = 🚪 خروج

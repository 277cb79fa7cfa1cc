name-sign =
    { $sign ->
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
name-body =
    { $body ->
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
name-aspect =
    { $aspect ->
        [conjunction] اقتران
        [sextile] تسديس
        [square] تربيع
        [trine] تثليث
       *[opposition] مقابلة
    }
name-phase =
    { $phase ->
        [new_moon] المحاق
        [waxing_crescent] الهلال المتزايد
        [first_quarter] التربيع الأول
        [waxing_gibbous] الأحدب المتزايد
        [full_moon] البدر
        [waning_gibbous] الأحدب المتناقص
        [last_quarter] التربيع الأخير
       *[waning_crescent] الهلال المتناقص
    }
name-element =
    { $element ->
        [fire] النار
        [earth] التراب
        [air] الهواء
       *[water] الماء
    }
name-modality =
    { $modality ->
        [cardinal] منقلب
        [fixed] ثابت
       *[mutable] متغيّر
    }
name-push =
    { $kind ->
        [daily_card] بطاقة اليوم
        [daily_horoscope] توقعات البرج اليومية
        [new_moon] المحاق
        [full_moon] البدر
        [stations] بدء التراجع والعودة إلى الحركة المباشرة (قبل الحدث بيوم)
        [eclipses] الكسوف والخسوف (قبل الحدث بيوم)
       *[void_moon] القمر خالي المسار (في اليوم نفسه)
    }
astro-locked = 🔒 هذه الميزة متاحة في الخطة <b>{ $plan }</b> وما فوقها.
birth-needed = 🪐 أحتاج لهذا إلى تاريخ ميلادك ووقته ومكانه، فمنها أحسب سماء ميلادك.
btn-birth-enter = ✍️ إدخال بيانات الميلاد
birth-date-prompt = 📅 ما <b>تاريخ ميلادك</b>؟ مثلًا: <code>15.07.1990</code> أو <code>1990-07-15</code>.
person-date-prompt = 📅 ما <b>تاريخ ميلاد</b> { $name }؟ مثلًا: <code>15.07.1990</code>.
birth-date-format = ⚠️ لم أتمكن من قراءة هذا على أنه تاريخ.
birth-date-month = ⚠️ لا يوجد شهر رقمه { $month }؛ فالأشهر من 1 إلى 12.
birth-date-day = ⚠️ لا يوجد يوم { $day } في الشهر { $month } من عام { $year }.
birth-date-year = ⚠️ يمكنني حساب الخرائط للأعوام من { $first } إلى { $last }.
birth-date-future = ⚠️ هذا التاريخ في المستقبل.
birth-time-prompt = 🕰 ما <b>وقت ميلادك</b>؟ بالساعات والدقائق وبنظام 24 ساعة، مثلًا <code>14:30</code>. وإن لم يكن الوقت معروفًا، فيكفي الضغط على الزر أدناه، وستُحسب الخريطة عندئذٍ لوقت الظهر ومن دون بيوت.
btn-time-unknown = 🤷 لا أعرف الوقت
birth-time-format = ⚠️ يُرجى كتابة الوقت بالساعات والدقائق، مثلًا 09:05 أو 21:40.
birth-time-hour = ⚠️ لا توجد ساعة { $hour }؛ فالساعات من 0 إلى 23.
birth-time-minute = ⚠️ لا توجد دقيقة { $minute }؛ فالدقائق من 0 إلى 59.
birth-time-skipped = ⚠️ في ذلك المكان قُدِّمت الساعة في ذلك اليوم، فلم يمرّ الوقت { $time } أصلًا. يُرجى التحقق من الوقت.
birth-time-unknown-label = غير معروف
birth-place-prompt = 📍 ما <b>مدينة ميلادك</b>؟ بأي لغة، مثلًا <i>القاهرة</i> أو <i>İstanbul</i> أو <i>Paris</i>. ويمكنك أيضًا مشاركة موقع عبر الزر أدناه.
btn-share-location = 📍 مشاركة الموقع
birth-place-not-found = 🔎 لم أجد مدينة باسم «{ $query }». يمكنك تجربة كتابة أخرى للاسم، أو إضافة رمز البلد بعد اسم المدينة وفاصلة (مثلًا <i>FR</i> لفرنسا)، أو مشاركة موقع.
birth-place-pick = 📍 أيّ هذه المدن هي المقصودة؟
birth-saved =
    ✅ <b>حُفظت بيانات الميلاد</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } (فرق التوقيت في ذلك التاريخ: { $offset })
    ☀️ البرج الشمسي: { $sign }
birth-no-houses = ℹ️ من دون وقت الميلاد لا يمكن حساب الطالع والبيوت، وقد تنحرف درجة القمر ببضع درجات.
birth-next = ما الخطوة التالية؟
person-name-prompt =
    👤 ما اسم هذا الشخص؟ { $max ->
        [zero] (حتى { $max } حرف)
        [one] (حتى حرف واحد)
        [two] (حتى حرفين)
        [few] (حتى { $max } أحرف)
        [many] (حتى { $max } حرفًا)
       *[other] (حتى { $max } حرف)
    }
person-limit =
    { $max ->
        [zero] لا يمكن حفظ أشخاص حاليًا.
        [one] يمكنك حفظ شخص واحد فقط؛ ولإضافة شخص جديد، يلزم حذف المحفوظ.
        [two] يمكنك حفظ شخصين كحد أقصى؛ ولإضافة شخص جديد، يلزم حذف أحدهما.
        [few] يمكنك حفظ { $max } أشخاص كحد أقصى؛ ولإضافة شخص جديد، يلزم حذف أحدهم.
        [many] يمكنك حفظ { $max } شخصًا كحد أقصى؛ ولإضافة شخص جديد، يلزم حذف أحدهم.
       *[other] يمكنك حفظ { $max } شخص كحد أقصى؛ ولإضافة شخص جديد، يلزم حذف أحدهم.
    }
btn-synastry = 💞 توافقنا
btn-add-person = ➕ إضافة شخص
chart-title = خريطتك الفلكية
chart-caption = 🪐 خريطة { $name } الفلكية — { $date }، { $place }
chart-positions = مواقع الكواكب
chart-aspects = أهم الزوايا
chart-asc = الطالع:
chart-mc = وسط السماء:
chart-house-fallback =
    لا يمكن رسم بيوت { $wanted ->
        [koch] كوخ
       *[placidus] بلاسيدوس
    } على هذا القرب من القطب، لذا تستخدم خريطتك نظام بيوت بورفيري.
chart-ask = أريد تفسير خريطتي الفلكية.
chart-json-caption = 🧾 خريطتك كما حُسبت (بالبروج الاستوائية، من منظور مركزية الأرض، وبنظام بيوت بلاسيدوس). يمكنك مقارنتها بأي جداول فلكية (إفيميريس).
btn-chart-json = 🧾 بيانات الخريطة (JSON)
btn-transits = 🔭 عبور الكواكب
transits-title = عبور الكواكب على خريطتك اليوم
transits-none = لا يوجد الآن عبور مهم ضمن درجتين.
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}البيت { $house }
    }
chart-aspect = { $first } { $aspect } مع { $second } ({ $orb }°)
transit-line = { $transiting } { $aspect } مع { $natal } في خريطتك
transit-exact = { $tense ->
        [past] بلغ ذروته في { $date }
       *[future] يبلغ ذروته في { $date }
    }
transit-not-exact = لا يبلغ ذروته خلال العام القادم
transit-stations-title = محطات الكواكب على نقاط خريطتك خلال العام القادم
transit-station =
    { $date } · { $symbol } { $body } { $body_code ->
        [sun] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
        [venus] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
       *[other] { $direction ->
            [retrograde] يبدأ تراجعه
           *[direct] يعود إلى الحركة المباشرة
        }
    } عند { $degree } من برج { $sign }، تمامًا على موضع { $natal } في خريطتك
name-house-system =
    { $system ->
        [placidus] بلاسيدوس
        [koch] كوخ
        [equal] البيوت المتساوية
        [whole-sign] البرج الكامل
        [porphyry] بورفيري
        [regiomontanus] ريجيومونتانوس
       *[campanus] كامبانوس
    }
btn-house-system = 🏠 نظام البيوت: { $system }
btn-solar-return = 🎂 عامي المقبل (العودة الشمسية)
solar-return-title = عودتك الشمسية لعام { $year }
solar-return-intro = 🎂 عادت الشمس إلى الموضع الذي كانت فيه لحظة ميلادك، وكان ذلك في { $date }. ولتلك اللحظة رسمتُ خريطة عامك في { $place }.
solar-return-ask = أريد قراءة عودتي الشمسية: ماذا يحمل لي عامي المقبل؟
house-system-pick =
    🏠 <b>نظام البيوت</b>
    تقسّم البيوت خريطتك إلى اثني عشر مجالًا من مجالات الحياة، ويرسمها الفلكيون بطرق مختلفة. نظام بلاسيدوس هو الأوسع انتشارًا، ونظام البرج الكامل هو الأقدم. يكفي اختيار النظام المناسب لك، وعليه ستُبنى خريطتك وعبور الكواكب والتفسيرات.
house-system-saved = ✅ تعتمد خريطتك الآن نظام البيوت «{ $system }».
horoscope-intro =
    ♈ <b>توقعات الأبراج</b>
    يمكنك اختيار الفترة ثم برجك، أو إدخال بيانات ميلادك مرة واحدة لأعرف برجك بنفسي.
horoscope-intro-sign = ♈ <b>توقعات الأبراج</b>: برج { $sign }. لأي فترة؟
horoscope-pick = لأي برج؟
horoscope-title =
    { $period ->
        [daily] توقعات البرج اليومية
        [weekly] توقعات البرج الأسبوعية
       *[monthly] توقعات البرج الشهرية
    }، { $span }
btn-period =
    { $period ->
        [daily] اليوم
        [weekly] هذا الأسبوع
       *[monthly] هذا الشهر
    }
btn-other-sign = 🔄 برج آخر
compat-pick-first =
    💞 <b>التوافق</b>
    ما البرج الأول؟
compat-pick-other =
    💞 <b>التوافق</b> مع { $sign }
    ما البرج الآخر؟
compat-title =
    💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score } من 100
synastry-title =
    💞 <b>توافقك مع { $name }</b>
    { $hearts } { $score } من 100 (بناءً على الخريطتين)
compat-ask = أريد وصفًا لتوافقنا.
moon-today =
    { $symbol } <b>{ $phase }</b>
    الإضاءة: { $illumination }٪ · عمر القمر: { $age ->
        [zero] { $age } يوم
        [one] { $age } يوم
        [two] { $age } يوم
        [few] { $age } أيام
        [many] { $age } يومًا
       *[other] { $age } يوم
    }
moon-zone = الأوقات بتوقيت { $zone }
moon-calendar-title = تقويم القمر للأيام الثلاثين القادمة
btn-moon-calendar = 📅 تقويم 30 يومًا
btn-moon-commentary = 🔮 رسالة القمر اليوم
moon-commentary-title = 🔮 <b>رسالة القمر اليوم</b>
btn-notifications = 🔔 الإشعارات
notify-title = الإشعارات
notify-time-prompt = 🕘 ما الوقت المناسب لإشعار «{ $kind }»؟ يُرجى إرسال الوقت مثل <code>08:30</code> (بتوقيت { $zone })، أو الوقت مع منطقة زمنية، مثل <code>08:30 Asia/Riyadh</code>.
notify-zone-unknown = ⚠️ «{ $zone }» ليست منطقة زمنية أعرفها. يُرجى استخدام اسم مثل <code>Asia/Riyadh</code> أو فرق توقيت مثل <code>+03:00</code>.
btn-turn-on = تشغيل
btn-turn-off = إيقاف
push-moon = { $symbol } <b>{ $phase }</b> اليوم عند الساعة { $time }.
push-footer = <i>يمكنك تغيير الإشعارات من 🌙 تقويم القمر ← 🔔 الإشعارات.</i>
chatbot-intro =
    🤖 <b>الدردشة الفلكية</b>
    يمكنك سؤالي عن أي شيء في خريطتك أو عبور الكواكب أو السماء، وأجيب انطلاقًا من خريطتك المحسوبة. { $limit ->
        [zero] الأسئلة غير متاحة اليوم.
        [one] الحد اليومي: سؤال واحد.
        [two] الحد اليومي: سؤالان.
        [few] الحد اليومي: { $limit } أسئلة.
        [many] الحد اليومي: { $limit } سؤالًا.
       *[other] الحد اليومي: { $limit } سؤال.
    } وللإنهاء، يكفي الضغط على «خروج» أو إرسال /cancel.
chatbot-limit =
    ⏳ { $limit ->
        [zero] بلغت الحد اليومي للأسئلة.
        [one] طرحت اليوم سؤالًا واحدًا، وهو الحد اليومي.
        [two] طرحت اليوم سؤالين، وهما الحد اليومي.
        [few] طرحت اليوم { $limit } أسئلة، وهي الحد اليومي.
        [many] طرحت اليوم { $limit } سؤالًا، وهو الحد اليومي.
       *[other] طرحت اليوم { $limit } سؤال، وهو الحد اليومي.
    } تُفتح الدردشة من جديد غدًا.
chatbot-not-text = ✍️ يُرجى كتابة سؤالك نصًّا.
chatbot-reset-done = 🧹 مُسحت المحادثة. يمكنك طرح سؤال جديد.
btn-chat-reset = 🧹 محادثة جديدة
btn-chat-leave = 🚪 خروج

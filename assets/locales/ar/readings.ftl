# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>التاروت</b>
    أيّ توزيعة تناسبك؟ أو يمكنك رؤية بطاقة اليوم:
btn-spread-one = 🂠 بطاقة واحدة
btn-spread-three = 🔮 الماضي · الحاضر · المستقبل
btn-spread-celtic = ✨ الصليب السلتي (10 بطاقات)
btn-daily-card = 🌅 بطاقة اليوم
btn-draw-now = 🃏 السحب الآن
spread-one = بطاقة واحدة
spread-three = الماضي · الحاضر · المستقبل
spread-celtic = الصليب السلتي
tarot-question =
    🃏 <b>{ $spread }</b>

    ما السؤال الذي يشغل بالك؟ يمكنك إرساله إليّ { $max ->
        [zero] (حتى { $max } حرف)
        [one] (حتى حرف واحد)
        [two] (حتى حرفين)
        [few] (حتى { $max } أحرف)
        [many] (حتى { $max } حرفًا)
       *[other] (حتى { $max } حرف)
    }، أو الضغط على «السحب الآن».
tarot-question-text =
    يُرجى كتابة سؤالك نصًّا { $max ->
        [zero] (حتى { $max } حرف)
        [one] (حتى حرف واحد)
        [two] (حتى حرفين)
        [few] (حتى { $max } أحرف)
        [many] (حتى { $max } حرفًا)
       *[other] (حتى { $max } حرف)
    }، أو الضغط على «السحب الآن».
tarot-question-line = <i>سؤالك: { $question }</i>
pos-card = بطاقتك
pos-past = الماضي
pos-present = الحاضر
pos-future = المستقبل
pos-situation = الوضع الحالي
pos-challenge = التحدي
pos-foundation = الأساس
pos-recent-past = الماضي القريب
pos-crown = الهدف
pos-near-future = المستقبل القريب
pos-self = أنت
pos-environment = المحيط
pos-hopes-fears = الآمال والمخاوف
pos-outcome = النتيجة
upright = معتدلة
reversed = مقلوبة
daily-card-title = 🌅 <b>بطاقة اليوم لك</b> — { $date }
btn-dream-followup = ❓ سؤال عن هذا الحلم
dream-followup-prompt =
    ❓ ما سؤالك عن هذا الحلم؟ { $max ->
        [zero] (حتى { $max } حرف)
        [one] (حتى حرف واحد)
        [two] (حتى حرفين)
        [few] (حتى { $max } أحرف)
        [many] (حتى { $max } حرفًا)
       *[other] (حتى { $max } حرف)
    }
reading-title-dream-followup = 💭 <b>عن حلمك</b>
btn-share-x = 𝕏 المشاركة على X
btn-share-telegram = ✈️ المشاركة على تيليجرام
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind =
    { $kind ->
        [coffee] قراءة الفنجان
        [tarot] قراءة التاروت
        [dream] تفسير الحلم
        [daily_card] بطاقة اليوم
        [daily_horoscope] توقعات البرج اليومية
        [weekly_horoscope] توقعات البرج الأسبوعية
        [monthly_horoscope] توقعات البرج الشهرية
        [birth_chart] الخريطة الفلكية
        [compatibility] التوافق
        [astro_chatbot] الدردشة الفلكية
        [moon] رسالة القمر
        [solar_return] العودة الشمسية
       *[other] قراءة
    }
# What a shared reading says, per kind.
share-text =
    { $kind ->
        [coffee] أدهشتني قراءة فنجاني على Fal Gram ✨ والآن دورك:
        [tarot] أدهشتني قراءة التاروت على Fal Gram ✨ والآن دورك:
        [dream] فسّر Fal Gram حلمي وأدهشني ✨ والآن دورك:
        [daily_card] أدهشتني بطاقة اليوم على Fal Gram ✨ فما بطاقتك أنت؟
        [daily_horoscope] أدهشتني توقعات برجي على Fal Gram ✨ فماذا يقول برجك؟
        [weekly_horoscope] أدهشتني توقعات برجي على Fal Gram ✨ فماذا يقول برجك؟
        [monthly_horoscope] أدهشتني توقعات برجي على Fal Gram ✨ فماذا يقول برجك؟
        [birth_chart] قرأ Fal Gram خريطتي الفلكية وأدهشني ✨ والآن دورك:
        [compatibility] قرأ Fal Gram توافقنا وأدهشني ✨ والآن دورك:
        [solar_return] قرأ Fal Gram عامي المقبل من خريطة عودتي الشمسية وأدهشني ✨ والآن دورك:
       *[other] أدهشتني قراءتي على Fal Gram ✨ والآن دورك:
    }

# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>التاروت</b>
    اختر انتشاراً أو اطّلع على بطاقة يومك:
btn-spread-one = 🂠 بطاقة واحدة
btn-spread-three = 🔮 الماضي · الحاضر · المستقبل
btn-spread-celtic = ✨ الصليب السلتي (10 بطاقات)
btn-daily-card = 🌅 بطاقة اليوم
btn-draw-now = 🃏 اسحب الآن
spread-one = بطاقة واحدة
spread-three = الماضي · الحاضر · المستقبل
spread-celtic = الصليب السلتي
tarot-question =
    🃏 <b>{ $spread }</b>

    فكّر في سؤالك وأرسله إليّ (حتى { $max } حرف)، أو اضغط «اسحب الآن».
tarot-question-text = يرجى كتابة سؤالك نصاً (حتى { $max } حرف)، أو اضغط «اسحب الآن».
tarot-question-line = <i>سؤالك: { $question }</i>
pos-card = بطاقتك
pos-past = الماضي
pos-present = الحاضر
pos-future = المستقبل
pos-situation = الوضع
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
daily-card-title = 🌅 <b>بطاقة يومك</b> — { $date }
btn-dream-followup = ❓ اسأل عن هذا الحلم
dream-followup-prompt = ❓ ماذا تودّ أن تعرف عن هذا الحلم؟ (حتى { $max } حرف)
reading-title-dream-followup = 💭 <b>عن حلمك</b>
btn-share-x = 𝕏 شارك على X
btn-share-telegram = ✈️ شارك على تيليجرام
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] قراءة الفنجان
    [tarot] قراءة التاروت
    [dream] تفسير الحلم
    [daily_card] بطاقة اليوم
    [daily_horoscope] توقعات اليوم
    [weekly_horoscope] توقعات الأسبوع
    [monthly_horoscope] توقعات الشهر
    [birth_chart] الخريطة الفلكية
    [compatibility] التوافق
    [astro_chatbot] دردشة فلكية
    [moon] تعليق على القمر
   *[other] قراءة
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] أدهشتني قراءة فنجاني في Fal Gram ✨ جرّب قراءتك:
    [tarot] أدهشتني قراءة التاروت في Fal Gram ✨ جرّب قراءتك:
    [dream] أدهشني تفسير حلمي في Fal Gram ✨ جرّب بنفسك:
    [daily_card] أدهشتني بطاقة يومي في Fal Gram ✨ اسحب بطاقتك:
    [daily_horoscope] أدهشتني توقعات برجي في Fal Gram ✨ اقرأ توقعاتك:
    [weekly_horoscope] أدهشتني توقعات برجي في Fal Gram ✨ اقرأ توقعاتك:
    [monthly_horoscope] أدهشتني توقعات برجي في Fal Gram ✨ اقرأ توقعاتك:
    [birth_chart] أدهشتني قراءة خريطتي الفلكية في Fal Gram ✨ جرّب قراءتك:
    [compatibility] أدهشتني قراءة توافقنا في Fal Gram ✨ جرّب قراءتك:
   *[other] أدهشتني قراءتي في Fal Gram ✨ جرّب قراءتك:
}

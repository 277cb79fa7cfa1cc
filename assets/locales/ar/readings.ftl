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
kind-coffee = فنجان القهوة
kind-tarot = التاروت
kind-dream = الحلم
kind-daily-card = بطاقة اليوم
share-text = أدهشتني قراءة { $kind } في Fal Gram ✨ جرّب قراءتك:
btn-share-x = 𝕏 شارك على X
btn-share-telegram = ✈️ شارك على تيليجرام

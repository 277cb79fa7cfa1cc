# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = السماء من { $first } إلى { $last } (البروج الاستوائية، محسوبة):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = متراجع
fact-house = البيت { $house }
fact-enters = يدخل برج { $sign } في { $date }
fact-phase = { $phase }: { $date }
fact-ascendant = الطالع: { $sign } { $degrees }
fact-midheaven = وسط السماء: { $sign } { $degrees }
fact-no-birth-time = وقت الميلاد غير معروف: لا يوجد طالع ولا وسط سماء ولا بيوت؛ لا تتناولها في التفسير.
fact-aspects = الجوانب:
fact-aspect = { $first } { $aspect } { $second } (هامش { $orb }°)
fact-synastry-aspect = { $mine } (أنا) { $aspect } { $theirs } (الطرف الآخر) (هامش { $orb }°)
fact-sign-pair = العنصران: { $first_element } و{ $second_element }؛ الطبيعتان: { $first_modality } و{ $second_modality }. زوج الأبراج فقط، دون خرائط ميلاد.
fact-card = { $position }: { $card } ({ $orientation })؛ { $keywords }
ai-ask-tarot = ليس لديّ سؤال محدد، أريد توجيهًا عامًا.
ai-ask-daily-card = بطاقة يومي.
ai-ask-cup = في هذه الصورة فنجاني.
ai-ask-cup-saucer = في الصورة الأولى فنجاني، وفي الثانية الصحن.
ai-ask-moon = ماذا يحمل لي القمر اليوم؟

# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = حالة السماء من { $first } إلى { $last } (بالبروج الاستوائية، بحساب فلكي):
fact-position = { $body }: برج { $sign }، { $degrees }
fact-retrograde = في حالة تراجع
fact-house = في البيت { $house }
fact-enters = الانتقال إلى برج { $sign } في { $date }
fact-phase = { $phase }: { $date }
fact-station = { $body }: { $direction ->
        [retrograde] بدء التراجع
       *[direct] العودة إلى الحركة المباشرة
    } في { $date } عند { $degree } من برج { $sign }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] كسوف كلي
            [annular] كسوف حلقي
            [hybrid] كسوف هجين
           *[partial] كسوف جزئي
        }
       *[lunar] { $type ->
            [total] خسوف كلي
            [partial] خسوف جزئي
           *[penumbral] خسوف شبه ظلّي
        }
    } في { $date } عند { $degree } من برج { $sign }
fact-ascendant = الطالع: برج { $sign }، { $degrees }
fact-midheaven = وسط السماء: برج { $sign }، { $degrees }
fact-no-birth-time = وقت الميلاد غير معروف: لا طالع ولا وسط سماء ولا بيوت، فيجب عدم تفسيرها.
fact-aspects = الزوايا:
fact-aspect = { $first } – { $second }: { $aspect } (هامش { $orb }°)
fact-synastry-aspect = { $mine } لديّ – { $theirs } لدى الطرف الآخر: { $aspect } (هامش { $orb }°)
fact-sign-pair = البرج الأول من عنصر { $first_element }، والثاني من عنصر { $second_element }؛ والأول { $first_modality }، والثاني { $second_modality }. هذه مقارنة بين برجين فقط، دون خرائط فلكية.
fact-card = { $position }: { $card } ({ $orientation })؛ { $keywords }
ai-ask-tarot = ليس لديّ سؤال محدد؛ أريد توجيهًا عامًا.
ai-ask-daily-card = بطاقة اليوم الخاصة بي.
ai-ask-cup = في هذه الصورة فنجاني.
ai-ask-cup-saucer = في الصورة الأولى فنجاني، وفي الثانية صحني.
ai-ask-moon = ماذا يحمل لي قمر اليوم؟

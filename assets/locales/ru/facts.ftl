# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Небо с { $first } по { $last } (тропический зодиак, расчёт):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = ретроградно
fact-house = { $house }-й дом
fact-enters = входит в знак { $sign } { $date }
fact-phase = { $phase }: { $date }
fact-ascendant = Асцендент: { $sign } { $degrees }
fact-midheaven = Середина неба (MC): { $sign } { $degrees }
fact-no-birth-time = Время рождения неизвестно: нет асцендента, MC и домов — не толкуй их.
fact-aspects = Аспекты:
fact-aspect = { $first } — { $second }: { $aspect } (орб { $orb }°)
fact-synastry-aspect = { $mine } (я) — { $theirs } (партнёр): { $aspect } (орб { $orb }°)
fact-sign-pair = Стихии: { $first_element } и { $second_element }; кресты: { $first_modality } и { $second_modality }. Только пара знаков, без натальных карт.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Без конкретного вопроса: мне нужен общий совет.
ai-ask-daily-card = Моя карта дня.
ai-ask-cup = На этом фото моя чашка.
ai-ask-cup-saucer = На первом фото моя чашка, на втором — блюдце.
ai-ask-moon = Что сегодня несёт мне Луна?

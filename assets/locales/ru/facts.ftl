# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Небо с { $first } по { $last } (тропический зодиак, расчётные данные):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = ретроградное движение
fact-house = { $house }-й дом
fact-enters = { $date } переходит в знак { $sign }
fact-phase = { $phase }: { $date }
fact-station = { $body }: { $direction ->
        [retrograde] начало ретроградного движения
       *[direct] переход в директное движение
    } { $date }, { $sign } { $degree }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Полное солнечное затмение
            [annular] Кольцеобразное солнечное затмение
            [hybrid] Гибридное солнечное затмение
           *[partial] Частное солнечное затмение
        }
       *[lunar] { $type ->
            [total] Полное лунное затмение
            [partial] Частное лунное затмение
           *[penumbral] Полутеневое лунное затмение
        }
    } { $date }, { $sign } { $degree }
fact-ascendant = Асцендент: { $sign } { $degrees }
fact-midheaven = Середина неба (MC): { $sign } { $degrees }
fact-no-birth-time = Время рождения неизвестно: асцендента, середины неба (MC) и домов нет — не толкуй их.
fact-aspects = Аспекты:
fact-aspect = { $first } — { $second }: { $aspect } (орб { $orb }°)
fact-synastry-aspect = { $mine } (моя карта) — { $theirs } (карта другого человека): { $aspect } (орб { $orb }°)
fact-sign-pair = Стихии: { $first_element } и { $second_element }; кресты: { $first_modality } и { $second_modality }. Это только сочетание знаков, без натальных карт.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Без конкретного вопроса: мне нужен общий совет.
ai-ask-daily-card = Моя карта дня.
ai-ask-cup = На этом фото — моя чашка.
ai-ask-cup-saucer = На первом фото — моя чашка, на втором — блюдце.
ai-ask-moon = Что сегодня несёт мне Луна?

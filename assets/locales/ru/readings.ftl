# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Таро</b>
    Выбери расклад или открой свою карту дня:
btn-spread-one = 🂠 Одна карта
btn-spread-three = 🔮 Прошлое · Настоящее · Будущее
btn-spread-celtic = ✨ Кельтский крест (10 карт)
btn-daily-card = 🌅 Карта дня
btn-draw-now = 🃏 Вытянуть сейчас
spread-one = Одна карта
spread-three = Прошлое · Настоящее · Будущее
spread-celtic = Кельтский крест
tarot-question =
    🃏 <b>{ $spread }</b>

    Задумай вопрос и отправь его мне (до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }) или нажми «Вытянуть сейчас».
tarot-question-text = Напиши вопрос текстом (до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    }) или нажми «Вытянуть сейчас».
tarot-question-line = <i>Твой вопрос: { $question }</i>
pos-card = Твоя карта
pos-past = Прошлое
pos-present = Настоящее
pos-future = Будущее
pos-situation = Ситуация
pos-challenge = Препятствие
pos-foundation = Основа
pos-recent-past = Недавнее прошлое
pos-crown = Цель
pos-near-future = Ближайшее будущее
pos-self = Твоя позиция
pos-environment = Окружение
pos-hopes-fears = Надежды и страхи
pos-outcome = Итог
upright = в прямом положении
reversed = в перевёрнутом положении
daily-card-title = 🌅 <b>Твоя карта дня</b> — { $date }
btn-dream-followup = ❓ Спросить об этом сне
dream-followup-prompt = ❓ Что ты хочешь узнать об этом сне? (до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    })
reading-title-dream-followup = 💭 <b>О твоём сне</b>
btn-share-x = 𝕏 Поделиться в X
btn-share-telegram = ✈️ Поделиться в Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Гадание на кофейной гуще
    [tarot] Гадание на таро
    [dream] Толкование сна
    [daily_card] Карта дня
    [daily_horoscope] Гороскоп на день
    [weekly_horoscope] Гороскоп на неделю
    [monthly_horoscope] Гороскоп на месяц
    [birth_chart] Натальная карта
    [compatibility] Совместимость
    [astro_chatbot] Астрочат
    [moon] Послание Луны
    [solar_return] Соляр
   *[other] Гадание
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Гадание на кофейной гуще в Fal Gram меня удивило ✨ Попробуй и ты:
    [tarot] Гадание на таро в Fal Gram меня удивило ✨ Попробуй и ты:
    [dream] Толкование моего сна в Fal Gram меня удивило ✨ Попробуй и ты:
    [daily_card] Моя карта дня в Fal Gram меня удивила ✨ Вытяни свою:
    [daily_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [weekly_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [monthly_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [birth_chart] Разбор моей натальной карты в Fal Gram меня удивил ✨ Попробуй и ты:
    [compatibility] Разбор нашей совместимости в Fal Gram меня удивил ✨ Попробуй и ты:
    [solar_return] Fal Gram разобрал мой соляр и рассказал, что ждёт меня в этом году ✨ Попробуй и ты:
   *[other] Моё гадание в Fal Gram меня удивило ✨ Попробуй и ты:
}

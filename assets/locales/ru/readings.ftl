# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Таро</b>
    Выберите расклад или посмотрите карту дня:
btn-spread-one = 🂠 Одна карта
btn-spread-three = 🔮 Прошлое · Настоящее · Будущее
btn-spread-celtic = ✨ Кельтский крест (10 карт)
btn-daily-card = 🌅 Карта дня
btn-draw-now = 🃏 Тянуть сейчас
spread-one = Одна карта
spread-three = Прошлое · Настоящее · Будущее
spread-celtic = Кельтский крест
tarot-question =
    🃏 <b>{ $spread }</b>

    Подумайте о своём вопросе и отправьте его мне (до { $max } символов) или нажмите «Тянуть сейчас».
tarot-question-text = Напишите вопрос текстом (до { $max } символов) или нажмите «Тянуть сейчас».
tarot-question-line = <i>Ваш вопрос: { $question }</i>
pos-card = Ваша карта
pos-past = Прошлое
pos-present = Настоящее
pos-future = Будущее
pos-situation = Ситуация
pos-challenge = Препятствие
pos-foundation = Основа
pos-recent-past = Недавнее прошлое
pos-crown = Цель
pos-near-future = Ближайшее будущее
pos-self = Вы
pos-environment = Окружение
pos-hopes-fears = Надежды и страхи
pos-outcome = Итог
upright = прямая
reversed = перевёрнутая
daily-card-title = 🌅 <b>Ваша карта дня</b> — { $date }
btn-dream-followup = ❓ Спросить об этом сне
dream-followup-prompt = ❓ Что вы хотите узнать об этом сне? (до { $max } символов)
reading-title-dream-followup = 💭 <b>О вашем сне</b>
btn-share-x = 𝕏 Поделиться в X
btn-share-telegram = ✈️ Поделиться в Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Гадание на кофейной гуще
    [tarot] Расклад таро
    [dream] Толкование сна
    [daily_card] Карта дня
    [daily_horoscope] Гороскоп на день
    [weekly_horoscope] Гороскоп на неделю
    [monthly_horoscope] Гороскоп на месяц
    [birth_chart] Натальная карта
    [compatibility] Совместимость
    [astro_chatbot] Астрочат
    [moon] Лунный комментарий
   *[other] Толкование
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Гадание на кофейной гуще в Fal Gram меня удивило ✨ Попробуй и ты:
    [tarot] Мой расклад таро в Fal Gram меня удивил ✨ Попробуй и ты:
    [dream] Толкование моего сна в Fal Gram меня удивило ✨ Попробуй и ты:
    [daily_card] Моя карта дня в Fal Gram меня удивила ✨ Вытяни свою:
    [daily_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [weekly_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [monthly_horoscope] Мой гороскоп в Fal Gram меня удивил ✨ Прочитай свой:
    [birth_chart] Моя натальная карта в Fal Gram меня удивила ✨ Попробуй и ты:
    [compatibility] Наша совместимость по версии Fal Gram меня удивила ✨ Проверь свою:
   *[other] Моё толкование в Fal Gram меня удивило ✨ Попробуй и ты:
}

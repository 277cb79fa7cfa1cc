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
kind-coffee = гадание на кофе
kind-tarot = таро
kind-dream = толкование сна
kind-daily-card = карта дня
share-text = Моё { $kind } в Fal Gram меня удивило ✨ Попробуйте сами:
btn-share-x = 𝕏 Поделиться в X
btn-share-telegram = ✈️ Поделиться в Telegram

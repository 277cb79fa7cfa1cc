name-feature = { $feature ->
    [daily_horoscope] Гороскоп на день
    [moon_today] Луна сегодня
    [unlimited_readings] Безлимитные гадания
    [birth_chart] Натальная карта
    [weekly_horoscope] Гороскоп на неделю
    [monthly_horoscope] Гороскоп на месяц
    [compatibility] Совместимость
    [moon_calendar] Лунный календарь
    [moon_commentary] Ежедневное послание Луны
    [moon_notifications] Лунные уведомления
    [transits] Транзиты
    [pdf_download] Загрузка PDF
    [astro_chatbot] Астрочат
   *[friends_compatibility] Совместимость с друзьями
}
premium-compare = Сравнение тарифов
premium-current = Твой тариф: <b>{ $plan }</b>, до { $date }.
premium-current-free = Твой тариф: <b>Бесплатный</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ на { $days } дн.
    Включено:
btn-buy = ⭐ Купить за { $price } звёзд
btn-subscribe = 🔁 Ежемесячная подписка
btn-open-subscription = 🔁 Открыть подписку
subscribe-link = 🔁 Ежемесячная подписка на <b>{ $plan }</b> за { $price } ⭐; Telegram продлевает её каждые 30 дней, отменить можно в любой момент в настройках Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Тариф { $plan } на { $days } дн.: гадания без ограничений и астрология тарифа.
precheckout-bad-payload = Этот счёт больше не действует. Открой тарифы заново, пожалуйста.
precheckout-wrong-currency = Этот счёт выставлен не в звёздах Telegram.
precheckout-wrong-amount = Цена изменилась. Открой тарифы заново, чтобы увидеть текущую цену.
precheckout-wrong-user = Этот счёт выставлен для другого аккаунта.
precheckout-downgrade = Твой тариф { $plan } ещё действует; более низкий тариф можно купить, когда он закончится.
payment-thanks = 🎉 Спасибо! <b>{ $plan }</b> действует до { $date }.
payment-problem = ⚠️ Оплата пришла, но я не смог сопоставить её с тарифом. Администратор уже уведомлён и всё исправит; можно также написать в /paysupport.
btn-refund-request = ↩️ Вернуть { $amount } ⭐ ({ $date })
refund-requested = ✅ Запрос на возврат отправлен администратору. Ты получишь сообщение, когда всё будет готово.
refund-not-possible = Этот платёж уже нельзя вернуть (слишком давно, уже возвращён или запрос уже отправлен).
refund-done = ↩️ Тебе возвращено { $amount } ⭐. Время тарифа, купленное за них, снято.
expiry-reminder = ⏳ Твой тариф <b>{ $plan }</b> закончится через { $days } дн. ({ $date }). Продли его, чтобы ничего не потерять.
btn-renew = 🔁 Продлить
plan-expired = Твой тариф <b>{ $plan }</b> закончился; теперь у тебя бесплатный тариф. Вернуться к премиуму можно в любой момент.
plan-gifted = 🎁 Тебе подарили <b>{ $plan }</b> на { $days } дн. — действует до { $date }.
plan-cancelled = Администратор завершил твой премиум-тариф. Если есть вопросы, напиши в /paysupport.

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
    [moon_notifications] Уведомления о фазах Луны
    [sky_events] Небесные события месяца и уведомления о них
    [solar_return] Соляр: прогноз на твой год
    [transits] Транзиты
    [pdf_download] Скачивание в PDF
    [astro_chatbot] Астрочат
   *[friends_compatibility] Совместимость с друзьями
}
premium-compare = Что даёт каждый тариф
plans-tier-base = <b>{ $plan }</b>:
plans-tier-more = <b>{ $plan }</b> добавляет:
premium-current = Твой тариф: <b>{ $plan }</b>, действует до { $date }.
premium-current-free = Твой тариф: <b>Бесплатный</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }
    В тариф входит:
btn-buy = ⭐ Купить за { $price ->
        [one] { $price } звезду
        [few] { $price } звезды
        [many] { $price } звёзд
       *[other] { $price } звезды
    }
btn-subscribe = 🔁 Ежемесячная подписка
btn-open-subscription = 🔁 Открыть подписку
subscribe-link = 🔁 Ежемесячная подписка на тариф <b>{ $plan }</b> за { $price } ⭐: Telegram продлевает её каждые 30 дней, а отменить подписку можно в любой момент в настройках Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Тариф { $plan } на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }: безлимитные гадания и все астрологические функции тарифа.
precheckout-bad-payload = Этот счёт больше не действителен. Открой тарифы заново, пожалуйста.
precheckout-wrong-currency = Этот счёт выставлен не в звёздах Telegram.
precheckout-wrong-amount = Цена изменилась. Открой тарифы заново, чтобы увидеть актуальную цену.
precheckout-wrong-user = Этот счёт выставлен для другого аккаунта.
precheckout-blocked = Покупки для этого аккаунта сейчас недоступны. Ничего не списано.
precheckout-downgrade = Твой тариф { $plan } ещё действует; тариф ниже можно будет купить, когда он закончится.
payment-thanks = 🎉 Спасибо! Тариф <b>{ $plan }</b> действует до { $date }.
payment-problem = ⚠️ Оплата пришла, но я не смогла сопоставить её с тарифом. Администратор уже в курсе и всё исправит; можешь также написать в /paysupport.
btn-refund-request = ↩️ Вернуть { $amount } ⭐ ({ $date })
refund-requested = ✅ Запрос на возврат отправлен администратору. Ты получишь сообщение, когда возврат будет оформлен.
refund-not-possible = Этот платёж уже нельзя вернуть: прошло слишком много времени, возврат уже сделан или уже запрошен.
refund-done = ↩️ Тебе возвращено { $amount } ⭐. Дни тарифа, купленные за них, списаны.
expiry-reminder =
    ⏳ Твой тариф <b>{ $plan }</b> закончится через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } ({ $date }). Продли его, чтобы ничего не потерять.
btn-renew = 🔁 Продлить
plan-expired = Твой тариф <b>{ $plan }</b> закончился — теперь у тебя бесплатный тариф. Вернуться на платный тариф можно в любой момент.
plan-gifted = 🎁 Тебе подарили тариф <b>{ $plan }</b> на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } — он действует до { $date }.
plan-cancelled = Твой платный тариф завершён администратором. Если есть вопросы, напиши в /paysupport.

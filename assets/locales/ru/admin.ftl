admin-dashboard =
    📊 <b>Сводка</b>
    👥 Пользователи: { $total } · новых сегодня: { $new }
    🟢 Активные: сегодня { $today } · за 7 дней { $week } · за 30 дней { $month }
    💎 Тарифы: Базовый { $basic } · Премиум { $premium } · VIP { $vip }
    ⭐ Выручка: сегодня { $stars_today } · в этом месяце { $stars_month } · всего { $stars_total }
    ⚠️ Сбои ИИ (за 7 дней): { $ai_failures }
    🔮 Гадания по видам:
admin-open-refunds = ↩️ Открытые запросы на возврат: { $count }
admin-chart-users = новые пользователи
admin-chart-stars = Звёзды
admin-gift-usage = Формат: <code>/gift ID_ПОЛЬЗОВАТЕЛЯ ТАРИФ ДНИ</code>, например <code>/gift 123456 premium 30</code> (тарифы: <code>basic</code>, <code>premium</code>, <code>vip</code>).
admin-no-user = Пользователь с ID { $id } не найден.
admin-gifted = ✅ Пользователю { $id } выдан тариф <b>{ $plan }</b> до { $date }; уведомление отправлено.
admin-cancelled = ✅ Тариф пользователя { $id } завершён; уведомление отправлено.
admin-refunded = ✅ Пользователю { $id } возвращено { $amount } ⭐; купленные дни тарифа списаны.
admin-refund-unknown = Оплаченного платежа с таким ID нет (или по нему уже сделан возврат).
admin-refund-failed = ❌ Telegram отклонил возврат: { $error }
admin-refund-request = ↩️ Запрос на возврат: { $name } (ID { $user }), { $amount } ⭐ за тариф { $plan }, оплата { $date }.
admin-payment-review = ⚠️ Платёж требует проверки: { $amount } ⭐ от ID { $user }, операция <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Плательщик заблокирован; платёж записан, тариф выдан.
admin-review-unreadable-payload = Счёт не удалось сопоставить ни с одним тарифом, поэтому ничего не выдано.
admin-review-price-mismatch = Сумма или валюта не совпадают с текущей ценой тарифа; тариф выдан.
btn-admin-refund = ↩️ Вернуть оплату
btn-admin-home = 📊 Админ-панель
btn-admin-users = 👥 Пользователи
btn-admin-premium = 💎 Премиум
btn-admin-logs = 📜 Журнал
btn-admin-settings = ⚙️ Настройки
btn-admin-prompts = 🧠 Промпты
btn-admin-broadcast = 📣 Рассылка
btn-admin-search = 🔍 Поиск
btn-prev = ◀️ Предыдущая
btn-next = Следующая ▶️
admin-search-prompt = 🔍 Отправь ID пользователя, @username или часть имени.
admin-users-title = 👥 <b>Пользователи</b> — страница { $page }
admin-users-empty = Никого не найдено.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } до { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Гаданий: { $readings } · 🎁 Приглашено: { $referrals }
    Статус: { $blocked } · последний визит: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Завершить тариф
btn-admin-block = 🚫 Заблокировать
btn-admin-unblock = ✅ Разблокировать
btn-admin-reset-quota = ♻️ Восстановить бесплатные гадания
admin-premium =
    💎 <b>Премиум</b>
    Действующие тарифы: Базовый { $basic } · Премиум { $premium } · VIP { $vip }
admin-expiring-title = Заканчиваются в ближайшие 7 дней
admin-logs-title = События, сначала новые
admin-logs-empty = Событий нет.
btn-admin-all-levels = 📋 Все
admin-settings-title = Настройки (применяются сразу)
admin-setting-prompt = ✏️ Отправь новое значение для «{ $key }» (сейчас: { $value }):
admin-setting-bad = ⚠️ Не сохранено. { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompt-langs = 🧠 <b>{ $kind }</b>: выбери язык (✏️ — изменённые):
admin-prompts-title = 🧠 Выбери тип промпта:
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Подстановки: { $placeholders }
admin-prompt-preview = Предпросмотр с примерными значениями:
admin-prompt-edit = ✏️ Отправь новый текст для <b>{ $kind }</b> / { $lang }. Допустимые подстановки: { $placeholders }
admin-prompt-bad = ⚠️ Не сохранено. { $reason }
admin-prompt-saved = ✅ Промпт сохранён и будет действовать со следующего запроса.
btn-admin-edit = ✏️ Изменить
btn-admin-reset = ♻️ Вернуть исходный
admin-broadcast-pick = 📣 Кому отправить рассылку?
btn-admin-all-users = 👥 Всем
admin-broadcast-prompt = 📣 Отправь текст сообщения. { $count ->
        [one] Его получит { $count } пользователь.
        [few] Его получат { $count } пользователя.
        [many] Его получат { $count } пользователей.
       *[other] Его получат { $count } пользователя.
    }
admin-broadcast-preview = 📣 Предпросмотр — рассылка для { $count ->
        [one] { $count } пользователя:
        [few] { $count } пользователей:
        [many] { $count } пользователей:
       *[other] { $count } пользователя:
    }
btn-admin-send = ✅ Отправить
btn-admin-send-paid = ⚡ Платно, быстро (≈ { $stars } ⭐)
admin-broadcast-started = 📣 Рассылка № { $id } запущена для { $count ->
        [one] { $count } пользователя
        [few] { $count } пользователей
        [many] { $count } пользователей
       *[other] { $count } пользователя
    }. Прогресс — в следующих сообщениях.
admin-broadcast-progress = 📣 Рассылка № { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Рассылка № { $id } завершена: доставлено — { $sent }, бот заблокирован — { $blocked }, ошибок — { $failed }.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] оплачен
   *[refunded] возвращён
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] «{ $value }» — это не время суток. Отправь время в формате 09:00.
    [zone] Часовой пояс «{ $value }» мне незнаком. Отправь название вроде Europe/Moscow.
    [range] Значение «{ $value }» здесь недопустимо. Отправь целое число от { $min } до { $max }.
   *[unknown] Такой настройки нет.
}
name-setting = { $key ->
    [free_readings] Бесплатных гаданий на пользователя
    [referral_bonus] Бонусных гаданий за приглашение
    [daily_card_time] Время карты дня по умолчанию
    [daily_horoscope_time] Время гороскопа на день по умолчанию
    [push_timezone] Часовой пояс для уведомлений
    [price_basic] Цена тарифа Базовый в звёздах
    [price_premium] Цена тарифа Премиум в звёздах
    [price_vip] Цена тарифа VIP в звёздах
    [days_basic] Срок тарифа Базовый в днях
    [days_premium] Срок тарифа Премиум в днях
    [days_vip] Срок тарифа VIP в днях
    [rate_user_per_minute] Сообщений в минуту на пользователя
    [rate_ai_per_minute] Гаданий в минуту на пользователя
    [refund_window_days] Срок для возврата в днях
    [chatbot_per_day] Вопросов в Астрочате в день
   *[stars_usd_per_1000] Долларов за 1000 звёзд (для расчёта маржи)
}
name-log-level = { $level ->
    [info] ℹ️ Информация
    [warn] ⚠️ Предупреждения
   *[error] ❌ Ошибки
}
name-log-kind = { $kind ->
    [payment] Платежи
    [refund_request] Запросы на возврат
    [admin_refund] Возвраты
    [admin_gift] Подаренные тарифы
    [admin_cancel] Завершённые тарифы
    [admin_block] Блокировки
    [admin_reset] Восстановление бесплатных гаданий
    [admin_prompt] Правки промптов
    [admin_broadcast] Рассылки
    [ai_failure] Сбои ИИ
    [handler_error] Ошибки обработки
   *[handler_panic] Аварийные сбои
}
name-prompt-source = { $source ->
    [override] изменён
   *[embedded] исходный
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] Подстановка {"{"}{ $name }{"}"} недоступна для этого промпта.
    [missing] Для подстановки {"{"}{ $name }{"}"} нет примерного значения.
    [unclosed] Скобка «{"{"}» не закрыта. Чтобы вставить фигурную скобку как текст, напиши {"{{"}.
   *[empty] Промпт пустой.
}
admin-readings-none = Гаданий пока нет.
admin-ai-spend = 🤖 Расходы на ИИ: сегодня { $today }, в этом месяце { $month } ({ $calls ->
        [one] { $calls } запрос
        [few] { $calls } запроса
        [many] { $calls } запросов
       *[other] { $calls } запроса
    })
admin-ai-per-reading = { $kind }: { $cost } за гадание ({ $readings ->
        [one] { $readings } гадание
        [few] { $readings } гадания
        [many] { $readings } гаданий
       *[other] { $readings } гадания
    })
admin-ai-margin = { $plan } в этом месяце: выручка со звёзд { $revenue }, расходы на ИИ { $cost }, маржа { $margin }
btn-admin-funnel = 📈 Воронка
admin-funnel-title = Воронка по первым контактам с { $from } по { $to }
name-funnel-step = { $step ->
    [first_contact] Первый контакт
    [first_reading] Первое гадание
    [quota_used_up] Бесплатные гадания израсходованы
    [invoice_sent] Открыт счёт
    [paid] Оплата
    [renewed] Продление
   *[refunded] Возврат
}
admin-funnel-line = { $step }: { $users ->
        [one] { $users } пользователь
        [few] { $users } пользователя
        [many] { $users } пользователей
       *[other] { $users } пользователя
    } ({ $share } от предыдущего шага)
admin-cohorts-title = Недельные когорты: вернулись на 1-й / 7-й / 30-й день
admin-cohort-line = Неделя с { $week }: { $users ->
        [one] { $users } пользователь
        [few] { $users } пользователя
        [many] { $users } пользователей
       *[other] { $users } пользователя
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Цены на ИИ
btn-admin-ai-price-set = ✏️ Задать цену
admin-ai-prices-title = Цены на ИИ (доллары США за миллион токенов)
admin-ai-prices-none = Цен пока нет: пока цена не задана, расходы по модели неизвестны.
admin-ai-price-line = { $model }: вход { $input }, выход { $output }
admin-ai-price-prompt = Отправь модель и две её цены за миллион токенов — сначала за вход, потом за выход, например: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Это не строка с ценой. Отправь название модели и две суммы в долларах, например: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Сохранено — { $model }: вход { $input }, выход { $output } за миллион токенов.
admin-star-balance = ⭐ Баланс звёзд в Telegram: { $amount }
admin-ai-unpriced = Для { $models } не задана цена, поэтому расход по ним не учтён в этих суммах. Задай цену командой <code>falgram admin ai-price</code>.

admin-dashboard =
    📊 <b>Панель</b>
    👥 Пользователи: { $total } · новых сегодня: { $new }
    🟢 Активны: сегодня { $today } · 7 дней { $week } · 30 дней { $month }
    💎 Тарифы: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Выручка: сегодня { $stars_today } · за месяц { $stars_month } · всего { $stars_total }
    ⚠️ Сбои ИИ (7 дней): { $ai_failures }
    🔮 Гадания по типам:
admin-open-refunds = ↩️ Открытые запросы на возврат: { $count }
admin-chart-users = новые пользователи
admin-chart-stars = Звёзды
admin-gift-usage = Формат: <code>/gift ID_ПОЛЬЗОВАТЕЛЯ ТАРИФ ДНИ</code>, например <code>/gift 123456 premium 30</code> (тарифы: basic, premium, vip).
admin-no-user = Пользователя с id { $id } нет.
admin-gifted = ✅ У пользователя { $id } теперь <b>{ $plan }</b> до { $date }; он уведомлён.
admin-cancelled = ✅ Тариф пользователя { $id } завершён; он уведомлён.
admin-refunded = ✅ Пользователю { $id } возвращено { $amount } ⭐; купленные дни тарифа сняты.
admin-refund-unknown = Оплаченного платежа с таким id нет (или он уже возвращён).
admin-refund-failed = ❌ Telegram отклонил возврат: { $error }
admin-refund-request = ↩️ Запрос на возврат от { $name } (id { $user }): { $amount } ⭐ за { $plan }, оплачено { $date }.
btn-admin-refund = ↩️ Вернуть
btn-admin-home = 📊 Админка
btn-admin-users = 👥 Пользователи
btn-admin-premium = 💎 Премиум
btn-admin-logs = 📜 Журнал
btn-admin-settings = ⚙️ Настройки
btn-admin-prompts = 🧠 Промпты
btn-admin-broadcast = 📣 Рассылка
btn-admin-search = 🔍 Поиск
btn-prev = ◀️ Назад
btn-next = Дальше ▶️
admin-search-prompt = 🔍 Отправь id пользователя, @имя или часть имени.
admin-users-title = 👥 <b>Пользователи</b> — страница { $page }
admin-users-empty = Никого не найдено.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } до { $expiry }
    🔮 Гаданий: { $readings } · 🎁 Приглашено: { $referrals }
    Статус: { $blocked } · был(а) { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Завершить тариф
btn-admin-block = 🚫 Заблокировать
btn-admin-unblock = ✅ Разблокировать
btn-admin-reset-quota = ♻️ Сбросить бесплатные гадания
admin-premium =
    💎 <b>Премиум</b>
    Активные тарифы: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Заканчиваются в ближайшие 7 дней
admin-logs-title = События, сначала новые
admin-logs-empty = Событий нет.
btn-admin-all-levels = все
admin-settings-title = Настройки (действуют сразу)
admin-setting-prompt = ✏️ Новое значение для <code>{ $key }</code> (сейчас: { $value }):
admin-setting-bad = ⚠️ Не сохранено: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Выбери тип промпта и язык (✏️ = изменён):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Подстановки: { $placeholders }
admin-prompt-preview = Предпросмотр с примерами значений:
admin-prompt-edit = ✏️ Отправь новый текст для <b>{ $kind }</b> / { $lang }. Допустимые подстановки: { $placeholders }
admin-prompt-bad = ⚠️ Не сохранено: { $reason }
admin-prompt-saved = ✅ Промпт сохранён; он действует со следующего запроса.
btn-admin-edit = ✏️ Изменить
btn-admin-reset = ♻️ Вернуть исходный
admin-broadcast-pick = 📣 Кому отправить рассылку?
btn-admin-all-users = 👥 Всем
admin-broadcast-prompt = 📣 Отправь текст сообщения. Его получат пользователей: { $count }.
admin-broadcast-preview = 📣 Предпросмотр — получателей: { $count }
btn-admin-send = ✅ Отправить
admin-broadcast-started = 📣 Рассылка №{ $id } запущена, получателей: { $count }. Дальше — прогресс.
admin-broadcast-progress = 📣 Рассылка №{ $id }: { $done } / { $total }
admin-broadcast-done = ✅ Рассылка №{ $id } завершена: доставлено { $sent }, заблокировали { $blocked }, ошибок { $failed }.

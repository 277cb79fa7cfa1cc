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

admin-dashboard =
    📊 <b>Übersicht</b>
    👥 Nutzer: { $total } · heute neu: { $new }
    🟢 Aktiv: heute { $today } · 7 Tage { $week } · 30 Tage { $month }
    💎 Tarife: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Umsatz: heute { $stars_today } · diesen Monat { $stars_month } · gesamt { $stars_total }
    ⚠️ KI-Fehler (7 Tage): { $ai_failures }
    🔮 Deutungen nach Art:
admin-open-refunds = ↩️ Offene Erstattungsanfragen: { $count }
admin-chart-users = neue Nutzer
admin-chart-stars = Sterne
admin-gift-usage = Aufruf: <code>/gift NUTZER_ID TARIF TAGE</code>, z. B. <code>/gift 123456 premium 30</code> (Tarife: basic, premium, vip).
admin-no-user = Kein Nutzer mit der ID { $id }.
admin-gifted = ✅ Nutzer { $id } hat jetzt <b>{ $plan }</b> bis { $date }; er wurde benachrichtigt.
admin-cancelled = ✅ Der Tarif von Nutzer { $id } wurde beendet; er wurde benachrichtigt.
admin-refunded = ✅ { $amount } ⭐ an Nutzer { $id } erstattet; die gekauften Tariftage wurden entfernt.
admin-refund-unknown = Keine bezahlte Zahlung mit dieser ID (oder schon erstattet).
admin-refund-failed = ❌ Telegram hat die Erstattung abgelehnt: { $error }
admin-refund-request = ↩️ Erstattungsanfrage von { $name } (ID { $user }): { $amount } ⭐ für { $plan }, bezahlt am { $date }.
btn-admin-refund = ↩️ Erstatten

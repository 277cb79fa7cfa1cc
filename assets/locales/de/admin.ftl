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
btn-admin-home = 📊 Verwaltung
btn-admin-users = 👥 Nutzer
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Protokoll
btn-admin-settings = ⚙️ Einstellungen
btn-admin-prompts = 🧠 Prompts
btn-admin-broadcast = 📣 Rundschreiben
btn-admin-search = 🔍 Suchen
btn-prev = ◀️ Zurück
btn-next = Weiter ▶️
admin-search-prompt = 🔍 Sende eine Nutzer-ID, einen @Namen oder einen Teil eines Namens.
admin-users-title = 👥 <b>Nutzer</b> — Seite { $page }
admin-users-empty = Niemand gefunden.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } bis { $expiry }
    🔮 Deutungen: { $readings } · 🎁 Eingeladen: { $referrals }
    Status: { $blocked } · zuletzt gesehen { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Tarif beenden
btn-admin-block = 🚫 Sperren
btn-admin-unblock = ✅ Entsperren
btn-admin-reset-quota = ♻️ Gratis-Deutungen zurücksetzen
admin-premium =
    💎 <b>Premium</b>
    Aktive Tarife: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Enden in den nächsten 7 Tagen
admin-logs-title = Ereignisse, neueste zuerst
admin-logs-empty = Keine Ereignisse.
btn-admin-all-levels = alle
admin-settings-title = Einstellungen (sofort wirksam)
admin-setting-prompt = ✏️ Neuer Wert für <code>{ $key }</code> (jetzt: { $value }):
admin-setting-bad = ⚠️ Nicht gespeichert: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Wähle Prompt-Art und Sprache (✏️ = geändert):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Platzhalter: { $placeholders }
admin-prompt-preview = Vorschau mit Beispielwerten:
admin-prompt-edit = ✏️ Sende den neuen Text für <b>{ $kind }</b> / { $lang }. Erlaubte Platzhalter: { $placeholders }
admin-prompt-bad = ⚠️ Nicht gespeichert: { $reason }
admin-prompt-saved = ✅ Prompt gespeichert; er gilt ab der nächsten Anfrage.
btn-admin-edit = ✏️ Bearbeiten
btn-admin-reset = ♻️ Auf Standard zurücksetzen
admin-broadcast-pick = 📣 Wer soll das Rundschreiben bekommen?
btn-admin-all-users = 👥 Alle
admin-broadcast-prompt = 📣 Sende den Nachrichtentext. Er erreicht { $count } Nutzer.
admin-broadcast-preview = 📣 Vorschau — an { $count } Nutzer:
btn-admin-send = ✅ Senden
admin-broadcast-started = 📣 Rundschreiben Nr. { $id } an { $count } Nutzer gestartet. Der Fortschritt folgt.
admin-broadcast-progress = 📣 Rundschreiben Nr. { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Rundschreiben Nr. { $id } fertig: { $sent } zugestellt, { $blocked } gesperrt, { $failed } fehlgeschlagen.

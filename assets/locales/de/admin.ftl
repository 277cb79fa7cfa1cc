admin-dashboard =
    📊 <b>Übersicht</b>
    👥 Nutzer: { $total } · heute neu: { $new }
    🟢 Aktiv: heute { $today } · 7 Tage { $week } · 30 Tage { $month }
    💎 Tarife: Basic { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Umsatz: heute { $stars_today } · diesen Monat { $stars_month } · gesamt { $stars_total }
    ⚠️ KI-Fehler (7 Tage): { $ai_failures }
    🔮 Deutungen nach Art:
admin-open-refunds = ↩️ Offene Erstattungsanträge: { $count }
admin-chart-users = neue Nutzer
admin-chart-stars = Stars
admin-gift-usage = Aufruf: <code>/gift NUTZER_ID TARIF TAGE</code>, z. B. <code>/gift 123456 premium 30</code> (Tarife: basic, premium, vip).
admin-no-user = Es gibt keinen Nutzer mit der ID { $id }.
admin-gifted = ✅ Nutzer { $id } hat jetzt <b>{ $plan }</b> bis { $date }; die Benachrichtigung wurde verschickt.
admin-cancelled = ✅ Der Tarif von Nutzer { $id } wurde beendet; die Benachrichtigung wurde verschickt.
admin-refunded = ✅ { $amount } ⭐ an Nutzer { $id } erstattet; die damit gekauften Tariftage wurden abgezogen.
admin-refund-unknown = Zu dieser Transaktions-ID gibt es keine bezahlte Zahlung (oder sie wurde bereits erstattet).
admin-refund-failed = ❌ Telegram hat die Erstattung abgelehnt: { $error }
admin-refund-request = ↩️ Erstattungsantrag von { $name } (ID { $user }): { $amount } ⭐ für { $plan }, bezahlt am { $date }.
admin-payment-review = ⚠️ Eine Zahlung muss geprüft werden: { $amount } ⭐ von ID { $user }, Buchung <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Der Zahler ist gesperrt; die Zahlung wurde erfasst und der Tarif freigeschaltet.
admin-review-unreadable-payload = Die Rechnung ließ sich keinem Tarif zuordnen, daher wurde nichts freigeschaltet.
admin-review-price-mismatch = Betrag oder Währung weichen vom aktuellen Preis des Tarifs ab; der Tarif wurde freigeschaltet.
btn-admin-refund = ↩️ Erstatten
btn-admin-home = 📊 Übersicht
btn-admin-users = 👥 Nutzer
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Protokoll
btn-admin-settings = ⚙️ Einstellungen
btn-admin-prompts = 🧠 Prompts
btn-admin-broadcast = 📣 Rundnachricht
btn-admin-search = 🔍 Suchen
btn-prev = ◀️ Zurück
btn-next = Weiter ▶️
admin-search-prompt = 🔍 Sende eine Nutzer-ID, einen @Benutzernamen oder einen Teil eines Namens.
admin-users-title = 👥 <b>Nutzer</b> – Seite { $page }
admin-users-empty = Keine Treffer.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } bis { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Deutungen: { $readings } · 🎁 Eingeladen: { $referrals }
    Status: { $blocked } · zuletzt aktiv: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Tarif beenden
btn-admin-block = 🚫 Sperren
btn-admin-unblock = ✅ Entsperren
btn-admin-reset-quota = ♻️ Kostenlose Deutungen zurücksetzen
admin-premium =
    💎 <b>Premium</b>
    Aktive Tarife: Basic { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Tarife, die in den nächsten 7 Tagen enden
admin-logs-title = Ereignisse, neueste zuerst
admin-logs-empty = Keine Ereignisse.
btn-admin-all-levels = 📋 Alle
admin-settings-title = Einstellungen (sofort wirksam)
admin-setting-prompt = ✏️ Sende den neuen Wert für „{ $key }“ (aktuell: { $value }):
admin-setting-bad = ⚠️ Nicht gespeichert: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompt-langs = 🧠 <b>{ $kind }</b>: Wähle eine Sprache (✏️ = bearbeitet):
admin-prompts-title = 🧠 Wähle einen Prompt-Typ:
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Platzhalter: { $placeholders }
admin-prompt-preview = Vorschau mit Beispielwerten:
admin-prompt-edit = ✏️ Sende den neuen Text für <b>{ $kind }</b> / { $lang }. Erlaubte Platzhalter: { $placeholders }
admin-prompt-bad = ⚠️ Nicht gespeichert: { $reason }
admin-prompt-saved = ✅ Prompt gespeichert; er gilt ab der nächsten Anfrage.
btn-admin-edit = ✏️ Bearbeiten
btn-admin-reset = ♻️ Auf Standard zurücksetzen
admin-broadcast-pick = 📣 Wer soll die Rundnachricht erhalten?
btn-admin-all-users = 👥 Alle
admin-broadcast-prompt = 📣 Sende den Text der Nachricht. Er geht an { $count ->
        [one] { $count } Nutzer
       *[other] { $count } Nutzer
    }.
admin-broadcast-preview = 📣 Vorschau – an { $count ->
        [one] { $count } Nutzer
       *[other] { $count } Nutzer
    }:
btn-admin-send = ✅ Senden
btn-admin-send-paid = ⚡ Bezahlt, schnell (≈ { $stars } ⭐)
admin-broadcast-started = 📣 Rundnachricht Nr. { $id } an { $count ->
        [one] { $count } Nutzer
       *[other] { $count } Nutzer
    } gestartet. Fortschrittsmeldungen folgen.
admin-broadcast-progress = 📣 Rundnachricht Nr. { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Rundnachricht Nr. { $id } abgeschlossen: { $sent } zugestellt, { $blocked } blockiert, { $failed } fehlgeschlagen.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] bezahlt
   *[refunded] erstattet
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] „{ $value }“ ist keine Uhrzeit. Sende sie im Format 09:00.
    [zone] „{ $value }“ ist keine Zeitzone, die ich kenne. Sende eine wie Europe/Berlin.
    [range] „{ $value }“ ist hier nicht zulässig. Sende eine ganze Zahl von { $min } bis { $max }.
   *[unknown] Diese Einstellung gibt es nicht.
}
name-setting = { $key ->
    [free_readings] Kostenlose Deutungen pro Nutzer
    [referral_bonus] Bonus-Deutungen pro Einladung
    [daily_card_time] Standard-Uhrzeit der Tageskarte
    [daily_horoscope_time] Standard-Uhrzeit des Tageshoroskops
    [push_timezone] Zeitzone für Benachrichtigungen
    [price_basic] Preis für Basic (Stars)
    [price_premium] Preis für Premium (Stars)
    [price_vip] Preis für VIP (Stars)
    [days_basic] Laufzeit von Basic (Tage)
    [days_premium] Laufzeit von Premium (Tage)
    [days_vip] Laufzeit von VIP (Tage)
    [rate_user_per_minute] Nachrichten pro Nutzer und Minute
    [rate_ai_per_minute] Deutungen pro Nutzer und Minute
    [refund_window_days] Erstattungsfrist (Tage)
    [chatbot_per_day] Astro-Chat-Fragen pro Tag
   *[stars_usd_per_1000] US-Dollar pro 1.000 Stars (für die Margen)
}
name-log-level = { $level ->
    [info] ℹ️ Hinweise
    [warn] ⚠️ Warnungen
   *[error] ❌ Fehler
}
name-log-kind = { $kind ->
    [payment] Zahlungen
    [refund_request] Erstattungsanträge
    [admin_refund] Erstattungen
    [admin_gift] Geschenkte Tarife
    [admin_cancel] Beendete Tarife
    [admin_block] Sperren
    [admin_reset] Zurückgesetzte kostenlose Deutungen
    [admin_prompt] Prompt-Änderungen
    [admin_broadcast] Rundnachrichten
    [ai_failure] KI-Fehler
    [handler_error] Verarbeitungsfehler
   *[handler_panic] Abstürze
}
name-prompt-source = { $source ->
    [override] bearbeitet
   *[embedded] Standard
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] Der Platzhalter {"{"}{ $name }{"}"} ist für diesen Prompt nicht verfügbar.
    [missing] Für den Platzhalter {"{"}{ $name }{"}"} gibt es keinen Beispielwert.
    [unclosed] Eine geschweifte Klammer „{"{"}“ wird nicht geschlossen. Für die Klammer selbst schreibe {"{{"}.
   *[empty] Der Prompt ist leer.
}
admin-readings-none = Noch keine Deutungen.
admin-ai-spend = 🤖 KI-Kosten: heute { $today }, diesen Monat { $month } ({ $calls ->
        [one] { $calls } Anfrage
       *[other] { $calls } Anfragen
    })
admin-ai-per-reading = { $kind }: { $cost } pro Deutung ({ $readings ->
        [one] { $readings } Deutung
       *[other] { $readings } Deutungen
    })
admin-ai-margin = { $plan } diesen Monat: Umsatz aus Stars { $revenue }, KI-Kosten { $cost }, Marge { $margin }
btn-admin-funnel = 📈 Verkaufstrichter
admin-funnel-title = Trichter der Erstkontakte vom { $from } bis { $to }
name-funnel-step = { $step ->
    [first_contact] Erstkontakt
    [first_reading] Erste Deutung
    [quota_used_up] Kostenlose Deutungen aufgebraucht
    [invoice_sent] Rechnung geöffnet
    [paid] Bezahlt
    [renewed] Verlängert
   *[refunded] Erstattet
}
admin-funnel-line = { $step }: { $users ->
        [one] { $users } Nutzer
       *[other] { $users } Nutzer
    } ({ $share } des vorherigen Schritts)
admin-cohorts-title = Wochenkohorten: wieder aktiv an Tag 1 / 7 / 30
admin-cohort-line = Woche ab { $week }: { $users ->
        [one] { $users } Nutzer
       *[other] { $users } Nutzer
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 KI-Preise
btn-admin-ai-price-set = ✏️ Preis festlegen
admin-ai-prices-title = KI-Preise (US-Dollar pro Million Tokens)
admin-ai-prices-none = Noch keine Preise: Solange du keinen Preis festlegst, bleiben die Kosten jedes Modells unbekannt.
admin-ai-price-line = { $model }: Eingabe { $input }, Ausgabe { $output }
admin-ai-price-prompt = Sende das Modell und seine zwei Preise pro Million Tokens, erst Eingabe, dann Ausgabe, zum Beispiel: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Das ist keine gültige Preiszeile. Sende den Modellnamen und zwei Dollarbeträge, zum Beispiel: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Gespeichert — { $model }: Eingabe { $input }, Ausgabe { $output } pro Million Tokens.
admin-star-balance = ⭐ Stars-Guthaben bei Telegram: { $amount }
admin-ai-unpriced = Für { $models } ist kein Preis hinterlegt, daher fehlt ihr Verbrauch in diesen Zahlen. Lege mit <code>falgram admin ai-price</code> einen Preis fest.

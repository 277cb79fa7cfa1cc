name-feature = { $feature ->
    [daily_horoscope] Tageshoroskop
    [moon_today] Der Mond heute
    [unlimited_readings] Unbegrenzte Deutungen
    [birth_chart] Geburtshoroskop
    [weekly_horoscope] Wochenhoroskop
    [monthly_horoscope] Monatshoroskop
    [compatibility] Kompatibilität
    [moon_calendar] Mondkalender
    [moon_commentary] Tägliche Mondbotschaft
    [moon_notifications] Mond-Benachrichtigungen
    [transits] Transite
    [pdf_download] PDF-Downloads
    [astro_chatbot] Astro-Chat
   *[friends_compatibility] Kompatibilität mit Freunden
}
premium-compare = Tarife im Vergleich
premium-current = Dein Tarif: <b>{ $plan }</b>, bis { $date }.
premium-current-free = Dein Tarif: <b>Kostenlos</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ für { $days } Tage
    Enthalten:
btn-buy = ⭐ Für { $price } Sterne kaufen
btn-subscribe = 🔁 Monatlich abonnieren
btn-open-subscription = 🔁 Abo öffnen
subscribe-link = 🔁 Ein Monatsabo für <b>{ $plan }</b> zu { $price } ⭐; Telegram verlängert es alle 30 Tage, kündigen kannst du jederzeit in den Telegram-Einstellungen.
invoice-title = Fal Gram { $plan }
invoice-description = Tarif { $plan } für { $days } Tage: Deutungen ohne Limit und die Astrologie des Tarifs.
precheckout-bad-payload = Diese Rechnung ist nicht mehr gültig. Bitte öffne die Tarife neu.
precheckout-wrong-currency = Diese Rechnung ist nicht in Telegram-Sternen.
precheckout-wrong-amount = Der Preis hat sich geändert. Öffne die Tarife neu für den aktuellen Preis.
precheckout-wrong-user = Diese Rechnung wurde für ein anderes Konto erstellt.
precheckout-downgrade = Dein Tarif { $plan } läuft noch; einen niedrigeren Tarif kannst du kaufen, wenn er endet.
payment-thanks = 🎉 Danke! <b>{ $plan }</b> ist aktiv bis { $date }.
payment-problem = ⚠️ Deine Zahlung ist angekommen, aber ich konnte sie keinem Tarif zuordnen. Ein Administrator ist informiert und kümmert sich darum; du kannst auch an /paysupport schreiben.
btn-refund-request = ↩️ { $amount } ⭐ erstatten ({ $date })
refund-requested = ✅ Deine Erstattungsanfrage ging an einen Administrator. Du bekommst eine Nachricht, wenn sie erledigt ist.
refund-not-possible = Diese Zahlung kann nicht mehr erstattet werden (zu alt, schon erstattet oder schon angefragt).
refund-done = ↩️ { $amount } ⭐ wurden dir erstattet. Die damit gekaufte Tarifzeit wurde entfernt.
expiry-reminder = ⏳ Dein Tarif <b>{ $plan }</b> endet in { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    } ({ $date }). Verlängere ihn, um alles zu behalten.
btn-renew = 🔁 Verlängern
plan-expired = Dein Tarif <b>{ $plan }</b> ist abgelaufen; du bist jetzt im kostenlosen Tarif. Du kannst jederzeit zu Premium zurückkehren.
plan-gifted = 🎁 Dir wurde <b>{ $plan }</b> für { $days } Tage geschenkt — aktiv bis { $date }.
plan-cancelled = Dein Premium-Tarif wurde von einem Administrator beendet. Schreib an /paysupport, wenn du Fragen hast.

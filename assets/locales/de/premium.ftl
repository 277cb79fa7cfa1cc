name-feature =
    { $feature ->
        [daily_horoscope] Tageshoroskop
        [moon_today] Der Mond heute
        [unlimited_readings] Unbegrenzte Deutungen
        [birth_chart] Geburtshoroskop
        [weekly_horoscope] Wochenhoroskop
        [monthly_horoscope] Monatshoroskop
        [compatibility] Kompatibilität
        [moon_calendar] Mondkalender
        [moon_commentary] Tägliche Botschaft des Mondes
        [moon_notifications] Mond-Benachrichtigungen
        [sky_events] Himmelsereignisse des Monats mit Benachrichtigungen
        [solar_return] Solarhoroskop für dein neues Lebensjahr
        [transits] Transite
        [pdf_download] PDF-Downloads
        [astro_chatbot] Astro-Chat
       *[friends_compatibility] Kompatibilität mit Freunden
    }
premium-compare = Was jeder Tarif bietet
plans-tier-base = <b>{ $plan }</b>:
plans-tier-more = <b>{ $plan }</b> bietet zusätzlich:
premium-current = Dein Tarif: <b>{ $plan }</b>, gültig bis { $date }.
premium-current-free = Dein Tarif: <b>Free</b>.
plan-details =
    💎 <b>{ $plan }</b> – { $price } ⭐ für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
    Enthalten:
btn-buy = ⭐ Für { $price ->
        [one] { $price } Star
       *[other] { $price } Stars
    } kaufen
btn-subscribe = 🔁 Monatlich abonnieren
btn-open-subscription = 🔁 Abo öffnen
subscribe-link = 🔁 Monatsabo für <b>{ $plan }</b> zu { $price } ⭐: Telegram verlängert es alle 30 Tage, und du kannst es jederzeit in den Telegram-Einstellungen kündigen.
invoice-title = Fal Gram { $plan }
invoice-description = Tarif { $plan } für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }: unbegrenzte Deutungen und die Astrologie-Funktionen dieses Tarifs.
precheckout-bad-payload = Diese Rechnung ist nicht mehr gültig. Bitte öffne die Tarife noch einmal.
precheckout-wrong-currency = Diese Rechnung lautet nicht auf Telegram Stars.
precheckout-wrong-amount = Der Preis hat sich geändert. Bitte öffne die Tarife noch einmal, um den aktuellen Preis zu sehen.
precheckout-wrong-user = Diese Rechnung wurde für ein anderes Konto erstellt.
precheckout-blocked = Mit diesem Konto sind derzeit keine Käufe möglich. Es wurde nichts abgebucht.
precheckout-downgrade = Dein Tarif { $plan } läuft noch; einen niedrigeren Tarif kannst du erst kaufen, wenn er endet.
payment-thanks = 🎉 Danke! <b>{ $plan }</b> ist jetzt bis { $date } aktiv.
payment-problem = ⚠️ Deine Zahlung ist angekommen, aber ich konnte sie keinem Tarif zuordnen. Die Administration ist informiert und kümmert sich darum; du kannst dich auch über /paysupport melden.
btn-refund-request = ↩️ Erstattung von { $amount } ⭐ ({ $date })
refund-requested = ✅ Dein Erstattungsantrag ist an die Administration gegangen. Du bekommst eine Nachricht, sobald er bearbeitet ist.
refund-not-possible = Diese Zahlung kann nicht mehr erstattet werden (zu alt, bereits erstattet oder bereits beantragt).
refund-done = ↩️ { $amount } ⭐ wurden dir erstattet. Die damit gekaufte Tarifzeit wurde abgezogen.
expiry-reminder =
    ⏳ Dein Tarif <b>{ $plan }</b> endet in { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ({ $date }). Verlängere ihn, um alle Funktionen zu behalten.
btn-renew = 🔁 Verlängern
plan-expired = Dein Tarif <b>{ $plan }</b> ist abgelaufen; du nutzt jetzt den kostenlosen Tarif <b>Free</b>. Du kannst jederzeit wieder einen bezahlten Tarif wählen.
plan-gifted = 🎁 Du hast <b>{ $plan }</b> für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } geschenkt bekommen – aktiv bis { $date }.
plan-cancelled = Dein bezahlter Tarif wurde von der Administration beendet. Wenn du Fragen hast, schreib an /paysupport.

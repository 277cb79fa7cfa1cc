name-feature = { $feature ->
    [daily_horoscope] Oroscopo del giorno
    [moon_today] La Luna di oggi
    [unlimited_readings] Letture illimitate
    [birth_chart] Tema natale
    [weekly_horoscope] Oroscopo settimanale
    [monthly_horoscope] Oroscopo mensile
    [compatibility] Compatibilità
    [moon_calendar] Calendario lunare
    [moon_commentary] Messaggio lunare del giorno
    [moon_notifications] Avvisi lunari
    [transits] Transiti
    [pdf_download] Download in PDF
    [astro_chatbot] Astro chat
   *[friends_compatibility] Compatibilità con gli amici
}
premium-compare = Confronta i piani
premium-current = Il tuo piano: <b>{ $plan }</b>, fino al { $date }.
premium-current-free = Il tuo piano: <b>Gratuito</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ per { $days } giorni
    Incluso:
btn-buy = ⭐ Acquista per { $price } stelle
btn-subscribe = 🔁 Abbonati ogni mese
btn-open-subscription = 🔁 Apri l'abbonamento
subscribe-link = 🔁 Un abbonamento mensile a <b>{ $plan }</b> per { $price } ⭐; Telegram lo rinnova ogni 30 giorni e puoi annullarlo quando vuoi nelle impostazioni di Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Piano { $plan } per { $days } giorni: letture senza limiti e l'astrologia del piano.
precheckout-bad-payload = Questa fattura non è più valida. Riapri i piani, per favore.
precheckout-wrong-currency = Questa fattura non è in stelle di Telegram.
precheckout-wrong-amount = Il prezzo è cambiato. Riapri i piani per vedere il prezzo attuale.
precheckout-wrong-user = Questa fattura è stata creata per un altro account.
precheckout-downgrade = Il tuo piano { $plan } è ancora attivo; potrai acquistare un piano inferiore quando finisce.
payment-thanks = 🎉 Grazie! <b>{ $plan }</b> è attivo fino al { $date }.
payment-problem = ⚠️ Il pagamento è arrivato ma non sono riuscito ad associarlo a un piano. Un amministratore è stato avvisato e sistemerà tutto; puoi anche scrivere a /paysupport.
btn-refund-request = ↩️ Rimborsa { $amount } ⭐ ({ $date })
refund-requested = ✅ La tua richiesta di rimborso è stata inviata a un amministratore. Riceverai un messaggio quando sarà fatto.
refund-not-possible = Questo pagamento non può più essere rimborsato (troppo vecchio, già rimborsato o già richiesto).
refund-done = ↩️ Ti sono state rimborsate { $amount } ⭐. Il tempo di piano acquistato con esse è stato rimosso.
expiry-reminder = ⏳ Il tuo piano <b>{ $plan }</b> finisce tra { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    } ({ $date }). Rinnovalo per mantenere tutto.
btn-renew = 🔁 Rinnova
plan-expired = Il tuo piano <b>{ $plan }</b> è terminato; ora hai il piano gratuito. Puoi tornare al premium quando vuoi.
plan-gifted = 🎁 Ti è stato regalato <b>{ $plan }</b> per { $days } giorni, attivo fino al { $date }.
plan-cancelled = Il tuo piano premium è stato chiuso da un amministratore. Scrivi a /paysupport se hai domande.

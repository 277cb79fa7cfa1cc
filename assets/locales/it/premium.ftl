name-feature =
    { $feature ->
        [daily_horoscope] Oroscopo del giorno
        [moon_today] La Luna di oggi
        [unlimited_readings] Letture illimitate
        [birth_chart] Tema natale
        [weekly_horoscope] Oroscopo della settimana
        [monthly_horoscope] Oroscopo del mese
        [compatibility] Compatibilità
        [moon_calendar] Calendario lunare
        [moon_commentary] Il messaggio quotidiano della Luna
        [moon_notifications] Notifiche lunari
        [sky_events] Gli eventi celesti del mese con i relativi avvisi
        [transits] Transiti
        [pdf_download] Download in PDF
        [astro_chatbot] Chat astrale
        [solar_return] Rivoluzione solare: l’anno che ti aspetta
       *[friends_compatibility] Compatibilità con gli amici
    }
premium-compare = Cosa offre ogni piano
# The first (free) tier, then each plan with what it adds to the one below:
plans-tier-base = Piano <b>{ $plan }</b>:
plans-tier-more = Il piano <b>{ $plan }</b> aggiunge:
premium-current = Il tuo piano: <b>{ $plan }</b> (scadenza: { $date }).
premium-current-free = Il tuo piano: <b>Gratuito</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ per { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    }
    Cosa include:
btn-buy = ⭐ Acquista per { $price ->
        [one] 1 Stella
       *[other] { $price } Stelle
    }
btn-subscribe = 🔁 Attiva l’abbonamento mensile
btn-open-subscription = 🔁 Apri l’abbonamento
subscribe-link = 🔁 Abbonamento mensile al piano <b>{ $plan }</b> per { $price } ⭐: Telegram lo rinnova ogni 30 giorni e puoi disdirlo quando vuoi dalle impostazioni di Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Piano { $plan } per { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    }: letture illimitate e le funzioni astrologiche incluse nel piano.
precheckout-bad-payload = Questa fattura non è più valida. Apri di nuovo i piani, per favore.
precheckout-wrong-currency = Questa fattura non è in Stelle di Telegram.
precheckout-wrong-amount = Il prezzo è cambiato. Apri di nuovo i piani per vedere il prezzo aggiornato.
precheckout-wrong-user = Questa fattura è stata creata per un altro account.
precheckout-blocked = Gli acquisti non sono disponibili per questo account. Non è stato addebitato nulla.
precheckout-downgrade = Il tuo piano { $plan } è ancora attivo: potrai acquistare un piano inferiore quando sarà scaduto.
payment-thanks = 🎉 Grazie! Il piano <b>{ $plan }</b> è attivo (scadenza: { $date }).
payment-problem = ⚠️ Il pagamento è arrivato, ma non sono riuscita ad associarlo a un piano. Ho avvisato un amministratore, che sistemerà tutto; puoi anche scrivere a /paysupport.
btn-refund-request = ↩️ Chiedi il rimborso di { $amount } ⭐ ({ $date })
refund-requested = ✅ La tua richiesta di rimborso è stata inviata a un amministratore. Riceverai un messaggio quando sarà completata.
refund-not-possible = Questo pagamento non può più essere rimborsato (è troppo vecchio, è già stato rimborsato o il rimborso è già stato richiesto).
refund-done = ↩️ Rimborso effettuato: { $amount } ⭐. Il periodo di piano acquistato con questo pagamento è stato rimosso.
expiry-reminder =
    ⏳ Il tuo piano <b>{ $plan }</b> scade tra { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    } ({ $date }). Rinnovalo per non perdere nulla.
btn-renew = 🔁 Rinnova
plan-expired = Il tuo piano <b>{ $plan }</b> è scaduto: ora hai il piano Gratuito. Puoi tornare ai piani premium quando vuoi.
plan-gifted = 🎁 Hai ricevuto in regalo il piano <b>{ $plan }</b> per { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    } (scadenza: { $date }).
plan-cancelled = Il tuo piano premium è stato disattivato da un amministratore. Se hai domande, scrivi a /paysupport.

admin-dashboard =
    📊 <b>Panoramica</b>
    👥 Utenti: { $total } · nuovi oggi: { $new }
    🟢 Attivi: { $today } oggi · { $week } negli ultimi 7 giorni · { $month } negli ultimi 30 giorni
    💎 Piani: Base { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Entrate: { $stars_today } oggi · { $stars_month } questo mese · { $stars_total } in totale
    ⚠️ Errori dell’IA (7 giorni): { $ai_failures }
    🔮 Letture per tipo:
admin-open-refunds = ↩️ Richieste di rimborso aperte: { $count }
admin-chart-users = nuovi utenti
admin-chart-stars = Stelle
admin-gift-usage = Sintassi: <code>/gift ID_UTENTE PIANO GIORNI</code>, ad es. <code>/gift 123456 premium 30</code> (piani: basic, premium, vip).
admin-no-user = Nessun utente con ID { $id }.
admin-gifted = ✅ L’utente { $id } ora ha il piano <b>{ $plan }</b> (scadenza: { $date }). Notifica inviata all’utente.
admin-cancelled = ✅ Il piano dell’utente { $id } è stato disattivato. Notifica inviata all’utente.
admin-refunded = ✅ Rimborso di { $amount } ⭐ all’utente { $id } eseguito; i giorni di piano acquistati sono stati rimossi.
admin-refund-unknown = Nessun pagamento riscosso con questo ID di addebito (oppure è già stato rimborsato).
admin-refund-failed = ❌ Telegram ha rifiutato il rimborso: { $error }
admin-refund-request = ↩️ Richiesta di rimborso da { $name } (ID { $user }): { $amount } ⭐ per il piano { $plan }, pagamento in data { $date }.
admin-payment-review = ⚠️ C’è un pagamento da controllare: { $amount } ⭐ dall’ID { $user }, transazione <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Chi ha pagato è bloccato; il pagamento è stato registrato e il piano attivato.
admin-review-unreadable-payload = La fattura non corrisponde a nessun piano, quindi non è stato attivato nulla.
admin-review-price-mismatch = L’importo o la valuta non corrispondono al prezzo attuale del piano; il piano è stato attivato.
btn-admin-refund = ↩️ Rimborsa
btn-admin-home = 📊 Amministrazione
btn-admin-users = 👥 Utenti
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Registro eventi
btn-admin-settings = ⚙️ Impostazioni
btn-admin-prompts = 🧠 Prompt
btn-admin-broadcast = 📣 Invio di massa
btn-admin-search = 🔍 Cerca
btn-prev = ◀️ Precedente
btn-next = Successiva ▶️
admin-search-prompt = 🔍 Invia un ID utente, un @nomeutente o parte di un nome.
admin-users-title = 👥 <b>Utenti</b> — pagina { $page }
admin-users-empty = Nessun risultato.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } (scadenza: { $expiry })
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Letture: { $readings } · 🎁 Inviti: { $referrals }
    Stato: { $blocked } · ultimo accesso: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Disattiva il piano
btn-admin-block = 🚫 Blocca
btn-admin-unblock = ✅ Sblocca
btn-admin-reset-quota = ♻️ Ripristina le letture gratuite
admin-premium =
    💎 <b>Premium</b>
    Piani attivi: Base { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = In scadenza nei prossimi 7 giorni
admin-logs-title = Eventi, dal più recente
admin-logs-empty = Nessun evento.
btn-admin-all-levels = 📋 Tutti
admin-settings-title = Impostazioni (effetto immediato)
admin-setting-prompt = ✏️ Invia il nuovo valore per «{ $key }» (attuale: { $value }):
admin-setting-bad = ⚠️ Non salvato: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompts-title = 🧠 Scegli il tipo di prompt:
admin-prompt-langs = 🧠 <b>{ $kind }</b>: scegli la lingua (✏️ = modificato):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Segnaposto: { $placeholders }
admin-prompt-preview = Anteprima con valori di esempio:
admin-prompt-edit = ✏️ Invia il nuovo testo per <b>{ $kind }</b> / { $lang }. Segnaposto consentiti: { $placeholders }
admin-prompt-bad = ⚠️ Non salvato: { $reason }
admin-prompt-saved = ✅ Prompt salvato: verrà usato dalla prossima richiesta.
btn-admin-edit = ✏️ Modifica
btn-admin-reset = ♻️ Ripristina l’originale
admin-broadcast-pick = 📣 A chi vuoi inviare il messaggio?
btn-admin-all-users = 👥 Tutti
admin-broadcast-prompt = 📣 Invia il testo del messaggio. Arriverà a { $count ->
        [one] 1 utente
       *[other] { $count } utenti
    }.
admin-broadcast-preview = 📣 Anteprima (destinatari: { $count ->
        [one] 1 utente
       *[other] { $count } utenti
    }):
btn-admin-send = ✅ Invia
btn-admin-send-paid = ⚡ A pagamento, veloce (≈ { $stars } ⭐)
admin-broadcast-started = 📣 Invio n. { $id } avviato per { $count ->
        [one] 1 utente
       *[other] { $count } utenti
    }. Seguiranno aggiornamenti sull’avanzamento.
admin-broadcast-progress = 📣 Invio n. { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Invio n. { $id } completato: { $sent } consegnati, { $blocked } bloccati, { $failed } non riusciti.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] pagato
   *[refunded] rimborsato
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] «{ $value }» non è un orario valido. Invialo nel formato 09:00.
    [zone] «{ $value }» non è un fuso orario che conosco. Inviane uno come Europe/Rome.
    [range] «{ $value }» non è consentito qui. Invia un numero intero da { $min } a { $max }.
   *[unknown] Questa impostazione non esiste.
}
name-setting = { $key ->
    [free_readings] Letture gratuite per utente
    [referral_bonus] Letture bonus per invito
    [daily_card_time] Orario predefinito della carta del giorno
    [daily_horoscope_time] Orario predefinito dell’oroscopo del giorno
    [push_timezone] Fuso orario delle notifiche
    [price_basic] Prezzo del piano Base (Stelle)
    [price_premium] Prezzo del piano Premium (Stelle)
    [price_vip] Prezzo del piano VIP (Stelle)
    [days_basic] Durata del piano Base (giorni)
    [days_premium] Durata del piano Premium (giorni)
    [days_vip] Durata del piano VIP (giorni)
    [rate_user_per_minute] Messaggi per utente al minuto
    [rate_ai_per_minute] Letture per utente al minuto
    [refund_window_days] Termine per il rimborso (giorni)
    [chatbot_per_day] Domande alla Chat astrale al giorno
   *[stars_usd_per_1000] Dollari ogni 1.000 Stelle (per i margini)
}
name-log-level = { $level ->
    [info] ℹ️ Informazioni
    [warn] ⚠️ Avvisi
   *[error] ❌ Errori
}
name-log-kind = { $kind ->
    [payment] Pagamenti
    [refund_request] Richieste di rimborso
    [admin_refund] Rimborsi
    [admin_gift] Piani regalati
    [admin_cancel] Piani disattivati
    [admin_block] Blocchi
    [admin_reset] Letture gratuite ripristinate
    [admin_prompt] Modifiche ai prompt
    [admin_broadcast] Messaggi di massa
    [ai_failure] Errori dell’IA
    [handler_error] Errori di elaborazione
   *[handler_panic] Arresti anomali
}
name-prompt-source = { $source ->
    [override] modificato
   *[embedded] originale
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] Il segnaposto {"{"}{ $name }{"}"} non è disponibile per questo prompt.
    [missing] Il segnaposto {"{"}{ $name }{"}"} non ha un valore di esempio.
    [unclosed] Una parentesi graffa «{"{"}» non è chiusa. Per scrivere la graffa come testo, usa {"{{"}.
   *[empty] Il prompt è vuoto.
}
admin-readings-none = Ancora nessuna lettura.
admin-ai-spend =
    🤖 Spesa per l’IA: { $today } oggi, { $month } questo mese ({ $calls ->
        [one] 1 richiesta
       *[other] { $calls } richieste
    })
admin-ai-per-reading =
    { $kind }: { $cost } per lettura ({ $readings ->
        [one] 1 lettura
       *[other] { $readings } letture
    })
admin-ai-margin = { $plan } questo mese: entrate dalle Stelle { $revenue }, spesa per l’IA { $cost }, margine { $margin }
btn-admin-funnel = 📈 Imbuto di vendita
admin-funnel-title = Imbuto dei primi contatti, dal { $from } al { $to }
name-funnel-step = { $step ->
    [first_contact] Primo contatto
    [first_reading] Prima lettura
    [quota_used_up] Letture gratuite esaurite
    [invoice_sent] Fattura aperta
    [paid] Pagamento
    [renewed] Rinnovo
   *[refunded] Rimborso
}
admin-funnel-line =
    { $step }: { $users ->
        [one] 1 utente
       *[other] { $users } utenti
    } ({ $share } della fase precedente)
admin-cohorts-title = Coorti settimanali: tornati al giorno 1 / 7 / 30
admin-cohort-line =
    Settimana del { $week }: { $users ->
        [one] 1 utente
       *[other] { $users } utenti
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Prezzi dell’IA
btn-admin-ai-price-set = ✏️ Imposta un prezzo
admin-ai-prices-title = Prezzi dell’IA (dollari USA per milione di token)
admin-ai-prices-none = Ancora nessun prezzo: finché non ne imposti uno, la spesa di ogni modello resta sconosciuta.
admin-ai-price-line = { $model }: in entrata { $input }, in uscita { $output }
admin-ai-price-prompt = Invia il modello e i suoi due prezzi per milione di token, prima quello in entrata e poi quello in uscita, ad esempio: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Questa non è una riga di prezzo valida. Invia il nome del modello e due importi in dollari, ad esempio: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Salvato — { $model }: in entrata { $input }, in uscita { $output } per milione di token.
admin-star-balance = ⭐ Saldo in Stelle su Telegram: { $amount }
admin-ai-unpriced = Nessun prezzo impostato per { $models }, quindi il loro consumo non è incluso in queste cifre. Imposta un prezzo con <code>falgram admin ai-price</code>.

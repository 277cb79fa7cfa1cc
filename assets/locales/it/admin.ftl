admin-dashboard =
    📊 <b>Panoramica</b>
    👥 Utenti: { $total } · nuovi oggi: { $new }
    🟢 Attivi: oggi { $today } · 7 giorni { $week } · 30 giorni { $month }
    💎 Piani: Base { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Entrate: oggi { $stars_today } · questo mese { $stars_month } · totale { $stars_total }
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
admin-users-title = 👥 <b>Utenti</b> – pagina { $page }
admin-users-empty = Nessun risultato.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } · scadenza: { $expiry }
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
btn-admin-all-levels = tutti
admin-settings-title = Impostazioni (effetto immediato)
admin-setting-prompt = ✏️ Nuovo valore per <code>{ $key }</code> (attuale: { $value }):
admin-setting-bad = ⚠️ Non salvato: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Scegli il tipo di prompt e la lingua (✏️ = modificato):
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

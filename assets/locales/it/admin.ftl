admin-dashboard =
    📊 <b>Cruscotto</b>
    👥 Utenti: { $total } · nuovi oggi: { $new }
    🟢 Attivi: oggi { $today } · 7 giorni { $week } · 30 giorni { $month }
    💎 Piani: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Entrate: oggi { $stars_today } · questo mese { $stars_month } · totale { $stars_total }
    ⚠️ Errori dell'IA (7 giorni): { $ai_failures }
    🔮 Letture per tipo:
admin-open-refunds = ↩️ Richieste di rimborso aperte: { $count }
admin-chart-users = nuovi utenti
admin-chart-stars = Stelle
admin-gift-usage = Uso: <code>/gift ID_UTENTE PIANO GIORNI</code>, ad es. <code>/gift 123456 premium 30</code> (piani: basic, premium, vip).
admin-no-user = Nessun utente con id { $id }.
admin-gifted = ✅ L'utente { $id } ha ora <b>{ $plan }</b> fino al { $date }; è stato avvisato.
admin-cancelled = ✅ Il piano dell'utente { $id } è stato chiuso; è stato avvisato.
admin-refunded = ✅ { $amount } ⭐ rimborsate all'utente { $id }; i giorni di piano acquistati sono stati rimossi.
admin-refund-unknown = Nessun pagamento incassato con questo id (o già rimborsato).
admin-refund-failed = ❌ Telegram ha rifiutato il rimborso: { $error }
admin-refund-request = ↩️ Richiesta di rimborso da { $name } (id { $user }): { $amount } ⭐ per { $plan }, pagato il { $date }.
btn-admin-refund = ↩️ Rimborsa
btn-admin-home = 📊 Amministrazione
btn-admin-users = 👥 Utenti
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Registro
btn-admin-settings = ⚙️ Impostazioni
btn-admin-prompts = 🧠 Istruzioni
btn-admin-broadcast = 📣 Messaggio a tutti
btn-admin-search = 🔍 Cerca
btn-prev = ◀️ Precedente
btn-next = Successivo ▶️
admin-search-prompt = 🔍 Invia un id utente, un @nome utente o parte di un nome.
admin-users-title = 👥 <b>Utenti</b> — pagina { $page }
admin-users-empty = Nessuno trovato.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } fino al { $expiry }
    🔮 Letture: { $readings } · 🎁 Invitati: { $referrals }
    Stato: { $blocked } · visto l'ultima volta il { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Chiudi il piano
btn-admin-block = 🚫 Blocca
btn-admin-unblock = ✅ Sblocca
btn-admin-reset-quota = ♻️ Azzera le letture gratuite
admin-premium =
    💎 <b>Premium</b>
    Piani attivi: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Scadono nei prossimi 7 giorni
admin-logs-title = Eventi, dai più recenti
admin-logs-empty = Nessun evento.
btn-admin-all-levels = tutti
admin-settings-title = Impostazioni (valide subito)
admin-setting-prompt = ✏️ Nuovo valore per <code>{ $key }</code> (ora: { $value }):
admin-setting-bad = ⚠️ Non salvato: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Scegli tipo di istruzione e lingua (✏️ = modificata):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Segnaposto: { $placeholders }
admin-prompt-preview = Anteprima con valori di esempio:
admin-prompt-edit = ✏️ Invia il nuovo testo per <b>{ $kind }</b> / { $lang }. Segnaposto ammessi: { $placeholders }
admin-prompt-bad = ⚠️ Non salvato: { $reason }
admin-prompt-saved = ✅ Istruzione salvata; vale dalla prossima richiesta.
btn-admin-edit = ✏️ Modifica
btn-admin-reset = ♻️ Torna all'originale
admin-broadcast-pick = 📣 Chi deve ricevere il messaggio?
btn-admin-all-users = 👥 Tutti
admin-broadcast-prompt = 📣 Invia il testo del messaggio. Raggiungerà { $count } utenti.
admin-broadcast-preview = 📣 Anteprima — per { $count } utenti:
btn-admin-send = ✅ Invia
admin-broadcast-started = 📣 Invio n. { $id } avviato per { $count } utenti. Seguirà l'avanzamento.
admin-broadcast-progress = 📣 Invio n. { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Invio n. { $id } concluso: { $sent } consegnati, { $blocked } bloccati, { $failed } non riusciti.

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

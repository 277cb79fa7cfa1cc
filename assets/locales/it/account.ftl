# Referrals, history and /forget.
cmd-forget = Cancella i miei dati
referral-page =
    🎁 <b>Invita gli amici</b>
    Condividi il tuo link: per ogni persona che si unisce grazie a te ricevi { $bonus ->
        [one] 1 lettura bonus
       *[other] { $bonus } letture bonus
    }.

    { $link }

    👥 Inviti accettati: { $invited }
    🎟 Letture bonus: { $earned } ottenute, { $used } usate
    🏅 Posizione in classifica: { $rank } su { $total }
referral-badge = Il tuo badge: { $badge }
referral-next = Prossimo badge a quota { $next ->
        [one] 1 invito
       *[other] { $next } inviti
    }.
referral-top-title = <b>Top 10</b>
referral-top-empty = Ancora nessun invito: apri tu la classifica!
referral-credited = 🎉 { $name } ha accettato il tuo invito! { $bonus ->
        [one] +1 lettura bonus.
       *[other] +{ $bonus } letture bonus.
    }
referral-milestone = 🏅 Nuovo badge: { $badge } — { $count ->
        [one] 1 persona invitata!
       *[other] { $count } persone invitate!
    }
referral-share-text = Fondi di caffè, tarocchi, sogni e astrologia su Telegram ✨ Provali con me su Fal Gram:
btn-share-link = 📤 Condividi il mio link
badge-1 = 🌱 Prima scintilla
badge-5 = 🌙 Cerchio lunare
badge-10 = ⭐ Acchiappastelle
badge-25 = 🔮 Oracolo
badge-50 = 👑 Leggenda
history-title =
    📜 <b>Le tue letture recenti</b>
    Toccane una per rileggerla:
history-empty = 📜 Non hai ancora nessuna lettura. Scegline una dal menu per cominciare.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Le mie letture
forget-confirm =
    ⚠️ <b>Cancella i miei dati</b>
    Verranno cancellati per sempre il tuo profilo, le letture, i dati di nascita e la cronologia della chat, e qualsiasi piano attivo verrà disattivato. I dati dei pagamenti restano registrati a fini contabili, senza il tuo nome.

    Vuoi davvero procedere?
btn-forget-yes = 🗑 Sì, cancella tutto
btn-forget-no = ↩️ No, tieni i miei dati
forget-done = 🗑 I tuoi dati sono stati cancellati. Se mi scrivi di nuovo, si ricomincia da zero.
forget-kept = ↩️ Non è stato cancellato nulla.

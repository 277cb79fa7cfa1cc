# Referrals, history and /forget.
cmd-forget = Cancella i miei dati
referral-page =
    🎁 <b>Invita gli amici</b>
    Condividi il tuo link: per ogni amico che si unisce ricevi { $bonus ->
        [one] 1 lettura bonus
       *[other] { $bonus } letture bonus
    }.

    { $link }

    👥 Invitati: { $invited }
    🎟 Letture bonus: { $earned } ottenute, { $used } usate
    🏅 Posizione: n. { $rank } su { $total }
referral-badge = Il tuo distintivo: { $badge }
referral-next = Prossimo distintivo a { $next } inviti.
referral-top-title = <b>Top 10</b>
referral-top-empty = Ancora nessun invito: sii il primo!
referral-credited = 🎉 { $name } si è unito con il tuo link! +{ $bonus } lettura bonus.
referral-milestone = 🏅 Nuovo distintivo: { $badge } — { $count } amici invitati!
referral-share-text = Caffè, tarocchi, sogni e astrologia su Telegram ✨ Unisciti a me su Fal Gram:
btn-share-link = 📤 Condividi il mio link
badge-1 = 🌱 Prima Scintilla
badge-5 = 🌙 Cerchio di Luna
badge-10 = ⭐ Raccoglitore di Stelle
badge-25 = 🔮 Oracolo
badge-50 = 👑 Leggenda
history-title =
    📜 <b>Le tue letture recenti</b>
    Toccane una per rileggerla:
history-empty = 📜 Non hai ancora letture. Scegline una dal menu per iniziare.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Le mie letture
forget-confirm =
    ⚠️ <b>Cancella i miei dati</b>
    Questo cancella per sempre il tuo profilo, le letture, i dati di nascita e la cronologia della chat, e chiude qualsiasi piano attivo. I pagamenti restano registrati per la contabilità, senza il tuo nome.

    Sei sicuro?
btn-forget-yes = 🗑 Sì, cancella tutto
btn-forget-no = ↩️ No, tieni i miei dati
forget-done = 🗑 I tuoi dati sono stati cancellati. Se scrivi di nuovo, ripartirai da zero.
forget-kept = ↩️ Non è stato cancellato nulla.

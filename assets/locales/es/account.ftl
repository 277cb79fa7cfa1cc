# Referrals, history and /forget.
cmd-forget = Borrar mis datos
referral-page =
    🎁 <b>Invita a tus amigos</b>
    Comparte tu enlace: por cada persona que se una con él, recibes { $bonus ->
        [one] 1 lectura extra
       *[other] { $bonus } lecturas extra
    }.

    { $link }

    👥 Personas invitadas: { $invited }
    🎟 Lecturas extra conseguidas: { $earned } · usadas: { $used }
    🏅 Tu puesto: { $rank } de { $total }
referral-badge = Tu insignia: { $badge }
referral-next =
    Próxima insignia al llegar a { $next ->
        [one] 1 invitación
       *[other] { $next } invitaciones
    }.
referral-top-title = <b>Top 10</b>
referral-top-empty = Todavía no hay invitaciones. ¡Estrena tú la lista!
referral-credited =
    🎉 ¡{ $name } se ha unido con tu enlace! +{ $bonus ->
        [one] 1 lectura extra
       *[other] { $bonus } lecturas extra
    }.
referral-milestone =
    🏅 Nueva insignia: { $badge }. { $count ->
        [one] ¡Ya invitaste a 1 persona!
       *[other] ¡Ya invitaste a { $count } personas!
    }
referral-share-text = Lectura de café, tarot, sueños y astrología en Telegram ✨ Descúbrelo conmigo en Fal Gram:
btn-share-link = 📤 Compartir mi enlace
badge-1 = 🌱 Primera chispa
badge-5 = 🌙 Círculo lunar
badge-10 = ⭐ Coleccionista de estrellas
badge-25 = 🔮 Oráculo
badge-50 = 👑 Leyenda
history-title =
    📜 <b>Tus lecturas recientes</b>
    Toca una para volver a leerla:
history-empty = 📜 Todavía no tienes lecturas. Elige una en el menú para empezar.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Mis lecturas
forget-confirm =
    ⚠️ <b>Borrar mis datos</b>
    Se borrarán para siempre tu perfil, tus lecturas, tus datos de nacimiento y tu historial de chat, y finalizará cualquier plan activo. Los registros de pago se conservan por motivos contables, pero sin tu nombre.

    ¿Seguro que quieres borrarlo todo?
btn-forget-yes = 🗑 Sí, borrar todo
btn-forget-no = ↩️ No, conservar mis datos
forget-done = 🗑 Tus datos se han borrado. Si vuelves a escribirme, empezarás desde cero.
forget-kept = ↩️ No se ha borrado nada.

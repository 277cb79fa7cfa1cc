# Referrals, history and /forget.
cmd-forget = Borrar mis datos
referral-page =
    🎁 <b>Invita a tus amigos</b>
    Comparte tu enlace: por cada amigo que se una recibes { $bonus ->
        [one] 1 lectura extra
       *[other] { $bonus } lecturas extra
    }.

    { $link }

    👥 Invitados: { $invited }
    🎟 Lecturas extra: { $earned } ganadas, { $used } usadas
    🏅 Puesto: n.º { $rank } de { $total }
referral-badge = Tu insignia: { $badge }
referral-next = Próxima insignia con { $next } invitaciones.
referral-top-title = <b>Top 10</b>
referral-top-empty = Aún no hay invitaciones: ¡sé el primero!
referral-credited = 🎉 ¡{ $name } se unió con tu enlace! +{ $bonus } lectura extra.
referral-milestone = 🏅 Nueva insignia: { $badge } — ¡{ $count } amigos invitados!
referral-share-text = Café, tarot, sueños y astrología en Telegram ✨ Únete a mí en Fal Gram:
btn-share-link = 📤 Compartir mi enlace
badge-1 = 🌱 Primera Chispa
badge-5 = 🌙 Círculo Lunar
badge-10 = ⭐ Recolector de Estrellas
badge-25 = 🔮 Oráculo
badge-50 = 👑 Leyenda
history-title =
    📜 <b>Tus lecturas recientes</b>
    Toca una para volver a leerla:
history-empty = 📜 Aún no tienes lecturas. Elige una en el menú para empezar.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Mis lecturas
forget-confirm =
    ⚠️ <b>Borrar mis datos</b>
    Esto borra para siempre tu perfil, tus lecturas, tus datos de nacimiento y tu historial de chat, y termina cualquier plan activo. Los registros de pago se conservan para la contabilidad, sin tu nombre.

    ¿Estás seguro?
btn-forget-yes = 🗑 Sí, borrar todo
btn-forget-no = ↩️ No, conservar mis datos
forget-done = 🗑 Tus datos se han borrado. Si vuelves a escribir, empezarás de cero.
forget-kept = ↩️ No se ha borrado nada.

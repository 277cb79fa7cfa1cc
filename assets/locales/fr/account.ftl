# Referrals, history and /forget.
cmd-forget = Supprimer mes données
referral-page =
    🎁 <b>Inviter des amis</b>
    Partage ton lien : pour chaque personne qui s’inscrit grâce à lui, tu reçois { $bonus ->
        [one] { $bonus } lecture bonus
       *[other] { $bonus } lectures bonus
    }.

    { $link }

    👥 Personnes invitées : { $invited }
    🎟 Lectures bonus : { $earned } gagnées, { $used } utilisées
    🏅 Classement : { $rank ->
        [1] 1er
       *[other] { $rank }e
    } sur { $total }
referral-badge = Ton badge : { $badge }
referral-next = Prochain badge à { $next ->
        [one] { $next } invitation
       *[other] { $next } invitations
    }.
referral-top-title = <b>Le top 10</b>
referral-top-empty = Aucune invitation pour l’instant — à toi d’ouvrir le bal !
referral-credited = 🎉 { $name } a rejoint Fal Gram grâce à ton lien ! +{ $bonus ->
        [one] { $bonus } lecture bonus
       *[other] { $bonus } lectures bonus
    }.
referral-milestone =
    🏅 Nouveau badge : { $badge } — { $count ->
        [one] { $count } personne invitée !
       *[other] { $count } personnes invitées !
    }
referral-share-text = Marc de café, tarot, rêves et astrologie sur Telegram ✨ Rejoins-moi sur Fal Gram :
btn-share-link = 📤 Partager mon lien
badge-1 = 🌱 Première étincelle
badge-5 = 🌙 Cercle lunaire
badge-10 = ⭐ Attrape-étoiles
badge-25 = 🔮 Oracle
badge-50 = 👑 Légende
history-title =
    📜 <b>Tes dernières lectures</b>
    Appuie sur une lecture pour la relire :
history-empty = 📜 Tu n’as encore aucune lecture. Choisis-en une dans le menu pour commencer.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Mes lectures
forget-confirm =
    ⚠️ <b>Supprimer mes données</b>
    Ton profil, tes lectures, tes données de naissance et l’historique de tes conversations seront supprimés définitivement, et toute formule en cours prendra fin. Les données de paiement sont conservées pour la comptabilité, sans ton nom.

    Tu confirmes ?
btn-forget-yes = 🗑 Oui, tout supprimer
btn-forget-no = ↩️ Non, garder mes données
forget-done = 🗑 Tes données ont été supprimées. Si tu m’écris à nouveau, tu repartiras de zéro.
forget-kept = ↩️ Rien n’a été supprimé.

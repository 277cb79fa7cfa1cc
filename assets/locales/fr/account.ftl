# Referrals, history and /forget.
cmd-forget = Supprimer mes données
referral-page =
    🎁 <b>Invitez vos amis</b>
    Partagez votre lien : pour chaque ami qui nous rejoint, vous recevez { $bonus ->
        [one] 1 lecture bonus
       *[other] { $bonus } lectures bonus
    }.

    { $link }

    👥 Invités : { $invited }
    🎟 Lectures bonus : { $earned } gagnées, { $used } utilisées
    🏅 Rang : n° { $rank } sur { $total }
referral-badge = Votre badge : { $badge }
referral-next = Prochain badge à { $next } invitations.
referral-top-title = <b>Top 10</b>
referral-top-empty = Pas encore d’invitation — soyez le premier !
referral-credited = 🎉 { $name } nous a rejoints grâce à votre lien ! +{ $bonus } lecture bonus.
referral-milestone = 🏅 Nouveau badge : { $badge } — { $count } amis invités !
referral-share-text = Café, tarot, rêves et astrologie sur Telegram ✨ Rejoignez-moi sur Fal Gram :
btn-share-link = 📤 Partager mon lien
badge-1 = 🌱 Première Étincelle
badge-5 = 🌙 Cercle de Lune
badge-10 = ⭐ Cueilleur d’Étoiles
badge-25 = 🔮 Oracle
badge-50 = 👑 Légende
history-title =
    📜 <b>Vos lectures récentes</b>
    Touchez-en une pour la relire :
history-empty = 📜 Vous n’avez pas encore de lecture. Choisissez-en une dans le menu pour commencer.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Mes lectures
forget-confirm =
    ⚠️ <b>Supprimer mes données</b>
    Cela supprime définitivement votre profil, vos lectures, vos données de naissance et votre historique de discussion, et met fin à toute offre active. Les paiements restent enregistrés pour la comptabilité, sans votre nom.

    Êtes-vous sûr ?
btn-forget-yes = 🗑 Oui, tout supprimer
btn-forget-no = ↩️ Non, garder mes données
forget-done = 🗑 Vos données ont été supprimées. Si vous écrivez de nouveau, vous repartez de zéro.
forget-kept = ↩️ Rien n’a été supprimé.

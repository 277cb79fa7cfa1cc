welcome = ✨ Bienvenue sur <b>Fal Gram</b>, { $name } !
    Lecture du marc de café, tarot, rêves et astrologie, interprétés pour vous par l’IA.
    Choisissez ce qui vous tente dans le menu ci-dessous.
menu-title = 🔮 <b>Fal Gram</b> — que souhaitez-vous explorer ?
help =
    <b>Comment fonctionne Fal Gram</b>
    ☕ <b>Café</b> — envoyez une photo de votre tasse et recevez une lecture.
    🃏 <b>Tarot</b> — tirez une, trois ou dix cartes.
    💭 <b>Rêves</b> — décrivez un rêve et recevez son interprétation.
    ⭐ <b>Astrologie</b> — horoscopes, thème natal, compatibilité, calendrier lunaire.

    Vous disposez de { $free } lectures gratuites ; inviter des amis vous en rapporte d’autres, et les offres premium les rendent illimitées.

    /menu — menu principal
    /language — changer de langue
    /cancel — arrêter l’étape en cours
    /terms — conditions d’utilisation
    /paysupport — aide au paiement
terms =
    <b>Conditions d’utilisation</b>
    Fal Gram propose des lectures pour le divertissement et la réflexion personnelle. Ce ne sont pas des conseils professionnels (médicaux, juridiques, financiers ou psychologiques).
    Les paiements se font en Telegram Stars. Une offre premium dure la période indiquée à l’achat.
    Les photos envoyées pour une lecture sont transmises à l’IA et ne sont jamais conservées. Vous pouvez supprimer vos données à tout moment avec /forget.
paysupport =
    <b>Assistance paiement</b>
    Si un paiement s’est mal passé, écrivez ici ce qui s’est produit et la date du paiement. Vous pouvez demander un remboursement dans les { $days } jours suivant l’achat ; un administrateur examine chaque demande.
btn-coffee = ☕ Café
btn-tarot = 🃏 Tarot
btn-dream = 💭 Rêves
btn-horoscope = ♈ Horoscope
btn-birth-chart = 🪐 Thème natal
btn-compatibility = 💞 Compatibilité
btn-moon = 🌙 Calendrier lunaire
btn-chatbot = 🤖 Chat astral
btn-premium = 💎 Premium
btn-referral = 🎁 Inviter des amis
btn-history = 📜 Mes lectures
btn-language = 🌐 Langue
btn-help = ❓ Aide
btn-back = ⬅️ Retour
btn-menu = 🏠 Menu
btn-cancel = ✖️ Annuler
language-prompt = 🌐 Choisissez votre langue :
language-changed = ✅ Langue réglée sur le français.
language-unknown = « { $code } » n’est pas une langue que je parle. Choisissez-en une :
cancel-done = ✖️ Annulé. Rien n’a été utilisé.
cancel-nothing = Il n’y a rien à annuler.
error-generic = 😔 Désolé, un problème est survenu de notre côté. Réessayez dans un instant — rien n’a été utilisé.
error-interrupted = 🔄 Le bot a redémarré pendant le traitement de votre dernier message. Si aucune réponse n’est arrivée, merci de le renvoyer.
callback-expired = Ce bouton n’est plus valide. Voici le menu.
rate-limited = ⏳ Vous allez un peu vite. Merci de patienter { $seconds } s.
rate-limited-ai = ⏳ Une lecture demande un peu de préparation. Patientez { $seconds } s avant la suivante.
unknown-input = Je n’ai pas bien compris. Choisissez dans le menu :
dream-prompt = 💭 Racontez-moi votre rêve avec autant de détails que possible (jusqu’à { $max } caractères).
dream-too-long = Votre texte fait { $length } caractères ; la limite est de { $max }. Raccourcissez-le et renvoyez-le — je vous écoute toujours.
dream-not-text = Décrivez votre rêve dans un message texte, s’il vous plaît.
reading-title-dream = 💭 <b>L’interprétation de votre rêve</b>
ai-blocked = 😔 Je n’ai pas pu interpréter ceci. Reformulez et réessayez — votre lecture n’a pas été utilisée.
ai-failed = 😔 Le service de lecture ne répond pas pour le moment. Réessayez dans quelques minutes — votre lecture n’a pas été utilisée.
quota-left =
    { $count ->
        [0] Il ne vous reste aucune lecture gratuite.
        [one] Il vous reste 1 lecture gratuite.
       *[other] Il vous reste { $count } lectures gratuites.
    }
quota-exhausted =
    🌙 Vous avez utilisé vos { $free } lectures gratuites.
    Invitez des amis pour gagner des lectures bonus, ou choisissez une offre pour des lectures illimitées :
plan-line = { $plan } — { $price } ⭐ / { $days } jours
plan-free = Gratuit
plan-basic = Basique
plan-premium = Premium
plan-vip = VIP

# Messages are Telegram HTML: callers pass variables already escaped.
welcome =
    ✨ Bienvenue sur <b>Fal Gram</b>, { $name } !
    Marc de café, tarot, rêves et astrologie : des lectures interprétées pour toi par l’IA.
    Choisis ce qui te tente dans le menu ci-dessous.
menu-title = 🔮 <b>Fal Gram</b> — qu’aimerais-tu explorer ?
help =
    <b>Comment fonctionne Fal Gram</b>
    ☕ <b>Marc de café</b> — envoie une photo de ta tasse et reçois ta lecture.
    🃏 <b>Tarot</b> — tire une, trois ou dix cartes.
    💭 <b>Rêves</b> — raconte un rêve et reçois son interprétation.
    ⭐ <b>Astrologie</b> — horoscopes, thème natal, compatibilité, calendrier lunaire.

    Tu as droit à { $free ->
        [one] { $free } lecture gratuite
       *[other] { $free } lectures gratuites
    } ; inviter des amis t’en rapporte d’autres, et les formules Premium les rendent illimitées.

    /menu — menu principal
    /language — changer de langue
    /cancel — arrêter l’étape en cours
    /terms — conditions d’utilisation
    /paysupport — aide pour les paiements
terms =
    <b>Conditions d’utilisation</b>
    Fal Gram propose des lectures à des fins de divertissement et d’introspection. Elles ne constituent pas un avis professionnel (médical, juridique, financier ou psychologique).
    Les paiements se font en Étoiles Telegram. Une formule Premium dure la période indiquée au moment de l’achat.
    Les photos que tu envoies pour une lecture sont transmises à l’IA et ne sont jamais conservées. Tu peux supprimer tes données à tout moment avec /forget.
paysupport =
    <b>Aide pour les paiements</b>
    Un souci avec un paiement ? Écris-moi ici ce qui s’est passé et quand tu as payé. Tu peux demander un remboursement jusqu’à { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après l’achat ; un administrateur examine chaque demande.
btn-coffee = ☕ Marc de café
btn-tarot = 🃏 Tarot
btn-dream = 💭 Rêves
btn-horoscope = ♈ Horoscope
btn-birth-chart = 🪐 Thème natal
btn-compatibility = 💞 Compatibilité
btn-moon = 🌙 Calendrier lunaire
btn-chatbot = 🤖 Chat astro
btn-premium = 💎 Premium
btn-referral = 🎁 Inviter des amis
btn-history = 📜 Mes lectures
btn-language = 🌐 Langue
btn-help = ❓ Aide
btn-back = ⬅️ Retour
btn-menu = 🏠 Menu
btn-cancel = ✖️ Annuler
language-prompt = 🌐 Choisis ta langue :
language-changed = ✅ C’est noté : je te parle désormais en français.
language-unknown = « { $code } » n’est pas une langue que je parle. Choisis parmi celles-ci :
cancel-done = ✖️ C’est annulé. Rien n’a été décompté.
# Between a label and its value, spaces included:
dash = {" — "}
# Leaving a step that was not on the way to a reading (birth data, astro chat, admin):
cancel-plain = ✖️ C’est annulé.
reading-busy = ⏳ Une lecture à la fois : la tienne est en train de s’écrire. Tu pourras demander la suivante dès qu’elle sera arrivée.
cancel-reading = ✖️ C’est arrêté. Cette lecture ne sera pas écrite, et rien n’a été décompté.
cancel-nothing = Il n’y a rien à annuler.
error-generic = 😔 Désolée, un problème est survenu de mon côté. Réessaie dans un instant — rien n’a été décompté.
error-interrupted = 🔄 J’ai redémarré pendant que je traitais ton dernier message. Si tu n’as reçu aucune réponse, renvoie-le-moi.
callback-expired = Ce bouton n’est plus actif. Voici le menu.
rate-limited = ⏳ Tu vas un peu vite ! Patiente { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, s’il te plaît.
rate-limited-ai = ⏳ Chaque lecture demande un moment de préparation. Patiente { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } avant la suivante, s’il te plaît.
unknown-input = Je n’ai pas bien compris. Choisis une option dans le menu :
dream-prompt = 💭 Raconte-moi ton rêve avec tous les détails dont tu te souviens (jusqu’à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }).
dream-too-long = Ton texte fait { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }, alors que la limite est de { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }. Raccourcis-le et renvoie-le-moi — je t’écoute toujours.
dream-not-text = Décris ton rêve dans un message texte, s’il te plaît.
dream-prompt-voice = 🎙 Ou raconte-le-moi dans un message vocal (jusqu’à { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }).
dream-not-text-or-voice = Raconte-moi ton rêve dans un message texte ou vocal, s’il te plaît.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>J’ai entendu : « { $text } »</i>
dream-voice-too-long = Ce message vocal dure { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, alors que je ne peux pas écouter plus de { $max ->
        [one] { $max } seconde
       *[other] { $max } secondes
    }. Raconte-le plus brièvement ou écris-le-moi — je t’écoute toujours.
dream-voice-unreadable = Je n’arrive pas à lire ce fichier audio. Envoie-moi un message vocal (maintiens le bouton 🎤 enfoncé) ou écris ton rêve.
dream-voice-unheard = Je ne peux pas écouter les messages vocaux pour le moment. Écris-moi plutôt ton rêve — je t’écoute toujours.
reading-title-dream = 💭 <b>L’interprétation de ton rêve</b>
ai-blocked = 😔 Je n’ai pas pu interpréter cette demande. Reformule-la et réessaie — ta lecture n’a pas été décomptée.
ai-failed = 😔 Le service de lecture ne répond pas pour le moment. Réessaie dans quelques minutes — ta lecture n’a pas été décomptée.
quota-left =
    { $count ->
        [0] Il ne te reste plus de lecture gratuite.
        [one] Il te reste { $count } lecture gratuite.
       *[other] Il te reste { $count } lectures gratuites.
    }
quota-exhausted =
    🌙 Tu as utilisé { $free ->
        [one] ta lecture gratuite
       *[other] tes { $free } lectures gratuites
    }.
    Tu peux inviter des amis pour gagner des lectures bonus, ou choisir une formule pour des lectures illimitées :
plan-line = { $plan } — { $price } ⭐ / { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
plan-free = Gratuite
plan-basic = Essentiel
plan-premium = Premium
plan-vip = VIP

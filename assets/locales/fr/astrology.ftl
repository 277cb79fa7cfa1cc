name-sign = { $sign ->
    [aries] Bélier
    [taurus] Taureau
    [gemini] Gémeaux
    [cancer] Cancer
    [leo] Lion
    [virgo] Vierge
    [libra] Balance
    [scorpio] Scorpion
    [sagittarius] Sagittaire
    [capricorn] Capricorne
    [aquarius] Verseau
   *[pisces] Poissons
}
name-body = { $body ->
    [sun] Soleil
    [moon] Lune
    [mercury] Mercure
    [venus] Vénus
    [mars] Mars
    [jupiter] Jupiter
    [saturn] Saturne
    [uranus] Uranus
    [neptune] Neptune
    [pluto] Pluton
   *[north_node] Nœud Nord
}
name-aspect = { $aspect ->
    [conjunction] conjonction
    [sextile] sextile
    [square] carré
    [trine] trigone
   *[opposition] opposition
}
name-phase = { $phase ->
    [new_moon] Nouvelle lune
    [waxing_crescent] Premier croissant
    [first_quarter] Premier quartier
    [waxing_gibbous] Lune gibbeuse croissante
    [full_moon] Pleine lune
    [waning_gibbous] Lune gibbeuse décroissante
    [last_quarter] Dernier quartier
   *[waning_crescent] Dernier croissant
}
name-element = { $element ->
    [fire] feu
    [earth] terre
    [air] air
   *[water] eau
}
name-modality = { $modality ->
    [cardinal] cardinal
    [fixed] fixe
   *[mutable] mutable
}
name-push = { $kind ->
    [daily_card] Carte du jour
    [daily_horoscope] Horoscope du jour
    [new_moon] Nouvelle lune
   *[full_moon] Pleine lune
}
astro-locked = 🔒 Cela fait partie de la formule <b>{ $plan }</b> et au-delà.
birth-needed = 🪐 Pour cela, il me faut ta date, ton heure et ton lieu de naissance : le ciel est calculé à partir d'eux.
btn-birth-enter = ✍️ Saisir mes données de naissance
birth-date-prompt = 📅 Envoie ta <b>date de naissance</b>, par ex. <code>15.07.1990</code> ou <code>1990-07-15</code>.
person-date-prompt = 📅 Envoie la <b>date de naissance</b> de { $name }, par ex. <code>15.07.1990</code>.
birth-date-format = ⚠️ Je n'ai pas pu lire cela comme une date.
birth-date-month = ⚠️ Le mois { $month } n'existe pas : les mois vont de 1 à 12.
birth-date-day = ⚠️ Le jour { $day } n'existe pas dans le mois { $month } de { $year }.
birth-date-year = ⚠️ Je peux calculer des thèmes pour les années { $first } à { $last }.
birth-date-future = ⚠️ Cette date est dans le futur.
birth-time-prompt = 🕰 Envoie l'<b>heure de naissance</b> au format <code>HH:MM</code> (24 h), par ex. <code>14:30</code>. Pas sûr ? Appuie sur le bouton : le thème sera calculé pour midi, sans maisons.
btn-time-unknown = 🤷 Je ne connais pas l'heure
birth-time-format = ⚠️ Écris l'heure au format HH:MM, par ex. 09:05 ou 21:40.
birth-time-hour = ⚠️ L'heure { $hour } n'existe pas : les heures vont de 0 à 23.
birth-time-minute = ⚠️ La minute { $minute } n'existe pas : les minutes vont de 0 à 59.
birth-time-skipped = ⚠️ À cet endroit, les horloges ont avancé, donc { $time } n'a pas existé ce jour-là. Vérifie l'heure, s'il te plaît.
birth-time-unknown-label = inconnue
birth-place-prompt = 📍 Envoie la <b>ville de naissance</b> (dans n'importe quelle langue, par ex. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ou partage une position avec le bouton ci-dessous.
btn-share-location = 📍 Partager ma position
birth-place-not-found = 🔎 Je n'ai trouvé aucune ville nommée « { $query } ». Essaie une autre orthographe, ajoute le code du pays (par ex. <i>Paris, FR</i>) ou partage une position.
birth-place-pick = 📍 Laquelle ?
birth-saved =
    ✅ <b>Données de naissance enregistrées</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } à cette date)
    ☀️ Signe solaire : { $sign }
birth-no-houses = ℹ️ Sans heure de naissance, l'ascendant et les maisons ne peuvent pas être calculés, et le degré de la Lune peut varier de quelques degrés.
birth-next = Et ensuite ?
person-name-prompt = 👤 Comment s'appelle cette personne ? (jusqu'à { $max } caractères)
person-limit = Tu peux garder jusqu'à { $max } personnes. Supprimes-en une pour en ajouter une autre.
btn-synastry = 💞 Notre compatibilité
btn-add-person = ➕ Ajouter une personne
chart-title = Ton thème natal
chart-caption = 🪐 Thème natal de { $name } — { $date }, { $place }
chart-positions = Positions
chart-aspects = Aspects principaux
chart-asc = Ascendant :
chart-mc = Milieu du ciel :
chart-whole-sign-fallback = Les maisons Placidus n'existent pas à cette latitude : les maisons en signes entiers sont affichées.
chart-ask = Interprète mon thème natal.
chart-json-caption = 🧾 Ton thème tel que calculé (tropical, géocentrique, Placidus). Tu peux le vérifier avec n'importe quelle éphéméride.
btn-chart-json = 🧾 Données du thème (JSON)
btn-transits = 🔭 Transits
transits-title = Transits sur ton thème aujourd'hui
transits-none = Aucun transit majeur à moins de 2° en ce moment.
transit-natal = natal
transit-exact = exact le { $date }
transit-not-exact = pas exact d'ici un an
horoscope-intro = ♈ <b>Horoscope</b>
    Choisis une période, puis ton signe — ou saisis une fois tes données de naissance et je connaîtrai ton signe.
horoscope-intro-sign = ♈ <b>Horoscope</b> pour { $sign }. Choisis une période :
horoscope-pick = Choisis un signe :
horoscope-title = { $period ->
    [daily] Horoscope du jour
    [weekly] Horoscope de la semaine
   *[monthly] Horoscope du mois
}, { $span }
btn-period = { $period ->
    [daily] Aujourd’hui
    [weekly] Cette semaine
   *[monthly] Ce mois-ci
}
btn-other-sign = 🔄 Un autre signe
compat-pick-first = 💞 <b>Compatibilité</b>
    Choisis le premier signe :
compat-pick-other = 💞 <b>Compatibilité</b> avec { $sign }
    Choisis l'autre signe :
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Toi et { $name }</b>
    { $hearts } { $score }/100 (d'après les deux thèmes)
compat-ask = Décris notre compatibilité.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Éclairée : { $illumination } % · Âge : { $age } jours
moon-zone = Heures en { $zone }
moon-calendar-title = Calendrier lunaire, 30 prochains jours
btn-moon-calendar = 📅 Calendrier sur 30 jours
btn-moon-commentary = 🔮 Le message de la Lune aujourd’hui
moon-commentary-title = 🔮 <b>Le message de la Lune aujourd’hui</b>
btn-notifications = 🔔 Notifications
notify-title = Notifications
notify-time-prompt = 🕘 À quelle heure « { $kind } » doit-il arriver ? Envoie HH:MM (fuseau { $zone }), ou HH:MM et un fuseau, par ex. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ « { $zone } » n'est pas un fuseau horaire que je connais. Utilise un nom comme <code>Europe/Istanbul</code> ou un décalage comme <code>+03:00</code>.
btn-turn-on = activer
btn-turn-off = désactiver
push-moon = { $symbol } <b>{ $phase }</b> aujourd'hui à { $time }.
push-footer = <i>Tu peux modifier les notifications dans 🌙 Lune → 🔔 Notifications.</i>
chatbot-intro = 🤖 <b>Astro-chat</b>
    Pose-moi toutes tes questions sur ton thème, tes transits ou le ciel : je réponds d'après ton thème calculé. Jusqu'à { $limit } questions par jour. Appuie sur « Quitter » ou envoie /cancel pour arrêter.
chatbot-limit = ⏳ Tu as posé { $limit } questions aujourd'hui. Le chat rouvre demain.
chatbot-not-text = ✍️ Écris ta question sous forme de texte, s'il te plaît.
chatbot-reset-done = 🧹 Conversation effacée. Pose une nouvelle question.
btn-chat-reset = 🧹 Nouvelle conversation
btn-chat-leave = 🚪 Quitter

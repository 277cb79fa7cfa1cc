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
    [full_moon] Pleine lune
    [stations] Stations rétrogrades et directes (la veille)
    [eclipses] Éclipses (la veille)
   *[void_moon] Lune vide de course (le jour même)
}
astro-locked = 🔒 Cette fonction est incluse à partir de la formule <b>{ $plan }</b>.
birth-needed = 🪐 Pour cela, j’ai besoin de ta date, de ton heure et de ton lieu de naissance : c’est à partir d’eux que je calcule le ciel.
btn-birth-enter = ✍️ Saisir mes données de naissance
birth-date-prompt = 📅 Envoie ta <b>date de naissance</b>, par ex. <code>15/07/1990</code> ou <code>1990-07-15</code>.
person-date-prompt = 📅 Envoie la <b>date de naissance</b> pour { $name }, par ex. <code>15/07/1990</code>.
birth-date-format = ⚠️ Je n’arrive pas à lire cela comme une date.
birth-date-month = ⚠️ Il n’y a pas de mois { $month } : les mois vont de 1 à 12.
birth-date-day = ⚠️ Il n’y a pas de jour { $day } dans le mois { $month } de l’année { $year }.
birth-date-year = ⚠️ Je peux calculer un thème pour une année comprise entre { $first } et { $last }.
birth-date-future = ⚠️ Cette date est dans le futur.
birth-time-prompt = 🕰 Envoie ton <b>heure de naissance</b> au format <code>HH:MM</code> (sur 24 h), par ex. <code>14:30</code>. Tu ne la connais pas ? Appuie sur le bouton : le thème sera alors calculé pour midi, sans les maisons.
btn-time-unknown = 🤷 Je ne connais pas l’heure
birth-time-format = ⚠️ Écris l’heure au format HH:MM, par ex. 09:05 ou 21:40.
birth-time-hour = ⚠️ Il n’y a pas d’heure { $hour } : les heures vont de 0 à 23.
birth-time-minute = ⚠️ Il n’y a pas de minute { $minute } : les minutes vont de 0 à 59.
birth-time-skipped = ⚠️ Ce jour-là, à cet endroit, on a avancé les horloges : l’heure { $time } n’a donc jamais existé. Vérifie l’heure, s’il te plaît.
birth-time-unknown-label = inconnue
birth-place-prompt = 📍 Envoie ta <b>ville de naissance</b> (dans n’importe quelle langue, par ex. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ou partage une position avec le bouton ci-dessous.
btn-share-location = 📍 Partager une position
birth-place-not-found = 🔎 Je n’ai trouvé aucune ville nommée « { $query } ». Essaie une autre orthographe, ajoute le code du pays (par ex. <i>Paris, FR</i>) ou partage une position.
birth-place-pick = 📍 Laquelle ?
birth-saved =
    ✅ <b>Données de naissance enregistrées</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } à cette date)
    ☀️ Signe solaire : { $sign }
birth-no-houses = ℹ️ Sans heure de naissance, impossible de calculer l’Ascendant et les maisons, et la position de la Lune peut varier de quelques degrés.
birth-next = Et maintenant ?
person-name-prompt = 👤 Comment s’appelle cette personne ? (jusqu’à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    })
person-limit = Tu peux enregistrer jusqu’à { $max ->
        [one] { $max } personne
       *[other] { $max } personnes
    }. Supprimes-en une pour en ajouter une autre.
btn-synastry = 💞 Notre compatibilité
btn-add-person = ➕ Ajouter une personne
chart-title = Ton thème natal
chart-caption = 🪐 Thème natal · { $name } — { $date }, { $place }
chart-positions = Positions
chart-aspects = Aspects principaux
chart-asc = Ascendant :
chart-mc = Milieu du Ciel :
# A planet in the chart table; $house is "none" without a birth time, $retro " ℞" or empty:
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}maison { $house }
    }
# An aspect in the chart table; $aspect carries its symbol; $second_code is the second body's code:
chart-aspect = { $first } { $aspect } { $second_code ->
        [sun] avec le { $second }
        [moon] avec la { $second }
        [north_node] avec le { $second }
       *[other] avec { $second }
    } ({ $orb }°)
chart-house-fallback = Les maisons { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    } ne peuvent pas être calculées aussi près du pôle : ton thème utilise donc les maisons Porphyre.
chart-ask = Interprète mon thème natal.
chart-json-caption = 🧾 Ton thème natal tel que je l’ai calculé (zodiaque tropical, géocentrique, maisons Placidus). Tu peux le vérifier avec n’importe quelle éphéméride.
btn-chart-json = 🧾 Données du thème (JSON)
btn-transits = 🔭 Transits
transits-title = Transits sur ton thème natal aujourd’hui
transits-none = Aucun transit majeur dans un orbe de 2° en ce moment.
transit-line = { $transiting } { $aspect } { $natal } { $body ->
        [moon] natale
        [venus] natale
       *[other] natal
    }
transit-exact = { $tense ->
        [past] a été exact le { $date }
       *[future] exact le { $date }
    }
transit-not-exact = pas exact d’ici un an
transit-stations-title = Stations sur ton thème dans l’année à venir
# Only planets station (mercury … pluto); Vénus and la Lune are feminine.
transit-station = { $date } · { $symbol } { $body } { $direction ->
        [retrograde] devient rétrograde
       *[direct] { $body_code ->
            [venus] redevient directe
           *[other] redevient direct
        }
    } à { $degree } { $sign_code ->
        [gemini] des { $sign }
        [pisces] des { $sign }
        [virgo] de la { $sign }
        [libra] de la { $sign }
       *[other] du { $sign }
    }, pile sur { $natal_code ->
        [moon] ta { $natal } natale
        [venus] ta { $natal } natale
       *[other] ton { $natal } natal
    }
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Égales
    [whole-sign] Signes entiers
    [porphyry] Porphyre
    [regiomontanus] Regiomontanus
   *[campanus] Campanus
}
btn-house-system = 🏠 Maisons : { $system }
btn-solar-return = 🎂 Mon année à venir (révolution solaire)
solar-return-title = Ta révolution solaire { $year }
solar-return-intro = 🎂 Le Soleil est revenu exactement là où il se trouvait à ta naissance : c’était le { $date }. J’ai dressé le thème de ton année pour cet instant, à { $place }.
solar-return-ask = Interprète ma révolution solaire : que me réserve l’année à venir ?
house-system-pick = 🏠 <b>Système de maisons</b>
    Les maisons découpent ton thème en douze domaines de vie, et les astrologues ne les tracent pas tous de la même façon. Placidus est le plus répandu ; les signes entiers, le plus ancien. Choisis celui avec lequel tu travailles : ton thème, tes transits et tes interprétations suivront.
house-system-saved = ✅ C’est noté ! Ton thème utilise désormais ce système de maisons : { $system }.
horoscope-intro =
    ♈ <b>Horoscope</b>
    Choisis une période, puis ton signe — ou saisis une fois pour toutes tes données de naissance, et je connaîtrai ton signe.
horoscope-intro-sign = ♈ <b>Horoscope — { $sign }</b>. Choisis une période :
horoscope-pick = Choisis un signe :
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
    Choisis le premier signe :
compat-pick-other = 💞 <b>Compatibilité : { $sign } + …</b>
    Choisis l’autre signe :
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Toi et { $name }</b>
    { $hearts } { $score }/100 (d’après les deux thèmes natals)
compat-ask = Décris notre compatibilité.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Éclairée à { $illumination } % · Âge : { $age ->
        [one] { $age } jour
       *[other] { $age } jours
    }
moon-zone = Heures indiquées dans le fuseau { $zone }
moon-calendar-title = Calendrier lunaire des 30 prochains jours
btn-moon-calendar = 📅 Calendrier sur 30 jours
btn-moon-commentary = 🔮 Le message de la Lune aujourd’hui
moon-commentary-title = 🔮 <b>Le message de la Lune aujourd’hui</b>
btn-notifications = 🔔 Notifications
notify-title = Notifications
notify-time-prompt = 🕘 À quelle heure veux-tu recevoir « { $kind } » ? Envoie HH:MM (fuseau { $zone }), ou HH:MM suivi d’un fuseau, par ex. <code>08:30 Europe/Paris</code>.
notify-zone-unknown = ⚠️ Je ne connais pas le fuseau horaire « { $zone } ». Utilise un nom comme <code>Europe/Paris</code> ou un décalage comme <code>+01:00</code>.
btn-turn-on = activer
btn-turn-off = désactiver
push-moon = { $symbol } <b>{ $phase }</b> aujourd’hui à { $time }.
push-footer = <i>Tu peux modifier tes notifications dans 🌙 Calendrier lunaire → 🔔 Notifications.</i>
chatbot-intro =
    🤖 <b>Chat astro</b>
    Pose-moi toutes tes questions sur ton thème natal, tes transits ou le ciel : je te réponds à partir de ton thème calculé. Jusqu’à { $limit ->
        [one] { $limit } question
       *[other] { $limit } questions
    } par jour. Appuie sur « Quitter » ou envoie /cancel pour arrêter.
chatbot-limit = ⏳ Tu as posé { $limit ->
        [one] { $limit } question
       *[other] { $limit } questions
    } aujourd’hui. Le chat rouvre demain.
chatbot-not-text = ✍️ Écris ta question sous forme de texte, s’il te plaît.
chatbot-reset-done = 🧹 Conversation effacée. Pose une nouvelle question.
btn-chat-reset = 🧹 Nouvelle conversation
btn-chat-leave = 🚪 Quitter

name-sign =
    { $sign ->
        [aries] Widder
        [taurus] Stier
        [gemini] Zwillinge
        [cancer] Krebs
        [leo] Löwe
        [virgo] Jungfrau
        [libra] Waage
        [scorpio] Skorpion
        [sagittarius] Schütze
        [capricorn] Steinbock
        [aquarius] Wassermann
       *[pisces] Fische
    }
name-body =
    { $body ->
        [sun] Sonne
        [moon] Mond
        [mercury] Merkur
        [venus] Venus
        [mars] Mars
        [jupiter] Jupiter
        [saturn] Saturn
        [uranus] Uranus
        [neptune] Neptun
        [pluto] Pluto
       *[north_node] Nördlicher Mondknoten
    }
name-aspect =
    { $aspect ->
        [conjunction] Konjunktion
        [sextile] Sextil
        [square] Quadrat
        [trine] Trigon
       *[opposition] Opposition
    }
name-phase =
    { $phase ->
        [new_moon] Neumond
        [waxing_crescent] Zunehmende Mondsichel
        [first_quarter] Zunehmender Halbmond
        [waxing_gibbous] Zunehmender Dreiviertelmond
        [full_moon] Vollmond
        [waning_gibbous] Abnehmender Dreiviertelmond
        [last_quarter] Abnehmender Halbmond
       *[waning_crescent] Abnehmende Mondsichel
    }
name-element =
    { $element ->
        [fire] Feuer
        [earth] Erde
        [air] Luft
       *[water] Wasser
    }
name-modality =
    { $modality ->
        [cardinal] kardinal
        [fixed] fix
       *[mutable] veränderlich
    }
name-push =
    { $kind ->
        [daily_card] Tageskarte
        [daily_horoscope] Tageshoroskop
        [new_moon] Neumond
        [full_moon] Vollmond
        [stations] Beginn und Ende der Rückläufigkeit (am Vortag)
        [eclipses] Finsternisse (am Vortag)
       *[void_moon] Mond ohne Kurs (am selben Tag)
    }
astro-locked = 🔒 Diese Funktion gibt es ab dem Tarif <b>{ $plan }</b>.
birth-needed = 🪐 Dafür brauche ich dein Geburtsdatum, deine Geburtszeit und deinen Geburtsort – daraus berechne ich den Himmel im Moment deiner Geburt.
btn-birth-enter = ✍️ Geburtsdaten eingeben
birth-date-prompt = 📅 Sende mir dein <b>Geburtsdatum</b>, z. B. <code>15.07.1990</code> oder <code>1990-07-15</code>.
person-date-prompt = 📅 Sende mir das <b>Geburtsdatum</b> von { $name }, z. B. <code>15.07.1990</code>.
birth-date-format = ⚠️ Das konnte ich nicht als Datum erkennen.
birth-date-month = ⚠️ Einen Monat { $month } gibt es nicht – die Monate reichen von 1 bis 12.
birth-date-day = ⚠️ Einen Tag { $day } gibt es im Monat { $month } des Jahres { $year } nicht.
birth-date-year = ⚠️ Ich kann Geburtshoroskope für die Jahre { $first } bis { $last } berechnen.
birth-date-future = ⚠️ Dieses Datum liegt in der Zukunft.
birth-time-prompt = 🕰 Sende mir deine <b>Geburtszeit</b> im Format <code>HH:MM</code> (24 Stunden), z. B. <code>14:30</code>. Du kennst sie nicht genau? Dann tippe auf den Button – ich berechne das Geburtshoroskop für 12 Uhr mittags, allerdings ohne Hauspositionen.
btn-time-unknown = 🤷 Ich kenne die Uhrzeit nicht
birth-time-format = ⚠️ Bitte schreib die Uhrzeit im Format HH:MM, z. B. 09:05 oder 21:40.
birth-time-hour = ⚠️ Eine Stunde { $hour } gibt es nicht – die Stunden reichen von 0 bis 23.
birth-time-minute = ⚠️ Eine Minute { $minute } gibt es nicht – die Minuten reichen von 0 bis 59.
birth-time-skipped = ⚠️ An diesem Ort wurde die Uhr an jenem Tag vorgestellt – { $time } Uhr gab es dort also nicht. Bitte prüfe die Uhrzeit.
birth-time-unknown-label = unbekannt
birth-place-prompt = 📍 Sende mir deinen <b>Geburtsort</b> (in jeder Sprache, z. B. <i>Berlin</i>, <i>İstanbul</i> oder <i>Paris, FR</i>) oder teile über den Button unten einen Standort.
btn-share-location = 📍 Standort teilen
birth-place-not-found = 🔎 Einen Ort namens „{ $query }“ habe ich nicht gefunden. Versuch es mit einer anderen Schreibweise, ergänze den Ländercode (z. B. <i>Paris, FR</i>) oder teile einen Standort.
birth-place-pick = 📍 Welchen Ort meinst du?
birth-saved =
    ✅ <b>Geburtsdaten gespeichert</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } an diesem Tag)
    ☀️ Sternzeichen: { $sign }
birth-no-houses = ℹ️ Ohne Geburtszeit kann ich Aszendent und Hauspositionen nicht berechnen, und die Position des Mondes kann um einige Grad abweichen.
birth-next = Wie möchtest du weitermachen?
person-name-prompt = 👤 Wie heißt die Person? (bis zu { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    })
person-limit = Du kannst bis zu { $max ->
        [one] { $max } Person
       *[other] { $max } Personen
    } speichern. Lösche eine, um eine neue hinzuzufügen.
btn-synastry = 💞 Unsere Kompatibilität
btn-add-person = ➕ Person hinzufügen
chart-title = Dein Geburtshoroskop
chart-caption = 🪐 Geburtshoroskop von { $name } – { $date }, { $place }
chart-positions = Positionen
chart-aspects = Wichtigste Aspekte
chart-asc = Aszendent:
chart-mc = Medium Coeli (MC):
chart-house-fallback = So nah am Pol lassen sich die Häuser nach { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    } nicht berechnen, deshalb verwende ich für dein Geburtshoroskop die Häuser nach Porphyrius.
chart-ask = Deute mein Geburtshoroskop.
chart-json-caption = 🧾 Dein Geburtshoroskop, so wie ich es berechnet habe (tropisch, geozentrisch, Placidus). Du kannst es mit jeder Ephemeride abgleichen.
btn-chart-json = 🧾 Geburtshoroskop als JSON
btn-transits = 🔭 Transite
transits-title = Heutige Transite zu deinem Geburtshoroskop
transits-none = Gerade liegt kein wichtiger Transit innerhalb von 2° Orbis.
chart-position = { $body } – { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}{ $house }. Haus
    }
chart-aspect = { $first } { $aspect } { $second } ({ $orb }°)
transit-line = { $transiting } { $aspect } { $body ->
        [north_node] Radix-Mondknoten
       *[other] Radix-{ $natal }
    }
transit-exact = { $tense ->
        [past] war exakt am { $date }
       *[future] exakt am { $date }
    }
transit-not-exact = innerhalb eines Jahres nicht exakt
transit-stations-title = Planetenstationen auf Punkten deines Geburtshoroskops im kommenden Jahr
transit-station = { $date } · { $symbol } { $body_code ->
        [sun] Die Sonne
        [moon] Der Mond
       *[other] { $body }
    } wird auf { $degree } { $sign } { $direction ->
        [retrograde] rückläufig
       *[direct] direktläufig
    } – genau auf { $natal_code ->
        [sun] deiner Radix-Sonne
        [moon] deinem Radix-Mond
        [venus] deiner Radix-Venus
        [north_node] deinem Radix-Mondknoten
       *[other] deinem Radix-{ $natal }
    }
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Äqual
    [whole-sign] Ganzzeichen
    [porphyry] Porphyrius
    [regiomontanus] Regiomontanus
   *[campanus] Campanus
}
btn-house-system = 🏠 Häusersystem: { $system }
btn-solar-return = 🎂 Mein neues Lebensjahr (Solar)
solar-return-title = Dein Solarhoroskop { $year }
solar-return-intro = 🎂 Die Sonne ist an ihre Stellung in deinem Geburtshoroskop zurückgekehrt – am { $date }. Für genau diesen Moment und den Ort { $place } habe ich das Horoskop deines neuen Lebensjahres berechnet.
solar-return-ask = Deute mein Solar: Was bringt mir das Jahr, das vor mir liegt?
house-system-pick =
    🏠 <b>Häusersystem</b>
    Die Häuser teilen dein Geburtshoroskop in zwölf Lebensbereiche – und Astrologen berechnen sie auf unterschiedliche Weise. Placidus ist am weitesten verbreitet, das Ganzzeichensystem ist das älteste. Wähle das System, mit dem du arbeitest: Dein Geburtshoroskop, deine Transite und Deutungen richten sich dann danach.
house-system-saved = ✅ Dein Geburtshoroskop verwendet jetzt das Häusersystem „{ $system }“.
horoscope-intro =
    ♈ <b>Horoskop</b>
    Wähle einen Zeitraum und dann dein Sternzeichen – oder gib einmal deine Geburtsdaten ein, dann kenne ich es von selbst.
horoscope-intro-sign = ♈ <b>Horoskop</b> – Sternzeichen { $sign }. Wähle einen Zeitraum:
horoscope-pick = Wähle ein Sternzeichen:
horoscope-title =
    { $period ->
        [daily] Tageshoroskop für den { $span }
        [weekly] Wochenhoroskop vom { $span }
       *[monthly] Monatshoroskop für { $span }
    }
btn-period =
    { $period ->
        [daily] Heute
        [weekly] Diese Woche
       *[monthly] Dieser Monat
    }
btn-other-sign = 🔄 Anderes Sternzeichen
compat-pick-first =
    💞 <b>Kompatibilität</b>
    Wähle das erste Sternzeichen:
compat-pick-other =
    💞 <b>Kompatibilität</b> – erstes Sternzeichen: { $sign }
    Wähle das zweite Sternzeichen:
compat-title =
    💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title =
    💞 <b>Du und { $name }</b>
    { $hearts } { $score }/100 (aus beiden Geburtshoroskopen)
compat-ask = Deute unsere Kompatibilität.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Beleuchtung: { $illumination } % · Mondalter: { $age ->
        [one] { $age } Tag
       *[other] { $age } Tage
    }
moon-zone = Alle Zeiten in der Zeitzone { $zone }
moon-calendar-title = Mondkalender für die nächsten 30 Tage
btn-moon-calendar = 📅 30-Tage-Kalender
btn-moon-commentary = 🔮 Die Botschaft des Mondes heute
moon-commentary-title = 🔮 <b>Die Botschaft des Mondes heute</b>
btn-notifications = 🔔 Benachrichtigungen
notify-title = Benachrichtigungen
notify-time-prompt = 🕘 Wann soll die Benachrichtigung „{ $kind }“ kommen? Sende eine Uhrzeit im Format HH:MM (Zeitzone { $zone }) oder Uhrzeit und Zeitzone, z. B. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ „{ $zone }“ ist keine Zeitzone, die ich kenne. Nutze einen Namen wie <code>Europe/Berlin</code> oder eine Verschiebung gegenüber UTC wie <code>+01:00</code>.
btn-turn-on = einschalten
btn-turn-off = ausschalten
push-moon = { $symbol } <b>{ $phase }</b> heute um { $time } Uhr.
push-footer = <i>Deine Benachrichtigungen änderst du unter 🌙 Mondkalender → 🔔 Benachrichtigungen.</i>
chatbot-intro =
    🤖 <b>Astro-Chat</b>
    Frag mich alles zu deinem Geburtshoroskop, deinen Transiten oder dem aktuellen Himmel – ich antworte auf Grundlage deines berechneten Geburtshoroskops. Du hast bis zu { $limit ->
        [one] { $limit } Frage
       *[other] { $limit } Fragen
    } pro Tag. Tippe auf „Chat verlassen“ oder sende /cancel, um den Chat zu beenden.
chatbot-limit = ⏳ Du hast heute schon { $limit ->
        [one] { $limit } Frage
       *[other] { $limit } Fragen
    } gestellt. Morgen ist der Chat wieder für dich da.
chatbot-not-text = ✍️ Bitte schreib deine Frage als Text.
chatbot-reset-done = 🧹 Unterhaltung gelöscht. Stell mir eine neue Frage.
btn-chat-reset = 🧹 Neue Unterhaltung
btn-chat-leave = 🚪 Chat verlassen

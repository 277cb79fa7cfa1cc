name-sign = { $sign ->
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
name-body = { $body ->
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
   *[north_node] Mondknoten
}
name-aspect = { $aspect ->
    [conjunction] Konjunktion
    [sextile] Sextil
    [square] Quadrat
    [trine] Trigon
   *[opposition] Opposition
}
name-phase = { $phase ->
    [new_moon] Neumond
    [waxing_crescent] Zunehmende Sichel
    [first_quarter] Erstes Viertel
    [waxing_gibbous] Zunehmender Mond
    [full_moon] Vollmond
    [waning_gibbous] Abnehmender Mond
    [last_quarter] Letztes Viertel
   *[waning_crescent] Abnehmende Sichel
}
name-element = { $element ->
    [fire] Feuer
    [earth] Erde
    [air] Luft
   *[water] Wasser
}
name-modality = { $modality ->
    [cardinal] kardinal
    [fixed] fix
   *[mutable] veränderlich
}
name-push = { $kind ->
    [daily_card] Tageskarte
    [daily_horoscope] Tageshoroskop
    [new_moon] Neumond
   *[full_moon] Vollmond
}
astro-locked = 🔒 Das ist Teil des Tarifs <b>{ $plan }</b> und höher.
birth-needed = 🪐 Dafür brauche ich dein Geburtsdatum, deine Geburtszeit und deinen Geburtsort — daraus wird der Himmel berechnet.
btn-birth-enter = ✍️ Geburtsdaten eingeben
birth-date-prompt = 📅 Sende dein <b>Geburtsdatum</b>, z. B. <code>15.07.1990</code> oder <code>1990-07-15</code>.
person-date-prompt = 📅 Sende das <b>Geburtsdatum</b> von { $name }, z. B. <code>15.07.1990</code>.
birth-date-format = ⚠️ Das konnte ich nicht als Datum lesen.
birth-date-month = ⚠️ Einen Monat { $month } gibt es nicht — Monate gehen von 1 bis 12.
birth-date-day = ⚠️ Den Tag { $day } gibt es im Monat { $month } des Jahres { $year } nicht.
birth-date-year = ⚠️ Ich kann Horoskope für die Jahre { $first } bis { $last } berechnen.
birth-date-future = ⚠️ Dieses Datum liegt in der Zukunft.
birth-time-prompt = 🕰 Sende die <b>Geburtszeit</b> als <code>HH:MM</code> (24 Stunden), z. B. <code>14:30</code>. Unsicher? Drück den Knopf — das Horoskop wird dann für Mittag berechnet, ohne Häuser.
btn-time-unknown = 🤷 Ich kenne die Uhrzeit nicht
birth-time-format = ⚠️ Bitte schreib die Zeit als HH:MM, z. B. 09:05 oder 21:40.
birth-time-hour = ⚠️ Eine Stunde { $hour } gibt es nicht — Stunden gehen von 0 bis 23.
birth-time-minute = ⚠️ Eine Minute { $minute } gibt es nicht — Minuten gehen von 0 bis 59.
birth-time-skipped = ⚠️ An diesem Ort wurden die Uhren vorgestellt, { $time } gab es an dem Tag also nicht. Bitte prüfe die Uhrzeit.
birth-time-unknown-label = unbekannt
birth-place-prompt = 📍 Sende deinen <b>Geburtsort</b> (in jeder Sprache, z. B. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) oder teile mit dem Knopf unten einen Standort.
btn-share-location = 📍 Standort teilen
birth-place-not-found = 🔎 Ich habe keinen Ort namens „{ $query }“ gefunden. Versuch eine andere Schreibweise, füge den Ländercode hinzu (z. B. <i>Paris, FR</i>) oder teile einen Standort.
birth-place-pick = 📍 Welcher davon?
birth-saved =
    ✅ <b>Geburtsdaten gespeichert</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } an diesem Datum)
    ☀️ Sonnenzeichen: { $sign }
birth-no-houses = ℹ️ Ohne Geburtszeit lassen sich Aszendent und Häuser nicht berechnen, und der Grad des Mondes kann um einige Grad abweichen.
birth-next = Wie geht es weiter?
person-name-prompt = 👤 Wie heißt die Person? (bis zu { $max } Zeichen)
person-limit = Du kannst bis zu { $max } Personen speichern. Lösche eine, um eine neue hinzuzufügen.
btn-synastry = 💞 Unsere Kompatibilität
btn-add-person = ➕ Person hinzufügen
chart-title = Dein Geburtshoroskop
chart-caption = 🪐 Geburtshoroskop von { $name } — { $date }, { $place }
chart-positions = Stellungen
chart-aspects = Wichtigste Aspekte
chart-asc = Aszendent:
chart-mc = Himmelsmitte:
chart-whole-sign-fallback = Placidus-Häuser gibt es auf diesem Breitengrad nicht, daher werden ganze Zeichen als Häuser gezeigt.
chart-ask = Deute mein Geburtshoroskop.
chart-json-caption = 🧾 Dein Horoskop, wie es berechnet wurde (tropisch, geozentrisch, Placidus). Du kannst es mit jeder Ephemeride vergleichen.
btn-chart-json = 🧾 Horoskopdaten (JSON)
btn-transits = 🔭 Transite
transits-title = Transite zu deinem Horoskop heute
transits-none = Gerade ist kein wichtiger Transit innerhalb von 2°.
transit-natal = Radix
transit-exact = exakt am { $date }
transit-not-exact = innerhalb eines Jahres nicht exakt
horoscope-intro = ♈ <b>Horoskop</b>
    Wähle einen Zeitraum, dann dein Zeichen — oder gib einmal deine Geburtsdaten ein, dann kenne ich dein Zeichen.
horoscope-intro-sign = ♈ <b>Horoskop</b> für { $sign }. Wähle einen Zeitraum:
horoscope-pick = Wähle ein Zeichen:
horoscope-title = { $period ->
    [daily] Tageshoroskop
    [weekly] Wochenhoroskop
   *[monthly] Monatshoroskop
}, { $span }
btn-period = { $period ->
    [daily] Heute
    [weekly] Diese Woche
   *[monthly] Dieser Monat
}
btn-other-sign = 🔄 Anderes Zeichen
compat-pick-first = 💞 <b>Kompatibilität</b>
    Wähle das erste Zeichen:
compat-pick-other = 💞 <b>Kompatibilität</b> mit { $sign }
    Wähle das andere Zeichen:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Du und { $name }</b>
    { $hearts } { $score }/100 (aus beiden Horoskopen)
compat-ask = Beschreibe unsere Kompatibilität.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Beleuchtet: { $illumination } % · Alter: { $age } Tage
moon-zone = Zeiten in { $zone }
moon-calendar-title = Mondkalender, die nächsten 30 Tage
btn-moon-calendar = 📅 30-Tage-Kalender
btn-moon-commentary = 🔮 Die Botschaft des Mondes heute
moon-commentary-title = 🔮 <b>Die Botschaft des Mondes heute</b>
btn-notifications = 🔔 Benachrichtigungen
notify-title = Benachrichtigungen
notify-time-prompt = 🕘 Um wie viel Uhr soll „{ $kind }“ kommen? Sende HH:MM (Zeitzone { $zone }) oder HH:MM und eine Zone, z. B. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ „{ $zone }“ ist keine Zeitzone, die ich kenne. Nutze einen Namen wie <code>Europe/Berlin</code> oder einen Versatz wie <code>+01:00</code>.
btn-turn-on = einschalten
btn-turn-off = ausschalten
push-moon = { $symbol } <b>{ $phase }</b> heute um { $time }.
push-footer = <i>Benachrichtigungen änderst du unter 🌙 Mond → 🔔 Benachrichtigungen.</i>
chatbot-intro = 🤖 <b>Astro-Chat</b>
    Frag mich alles über dein Horoskop, deine Transite oder den Himmel — ich antworte auf Grundlage deines berechneten Horoskops. Bis zu { $limit } Fragen pro Tag. Drück „Verlassen“ oder sende /cancel zum Beenden.
chatbot-limit = ⏳ Du hast heute schon { $limit } Fragen gestellt. Der Chat öffnet morgen wieder.
chatbot-not-text = ✍️ Bitte schreib deine Frage als Text.
chatbot-reset-done = 🧹 Unterhaltung gelöscht. Stell eine neue Frage.
btn-chat-reset = 🧹 Neue Unterhaltung
btn-chat-leave = 🚪 Verlassen

name-sign = { $sign ->
    [aries] Ariete
    [taurus] Toro
    [gemini] Gemelli
    [cancer] Cancro
    [leo] Leone
    [virgo] Vergine
    [libra] Bilancia
    [scorpio] Scorpione
    [sagittarius] Sagittario
    [capricorn] Capricorno
    [aquarius] Acquario
   *[pisces] Pesci
}
name-body = { $body ->
    [sun] Sole
    [moon] Luna
    [mercury] Mercurio
    [venus] Venere
    [mars] Marte
    [jupiter] Giove
    [saturn] Saturno
    [uranus] Urano
    [neptune] Nettuno
    [pluto] Plutone
   *[north_node] Nodo Nord
}
name-aspect = { $aspect ->
    [conjunction] congiunzione
    [sextile] sestile
    [square] quadratura
    [trine] trigono
   *[opposition] opposizione
}
name-phase = { $phase ->
    [new_moon] Luna nuova
    [waxing_crescent] Falce crescente
    [first_quarter] Primo quarto
    [waxing_gibbous] Gibbosa crescente
    [full_moon] Luna piena
    [waning_gibbous] Gibbosa calante
    [last_quarter] Ultimo quarto
   *[waning_crescent] Falce calante
}
name-element = { $element ->
    [fire] fuoco
    [earth] terra
    [air] aria
   *[water] acqua
}
name-modality = { $modality ->
    [cardinal] cardinale
    [fixed] fisso
   *[mutable] mobile
}
name-push = { $kind ->
    [daily_card] Carta del giorno
    [daily_horoscope] Oroscopo del giorno
    [new_moon] Luna nuova
   *[full_moon] Luna piena
}
astro-locked = 🔒 Questa funzione fa parte del piano <b>{ $plan }</b> e superiori.
birth-needed = 🪐 Per questo mi servono data, ora e luogo di nascita: il cielo si calcola da questi.
btn-birth-enter = ✍️ Inserisci i dati di nascita
birth-date-prompt = 📅 Invia la tua <b>data di nascita</b>, ad es. <code>15.07.1990</code> o <code>1990-07-15</code>.
person-date-prompt = 📅 Invia la <b>data di nascita</b> di { $name }, ad es. <code>15.07.1990</code>.
birth-date-format = ⚠️ Non sono riuscito a leggerla come data.
birth-date-month = ⚠️ Il mese { $month } non esiste: i mesi vanno da 1 a 12.
birth-date-day = ⚠️ Il giorno { $day } non esiste nel mese { $month } del { $year }.
birth-date-year = ⚠️ Posso calcolare temi per gli anni dal { $first } al { $last }.
birth-date-future = ⚠️ Questa data è nel futuro.
birth-time-prompt = 🕰 Invia l'<b>ora di nascita</b> come <code>HH:MM</code> (24 ore), ad es. <code>14:30</code>. Non sei sicuro? Premi il pulsante: il tema verrà calcolato per mezzogiorno, senza case.
btn-time-unknown = 🤷 Non conosco l'ora
birth-time-format = ⚠️ Scrivi l'ora come HH:MM, ad es. 09:05 o 21:40.
birth-time-hour = ⚠️ L'ora { $hour } non esiste: le ore vanno da 0 a 23.
birth-time-minute = ⚠️ Il minuto { $minute } non esiste: i minuti vanno da 0 a 59.
birth-time-skipped = ⚠️ In quel luogo gli orologi sono stati spostati avanti, quindi le { $time } quel giorno non sono esistite. Controlla l'ora, per favore.
birth-time-unknown-label = sconosciuta
birth-place-prompt = 📍 Invia la <b>città di nascita</b> (in qualsiasi lingua, ad es. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) o condividi una posizione con il pulsante qui sotto.
btn-share-location = 📍 Condividi posizione
birth-place-not-found = 🔎 Non ho trovato nessuna città chiamata «{ $query }». Prova un'altra grafia, aggiungi il codice del paese (ad es. <i>Paris, FR</i>) o condividi una posizione.
birth-place-pick = 📍 Quale?
birth-saved =
    ✅ <b>Dati di nascita salvati</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } in quella data)
    ☀️ Segno solare: { $sign }
birth-no-houses = ℹ️ Senza l'ora di nascita non si possono calcolare l'ascendente e le case, e il grado della Luna può variare di qualche grado.
birth-next = E adesso?
person-name-prompt = 👤 Come si chiama la persona? (fino a { $max } caratteri)
person-limit = Puoi salvare fino a { $max } persone. Eliminane una per aggiungerne un'altra.
btn-synastry = 💞 La nostra compatibilità
btn-add-person = ➕ Aggiungi una persona
chart-title = Il tuo tema natale
chart-caption = 🪐 Tema natale di { $name } — { $date }, { $place }
chart-positions = Posizioni
chart-aspects = Aspetti principali
chart-asc = Ascendente:
chart-mc = Medio Cielo:
chart-whole-sign-fallback = Le case Placidus non esistono a questa latitudine, quindi sono mostrate le case a segno intero.
chart-ask = Interpreta il mio tema natale.
chart-json-caption = 🧾 Il tuo tema come calcolato (tropicale, geocentrico, Placidus). Puoi verificarlo con qualsiasi effemeride.
btn-chart-json = 🧾 Dati del tema (JSON)
btn-transits = 🔭 Transiti
transits-title = Transiti sul tuo tema oggi
transits-none = Al momento non c'è alcun transito importante entro 2°.
transit-natal = natale
transit-exact = esatto il { $date }
transit-not-exact = non esatto entro un anno
horoscope-intro = ♈ <b>Oroscopo</b>
    Scegli un periodo, poi il tuo segno, oppure inserisci una volta i dati di nascita e conoscerò il tuo segno.
horoscope-intro-sign = ♈ <b>Oroscopo</b> per { $sign }. Scegli un periodo:
horoscope-pick = Scegli un segno:
horoscope-title = { $period ->
    [daily] Oroscopo del giorno
    [weekly] Oroscopo della settimana
   *[monthly] Oroscopo del mese
}, { $span }
btn-period = { $period ->
    [daily] Oggi
    [weekly] Questa settimana
   *[monthly] Questo mese
}
btn-other-sign = 🔄 Un altro segno
compat-pick-first = 💞 <b>Compatibilità</b>
    Scegli il primo segno:
compat-pick-other = 💞 <b>Compatibilità</b> con { $sign }
    Scegli l'altro segno:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Tu e { $name }</b>
    { $hearts } { $score }/100 (da entrambi i temi)
compat-ask = Descrivi la nostra compatibilità.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Illuminata: { $illumination }% · Età: { $age } giorni
moon-zone = Orari in { $zone }
moon-calendar-title = Calendario lunare, prossimi 30 giorni
btn-moon-calendar = 📅 Calendario di 30 giorni
btn-moon-commentary = 🔮 Il messaggio della Luna di oggi
moon-commentary-title = 🔮 <b>Il messaggio della Luna di oggi</b>
btn-notifications = 🔔 Notifiche
notify-title = Notifiche
notify-time-prompt = 🕘 A che ora deve arrivare «{ $kind }»? Invia HH:MM (fuso orario { $zone }), oppure HH:MM e un fuso, ad es. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ «{ $zone }» non è un fuso orario che conosco. Usa un nome come <code>Europe/Rome</code> o uno scarto come <code>+01:00</code>.
btn-turn-on = attiva
btn-turn-off = disattiva
push-moon = { $symbol } <b>{ $phase }</b> oggi alle { $time }.
push-footer = <i>Puoi modificare le notifiche in 🌙 Luna → 🔔 Notifiche.</i>
chatbot-intro = 🤖 <b>Astro chat</b>
    Chiedimi qualsiasi cosa sul tuo tema, sui transiti o sul cielo: rispondo in base al tuo tema calcolato. Fino a { $limit } domande al giorno. Premi «Esci» o invia /cancel per terminare.
chatbot-limit = ⏳ Oggi hai già fatto { $limit } domande. La chat riapre domani.
chatbot-not-text = ✍️ Scrivi la tua domanda come testo, per favore.
chatbot-reset-done = 🧹 Conversazione cancellata. Fai una nuova domanda.
btn-chat-reset = 🧹 Nuova conversazione
btn-chat-leave = 🚪 Esci

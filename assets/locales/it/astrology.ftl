name-sign =
    { $sign ->
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
name-body =
    { $body ->
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
name-aspect =
    { $aspect ->
        [conjunction] congiunzione
        [sextile] sestile
        [square] quadratura
        [trine] trigono
       *[opposition] opposizione
    }
name-phase =
    { $phase ->
        [new_moon] Luna nuova
        [waxing_crescent] Falce crescente
        [first_quarter] Primo quarto
        [waxing_gibbous] Gibbosa crescente
        [full_moon] Luna piena
        [waning_gibbous] Gibbosa calante
        [last_quarter] Ultimo quarto
       *[waning_crescent] Falce calante
    }
name-element =
    { $element ->
        [fire] fuoco
        [earth] terra
        [air] aria
       *[water] acqua
    }
name-modality =
    { $modality ->
        [cardinal] cardinale
        [fixed] fissa
       *[mutable] mobile
    }
name-push =
    { $kind ->
        [daily_card] Carta del giorno
        [daily_horoscope] Oroscopo del giorno
        [new_moon] Luna nuova
        [full_moon] Luna piena
        [stations] Stazioni retrograde e dirette (il giorno prima)
        [eclipses] Eclissi (il giorno prima)
       *[void_moon] Luna vuota di corso (il giorno stesso)
    }
astro-locked = 🔒 Questa funzione è inclusa nel piano <b>{ $plan }</b> e nei piani superiori.
birth-needed = 🪐 Per questo mi servono la data, l’ora e il luogo della tua nascita: è da questi dati che calcolo il cielo.
btn-birth-enter = ✍️ Inserisci i dati di nascita
birth-date-prompt = 📅 Inviami la tua <b>data di nascita</b>, ad es. <code>15/07/1990</code> o <code>1990-07-15</code>.
person-date-prompt = 📅 Inviami la <b>data di nascita</b> di { $name }, ad es. <code>15/07/1990</code>.
birth-date-format = ⚠️ Non sono riuscita a riconoscere questa data.
birth-date-month = ⚠️ Il mese { $month } non esiste: i mesi vanno da 1 a 12.
birth-date-day = ⚠️ Il giorno { $day } non esiste nel mese { $month } dell’anno { $year }.
birth-date-year = ⚠️ Posso calcolare temi natali per gli anni dal { $first } al { $last }.
birth-date-future = ⚠️ Questa data è nel futuro.
birth-time-prompt = 🕰 Inviami l’<b>ora di nascita</b> nel formato <code>HH:MM</code> (24 ore), ad es. <code>14:30</code>. Non la conosci con certezza? Premi il pulsante: calcolerò il tema per mezzogiorno, senza le case.
btn-time-unknown = 🤷 Non conosco l’ora
birth-time-format = ⚠️ Scrivi l’ora nel formato HH:MM, ad es. 09:05 o 21:40.
birth-time-hour = ⚠️ L’ora { $hour } non esiste: le ore vanno da 0 a 23.
birth-time-minute = ⚠️ Il minuto { $minute } non esiste: i minuti vanno da 0 a 59.
birth-time-skipped = ⚠️ Quel giorno, in quel luogo, gli orologi sono stati portati avanti, quindi l’orario { $time } non è mai esistito. Controlla l’ora, per favore.
birth-time-unknown-label = sconosciuta
birth-place-prompt = 📍 Inviami la <b>città di nascita</b> (in qualsiasi lingua, ad es. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) oppure condividi una posizione con il pulsante qui sotto.
btn-share-location = 📍 Condividi la posizione
birth-place-not-found = 🔎 Non ho trovato nessuna città chiamata «{ $query }». Prova un’altra grafia, aggiungi il codice del paese (ad es. <i>Paris, FR</i>) oppure condividi una posizione.
birth-place-pick = 📍 Quale di queste?
birth-saved =
    ✅ <b>Dati di nascita salvati</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } in quella data)
    ☀️ Segno solare: { $sign }
birth-no-houses = ℹ️ Senza l’ora di nascita non posso calcolare l’Ascendente e le case, e la posizione della Luna può variare di qualche grado.
birth-next = E ora?
person-name-prompt = 👤 Come si chiama questa persona? (massimo { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    })
person-limit = Puoi salvare fino a { $max ->
        [one] 1 persona
       *[other] { $max } persone
    }. Eliminane una per aggiungerne un’altra.
btn-synastry = 💞 La nostra compatibilità
btn-add-person = ➕ Aggiungi una persona
chart-title = Il tuo tema natale
chart-caption = 🪐 Tema natale di { $name } — { $date }, { $place }
chart-positions = Posizioni
chart-aspects = Aspetti principali
chart-asc = Ascendente:
chart-mc = Medio Cielo:
# A planet in the chart table; $house is "none" without a birth time, $retro " ℞" or empty:
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}casa { $house }
    }
# An aspect in the chart table; $aspect carries its symbol; $second_code is the second body's code:
chart-aspect = { $first } { $aspect } { $second_code ->
        [sun] con il { $second }
        [moon] con la { $second }
        [north_node] con il { $second }
       *[other] con { $second }
    } ({ $orb }°)
chart-house-fallback = Così vicino al polo non si possono calcolare le case { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    }, quindi il tuo tema usa le case Porfirio.
chart-ask = Interpreta il mio tema natale.
chart-json-caption = 🧾 Il tuo tema natale così come l’ho calcolato (tropicale, geocentrico, Placidus). Puoi confrontarlo con qualsiasi effemeride.
btn-chart-json = 🧾 Dati del tema natale (JSON)
btn-transits = 🔭 Transiti
transits-title = I transiti di oggi sul tuo tema natale
transits-none = In questo momento non ci sono transiti importanti entro 2°.
transit-line = { $transiting } { $aspect } { $natal } natale
transit-exact = { $tense ->
        [past] è stato esatto il { $date }
       *[future] esatto il { $date }
    }
transit-not-exact = non diventa esatto entro un anno
transit-stations-title = Le stazioni sul tuo tema nei prossimi 12 mesi
# Only planets station (mercury … pluto); Venere and la Luna are feminine.
transit-station = { $date } · { $symbol } { $body } { $direction ->
        [retrograde] { $body_code ->
            [venus] diventa retrograda
           *[other] diventa retrogrado
        }
       *[direct] { $body_code ->
            [venus] torna diretta
           *[other] torna diretto
        }
    } a { $degree } { $sign_code ->
        [aries] dell’{ $sign }
        [aquarius] dell’{ $sign }
        [gemini] dei { $sign }
        [pisces] dei { $sign }
        [virgo] della { $sign }
        [libra] della { $sign }
        [scorpio] dello { $sign }
       *[other] del { $sign }
    }, proprio { $natal_code ->
        [moon] sulla tua { $natal } natale
        [venus] sulla tua { $natal } natale
       *[other] sul tuo { $natal } natale
    }
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Uguali
    [whole-sign] Segni interi
    [porphyry] Porfirio
    [regiomontanus] Regiomontano
   *[campanus] Campano
}
btn-house-system = 🏠 Case: { $system }
btn-solar-return = 🎂 Il mio nuovo anno (rivoluzione solare)
solar-return-title = La tua rivoluzione solare { $year }
solar-return-intro = 🎂 Il Sole è tornato esattamente nel punto in cui si trovava alla tua nascita: è successo il { $date }. Ho calcolato il tema del tuo anno per quell’istante, a { $place }.
solar-return-ask = Interpreta la mia rivoluzione solare: che cosa mi riserva l’anno che ho davanti?
house-system-pick = 🏠 <b>Sistema di case</b>
    Le case dividono il tuo tema in dodici ambiti della vita, e non tutti gli astrologi le tracciano allo stesso modo. Placidus è il sistema più diffuso; quello a segni interi, il più antico. Scegli quello con cui lavori: tema, transiti e interpretazioni si adegueranno.
house-system-saved = ✅ Fatto! Ora il tuo tema usa questo sistema di case: { $system }.
horoscope-intro =
    ♈ <b>Oroscopo</b>
    Scegli un periodo e poi il tuo segno, oppure inserisci una volta sola i tuoi dati di nascita: così conoscerò il tuo segno.
horoscope-intro-sign = ♈ <b>Oroscopo</b> per il segno { $sign }. Scegli un periodo:
horoscope-pick = Scegli un segno:
horoscope-title =
    { $period ->
        [daily] Oroscopo del giorno
        [weekly] Oroscopo della settimana
       *[monthly] Oroscopo del mese
    }, { $span }
btn-period =
    { $period ->
        [daily] Oggi
        [weekly] Questa settimana
       *[monthly] Questo mese
    }
btn-other-sign = 🔄 Cambia segno
compat-pick-first =
    💞 <b>Compatibilità</b>
    Scegli il primo segno:
compat-pick-other =
    💞 <b>Compatibilità: { $sign } + …</b>
    Scegli l’altro segno:
compat-title =
    💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title =
    💞 <b>Tu e { $name }</b>
    { $hearts } { $score }/100 (calcolata su entrambi i temi natali)
compat-ask = Descrivi la nostra compatibilità.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Illuminazione: { $illumination }% · Età: { $age ->
        [one] { $age } giorno
       *[other] { $age } giorni
    }
moon-zone = Orari nel fuso orario { $zone }
moon-calendar-title = Calendario lunare: i prossimi 30 giorni
btn-moon-calendar = 📅 Calendario a 30 giorni
btn-moon-commentary = 🔮 Il messaggio della Luna di oggi
moon-commentary-title = 🔮 <b>Il messaggio della Luna di oggi</b>
btn-notifications = 🔔 Notifiche
notify-title = Notifiche
notify-time-prompt = 🕘 A che ora vuoi ricevere «{ $kind }»? Invia HH:MM (fuso orario { $zone }) oppure HH:MM seguito da un fuso orario, ad es. <code>08:30 Europe/Rome</code>.
notify-zone-unknown = ⚠️ «{ $zone }» non è un fuso orario che conosco. Usa un nome come <code>Europe/Rome</code> o una differenza da UTC come <code>+01:00</code>.
btn-turn-on = abilita
btn-turn-off = disabilita
push-moon = { $symbol } <b>{ $phase }</b> oggi, ore { $time }.
push-footer = <i>Puoi gestire le notifiche da 🌙 Calendario lunare → 🔔 Notifiche.</i>
chatbot-intro =
    🤖 <b>Chat astrale</b>
    Chiedimi qualsiasi cosa sul tuo tema natale, sui tuoi transiti o sul cielo: rispondo partendo dal tuo tema calcolato. Puoi farmi fino a { $limit ->
        [one] 1 domanda
       *[other] { $limit } domande
    } al giorno. Premi «Esci» o invia /cancel per terminare.
chatbot-limit = ⏳ Per oggi hai già fatto { $limit ->
        [one] 1 domanda
       *[other] { $limit } domande
    }. La chat riapre domani.
chatbot-not-text = ✍️ Scrivimi la tua domanda in un messaggio di testo, per favore.
chatbot-reset-done = 🧹 Conversazione cancellata. Fammi una nuova domanda.
btn-chat-reset = 🧹 Nuova conversazione
btn-chat-leave = 🚪 Esci

name-sign =
    { $sign ->
        [aries] Aries
        [taurus] Tauro
        [gemini] Géminis
        [cancer] Cáncer
        [leo] Leo
        [virgo] Virgo
        [libra] Libra
        [scorpio] Escorpio
        [sagittarius] Sagitario
        [capricorn] Capricornio
        [aquarius] Acuario
       *[pisces] Piscis
    }
name-body =
    { $body ->
        [sun] Sol
        [moon] Luna
        [mercury] Mercurio
        [venus] Venus
        [mars] Marte
        [jupiter] Júpiter
        [saturn] Saturno
        [uranus] Urano
        [neptune] Neptuno
        [pluto] Plutón
       *[north_node] Nodo Norte
    }
name-aspect =
    { $aspect ->
        [conjunction] conjunción
        [sextile] sextil
        [square] cuadratura
        [trine] trígono
       *[opposition] oposición
    }
name-phase =
    { $phase ->
        [new_moon] Luna nueva
        [waxing_crescent] Luna creciente
        [first_quarter] Cuarto creciente
        [waxing_gibbous] Luna gibosa creciente
        [full_moon] Luna llena
        [waning_gibbous] Luna gibosa menguante
        [last_quarter] Cuarto menguante
       *[waning_crescent] Luna menguante
    }
name-element =
    { $element ->
        [fire] fuego
        [earth] tierra
        [air] aire
       *[water] agua
    }
# Agrees with "modalidad" (feminine): cardinal, fija, mutable.
name-modality =
    { $modality ->
        [cardinal] cardinal
        [fixed] fija
       *[mutable] mutable
    }
name-push =
    { $kind ->
        [daily_card] Carta del día
        [daily_horoscope] Horóscopo diario
        [new_moon] Luna nueva
        [full_moon] Luna llena
        [stations] Estaciones retrógradas y directas (el día anterior)
        [eclipses] Eclipses (el día anterior)
       *[void_moon] Luna fuera de curso (el mismo día)
    }
astro-locked = 🔒 Esto está incluido en el plan <b>{ $plan }</b> y en los superiores.
birth-needed = 🪐 Para esto necesito tu fecha, hora y lugar de nacimiento: con ellos calculo cómo estaba el cielo cuando naciste.
btn-birth-enter = ✍️ Añadir mis datos de nacimiento
birth-date-prompt = 📅 Envía tu <b>fecha de nacimiento</b>, por ejemplo, <code>15/07/1990</code> o <code>1990-07-15</code>.
person-date-prompt = 📅 Envía la <b>fecha de nacimiento</b> de { $name }, por ejemplo, <code>15/07/1990</code>.
birth-date-format = ⚠️ No he podido reconocer eso como una fecha.
birth-date-month = ⚠️ El mes { $month } no existe: los meses van del 1 al 12.
birth-date-day = ⚠️ El día { $day } no existe en el mes { $month } de { $year }.
birth-date-year = ⚠️ Solo puedo calcular cartas natales de los años { $first } a { $last }.
birth-date-future = ⚠️ Esa fecha todavía no ha llegado.
birth-time-prompt = 🕰 Envía la <b>hora de nacimiento</b> en formato <code>HH:MM</code> (24 horas), por ejemplo, <code>14:30</code>. ¿No la sabes con certeza? Toca el botón: la carta se calculará para el mediodía, sin casas.
btn-time-unknown = 🤷 No sé la hora
birth-time-format = ⚠️ Escribe la hora en formato HH:MM, por ejemplo, 09:05 o 21:40.
birth-time-hour = ⚠️ La hora { $hour } no existe: las horas van de 0 a 23.
birth-time-minute = ⚠️ El minuto { $minute } no existe: los minutos van de 0 a 59.
birth-time-skipped = ⚠️ Ese día, en ese lugar, se adelantaron los relojes, así que las { $time } nunca llegaron a existir. Revisa la hora, por favor.
birth-time-unknown-label = hora desconocida
birth-place-prompt = 📍 Envía la <b>ciudad de nacimiento</b> (en cualquier idioma, por ejemplo, <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) o comparte una ubicación con el botón de abajo.
btn-share-location = 📍 Compartir ubicación
birth-place-not-found = 🔎 No encuentro ninguna ciudad llamada «{ $query }». Intenta escribirla de otra forma, añade el código del país (por ejemplo, <i>Paris, FR</i>) o comparte una ubicación.
birth-place-pick = 📍 ¿Cuál es la correcta?
birth-saved =
    ✅ <b>Datos de nacimiento guardados</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } en esa fecha)
    ☀️ Signo solar: { $sign }
birth-no-houses = ℹ️ Sin la hora de nacimiento no se pueden calcular el Ascendente ni las casas, y la posición de la Luna puede variar unos grados.
birth-next = ¿Qué quieres hacer ahora?
person-name-prompt =
    👤 ¿Cómo se llama esa persona? (máximo { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    })
person-limit =
    Puedes guardar hasta { $max ->
        [one] 1 persona
       *[other] { $max } personas
    }. Borra una para añadir otra.
btn-synastry = 💞 Nuestra compatibilidad
btn-add-person = ➕ Añadir persona
chart-title = Tu carta natal
chart-caption = 🪐 Carta natal de { $name } — { $date }, { $place }
chart-positions = Posiciones
chart-aspects = Aspectos principales
chart-asc = Ascendente:
chart-mc = Medio Cielo:
# A planet in the chart table; $house is "none" without a birth time, $retro " ℞" or empty:
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}casa { $house }
    }
# An aspect in the chart table; $aspect carries its symbol; $second_code is the second body's code:
chart-aspect = { $first } { $aspect } { $second_code ->
        [sun] con el { $second }
        [moon] con la { $second }
        [north_node] con el { $second }
       *[other] con { $second }
    } ({ $orb }°)
chart-house-fallback = Tan cerca del polo no se pueden calcular las casas { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    }, así que tu carta usa casas Porfirio.
chart-ask = Interpreta mi carta natal.
chart-json-caption = 🧾 Tu carta natal tal como se calculó (tropical, geocéntrica, casas Placidus). Puedes contrastarla con cualquier tabla de efemérides.
btn-chart-json = 🧾 Datos de la carta (JSON)
btn-transits = 🔭 Tránsitos
transits-title = Tránsitos de hoy sobre tu carta natal
transits-none = Ahora mismo no hay ningún tránsito importante a menos de 2°.
# "♂ Marte □ cuadratura Sol natal": the aspect symbol and name arrive inside $aspect.
transit-line = { $transiting } { $aspect } { $natal } natal
transit-exact = { $tense ->
        [past] fue exacto el { $date }
       *[future] exacto el { $date }
    }
transit-not-exact = no será exacto en el próximo año
transit-stations-title = Estaciones sobre tu carta natal en los próximos 12 meses
# Only planets station (mercury … pluto); "tu … natal" fits every natal body in Spanish.
transit-station = { $date } · { $symbol } { $body } se pone { $direction ->
        [retrograde] retrógrado
       *[direct] directo
    } a { $degree } de { $sign }, justo sobre tu { $natal } natal
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Iguales
    [whole-sign] Signos enteros
    [porphyry] Porfirio
    [regiomontanus] Regiomontano
   *[campanus] Campano
}
btn-house-system = 🏠 Casas: { $system }
btn-solar-return = 🎂 Mi nuevo ciclo (revolución solar)
solar-return-title = Tu revolución solar de { $year }
solar-return-intro = 🎂 El Sol volvió al punto exacto en el que estaba cuando naciste: fue el { $date }. He levantado la carta de tu año para ese momento, en { $place }.
solar-return-ask = Interpreta mi revolución solar: ¿qué me depara el año que tengo por delante?
house-system-pick = 🏠 <b>Sistema de casas</b>
    Las casas dividen tu carta en doce áreas de la vida, y no todos los astrólogos las trazan igual. Placidus es el sistema más usado; el de signos enteros, el más antiguo. Elige el que prefieras: tu carta, tus tránsitos y tus lecturas lo seguirán.
house-system-saved = ✅ ¡Listo! Tu carta ahora usa este sistema de casas: { $system }.
horoscope-intro =
    ♈ <b>Horóscopo</b>
    Elige un periodo y después tu signo, o añade una sola vez tus datos de nacimiento y ya sabré cuál es tu signo.
horoscope-intro-sign = ♈ <b>Horóscopo</b> de { $sign }. Elige un periodo:
horoscope-pick = Elige un signo:
horoscope-title =
    { $period ->
        [daily] Horóscopo diario
        [weekly] Horóscopo semanal
       *[monthly] Horóscopo mensual
    }, { $span }
btn-period =
    { $period ->
        [daily] Hoy
        [weekly] Esta semana
       *[monthly] Este mes
    }
btn-other-sign = 🔄 Otro signo
compat-pick-first =
    💞 <b>Compatibilidad</b>
    Elige el primer signo:
compat-pick-other =
    💞 <b>Compatibilidad de { $sign } con…</b>
    Elige el otro signo:
compat-title =
    💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title =
    💞 <b>Tú y { $name }</b>
    { $hearts } { $score }/100 (según las dos cartas natales)
compat-ask = Describe nuestra compatibilidad.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Iluminación: { $illumination } % · Edad: { $age ->
        [one] { $age } día
       *[other] { $age } días
    }
moon-zone = Horas en la zona horaria { $zone }
moon-calendar-title = Calendario lunar: próximos 30 días
btn-moon-calendar = 📅 Calendario de 30 días
btn-moon-commentary = 🔮 El mensaje de la Luna para hoy
moon-commentary-title = 🔮 <b>El mensaje de la Luna para hoy</b>
btn-notifications = 🔔 Notificaciones
notify-title = Notificaciones
notify-time-prompt = 🕘 ¿A qué hora quieres recibir «{ $kind }»? Envía la hora en formato HH:MM (zona horaria { $zone }) o la hora seguida de una zona, por ejemplo, <code>08:30 Europe/Madrid</code>.
notify-zone-unknown = ⚠️ No conozco la zona horaria «{ $zone }». Usa un nombre como <code>Europe/Madrid</code> o una diferencia horaria como <code>+03:00</code>.
btn-turn-on = activar
btn-turn-off = desactivar
push-moon = { $symbol } <b>{ $phase }</b>: hoy a las { $time }.
push-footer = <i>Puedes cambiar las notificaciones en 🌙 Calendario lunar → 🔔 Notificaciones.</i>
chatbot-intro =
    🤖 <b>Chat astral</b>
    Pregúntame lo que quieras sobre tu carta natal, tus tránsitos o el cielo: respondo a partir de tu carta calculada. Puedes hacer hasta { $limit ->
        [one] 1 pregunta
       *[other] { $limit } preguntas
    } al día. Para terminar, toca «Salir» o envía /cancel.
chatbot-limit =
    ⏳ { $limit ->
        [one] Ya hiciste la pregunta de hoy.
       *[other] Ya hiciste las { $limit } preguntas de hoy.
    } El chat vuelve a abrirse mañana.
chatbot-not-text = ✍️ Escribe tu pregunta en un mensaje de texto, por favor.
chatbot-reset-done = 🧹 Conversación borrada. Haz una nueva pregunta.
btn-chat-reset = 🧹 Nueva conversación
btn-chat-leave = 🚪 Salir

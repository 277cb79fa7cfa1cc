name-sign = { $sign ->
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
name-body = { $body ->
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
name-aspect = { $aspect ->
    [conjunction] conjunción
    [sextile] sextil
    [square] cuadratura
    [trine] trígono
   *[opposition] oposición
}
name-phase = { $phase ->
    [new_moon] Luna nueva
    [waxing_crescent] Luna creciente
    [first_quarter] Cuarto creciente
    [waxing_gibbous] Gibosa creciente
    [full_moon] Luna llena
    [waning_gibbous] Gibosa menguante
    [last_quarter] Cuarto menguante
   *[waning_crescent] Luna menguante
}
name-element = { $element ->
    [fire] fuego
    [earth] tierra
    [air] aire
   *[water] agua
}
name-modality = { $modality ->
    [cardinal] cardinal
    [fixed] fija
   *[mutable] mutable
}
name-push = { $kind ->
    [daily_card] Carta del día
    [daily_horoscope] Horóscopo diario
    [new_moon] Luna nueva
   *[full_moon] Luna llena
}
astro-locked = 🔒 Esto forma parte del plan <b>{ $plan }</b> y superiores.
birth-needed = 🪐 Para esto necesito tu fecha, hora y lugar de nacimiento: el cielo se calcula a partir de ellos.
btn-birth-enter = ✍️ Introducir datos de nacimiento
birth-date-prompt = 📅 Envía tu <b>fecha de nacimiento</b>, p. ej. <code>15.07.1990</code> o <code>1990-07-15</code>.
person-date-prompt = 📅 Envía la <b>fecha de nacimiento</b> de { $name }, p. ej. <code>15.07.1990</code>.
birth-date-format = ⚠️ No he podido leer eso como una fecha.
birth-date-month = ⚠️ No existe el mes { $month }: los meses van del 1 al 12.
birth-date-day = ⚠️ El día { $day } no existe en el mes { $month } de { $year }.
birth-date-year = ⚠️ Puedo calcular cartas para los años { $first } a { $last }.
birth-date-future = ⚠️ Esa fecha está en el futuro.
birth-time-prompt = 🕰 Envía la <b>hora de nacimiento</b> como <code>HH:MM</code> (24 horas), p. ej. <code>14:30</code>. ¿No estás seguro? Pulsa el botón: la carta se calcula para el mediodía, sin casas.
btn-time-unknown = 🤷 No sé la hora
birth-time-format = ⚠️ Escribe la hora como HH:MM, p. ej. 09:05 o 21:40.
birth-time-hour = ⚠️ No existe la hora { $hour }: las horas van de 0 a 23.
birth-time-minute = ⚠️ No existe el minuto { $minute }: los minutos van de 0 a 59.
birth-time-skipped = ⚠️ En ese lugar los relojes se adelantaron, así que las { $time } no existieron ese día. Revisa la hora, por favor.
birth-time-unknown-label = desconocida
birth-place-prompt = 📍 Envía la <b>ciudad de nacimiento</b> (en cualquier idioma, p. ej. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) o comparte una ubicación con el botón de abajo.
btn-share-location = 📍 Compartir ubicación
birth-place-not-found = 🔎 No encontré ninguna ciudad llamada «{ $query }». Prueba otra grafía, añade el código del país (p. ej. <i>Paris, FR</i>) o comparte una ubicación.
birth-place-pick = 📍 ¿Cuál de ellas?
birth-saved =
    ✅ <b>Datos de nacimiento guardados</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } en esa fecha)
    ☀️ Signo solar: { $sign }
birth-no-houses = ℹ️ Sin hora de nacimiento no se pueden calcular el ascendente ni las casas, y el grado de la Luna puede variar unos grados.
birth-next = ¿Y ahora qué?
person-name-prompt = 👤 ¿Cómo se llama la persona? (hasta { $max } caracteres)
person-limit = Puedes guardar hasta { $max } personas. Borra una para añadir otra.
btn-synastry = 💞 Nuestra compatibilidad
btn-add-person = ➕ Añadir persona
chart-title = Tu carta natal
chart-caption = 🪐 Carta natal de { $name } — { $date }, { $place }
chart-positions = Posiciones
chart-aspects = Aspectos principales
chart-asc = Ascendente:
chart-mc = Medio cielo:
chart-whole-sign-fallback = Las casas Placidus no existen en esta latitud, así que se muestran casas de signo entero.
chart-ask = Interpreta mi carta natal.
chart-json-caption = 🧾 Tu carta tal como se calculó (tropical, geocéntrica, Placidus). Puedes comprobarla con cualquier efeméride.
btn-chart-json = 🧾 Datos de la carta (JSON)
btn-transits = 🔭 Tránsitos
transits-title = Tránsitos a tu carta hoy
transits-none = Ahora mismo no hay ningún tránsito importante dentro de 2°.
transit-natal = natal
transit-exact = exacto el { $date }
transit-not-exact = no se hace exacto en un año
horoscope-intro = ♈ <b>Horóscopo</b>
    Elige un periodo y luego tu signo, o introduce una vez tus datos de nacimiento y sabré tu signo.
horoscope-intro-sign = ♈ <b>Horóscopo</b> de { $sign }. Elige un periodo:
horoscope-pick = Elige un signo:
horoscope-title = { $period ->
    [daily] Horóscopo diario
    [weekly] Horóscopo semanal
   *[monthly] Horóscopo mensual
}, { $span }
btn-period = { $period ->
    [daily] Hoy
    [weekly] Esta semana
   *[monthly] Este mes
}
btn-other-sign = 🔄 Otro signo
compat-pick-first = 💞 <b>Compatibilidad</b>
    Elige el primer signo:
compat-pick-other = 💞 <b>Compatibilidad</b> con { $sign }
    Elige el otro signo:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Tú y { $name }</b>
    { $hearts } { $score }/100 (a partir de ambas cartas)
compat-ask = Describe nuestra compatibilidad.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Iluminada: { $illumination } % · Edad: { $age } días
moon-zone = Horas en { $zone }
moon-calendar-title = Calendario lunar, próximos 30 días
btn-moon-calendar = 📅 Calendario de 30 días
btn-moon-commentary = 🔮 El mensaje de la Luna hoy
moon-commentary-title = 🔮 <b>El mensaje de la Luna hoy</b>
btn-notifications = 🔔 Notificaciones
notify-title = Notificaciones
notify-time-prompt = 🕘 ¿A qué hora debe llegar «{ $kind }»? Envía HH:MM (zona horaria { $zone }), o HH:MM y una zona, p. ej. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ «{ $zone }» no es una zona horaria que conozca. Usa un nombre como <code>Europe/Istanbul</code> o un desfase como <code>+03:00</code>.
btn-turn-on = activar
btn-turn-off = desactivar
push-moon = { $symbol } <b>{ $phase }</b> hoy a las { $time }.
push-footer = <i>Puedes cambiar las notificaciones en 🌙 Luna → 🔔 Notificaciones.</i>
chatbot-intro = 🤖 <b>Chat astral</b>
    Pregúntame lo que quieras sobre tu carta, tus tránsitos o el cielo: respondo a partir de tu carta calculada. Hasta { $limit } preguntas al día. Pulsa «Salir» o envía /cancel para terminar.
chatbot-limit = ⏳ Hoy ya has hecho { $limit } preguntas. El chat vuelve a abrirse mañana.
chatbot-not-text = ✍️ Escribe tu pregunta como texto, por favor.
chatbot-reset-done = 🧹 Conversación borrada. Haz una pregunta nueva.
btn-chat-reset = 🧹 Nueva conversación
btn-chat-leave = 🚪 Salir

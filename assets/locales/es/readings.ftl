# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Elige una tirada o descubre tu carta del día:
btn-spread-one = 🂠 Una carta
btn-spread-three = 🔮 Pasado · Presente · Futuro
btn-spread-celtic = ✨ Cruz Celta (10 cartas)
btn-daily-card = 🌅 Carta del día
btn-draw-now = 🃏 Sacar ahora
spread-one = Tirada de una carta
spread-three = Pasado · Presente · Futuro
spread-celtic = Cruz Celta
tarot-question =
    🃏 <b>{ $spread }</b>

    Piensa en tu pregunta y envíamela (máximo { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    }) o toca «Sacar ahora».
tarot-question-text =
    Escribe tu pregunta en un mensaje de texto (máximo { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    }) o toca «Sacar ahora».
tarot-question-line = <i>Tu pregunta: { $question }</i>
pos-card = Tu carta
pos-past = Pasado
pos-present = Presente
pos-future = Futuro
pos-situation = Situación
pos-challenge = Desafío
pos-foundation = Base
pos-recent-past = Pasado reciente
pos-crown = Meta
pos-near-future = Futuro cercano
pos-self = Tú
pos-environment = Entorno
pos-hopes-fears = Esperanzas y temores
pos-outcome = Resultado
# Shown after a card's name, which may be masculine or feminine: invariable wording.
upright = al derecho
reversed = al revés
daily-card-title = 🌅 <b>Tu carta del día</b> — { $date }
btn-dream-followup = ❓ Preguntar sobre este sueño
dream-followup-prompt =
    ❓ ¿Qué te gustaría saber sobre este sueño? (máximo { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    })
reading-title-dream-followup = 💭 <b>Sobre tu sueño</b>
btn-share-x = 𝕏 Compartir en X
btn-share-telegram = ✈️ Compartir en Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind =
    { $kind ->
        [coffee] Lectura de café
        [tarot] Lectura de tarot
        [dream] Interpretación de sueños
        [daily_card] Carta del día
        [daily_horoscope] Horóscopo diario
        [weekly_horoscope] Horóscopo semanal
        [monthly_horoscope] Horóscopo mensual
        [birth_chart] Carta natal
        [compatibility] Compatibilidad
        [astro_chatbot] Chat astral
        [moon] Mensaje de la Luna
        [solar_return] Revolución solar
       *[other] Lectura
    }
# What a shared reading says, per kind.
share-text =
    { $kind ->
        [coffee] Mi lectura de café en Fal Gram me sorprendió ✨ Pide la tuya:
        [tarot] Mi lectura de tarot en Fal Gram me sorprendió ✨ Pide la tuya:
        [dream] Fal Gram interpretó mi sueño y me sorprendió ✨ Prueba con el tuyo:
        [daily_card] Mi carta del día en Fal Gram me sorprendió ✨ Saca la tuya:
        [daily_horoscope] Mi horóscopo de hoy en Fal Gram me sorprendió ✨ Lee el tuyo:
        [weekly_horoscope] Mi horóscopo semanal en Fal Gram me sorprendió ✨ Lee el tuyo:
        [monthly_horoscope] Mi horóscopo mensual en Fal Gram me sorprendió ✨ Lee el tuyo:
        [birth_chart] Fal Gram interpretó mi carta natal y me sorprendió ✨ Descubre la tuya:
        [compatibility] Fal Gram analizó nuestra compatibilidad y me sorprendió ✨ Descubre la tuya:
        [solar_return] Fal Gram leyó en mi revolución solar lo que me depara el año ✨ Descubre la tuya:
       *[other] Mi lectura en Fal Gram me sorprendió ✨ Pide la tuya:
    }

# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Elige una tirada o mira tu carta del día:
btn-spread-one = 🂠 Una carta
btn-spread-three = 🔮 Pasado · Presente · Futuro
btn-spread-celtic = ✨ Cruz Celta (10 cartas)
btn-daily-card = 🌅 Carta del día
btn-draw-now = 🃏 Sacar ya
spread-one = Una carta
spread-three = Pasado · Presente · Futuro
spread-celtic = Cruz Celta
tarot-question =
    🃏 <b>{ $spread }</b>

    Piensa en tu pregunta y envíamela (hasta { $max } caracteres), o pulsa «Sacar ya».
tarot-question-text = Escribe tu pregunta como texto (hasta { $max } caracteres), o pulsa «Sacar ya».
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
pos-hopes-fears = Esperanzas y miedos
pos-outcome = Resultado
upright = al derecho
reversed = invertida
daily-card-title = 🌅 <b>Tu carta del día</b> — { $date }
btn-dream-followup = ❓ Preguntar sobre este sueño
dream-followup-prompt = ❓ ¿Qué te gustaría saber de este sueño? (hasta { $max } caracteres)
reading-title-dream-followup = 💭 <b>Sobre tu sueño</b>
btn-share-x = 𝕏 Compartir en X
btn-share-telegram = ✈️ Compartir en Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Lectura del café
    [tarot] Lectura de tarot
    [dream] Interpretación de sueños
    [daily_card] Carta del día
    [daily_horoscope] Horóscopo diario
    [weekly_horoscope] Horóscopo semanal
    [monthly_horoscope] Horóscopo mensual
    [birth_chart] Carta natal
    [compatibility] Compatibilidad
    [astro_chatbot] Chat astral
    [moon] Comentario lunar
   *[other] Lectura
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Mi lectura del café en Fal Gram me sorprendió ✨ Prueba la tuya:
    [tarot] Mi lectura de tarot en Fal Gram me sorprendió ✨ Prueba la tuya:
    [dream] Fal Gram interpretó mi sueño y me sorprendió ✨ Prueba tú también:
    [daily_card] Mi carta del día en Fal Gram me sorprendió ✨ Saca la tuya:
    [daily_horoscope] Mi horóscopo en Fal Gram me sorprendió ✨ Lee el tuyo:
    [weekly_horoscope] Mi horóscopo en Fal Gram me sorprendió ✨ Lee el tuyo:
    [monthly_horoscope] Mi horóscopo en Fal Gram me sorprendió ✨ Lee el tuyo:
    [birth_chart] La lectura de mi carta natal en Fal Gram me sorprendió ✨ Prueba la tuya:
    [compatibility] Nuestra compatibilidad según Fal Gram me sorprendió ✨ Prueba la tuya:
   *[other] Mi lectura en Fal Gram me sorprendió ✨ Prueba la tuya:
}

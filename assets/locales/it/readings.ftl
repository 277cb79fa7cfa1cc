# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarocchi</b>
    Scegli una stesa o guarda la tua carta del giorno:
btn-spread-one = 🂠 Una carta
btn-spread-three = 🔮 Passato · Presente · Futuro
btn-spread-celtic = ✨ Croce celtica (10 carte)
btn-daily-card = 🌅 Carta del giorno
btn-draw-now = 🃏 Pesca ora
spread-one = Una carta
spread-three = Passato · Presente · Futuro
spread-celtic = Croce celtica
tarot-question =
    🃏 <b>{ $spread }</b>

    Pensa alla tua domanda e inviamela (fino a { $max } caratteri), oppure tocca «Pesca ora».
tarot-question-text = Scrivi la tua domanda come testo (fino a { $max } caratteri), oppure tocca «Pesca ora».
tarot-question-line = <i>La tua domanda: { $question }</i>
pos-card = La tua carta
pos-past = Passato
pos-present = Presente
pos-future = Futuro
pos-situation = Situazione
pos-challenge = Ostacolo
pos-foundation = Fondamento
pos-recent-past = Passato recente
pos-crown = Obiettivo
pos-near-future = Futuro prossimo
pos-self = Tu
pos-environment = Ambiente
pos-hopes-fears = Speranze e paure
pos-outcome = Esito
upright = dritta
reversed = rovesciata
daily-card-title = 🌅 <b>La tua carta del giorno</b> — { $date }
btn-dream-followup = ❓ Chiedi di questo sogno
dream-followup-prompt = ❓ Cosa vuoi sapere di questo sogno? (fino a { $max } caratteri)
reading-title-dream-followup = 💭 <b>Sul tuo sogno</b>
btn-share-x = 𝕏 Condividi su X
btn-share-telegram = ✈️ Condividi su Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Lettura dei fondi di caffè
    [tarot] Lettura dei tarocchi
    [dream] Interpretazione dei sogni
    [daily_card] Carta del giorno
    [daily_horoscope] Oroscopo del giorno
    [weekly_horoscope] Oroscopo della settimana
    [monthly_horoscope] Oroscopo del mese
    [birth_chart] Tema natale
    [compatibility] Affinità
    [astro_chatbot] Chat astrale
    [moon] Commento lunare
   *[other] Lettura
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] La mia lettura dei fondi di caffè su Fal Gram mi ha sorpreso ✨ Prova la tua:
    [tarot] La mia lettura dei tarocchi su Fal Gram mi ha sorpreso ✨ Prova la tua:
    [dream] L’interpretazione del mio sogno su Fal Gram mi ha sorpreso ✨ Prova anche tu:
    [daily_card] La mia carta del giorno su Fal Gram mi ha sorpreso ✨ Pesca la tua:
    [daily_horoscope] Il mio oroscopo su Fal Gram mi ha sorpreso ✨ Leggi il tuo:
    [weekly_horoscope] Il mio oroscopo su Fal Gram mi ha sorpreso ✨ Leggi il tuo:
    [monthly_horoscope] Il mio oroscopo su Fal Gram mi ha sorpreso ✨ Leggi il tuo:
    [birth_chart] Il mio tema natale su Fal Gram mi ha sorpreso ✨ Prova il tuo:
    [compatibility] La nostra affinità secondo Fal Gram mi ha sorpreso ✨ Prova la tua:
   *[other] La mia lettura su Fal Gram mi ha sorpreso ✨ Prova la tua:
}

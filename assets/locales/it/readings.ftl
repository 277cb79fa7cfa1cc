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
kind-coffee = caffè
kind-tarot = tarocchi
kind-dream = sogno
kind-daily-card = carta del giorno
share-text = La mia lettura ({ $kind }) su Fal Gram mi ha sorpreso ✨ Prova la tua:
btn-share-x = 𝕏 Condividi su X
btn-share-telegram = ✈️ Condividi su Telegram

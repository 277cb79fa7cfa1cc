# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarocchi</b>
    Scegli una stesa o scopri la tua carta del giorno:
btn-spread-one = 🂠 Una carta
btn-spread-three = 🔮 Passato · Presente · Futuro
btn-spread-celtic = ✨ Croce celtica (10 carte)
btn-daily-card = 🌅 Carta del giorno
btn-draw-now = 🃏 Pesca subito
spread-one = Stesa a una carta
spread-three = Passato · Presente · Futuro
spread-celtic = Croce celtica
tarot-question =
    🃏 <b>{ $spread }</b>

    Concentrati sulla tua domanda e scrivimela (massimo { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    }), oppure tocca «Pesca subito».
tarot-question-text = Scrivimi la tua domanda in un messaggio di testo (massimo { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    }), oppure tocca «Pesca subito».
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
pos-environment = Ciò che ti circonda
pos-hopes-fears = Speranze e paure
pos-outcome = Esito
upright = al dritto
reversed = al rovescio
daily-card-title = 🌅 <b>La tua carta del giorno</b> — { $date }
btn-dream-followup = ❓ Fai una domanda su questo sogno
dream-followup-prompt = ❓ Cosa vorresti sapere di questo sogno? (massimo { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    })
reading-title-dream-followup = 💭 <b>Sul tuo sogno</b>
btn-share-x = 𝕏 Condividi su X
btn-share-telegram = ✈️ Condividi su Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind =
    { $kind ->
        [coffee] Lettura dei fondi di caffè
        [tarot] Lettura dei tarocchi
        [dream] Interpretazione del sogno
        [daily_card] Carta del giorno
        [daily_horoscope] Oroscopo del giorno
        [weekly_horoscope] Oroscopo della settimana
        [monthly_horoscope] Oroscopo del mese
        [birth_chart] Tema natale
        [compatibility] Compatibilità
        [astro_chatbot] Chat astrale
        [moon] Il messaggio della Luna
        [solar_return] Rivoluzione solare
       *[other] Lettura
    }
# What a shared reading says, per kind.
share-text =
    { $kind ->
        [coffee] La mia lettura dei fondi di caffè su Fal Gram è stata una vera sorpresa ✨ Prova anche tu:
        [tarot] La mia lettura dei tarocchi su Fal Gram è stata una vera sorpresa ✨ Prova anche tu:
        [dream] Fal Gram ha interpretato il mio sogno ed è stata una vera sorpresa ✨ Prova anche tu:
        [daily_card] La mia carta del giorno su Fal Gram è stata una vera sorpresa ✨ Pesca la tua:
        [daily_horoscope] Il mio oroscopo su Fal Gram è stato una vera sorpresa ✨ Leggi il tuo:
        [weekly_horoscope] Il mio oroscopo su Fal Gram è stato una vera sorpresa ✨ Leggi il tuo:
        [monthly_horoscope] Il mio oroscopo su Fal Gram è stato una vera sorpresa ✨ Leggi il tuo:
        [birth_chart] Fal Gram ha letto il mio tema natale ed è stata una vera sorpresa ✨ Scopri il tuo:
        [compatibility] Fal Gram ha letto la nostra compatibilità ed è stata una vera sorpresa ✨ Scopri la tua:
        [solar_return] Fal Gram ha letto nella mia rivoluzione solare l’anno che mi aspetta ✨ Scopri la tua:
       *[other] La mia lettura su Fal Gram è stata una vera sorpresa ✨ Prova anche tu:
    }

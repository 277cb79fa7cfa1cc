# Messages are Telegram HTML: callers pass variables already escaped.
welcome =
    ✨ Ciao { $name }, ti do il benvenuto su <b>Fal Gram</b>!
    Fondi di caffè, tarocchi, sogni e astrologia: letture interpretate per te dall’IA.
    Scegli dal menu qui sotto cosa vuoi scoprire.
menu-title = 🔮 <b>Fal Gram</b> — cosa vuoi esplorare?
help =
    <b>Come funziona Fal Gram</b>
    ☕ <b>Fondi di caffè</b> — invia una foto della tua tazzina e ricevi la tua lettura.
    🃏 <b>Tarocchi</b> — pesca una, tre o dieci carte.
    💭 <b>Sogni</b> — raccontami un sogno e ricevi la sua interpretazione.
    ⭐ <b>Astrologia</b> — oroscopi, tema natale, compatibilità, calendario lunare.

    Hai { $free ->
        [one] 1 lettura gratuita
       *[other] { $free } letture gratuite
    }; invitando gli amici ne ottieni altre, e con i piani premium diventano illimitate.

    /menu — menu principale
    /language — cambia lingua
    /cancel — annulla l’operazione in corso
    /terms — condizioni d’uso
    /paysupport — assistenza pagamenti
terms =
    <b>Condizioni d’uso</b>
    Fal Gram offre letture a scopo di intrattenimento e di riflessione personale. Non sono consulenze professionali (mediche, legali, finanziarie o psicologiche).
    I pagamenti avvengono in Stelle di Telegram. Un piano premium dura per il periodo indicato al momento dell’acquisto.
    Le foto che mandi per una lettura vengono elaborate dall’IA e non vengono mai conservate. Puoi cancellare i tuoi dati in qualsiasi momento con /forget.
paysupport =
    <b>Assistenza pagamenti</b>
    Se qualcosa è andato storto con un pagamento, scrivi qui cosa è successo e quando hai pagato. Puoi chiedere un rimborso entro { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    } dall’acquisto; ogni richiesta viene esaminata da un amministratore.
btn-coffee = ☕ Fondi di caffè
btn-tarot = 🃏 Tarocchi
btn-dream = 💭 Sogni
btn-horoscope = ♈ Oroscopo
btn-birth-chart = 🪐 Tema natale
btn-compatibility = 💞 Compatibilità
btn-moon = 🌙 Calendario lunare
btn-chatbot = 🤖 Chat astrale
btn-premium = 💎 Premium
btn-referral = 🎁 Invita gli amici
btn-history = 📜 Le mie letture
btn-language = 🌐 Lingua
btn-help = ❓ Aiuto
btn-back = ⬅️ Indietro
btn-menu = 🏠 Menu
btn-cancel = ✖️ Annulla
language-prompt = 🌐 Scegli la tua lingua:
language-changed = ✅ Lingua impostata: italiano.
language-unknown = «{ $code }» non è una lingua che parlo. Scegline una tra queste:
cancel-done = ✖️ Operazione annullata. Non è stata conteggiata nessuna lettura.
# Between a label and its value, spaces included:
dash = {" — "}
# Leaving a step that was not on the way to a reading (birth data, astro chat, admin):
cancel-plain = ✖️ Operazione annullata.
reading-busy = ⏳ Una lettura alla volta: la tua la sto scrivendo proprio adesso. Potrai chiedere la prossima appena arriva.
cancel-reading = ✖️ Interrotta. Quella lettura non verrà scritta e non è stata conteggiata.
cancel-nothing = Non c’è nulla da annullare.
error-generic = 😔 Scusa, qualcosa è andato storto da parte mia. Riprova tra un momento: non è stata conteggiata nessuna lettura.
error-interrupted = 🔄 Mi sono riavviata mentre gestivo il tuo ultimo messaggio. Se non hai ricevuto risposta, invialo di nuovo, per favore.
callback-expired = Questo pulsante non è più valido. Ecco il menu.
rate-limited = ⏳ Stai andando un po’ troppo veloce. Aspetta { $seconds ->
        [one] 1 secondo
       *[other] { $seconds } secondi
    }, per favore.
rate-limited-ai = ⏳ Ogni lettura ha bisogno di un momento di preparazione. Aspetta { $seconds ->
        [one] 1 secondo
       *[other] { $seconds } secondi
    } prima della prossima.
unknown-input = Non ho capito bene. Scegli un’opzione dal menu:
dream-prompt = 💭 Raccontami il tuo sogno con tutti i dettagli che ricordi (massimo { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    }).
dream-too-long = Il tuo testo è lungo { $length ->
        [one] 1 carattere
       *[other] { $length } caratteri
    }, ma il massimo è { $max ->
        [one] 1 carattere
       *[other] { $max } caratteri
    }. Accorcialo e rimandamelo: ti sto ancora ascoltando.
dream-not-text = Raccontami il tuo sogno in un messaggio di testo, per favore.
dream-prompt-voice = 🎙 Oppure raccontamelo con un messaggio vocale (massimo { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minuti
    }).
dream-not-text-or-voice = Raccontami il tuo sogno in un messaggio di testo o vocale, per favore.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>Ho sentito: «{ $text }»</i>
dream-voice-too-long = Questo messaggio vocale dura { $seconds ->
        [one] 1 secondo
       *[other] { $seconds } secondi
    }, ma posso ascoltarne al massimo { $max ->
        [one] 1 secondo
       *[other] { $max } secondi
    }. Raccontamelo in modo più breve oppure scrivimelo: ti sto ancora ascoltando.
dream-voice-unreadable = Non riesco a riprodurre questo file audio. Mandami un messaggio vocale (tieni premuto il pulsante 🎤) oppure scrivi il tuo sogno.
dream-voice-unheard = Al momento non posso ascoltare i messaggi vocali. Scrivimi il tuo sogno, per favore: ti sto ancora ascoltando.
reading-title-dream = 💭 <b>L’interpretazione del tuo sogno</b>
ai-blocked = 😔 Non sono riuscita a interpretarlo. Prova a riformularlo e a inviarlo di nuovo: questa lettura non è stata conteggiata.
ai-failed = 😔 Il servizio di lettura non risponde in questo momento. Riprova tra qualche minuto: questa lettura non è stata conteggiata.
quota-left =
    { $count ->
        [0] Non hai più letture gratuite.
        [one] Ti resta 1 lettura gratuita.
       *[other] Ti restano { $count } letture gratuite.
    }
quota-exhausted =
    🌙 Hai usato { $free ->
        [one] la tua lettura gratuita
       *[other] tutte le tue { $free } letture gratuite
    }.
    Invita gli amici per ricevere letture bonus, oppure scegli un piano per avere letture illimitate:
plan-line = { $plan } — { $price } ⭐ / { $days ->
        [one] 1 giorno
       *[other] { $days } giorni
    }
plan-free = Gratuito
plan-basic = Base
plan-premium = Premium
plan-vip = VIP

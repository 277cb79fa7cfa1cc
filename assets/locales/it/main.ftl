welcome = ✨ Benvenuto su <b>Fal Gram</b>, { $name }!
    Lettura dei fondi di caffè, tarocchi, sogni e astrologia, interpretati per te dall’IA.
    Scegli ciò che desideri dal menu qui sotto.
menu-title = 🔮 <b>Fal Gram</b> — cosa vuoi esplorare?
help =
    <b>Come funziona Fal Gram</b>
    ☕ <b>Caffè</b> — invia una foto della tua tazzina e ricevi una lettura.
    🃏 <b>Tarocchi</b> — pesca una, tre o dieci carte.
    💭 <b>Sogni</b> — descrivi un sogno e ricevi la sua interpretazione.
    ⭐ <b>Astrologia</b> — oroscopi, tema natale, affinità, calendario lunare.

    Hai { $free } letture gratuite; invitando amici ne guadagni altre, e i piani premium le rendono illimitate.

    /menu — menu principale
    /language — cambia lingua
    /cancel — interrompi il passo attuale
    /terms — condizioni d’uso
    /paysupport — assistenza pagamenti
terms =
    <b>Condizioni d’uso</b>
    Fal Gram offre letture a scopo di intrattenimento e riflessione personale. Non sono consulenze professionali (mediche, legali, finanziarie o psicologiche).
    I pagamenti avvengono in Telegram Stars. Un piano premium dura il periodo indicato al momento dell’acquisto.
    Le foto inviate per una lettura vengono passate all’IA e non sono mai conservate. Puoi cancellare i tuoi dati in qualsiasi momento con /forget.
paysupport =
    <b>Assistenza pagamenti</b>
    Se qualcosa è andato storto con un pagamento, scrivi qui cosa è successo e quando hai pagato. Puoi chiedere un rimborso entro { $days } giorni dall’acquisto; un amministratore esamina ogni richiesta.
btn-coffee = ☕ Caffè
btn-tarot = 🃏 Tarocchi
btn-dream = 💭 Sogni
btn-horoscope = ♈ Oroscopo
btn-birth-chart = 🪐 Tema natale
btn-compatibility = 💞 Affinità
btn-moon = 🌙 Calendario lunare
btn-chatbot = 🤖 Chat astrale
btn-premium = 💎 Premium
btn-referral = 🎁 Invita amici
btn-history = 📜 Le mie letture
btn-language = 🌐 Lingua
btn-help = ❓ Aiuto
btn-back = ⬅️ Indietro
btn-menu = 🏠 Menu
btn-cancel = ✖️ Annulla
language-prompt = 🌐 Scegli la tua lingua:
language-changed = ✅ Lingua impostata su italiano.
language-unknown = «{ $code }» non è una lingua che parlo. Scegline una tra queste:
cancel-done = ✖️ Annullato. Non è stato usato nulla.
cancel-nothing = Non c’è niente da annullare.
error-generic = 😔 Spiacenti, qualcosa è andato storto da parte nostra. Riprova tra un momento — non è stato usato nulla.
error-interrupted = 🔄 Il bot si è riavviato mentre gestiva il tuo ultimo messaggio. Se non hai ricevuto risposta, invialo di nuovo, per favore.
callback-expired = Questo pulsante non è più valido. Ecco il menu.
rate-limited = ⏳ Stai andando un po’ veloce. Attendi { $seconds } s, per favore.
rate-limited-ai = ⏳ Le letture richiedono un attimo di preparazione. Attendi { $seconds } s prima della prossima.
unknown-input = Non ho capito bene. Scegli qualcosa dal menu:
dream-prompt = 💭 Raccontami il tuo sogno con tutti i dettagli che ricordi (fino a { $max } caratteri).
dream-too-long = Il tuo testo è lungo { $length } caratteri; il limite è { $max }. Accorcialo e invialo di nuovo — ti ascolto ancora.
dream-not-text = Descrivi il tuo sogno in un messaggio di testo, per favore.
reading-title-dream = 💭 <b>L’interpretazione del tuo sogno</b>
ai-blocked = 😔 Non sono riuscito a interpretarlo. Riformulalo e riprova — la tua lettura non è stata usata.
ai-failed = 😔 Il servizio di lettura non risponde in questo momento. Riprova tra qualche minuto — la tua lettura non è stata usata.
quota-left =
    { $count ->
        [0] Non hai più letture gratuite.
        [one] Ti resta 1 lettura gratuita.
       *[other] Ti restano { $count } letture gratuite.
    }
quota-exhausted =
    🌙 Hai usato le tue { $free } letture gratuite.
    Invita amici per ottenere letture bonus, oppure scegli un piano per letture illimitate:
plan-line = { $plan } — { $price } ⭐ / { $days } giorni
plan-free = Gratuito
plan-basic = Base
plan-premium = Premium
plan-vip = VIP

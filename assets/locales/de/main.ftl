# Messages are Telegram HTML: callers pass variables already escaped.
welcome =
    ✨ Willkommen bei <b>Fal Gram</b>, { $name }!
    Kaffeesatz, Tarot, Träume und Astrologie – von KI für dich gedeutet.
    Wähle unten im Menü, womit du beginnen möchtest.
menu-title = 🔮 <b>Fal Gram</b> – wohin führt dich deine Neugier heute?
help =
    <b>So funktioniert Fal Gram</b>
    ☕ <b>Kaffeesatz</b> – schick ein Foto deiner Tasse und erhalte eine Deutung.
    🃏 <b>Tarot</b> – zieh eine, drei oder zehn Karten.
    💭 <b>Träume</b> – beschreibe einen Traum und erhalte seine Deutung.
    ⭐ <b>Astrologie</b> – Horoskope, Geburtshoroskop, Kompatibilität, Mondkalender.

    Du bekommst { $free ->
        [one] { $free } kostenlose Deutung
       *[other] { $free } kostenlose Deutungen
    }. Durch Einladungen kommen weitere dazu, und mit einem bezahlten Tarif sind deine Deutungen unbegrenzt.

    /menu – Hauptmenü
    /language – Sprache ändern
    /cancel – aktuellen Schritt abbrechen
    /terms – Nutzungsbedingungen
    /paysupport – Hilfe bei Zahlungen
terms =
    <b>Nutzungsbedingungen</b>
    Fal Gram bietet Deutungen zur Unterhaltung und Selbstreflexion; eine professionelle Beratung (medizinisch, rechtlich, finanziell oder psychologisch) ersetzen sie nicht.
    Bezahlt wird mit Telegram Stars. Ein bezahlter Tarif läuft für den Zeitraum, der beim Kauf angezeigt wird.
    Fotos, die du für eine Deutung sendest, gehen an die KI und werden nie gespeichert. Mit /forget kannst du deine Daten jederzeit löschen.
paysupport =
    <b>Hilfe bei Zahlungen</b>
    Wenn bei einer Zahlung etwas schiefgelaufen ist, schildere hier kurz das Problem und wann du bezahlt hast. Eine Erstattung kannst du innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } nach dem Kauf beantragen; jeder Antrag wird von der Administration geprüft.
btn-coffee = ☕ Kaffeesatz
btn-tarot = 🃏 Tarot
btn-dream = 💭 Träume
btn-horoscope = ♈ Horoskop
btn-birth-chart = 🪐 Geburtshoroskop
btn-compatibility = 💞 Kompatibilität
btn-moon = 🌙 Mondkalender
btn-chatbot = 🤖 Astro-Chat
btn-premium = 💎 Premium
btn-referral = 🎁 Freunde einladen
btn-history = 📜 Meine Deutungen
btn-language = 🌐 Sprache
btn-help = ❓ Hilfe
btn-back = ⬅️ Zurück
btn-menu = 🏠 Menü
btn-cancel = ✖️ Abbrechen
language-prompt = 🌐 Wähle deine Sprache:
language-changed = ✅ Die Sprache ist jetzt Deutsch.
language-unknown = „{ $code }“ ist keine Sprache, die ich spreche. Wähle eine dieser Sprachen:
cancel-done = ✖️ Abgebrochen. Es wurde nichts verbraucht.
cancel-nothing = Gerade gibt es nichts abzubrechen.
dash = {" – "}
cancel-plain = ✖️ Abgebrochen.
reading-busy = ⏳ Immer nur eine Deutung auf einmal: Deine wird gerade geschrieben. Sobald sie da ist, kannst du die nächste anfordern.
cancel-reading = ✖️ Gestoppt. Diese Deutung wird nicht geschrieben, und es wurde nichts verbraucht.
error-generic = 😔 Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal – es wurde nichts verbraucht.
error-interrupted = 🔄 Ich wurde neu gestartet, während ich deine letzte Nachricht bearbeitet habe. Falls keine Antwort kam, schick sie bitte noch einmal.
callback-expired = Dieser Button ist nicht mehr aktiv. Hier ist das Menü.
rate-limited = ⏳ Du bist gerade etwas schnell unterwegs. Bitte warte { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }.
rate-limited-ai = ⏳ Eine Deutung braucht einen Moment. Bitte warte { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }, bevor du die nächste startest.
unknown-input = Das habe ich nicht ganz verstanden. Wähle etwas aus dem Menü:
dream-prompt = 💭 Erzähl mir deinen Traum – so ausführlich, wie du dich erinnerst (bis zu { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    }).
dream-too-long = Dein Text hat { $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    }, erlaubt sind höchstens { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    }. Bitte kürze ihn und schick ihn noch einmal – ich höre dir weiter zu.
dream-not-text = Bitte beschreibe deinen Traum in einer Textnachricht.
dream-prompt-voice = 🎙 Oder erzähl ihn mir in einer Sprachnachricht (bis zu { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }).
dream-not-text-or-voice = Bitte erzähl mir deinen Traum in einer Text- oder Sprachnachricht.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>Das habe ich verstanden: „{ $text }“</i>
dream-voice-too-long = Diese Sprachnachricht ist { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } lang; ich kann mir höchstens { $max ->
        [one] { $max } Sekunde
       *[other] { $max } Sekunden
    } anhören. Bitte fass dich kürzer oder schreib mir deinen Traum – ich höre dir weiter zu.
dream-voice-unreadable = Diese Audiodatei kann ich nicht abspielen. Bitte schick mir eine Sprachnachricht (halte dazu den 🎤-Button gedrückt) oder schreib mir deinen Traum.
dream-voice-unheard = Sprachnachrichten kann ich mir gerade nicht anhören. Bitte schreib mir deinen Traum stattdessen – ich höre dir weiter zu.
reading-title-dream = 💭 <b>Deine Traumdeutung</b>
ai-blocked = 😔 Das konnte ich leider nicht deuten. Bitte formuliere es anders und versuch es noch einmal – deine Deutung wurde nicht verbraucht.
ai-failed = 😔 Der Deutungsdienst antwortet gerade nicht. Bitte versuch es in ein paar Minuten noch einmal – deine Deutung wurde nicht verbraucht.
quota-left =
    { $count ->
        [0] Du hast keine kostenlosen Deutungen mehr.
        [one] Du hast noch { $count } kostenlose Deutung.
       *[other] Du hast noch { $count } kostenlose Deutungen.
    }
quota-exhausted =
    🌙 Du hast { $free ->
        [one] deine kostenlose Deutung
       *[other] deine { $free } kostenlosen Deutungen
    } verbraucht.
    Lade Freunde ein und sammle Bonus-Deutungen – oder wähle einen Tarif für unbegrenzte Deutungen:
plan-line = { $plan } – { $price } ⭐ für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
plan-free = Free
plan-basic = Basic
plan-premium = Premium
plan-vip = VIP

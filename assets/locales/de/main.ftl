welcome = ✨ Willkommen bei <b>Fal Gram</b>, { $name }!
    Kaffeesatzlesen, Tarot, Traumdeutung und Astrologie — von KI für dich gedeutet.
    Wähle im Menü unten, was dich interessiert.
menu-title = 🔮 <b>Fal Gram</b> — was möchtest du entdecken?
help =
    <b>So funktioniert Fal Gram</b>
    ☕ <b>Kaffee</b> — schick ein Foto deiner Tasse und erhalte eine Deutung.
    🃏 <b>Tarot</b> — zieh eine, drei oder zehn Karten.
    💭 <b>Träume</b> — beschreibe einen Traum und erhalte seine Deutung.
    ⭐ <b>Astrologie</b> — Horoskope, Geburtshoroskop, Partnerschaft, Mondkalender.

    Du hast { $free } kostenlose Deutungen; wer Freunde einlädt, bekommt mehr, und Premium-Pläne machen sie unbegrenzt.

    /menu — Hauptmenü
    /language — Sprache ändern
    /cancel — aktuellen Schritt abbrechen
    /terms — Nutzungsbedingungen
    /paysupport — Hilfe zu Zahlungen
terms =
    <b>Nutzungsbedingungen</b>
    Fal Gram bietet Deutungen zur Unterhaltung und Selbstreflexion. Sie ersetzen keine professionelle Beratung (medizinisch, rechtlich, finanziell oder psychologisch).
    Bezahlt wird mit Telegram Stars. Ein Premium-Plan gilt für den beim Kauf angezeigten Zeitraum.
    Fotos, die du für eine Deutung sendest, gehen an die KI und werden nie gespeichert. Deine Daten kannst du jederzeit mit /forget löschen.
paysupport =
    <b>Hilfe zu Zahlungen</b>
    Wenn bei einer Zahlung etwas schiefgelaufen ist, schreib hier, was passiert ist und wann du bezahlt hast. Innerhalb von { $days } Tagen nach dem Kauf kannst du eine Erstattung beantragen; jede Anfrage prüft ein Administrator.
btn-coffee = ☕ Kaffeesatz
btn-tarot = 🃏 Tarot
btn-dream = 💭 Träume
btn-horoscope = ♈ Horoskop
btn-birth-chart = 🪐 Geburtshoroskop
btn-compatibility = 💞 Partnerschaft
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
language-changed = ✅ Sprache auf Deutsch umgestellt.
language-unknown = „{ $code }“ ist keine Sprache, die ich spreche. Wähle eine dieser:
cancel-done = ✖️ Abgebrochen. Es wurde nichts verbraucht.
cancel-nothing = Es gibt nichts abzubrechen.
error-generic = 😔 Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal — es wurde nichts verbraucht.
error-interrupted = 🔄 Der Bot wurde neu gestartet, während er deine letzte Nachricht bearbeitete. Falls keine Antwort kam, schick sie bitte noch einmal.
callback-expired = Diese Schaltfläche ist nicht mehr gültig. Hier ist das Menü.
rate-limited = ⏳ Du bist etwas schnell. Bitte warte { $seconds } s.
rate-limited-ai = ⏳ Eine Deutung braucht einen Moment. Bitte warte { $seconds } s bis zur nächsten.
unknown-input = Das habe ich nicht ganz verstanden. Wähle etwas aus dem Menü:
dream-prompt = 💭 Erzähl mir deinen Traum so genau, wie du dich erinnerst (bis zu { $max } Zeichen).
dream-too-long = Dein Text hat { $length } Zeichen; erlaubt sind { $max }. Bitte kürze ihn und schick ihn noch einmal — ich höre weiter zu.
dream-not-text = Bitte beschreibe deinen Traum in einer Textnachricht.
reading-title-dream = 💭 <b>Die Deutung deines Traums</b>
ai-blocked = 😔 Das konnte ich nicht deuten. Bitte formuliere es anders und versuch es noch einmal — deine Deutung wurde nicht verbraucht.
ai-failed = 😔 Der Deutungsdienst antwortet gerade nicht. Bitte versuch es in ein paar Minuten noch einmal — deine Deutung wurde nicht verbraucht.
quota-left =
    { $count ->
        [0] Du hast keine kostenlosen Deutungen mehr.
        [one] Du hast noch 1 kostenlose Deutung.
       *[other] Du hast noch { $count } kostenlose Deutungen.
    }
quota-exhausted =
    🌙 Du hast deine { $free } kostenlosen Deutungen verbraucht.
    Lade Freunde ein, um Bonus-Deutungen zu erhalten, oder wähle einen Plan für unbegrenzte Deutungen:
plan-line = { $plan } — { $price } ⭐ / { $days } Tage
plan-free = Kostenlos
plan-basic = Basis
plan-premium = Premium
plan-vip = VIP

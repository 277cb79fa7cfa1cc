# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Wähle eine Legung oder schau dir deine Tageskarte an:
btn-spread-one = 🂠 Eine Karte
btn-spread-three = 🔮 Vergangenheit · Gegenwart · Zukunft
btn-spread-celtic = ✨ Keltisches Kreuz (10 Karten)
btn-daily-card = 🌅 Tageskarte
btn-draw-now = 🃏 Jetzt ziehen
spread-one = Eine Karte
spread-three = Vergangenheit · Gegenwart · Zukunft
spread-celtic = Keltisches Kreuz
tarot-question =
    🃏 <b>{ $spread }</b>

    Denk an deine Frage und schick sie mir (bis zu { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    }) – oder tippe auf „Jetzt ziehen“.
tarot-question-text = Bitte schreib deine Frage als Text (bis zu { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    }) oder tippe auf „Jetzt ziehen“.
tarot-question-line = <i>Deine Frage: { $question }</i>
pos-card = Deine Karte
pos-past = Vergangenheit
pos-present = Gegenwart
pos-future = Zukunft
pos-situation = Ausgangslage
pos-challenge = Herausforderung
pos-foundation = Grundlage
pos-recent-past = Jüngste Vergangenheit
pos-crown = Ziel
pos-near-future = Nahe Zukunft
pos-self = Du selbst
pos-environment = Umfeld
pos-hopes-fears = Hoffnungen und Ängste
pos-outcome = Ergebnis
upright = aufrecht
reversed = umgekehrt
daily-card-title = 🌅 <b>Deine Tageskarte</b> – { $date }
btn-dream-followup = ❓ Frage zu diesem Traum stellen
dream-followup-prompt = ❓ Welche Frage hast du zu diesem Traum? (bis zu { $max ->
        [one] { $max } Zeichen
       *[other] { $max } Zeichen
    })
reading-title-dream-followup = 💭 <b>Mehr zu deinem Traum</b>
btn-share-x = 𝕏 Auf X teilen
btn-share-telegram = ✈️ Auf Telegram teilen
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind =
    { $kind ->
        [coffee] Kaffeesatzdeutung
        [tarot] Tarotdeutung
        [dream] Traumdeutung
        [daily_card] Tageskarte
        [daily_horoscope] Tageshoroskop
        [weekly_horoscope] Wochenhoroskop
        [monthly_horoscope] Monatshoroskop
        [birth_chart] Geburtshoroskop
        [compatibility] Kompatibilität
        [astro_chatbot] Astro-Chat
        [moon] Botschaft des Mondes
        [solar_return] Solarhoroskop
       *[other] Deutung
    }
# What a shared reading says, per kind.
share-text =
    { $kind ->
        [coffee] Meine Kaffeesatzdeutung bei Fal Gram hat mich überrascht ✨ Probier es selbst aus:
        [tarot] Meine Tarotdeutung bei Fal Gram hat mich überrascht ✨ Probier es selbst aus:
        [dream] Fal Gram hat meinen Traum gedeutet – und mich damit überrascht ✨ Probier es selbst aus:
        [daily_card] Meine Tageskarte bei Fal Gram hat mich überrascht ✨ Zieh deine eigene:
        [daily_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies dein eigenes:
        [weekly_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies dein eigenes:
        [monthly_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies dein eigenes:
        [birth_chart] Fal Gram hat mein Geburtshoroskop gedeutet – und mich damit überrascht ✨ Probier es selbst aus:
        [compatibility] Fal Gram hat unsere Kompatibilität gedeutet – und mich damit überrascht ✨ Probier es selbst aus:
        [solar_return] Fal Gram hat mein Solar gedeutet und mir gezeigt, was mein neues Lebensjahr bringt ✨ Probier es selbst aus:
       *[other] Meine Deutung bei Fal Gram hat mich überrascht ✨ Probier es selbst aus:
    }

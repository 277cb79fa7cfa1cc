# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Wähle eine Legung oder sieh dir deine Tageskarte an:
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

    Denk an deine Frage und schick sie mir (bis zu { $max } Zeichen) oder tippe auf „Jetzt ziehen“.
tarot-question-text = Bitte schreib deine Frage als Text (bis zu { $max } Zeichen) oder tippe auf „Jetzt ziehen“.
tarot-question-line = <i>Deine Frage: { $question }</i>
pos-card = Deine Karte
pos-past = Vergangenheit
pos-present = Gegenwart
pos-future = Zukunft
pos-situation = Situation
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
daily-card-title = 🌅 <b>Deine Tageskarte</b> — { $date }
btn-dream-followup = ❓ Zu diesem Traum fragen
dream-followup-prompt = ❓ Was möchtest du über diesen Traum wissen? (bis zu { $max } Zeichen)
reading-title-dream-followup = 💭 <b>Zu deinem Traum</b>
btn-share-x = 𝕏 Auf X teilen
btn-share-telegram = ✈️ Auf Telegram teilen
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Kaffeesatzlesen
    [tarot] Tarot-Legung
    [dream] Traumdeutung
    [daily_card] Tageskarte
    [daily_horoscope] Tageshoroskop
    [weekly_horoscope] Wochenhoroskop
    [monthly_horoscope] Monatshoroskop
    [birth_chart] Geburtshoroskop
    [compatibility] Partnerhoroskop
    [astro_chatbot] Astro-Chat
    [moon] Mondkommentar
   *[other] Deutung
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Meine Kaffeesatzdeutung bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
    [tarot] Meine Tarot-Legung bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
    [dream] Meine Traumdeutung bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
    [daily_card] Meine Tageskarte bei Fal Gram hat mich überrascht ✨ Zieh deine:
    [daily_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies deins:
    [weekly_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies deins:
    [monthly_horoscope] Mein Horoskop bei Fal Gram hat mich überrascht ✨ Lies deins:
    [birth_chart] Mein Geburtshoroskop bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
    [compatibility] Unser Partnerhoroskop bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
   *[other] Meine Deutung bei Fal Gram hat mich überrascht ✨ Probier’s selbst:
}

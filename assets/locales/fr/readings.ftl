# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Choisis un tirage, ou découvre ta carte du jour :
btn-spread-one = 🂠 Une carte
btn-spread-three = 🔮 Passé · Présent · Avenir
btn-spread-celtic = ✨ Croix celtique (10 cartes)
btn-daily-card = 🌅 Carte du jour
btn-draw-now = 🃏 Tirer maintenant
spread-one = Tirage à une carte
spread-three = Passé · Présent · Avenir
spread-celtic = Croix celtique
tarot-question =
    🃏 <b>{ $spread }</b>

    Pense à ta question et envoie-la-moi (jusqu’à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }), ou appuie sur « Tirer maintenant ».
tarot-question-text = Écris ta question sous forme de texte (jusqu’à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }), ou appuie sur « Tirer maintenant ».
tarot-question-line = <i>Ta question : { $question }</i>
pos-card = Ta carte
pos-past = Passé
pos-present = Présent
pos-future = Avenir
pos-situation = Situation
pos-challenge = Obstacle
pos-foundation = Fondement
pos-recent-past = Passé récent
pos-crown = Objectif
pos-near-future = Avenir proche
pos-self = Toi-même
pos-environment = Entourage
pos-hopes-fears = Espoirs et craintes
pos-outcome = Issue
upright = à l’endroit
reversed = à l’envers
daily-card-title = 🌅 <b>Ta carte du jour</b> — { $date }
btn-dream-followup = ❓ Poser une question sur ce rêve
dream-followup-prompt = ❓ Que veux-tu savoir sur ce rêve ? (jusqu’à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    })
reading-title-dream-followup = 💭 <b>À propos de ton rêve</b>
btn-share-x = 𝕏 Partager sur X
btn-share-telegram = ✈️ Partager sur Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Lecture du marc de café
    [tarot] Tirage de tarot
    [dream] Interprétation de rêve
    [daily_card] Carte du jour
    [daily_horoscope] Horoscope du jour
    [weekly_horoscope] Horoscope de la semaine
    [monthly_horoscope] Horoscope du mois
    [birth_chart] Thème natal
    [compatibility] Compatibilité
    [astro_chatbot] Chat astro
    [moon] Message de la Lune
    [solar_return] Révolution solaire
   *[other] Lecture
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Fal Gram a lu dans mon marc de café, et je n’en reviens pas ✨ Essaie à ton tour :
    [tarot] J’ai fait un tirage de tarot sur Fal Gram, et je n’en reviens pas ✨ Essaie à ton tour :
    [dream] Fal Gram a interprété mon rêve, et je n’en reviens pas ✨ Essaie à ton tour :
    [daily_card] J’ai tiré ma carte du jour sur Fal Gram, et je n’en reviens pas ✨ Tire la tienne :
    [daily_horoscope] J’ai lu mon horoscope sur Fal Gram, et je n’en reviens pas ✨ Lis le tien :
    [weekly_horoscope] J’ai lu mon horoscope sur Fal Gram, et je n’en reviens pas ✨ Lis le tien :
    [monthly_horoscope] J’ai lu mon horoscope sur Fal Gram, et je n’en reviens pas ✨ Lis le tien :
    [birth_chart] Fal Gram a lu mon thème natal, et je n’en reviens pas ✨ Essaie avec le tien :
    [compatibility] Fal Gram a analysé notre compatibilité, et je n’en reviens pas ✨ Teste la tienne :
    [solar_return] Fal Gram a lu mon année à venir dans ma révolution solaire, et je n’en reviens pas ✨ Découvre la tienne :
   *[other] J’ai fait une lecture sur Fal Gram, et je n’en reviens pas ✨ Essaie à ton tour :
}

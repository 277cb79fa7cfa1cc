# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Choisissez un tirage, ou découvrez votre carte du jour :
btn-spread-one = 🂠 Une carte
btn-spread-three = 🔮 Passé · Présent · Avenir
btn-spread-celtic = ✨ Croix celtique (10 cartes)
btn-daily-card = 🌅 Carte du jour
btn-draw-now = 🃏 Tirer maintenant
spread-one = Une carte
spread-three = Passé · Présent · Avenir
spread-celtic = Croix celtique
tarot-question =
    🃏 <b>{ $spread }</b>

    Pensez à votre question et envoyez-la-moi (jusqu’à { $max } caractères), ou touchez « Tirer maintenant ».
tarot-question-text = Écrivez votre question en texte (jusqu’à { $max } caractères), ou touchez « Tirer maintenant ».
tarot-question-line = <i>Votre question : { $question }</i>
pos-card = Votre carte
pos-past = Passé
pos-present = Présent
pos-future = Avenir
pos-situation = Situation
pos-challenge = Obstacle
pos-foundation = Fondation
pos-recent-past = Passé récent
pos-crown = Objectif
pos-near-future = Avenir proche
pos-self = Vous
pos-environment = Entourage
pos-hopes-fears = Espoirs et craintes
pos-outcome = Issue
upright = à l’endroit
reversed = renversée
daily-card-title = 🌅 <b>Votre carte du jour</b> — { $date }
btn-dream-followup = ❓ Poser une question sur ce rêve
dream-followup-prompt = ❓ Que voulez-vous savoir sur ce rêve ? (jusqu’à { $max } caractères)
reading-title-dream-followup = 💭 <b>À propos de votre rêve</b>
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
    [birth_chart] Thème astral
    [compatibility] Compatibilité
    [astro_chatbot] Chat astro
    [moon] Commentaire lunaire
   *[other] Lecture
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Ma lecture du marc de café sur Fal Gram est bluffante ✨ Essaie la tienne :
    [tarot] Mon tirage de tarot sur Fal Gram est bluffant ✨ Essaie le tien :
    [dream] L’interprétation de mon rêve sur Fal Gram est bluffante ✨ Essaie la tienne :
    [daily_card] Ma carte du jour sur Fal Gram est bluffante ✨ Tire la tienne :
    [daily_horoscope] Mon horoscope sur Fal Gram est bluffant ✨ Lis le tien :
    [weekly_horoscope] Mon horoscope sur Fal Gram est bluffant ✨ Lis le tien :
    [monthly_horoscope] Mon horoscope sur Fal Gram est bluffant ✨ Lis le tien :
    [birth_chart] La lecture de mon thème astral sur Fal Gram est bluffante ✨ Essaie la tienne :
    [compatibility] Notre compatibilité selon Fal Gram est bluffante ✨ Essaie la tienne :
   *[other] Ma lecture sur Fal Gram est bluffante ✨ Essaie la tienne :
}

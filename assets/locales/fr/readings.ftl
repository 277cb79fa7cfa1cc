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
kind-coffee = marc de café
kind-tarot = tarot
kind-dream = rêve
kind-daily-card = carte du jour
share-text = Ma lecture ({ $kind }) sur Fal Gram m’a surpris ✨ Essayez la vôtre :
btn-share-x = 𝕏 Partager sur X
btn-share-telegram = ✈️ Partager sur Telegram

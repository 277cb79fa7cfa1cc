# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Le ciel du { $first } au { $last } (zodiaque tropical, calculé) :
fact-position = { $body } : { $sign } { $degrees }
fact-retrograde = rétrograde
fact-house = maison { $house }
fact-enters = entre en { $sign } le { $date }
fact-phase = { $phase } : { $date }
fact-ascendant = Ascendant : { $sign } { $degrees }
fact-midheaven = Milieu du Ciel : { $sign } { $degrees }
fact-no-birth-time = Heure de naissance inconnue : pas d’Ascendant, de Milieu du Ciel ni de maisons ; ne les interprète pas.
fact-aspects = Aspects :
fact-aspect = { $first } { $aspect } { $second } (orbe { $orb }°)
fact-synastry-aspect = { $mine } (moi) { $aspect } { $theirs } (l’autre personne) (orbe { $orb }°)
fact-sign-pair = Éléments : { $first_element } et { $second_element } ; modes : { $first_modality } et { $second_modality }. Paire de signes seulement, sans thèmes natals.
fact-card = { $position } : { $card } ({ $orientation }) ; { $keywords }
ai-ask-tarot = Pas de question précise : je cherche un éclairage général.
ai-ask-daily-card = Ma carte du jour.
ai-ask-cup = Cette photo montre ma tasse.
ai-ask-cup-saucer = La première photo montre ma tasse, la seconde ma soucoupe.
ai-ask-moon = Que m’apporte la Lune aujourd’hui ?

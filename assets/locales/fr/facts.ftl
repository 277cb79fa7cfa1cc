# The computed facts handed to the AI inside its instructions, in the user’s language, and
# what the user’s turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Le ciel du { $first } au { $last } (zodiaque tropical, positions calculées) :
fact-position = { $body } en { $sign } à { $degrees }
fact-retrograde = rétrograde
fact-house = maison { $house }
fact-enters = entre en { $sign } le { $date }
fact-phase = { $phase } le { $date }
fact-station = { $body } { $direction ->
        [retrograde] devient rétrograde
       *[direct] reprend sa marche directe
    } le { $date }, en { $sign } à { $degree }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Éclipse totale de Soleil
            [annular] Éclipse annulaire de Soleil
            [hybrid] Éclipse hybride de Soleil
           *[partial] Éclipse partielle de Soleil
        }
       *[lunar] { $type ->
            [total] Éclipse totale de Lune
            [partial] Éclipse partielle de Lune
           *[penumbral] Éclipse pénombrale de Lune
        }
    } le { $date }, en { $sign } à { $degree }
fact-ascendant = Ascendant en { $sign } à { $degrees }
fact-midheaven = Milieu du Ciel en { $sign } à { $degrees }
fact-no-birth-time = Heure de naissance inconnue : l’Ascendant, le Milieu du Ciel et les maisons ne sont pas connus ; ne les interprète pas.
fact-aspects = Aspects :
fact-aspect = { $first } { $aspect } { $second } (orbe de { $orb }°)
fact-synastry-aspect = { $mine } (mon thème) { $aspect } { $theirs } (thème de l’autre personne), orbe de { $orb }°
fact-sign-pair = Éléments : { $first_element } et { $second_element } ; modes : { $first_modality } et { $second_modality }. Comparaison des deux signes uniquement, sans thème natal.
fact-card = { $position } : { $card } ({ $orientation }) ; mots-clés : { $keywords }
ai-ask-tarot = Pas de question précise : je cherche un éclairage général.
ai-ask-daily-card = Ma carte du jour.
ai-ask-cup = Voici la photo de ma tasse.
ai-ask-cup-saucer = La première photo montre ma tasse, la seconde ma soucoupe.
ai-ask-moon = Que m’apporte la Lune aujourd’hui ?

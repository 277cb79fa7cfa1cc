# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Il cielo nel periodo { $first } – { $last } (zodiaco tropicale, posizioni calcolate):
fact-position = { $body } in { $sign } { $degrees }
fact-retrograde = in moto retrogrado
fact-house = in casa { $house }
fact-enters = entra in { $sign } il { $date }
fact-phase = { $phase }: { $date }
fact-station = { $body } { $direction ->
        [retrograde] entra in moto retrogrado
       *[direct] riprende il moto diretto
    } il { $date }, in { $sign } { $degree }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Eclissi solare totale
            [annular] Eclissi solare anulare
            [hybrid] Eclissi solare ibrida
           *[partial] Eclissi solare parziale
        }
       *[lunar] { $type ->
            [total] Eclissi lunare totale
            [partial] Eclissi lunare parziale
           *[penumbral] Eclissi lunare penombrale
        }
    } il { $date }, in { $sign } { $degree }
fact-ascendant = Ascendente in { $sign } { $degrees }
fact-midheaven = Medio Cielo in { $sign } { $degrees }
fact-no-birth-time = Ora di nascita sconosciuta: Ascendente, Medio Cielo e case non sono disponibili; non interpretarli.
fact-aspects = Aspetti:
fact-aspect = { $first } in { $aspect } con { $second } (orbita { $orb }°)
fact-synastry-aspect = { $mine } del mio tema in { $aspect } con { $theirs } del tema dell’altra persona (orbita { $orb }°)
fact-sign-pair = Elementi: { $first_element } e { $second_element }; modalità: { $first_modality } e { $second_modality }. Solo la coppia di segni, senza temi natali.
fact-card = { $position }: { $card } ({ $orientation }); parole chiave: { $keywords }
ai-ask-tarot = Nessuna domanda precisa: vorrei un consiglio generale.
ai-ask-daily-card = La mia carta del giorno.
ai-ask-cup = In questa foto c’è la mia tazzina.
ai-ask-cup-saucer = Nella prima foto c’è la mia tazzina, nella seconda il piattino.
ai-ask-moon = Che cosa mi porta la Luna di oggi?

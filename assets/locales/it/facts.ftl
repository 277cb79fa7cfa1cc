# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Il cielo dal { $first } al { $last } (zodiaco tropicale, calcolato):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retrogrado
fact-house = casa { $house }
fact-enters = entra in { $sign } il { $date }
fact-phase = { $phase }: { $date }
fact-ascendant = Ascendente: { $sign } { $degrees }
fact-midheaven = Medio Cielo: { $sign } { $degrees }
fact-no-birth-time = Ora di nascita sconosciuta: niente Ascendente, Medio Cielo né case; non interpretarli.
fact-aspects = Aspetti:
fact-aspect = { $first } { $aspect } { $second } (orbita { $orb }°)
fact-synastry-aspect = { $mine } (io) { $aspect } { $theirs } (l’altra persona) (orbita { $orb }°)
fact-sign-pair = Elementi: { $first_element } e { $second_element }; modalità: { $first_modality } e { $second_modality }. Solo la coppia di segni, senza temi natali.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Nessuna domanda precisa: cerco un consiglio generale.
ai-ask-daily-card = La mia carta del giorno.
ai-ask-cup = In questa foto c’è la mia tazzina.
ai-ask-cup-saucer = Nella prima foto c’è la mia tazzina, nella seconda il piattino.
ai-ask-moon = Che cosa mi porta la Luna oggi?

# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = El cielo del { $first } al { $last } (zodiaco tropical, posiciones calculadas):
fact-position = { $body } en { $sign } { $degrees }
fact-retrograde = en movimiento retrógrado
fact-house = casa { $house }
fact-enters = entra en { $sign } el { $date }
fact-phase = { $phase } el { $date }
fact-station = { $body } se pone { $direction ->
        [retrograde] retrógrado
       *[direct] directo
    } el { $date } a { $degree } de { $sign }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Eclipse solar total
            [annular] Eclipse solar anular
            [hybrid] Eclipse solar híbrido
           *[partial] Eclipse solar parcial
        }
       *[lunar] { $type ->
            [total] Eclipse lunar total
            [partial] Eclipse lunar parcial
           *[penumbral] Eclipse lunar penumbral
        }
    } el { $date } a { $degree } de { $sign }
fact-ascendant = Ascendente en { $sign } { $degrees }
fact-midheaven = Medio Cielo en { $sign } { $degrees }
fact-no-birth-time = Hora de nacimiento desconocida: no hay Ascendente, Medio Cielo ni casas, así que no los interpretes.
fact-aspects = Aspectos:
fact-aspect = { $first } { $aspect } { $second } (orbe de { $orb }°)
fact-synastry-aspect = mi { $mine } en { $aspect } con su { $theirs } (orbe de { $orb }°)
fact-sign-pair = Elementos: { $first_element } y { $second_element }; modalidades: { $first_modality } y { $second_modality }. Solo se comparan los dos signos, sin cartas natales.
fact-card = { $position }: { $card } ({ $orientation }); palabras clave: { $keywords }
ai-ask-tarot = Quiero una orientación general, sin una pregunta concreta.
ai-ask-daily-card = Mi carta del día.
ai-ask-cup = En esta foto está mi taza.
ai-ask-cup-saucer = En la primera foto está mi taza y en la segunda, el platillo.
ai-ask-moon = ¿Qué me trae la Luna hoy?

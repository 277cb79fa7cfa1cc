# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = El cielo del { $first } al { $last } (zodíaco tropical, calculado):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retrógrado
fact-house = casa { $house }
fact-enters = entra en { $sign } el { $date }
fact-phase = { $phase }: { $date }
fact-ascendant = Ascendente: { $sign } { $degrees }
fact-midheaven = Medio Cielo: { $sign } { $degrees }
fact-no-birth-time = Hora de nacimiento desconocida: no hay Ascendente, Medio Cielo ni casas; no los interpretes.
fact-aspects = Aspectos:
fact-aspect = { $first } { $aspect } { $second } (orbe { $orb }°)
fact-synastry-aspect = { $mine } (yo) { $aspect } { $theirs } (la otra persona) (orbe { $orb }°)
fact-sign-pair = Elementos: { $first_element } y { $second_element }; modalidades: { $first_modality } y { $second_modality }. Solo la pareja de signos, sin cartas natales.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Sin una pregunta concreta: busco una orientación general.
ai-ask-daily-card = Mi carta del día.
ai-ask-cup = En esta foto está mi taza.
ai-ask-cup-saucer = En la primera foto está mi taza; en la segunda, el plato.
ai-ask-moon = ¿Qué me trae la Luna de hoy?

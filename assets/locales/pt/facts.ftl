# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = O céu de { $first } a { $last } (zodíaco tropical, calculado):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retrógrado
fact-house = casa { $house }
fact-enters = entra em { $sign } em { $date }
fact-phase = { $phase }: { $date }
fact-ascendant = Ascendente: { $sign } { $degrees }
fact-midheaven = Meio do Céu: { $sign } { $degrees }
fact-no-birth-time = Horário de nascimento desconhecido: não há Ascendente, Meio do Céu nem casas; não os interprete.
fact-aspects = Aspectos:
fact-aspect = { $first } { $aspect } { $second } (orbe { $orb }°)
fact-synastry-aspect = { $mine } (eu) { $aspect } { $theirs } (a outra pessoa) (orbe { $orb }°)
fact-sign-pair = Elementos: { $first_element } e { $second_element }; modalidades: { $first_modality } e { $second_modality }. Só o par de signos, sem mapas natais.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Sem uma pergunta específica: quero uma orientação geral.
ai-ask-daily-card = Minha carta do dia.
ai-ask-cup = Nesta foto está a minha xícara.
ai-ask-cup-saucer = Na primeira foto está a minha xícara; na segunda, o pires.
ai-ask-moon = O que a Lua de hoje traz para mim?

# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = O céu de { $first } a { $last } (zodíaco tropical, posições calculadas):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retrógrado
fact-house = casa { $house }
fact-enters = entra em { $sign } no dia { $date }
fact-phase = { $phase }: { $date }
fact-station = { $body } { $direction ->
        [retrograde] inicia o movimento retrógrado
       *[direct] retoma o movimento direto
    } no dia { $date }, em { $degree } de { $sign }
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
    } no dia { $date }, em { $degree } de { $sign }
fact-ascendant = Ascendente: { $sign } { $degrees }
fact-midheaven = Meio do Céu: { $sign } { $degrees }
fact-no-birth-time = Hora de nascimento desconhecida: não há Ascendente, Meio do Céu nem casas — não os interprete.
fact-aspects = Aspectos:
fact-aspect = { $first } { $aspect } { $second } (orbe { $orb }°)
fact-synastry-aspect = { $mine } do meu mapa em { $aspect } com { $theirs } do mapa da outra pessoa (orbe { $orb }°)
fact-sign-pair = Elementos: { $first_element } e { $second_element }; modalidades: { $first_modality } e { $second_modality }. Apenas o par de signos, sem mapas astrais.
fact-card = { $position }: { $card } ({ $orientation }); palavras-chave: { $keywords }
ai-ask-tarot = Não tenho uma pergunta específica: quero uma orientação geral.
ai-ask-daily-card = Minha carta do dia.
ai-ask-cup = Esta foto mostra a minha xícara.
ai-ask-cup-saucer = A primeira foto mostra a minha xícara; a segunda, o pires.
ai-ask-moon = O que a Lua de hoje traz?

# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarô</b>
    Escolha uma tiragem ou veja sua carta do dia:
btn-spread-one = 🂠 Uma carta
btn-spread-three = 🔮 Passado · Presente · Futuro
btn-spread-celtic = ✨ Cruz Celta (10 cartas)
btn-daily-card = 🌅 Carta do dia
btn-draw-now = 🃏 Tirar agora
spread-one = Uma carta
spread-three = Passado · Presente · Futuro
spread-celtic = Cruz Celta
tarot-question =
    🃏 <b>{ $spread }</b>

    Pense na sua pergunta e escreva para mim (até { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }) ou toque em “Tirar agora”.
tarot-question-text = Por favor, escreva sua pergunta em texto (até { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }) ou toque em “Tirar agora”.
tarot-question-line = <i>Sua pergunta: { $question }</i>
pos-card = Sua carta
pos-past = Passado
pos-present = Presente
pos-future = Futuro
pos-situation = Situação
pos-challenge = Desafio
pos-foundation = Base
pos-recent-past = Passado recente
pos-crown = Objetivo
pos-near-future = Futuro próximo
pos-self = Você
pos-environment = Ambiente
pos-hopes-fears = Esperanças e medos
pos-outcome = Resultado
upright = em posição normal
reversed = em posição invertida
daily-card-title = 🌅 <b>Sua carta do dia</b> — { $date }
btn-dream-followup = ❓ Perguntar sobre este sonho
dream-followup-prompt = ❓ O que você quer saber sobre este sonho? (até { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    })
reading-title-dream-followup = 💭 <b>Sobre o seu sonho</b>
btn-share-x = 𝕏 Compartilhar no X
btn-share-telegram = ✈️ Compartilhar no Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind =
    { $kind ->
        [coffee] Leitura da borra de café
        [tarot] Leitura de tarô
        [dream] Interpretação de sonho
        [daily_card] Carta do dia
        [daily_horoscope] Horóscopo do dia
        [weekly_horoscope] Horóscopo da semana
        [monthly_horoscope] Horóscopo do mês
        [birth_chart] Mapa astral
        [compatibility] Compatibilidade
        [astro_chatbot] Chat astral
        [moon] Mensagem da Lua
        [solar_return] Revolução solar
       *[other] Leitura
    }
# What a shared reading says, per kind.
share-text =
    { $kind ->
        [coffee] Minha leitura da borra de café no Fal Gram me surpreendeu ✨ Faça a sua:
        [tarot] Minha leitura de tarô no Fal Gram me surpreendeu ✨ Faça a sua:
        [dream] O Fal Gram interpretou meu sonho e me surpreendeu ✨ Experimente também:
        [daily_card] Minha carta do dia no Fal Gram me surpreendeu ✨ Tire a sua:
        [daily_horoscope] Meu horóscopo no Fal Gram me surpreendeu ✨ Leia o seu:
        [weekly_horoscope] Meu horóscopo no Fal Gram me surpreendeu ✨ Leia o seu:
        [monthly_horoscope] Meu horóscopo no Fal Gram me surpreendeu ✨ Leia o seu:
        [birth_chart] O Fal Gram leu meu mapa astral e me surpreendeu ✨ Faça o seu:
        [compatibility] O Fal Gram analisou a nossa compatibilidade e me surpreendeu ✨ Descubra a sua:
        [solar_return] O Fal Gram leu na minha revolução solar o que o meu novo ciclo reserva ✨ Descubra a sua:
       *[other] Minha leitura no Fal Gram me surpreendeu ✨ Faça a sua:
    }

# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarô</b>
    Escolha uma tiragem ou veja a sua carta do dia:
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

    Pense na sua pergunta e envie para mim (até { $max } caracteres), ou toque em “Tirar agora”.
tarot-question-text = Escreva sua pergunta como texto (até { $max } caracteres), ou toque em “Tirar agora”.
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
upright = direita
reversed = invertida
daily-card-title = 🌅 <b>Sua carta do dia</b> — { $date }
btn-dream-followup = ❓ Perguntar sobre este sonho
dream-followup-prompt = ❓ O que você quer saber sobre este sonho? (até { $max } caracteres)
reading-title-dream-followup = 💭 <b>Sobre o seu sonho</b>
kind-coffee = café
kind-tarot = tarô
kind-dream = sonho
kind-daily-card = carta do dia
share-text = Minha leitura de { $kind } no Fal Gram me surpreendeu ✨ Experimente a sua:
btn-share-x = 𝕏 Compartilhar no X
btn-share-telegram = ✈️ Compartilhar no Telegram

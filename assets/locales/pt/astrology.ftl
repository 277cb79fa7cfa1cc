name-sign =
    { $sign ->
        [aries] Áries
        [taurus] Touro
        [gemini] Gêmeos
        [cancer] Câncer
        [leo] Leão
        [virgo] Virgem
        [libra] Libra
        [scorpio] Escorpião
        [sagittarius] Sagitário
        [capricorn] Capricórnio
        [aquarius] Aquário
       *[pisces] Peixes
    }
name-body =
    { $body ->
        [sun] Sol
        [moon] Lua
        [mercury] Mercúrio
        [venus] Vênus
        [mars] Marte
        [jupiter] Júpiter
        [saturn] Saturno
        [uranus] Urano
        [neptune] Netuno
        [pluto] Plutão
       *[north_node] Nodo Norte
    }
name-aspect =
    { $aspect ->
        [conjunction] conjunção
        [sextile] sextil
        [square] quadratura
        [trine] trígono
       *[opposition] oposição
    }
name-phase =
    { $phase ->
        [new_moon] Lua Nova
        [waxing_crescent] Lua Crescente
        [first_quarter] Quarto Crescente
        [waxing_gibbous] Lua Gibosa Crescente
        [full_moon] Lua Cheia
        [waning_gibbous] Lua Gibosa Minguante
        [last_quarter] Quarto Minguante
       *[waning_crescent] Lua Minguante
    }
name-element =
    { $element ->
        [fire] fogo
        [earth] terra
        [air] ar
       *[water] água
    }
name-modality =
    { $modality ->
        [cardinal] cardinal
        [fixed] fixa
       *[mutable] mutável
    }
name-push =
    { $kind ->
        [daily_card] Carta do dia
        [daily_horoscope] Horóscopo do dia
        [new_moon] Lua Nova
        [full_moon] Lua Cheia
        [stations] Estações retrógradas e diretas (na véspera)
        [eclipses] Eclipses (na véspera)
       *[void_moon] Lua fora de curso (no próprio dia)
    }
astro-locked = 🔒 Este recurso faz parte do plano <b>{ $plan }</b> e dos planos superiores.
birth-needed = 🪐 Para isso, preciso da sua data, hora e local de nascimento — o céu é calculado a partir deles.
btn-birth-enter = ✍️ Informar dados de nascimento
birth-date-prompt = 📅 Envie sua <b>data de nascimento</b>, por exemplo <code>15/07/1990</code> ou <code>1990-07-15</code>.
person-date-prompt = 📅 Envie a <b>data de nascimento</b> de { $name }, por exemplo <code>15/07/1990</code>.
birth-date-format = ⚠️ Não consegui entender isso como uma data.
birth-date-month = ⚠️ Não existe mês { $month } — os meses vão de 1 a 12.
birth-date-day = ⚠️ O dia { $day } não existe no mês { $month } de { $year }.
birth-date-year = ⚠️ Consigo calcular mapas para os anos de { $first } a { $last }.
birth-date-future = ⚠️ Essa data está no futuro.
birth-time-prompt = 🕰 Envie a <b>hora de nascimento</b> no formato <code>HH:MM</code> (24 horas), por exemplo <code>14:30</code>. Não sabe ao certo? Toque no botão — o mapa será calculado para o meio-dia, sem as casas.
btn-time-unknown = 🤷 Não sei a hora
birth-time-format = ⚠️ Escreva a hora no formato HH:MM, por exemplo 09:05 ou 21:40.
birth-time-hour = ⚠️ Não existe a hora { $hour } — as horas vão de 0 a 23.
birth-time-minute = ⚠️ Não existe o minuto { $minute } — os minutos vão de 0 a 59.
birth-time-skipped = ⚠️ Nesse local, os relógios foram adiantados naquele dia, então o horário { $time } não existiu. Confira a hora, por favor.
birth-time-unknown-label = desconhecida
birth-place-prompt = 📍 Envie a <b>cidade de nascimento</b> (em qualquer idioma, por exemplo <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ou compartilhe uma localização pelo botão abaixo.
btn-share-location = 📍 Compartilhar localização
birth-place-not-found = 🔎 Não encontrei nenhuma cidade chamada “{ $query }”. Tente outra grafia, acrescente o código do país (por exemplo <i>Paris, FR</i>) ou compartilhe uma localização.
birth-place-pick = 📍 Qual delas?
birth-saved =
    ✅ <b>Dados de nascimento salvos</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } nessa data)
    ☀️ Signo solar: { $sign }
birth-no-houses = ℹ️ Sem a hora de nascimento, não é possível calcular o Ascendente nem as casas, e a posição da Lua pode variar alguns graus.
birth-next = O que você quer fazer agora?
person-name-prompt = 👤 Qual é o nome da pessoa? (até { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    })
person-limit = Você pode salvar até { $max ->
        [one] { $max } pessoa
       *[other] { $max } pessoas
    }. Apague uma para adicionar outra.
btn-synastry = 💞 Nossa compatibilidade
btn-add-person = ➕ Adicionar pessoa
chart-title = Seu mapa astral
chart-caption = 🪐 Mapa astral de { $name } — { $date }, { $place }
chart-positions = Posições
chart-aspects = Aspectos principais
chart-asc = Ascendente:
chart-mc = Meio do Céu:
# A planet in the chart table; $house is "none" without a birth time, $retro " ℞" or empty:
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}casa { $house }
    }
# An aspect in the chart table; $aspect carries its symbol; $second_code is the second body's code:
chart-aspect = { $first } { $aspect } { $second_code ->
        [sun] com o { $second }
        [moon] com a { $second }
        [north_node] com o { $second }
       *[other] com { $second }
    } ({ $orb }°)
chart-house-fallback = Tão perto do polo não é possível calcular as casas { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    }, por isso seu mapa usa casas Porfírio.
chart-ask = Interprete meu mapa astral.
chart-json-caption = 🧾 Seu mapa exatamente como foi calculado (tropical, geocêntrico, Placidus). Você pode conferi-lo em qualquer efeméride.
btn-chart-json = 🧾 Dados do mapa (JSON)
btn-transits = 🔭 Trânsitos
transits-title = Trânsitos sobre o seu mapa astral hoje
transits-none = No momento, não há nenhum trânsito importante com orbe de até 2°.
transit-line = { $transiting } { $aspect } { $natal } natal
transit-exact = { $tense ->
        [past] foi exato em { $date }
       *[future] exato em { $date }
    }
transit-not-exact = não fica exato nos próximos 12 meses
transit-stations-title = Estações sobre o seu mapa nos próximos 12 meses
# Only planets station (mercury … pluto); Vênus and a Lua are feminine.
transit-station = { $date } · { $symbol } { $body } fica { $direction ->
        [retrograde] { $body_code ->
            [venus] retrógrada
           *[other] retrógrado
        }
       *[direct] { $body_code ->
            [venus] direta
           *[other] direto
        }
    } em { $degree } de { $sign }, exatamente sobre { $natal_code ->
        [moon] a sua { $natal } natal
        [venus] a sua { $natal } natal
       *[other] o seu { $natal } natal
    }
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Iguais
    [whole-sign] Signos inteiros
    [porphyry] Porfírio
    [regiomontanus] Regiomontano
   *[campanus] Campano
}
btn-house-system = 🏠 Casas: { $system }
btn-solar-return = 🎂 Meu novo ciclo (revolução solar)
solar-return-title = Sua revolução solar de { $year }
solar-return-intro = 🎂 O Sol voltou exatamente ao ponto em que estava quando você nasceu: foi em { $date }. Calculei o mapa do seu ano para esse momento, em { $place }.
solar-return-ask = Interprete minha revolução solar: o que me espera neste novo ciclo?
house-system-pick = 🏠 <b>Sistema de casas</b>
    As casas dividem o seu mapa em doze áreas da vida, e nem todos os astrólogos as traçam do mesmo jeito. Placidus é o sistema mais usado; o de signos inteiros, o mais antigo. Escolha aquele com que você trabalha: seu mapa, seus trânsitos e suas leituras vão acompanhar essa escolha.
house-system-saved = ✅ Pronto! Seu mapa agora usa este sistema de casas: { $system }.
horoscope-intro =
    ♈ <b>Horóscopo</b>
    Escolha um período e depois o seu signo — ou informe seus dados de nascimento uma vez e eu já vou saber qual é o seu signo.
horoscope-intro-sign = ♈ <b>Horóscopo</b> de { $sign }. Escolha um período:
horoscope-pick = Escolha um signo:
horoscope-title =
    { $period ->
        [daily] Horóscopo do dia
        [weekly] Horóscopo da semana
       *[monthly] Horóscopo do mês
    }, { $span }
btn-period =
    { $period ->
        [daily] Hoje
        [weekly] Esta semana
       *[monthly] Este mês
    }
btn-other-sign = 🔄 Outro signo
compat-pick-first =
    💞 <b>Compatibilidade</b>
    Escolha o primeiro signo:
compat-pick-other =
    💞 <b>Compatibilidade</b> com { $sign }
    Escolha o outro signo:
compat-title =
    💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title =
    💞 <b>Você e { $name }</b>
    { $hearts } { $score }/100 (com base nos dois mapas)
compat-ask = Descreva nossa compatibilidade.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Iluminação: { $illumination }% · Idade: { $age ->
        [one] { $age } dia
       *[other] { $age } dias
    }
moon-zone = Horários no fuso { $zone }
moon-calendar-title = Calendário lunar dos próximos 30 dias
btn-moon-calendar = 📅 Calendário de 30 dias
btn-moon-commentary = 🔮 Mensagem da Lua para hoje
moon-commentary-title = 🔮 <b>Mensagem da Lua para hoje</b>
btn-notifications = 🔔 Notificações
notify-title = Notificações
notify-time-prompt = 🕘 A que horas você quer receber “{ $kind }”? Envie HH:MM (fuso { $zone }) ou HH:MM e um fuso, por exemplo <code>08:30 America/Sao_Paulo</code>.
notify-zone-unknown = ⚠️ Não conheço o fuso horário “{ $zone }”. Use um nome como <code>America/Sao_Paulo</code> ou uma diferença em relação ao UTC, como <code>-03:00</code>.
btn-turn-on = ativar
btn-turn-off = desativar
push-moon = { $symbol } <b>{ $phase }</b> hoje às { $time }.
push-footer = <i>Você pode alterar as notificações em 🌙 Calendário lunar → 🔔 Notificações.</i>
chatbot-intro =
    🤖 <b>Chat astral</b>
    Pergunte o que quiser sobre seu mapa, seus trânsitos ou o céu — respondo com base no seu mapa calculado. Até { $limit ->
        [one] { $limit } pergunta
       *[other] { $limit } perguntas
    } por dia. Toque em “Sair” ou envie /cancel para encerrar.
chatbot-limit = ⏳ Você já fez { $limit ->
        [one] { $limit } pergunta
       *[other] { $limit } perguntas
    } hoje. O chat volta a abrir amanhã.
chatbot-not-text = ✍️ Escreva sua pergunta em texto, por favor.
chatbot-reset-done = 🧹 Conversa apagada. Faça uma nova pergunta.
btn-chat-reset = 🧹 Nova conversa
btn-chat-leave = 🚪 Sair

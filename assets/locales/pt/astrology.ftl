name-sign = { $sign ->
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
name-body = { $body ->
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
name-aspect = { $aspect ->
    [conjunction] conjunção
    [sextile] sextil
    [square] quadratura
    [trine] trígono
   *[opposition] oposição
}
name-phase = { $phase ->
    [new_moon] Lua nova
    [waxing_crescent] Lua crescente
    [first_quarter] Quarto crescente
    [waxing_gibbous] Crescente gibosa
    [full_moon] Lua cheia
    [waning_gibbous] Minguante gibosa
    [last_quarter] Quarto minguante
   *[waning_crescent] Lua minguante
}
name-element = { $element ->
    [fire] fogo
    [earth] terra
    [air] ar
   *[water] água
}
name-modality = { $modality ->
    [cardinal] cardinal
    [fixed] fixo
   *[mutable] mutável
}
name-push = { $kind ->
    [daily_card] Carta do dia
    [daily_horoscope] Horóscopo do dia
    [new_moon] Lua nova
   *[full_moon] Lua cheia
}
astro-locked = 🔒 Isto faz parte do plano <b>{ $plan }</b> e superiores.
birth-needed = 🪐 Para isso preciso da tua data, hora e local de nascimento — o céu é calculado a partir deles.
btn-birth-enter = ✍️ Inserir dados de nascimento
birth-date-prompt = 📅 Envia a tua <b>data de nascimento</b>, por ex. <code>15.07.1990</code> ou <code>1990-07-15</code>.
person-date-prompt = 📅 Envia a <b>data de nascimento</b> de { $name }, por ex. <code>15.07.1990</code>.
birth-date-format = ⚠️ Não consegui ler isso como uma data.
birth-date-month = ⚠️ Não existe o mês { $month } — os meses vão de 1 a 12.
birth-date-day = ⚠️ O dia { $day } não existe no mês { $month } de { $year }.
birth-date-year = ⚠️ Consigo calcular mapas para os anos de { $first } a { $last }.
birth-date-future = ⚠️ Essa data está no futuro.
birth-time-prompt = 🕰 Envia a <b>hora de nascimento</b> como <code>HH:MM</code> (24 horas), por ex. <code>14:30</code>. Não tens a certeza? Carrega no botão — o mapa é calculado para o meio-dia, sem casas.
btn-time-unknown = 🤷 Não sei a hora
birth-time-format = ⚠️ Escreve a hora como HH:MM, por ex. 09:05 ou 21:40.
birth-time-hour = ⚠️ Não existe a hora { $hour } — as horas vão de 0 a 23.
birth-time-minute = ⚠️ Não existe o minuto { $minute } — os minutos vão de 0 a 59.
birth-time-skipped = ⚠️ Nesse local os relógios foram adiantados, por isso { $time } não existiu nesse dia. Verifica a hora, por favor.
birth-time-unknown-label = desconhecida
birth-place-prompt = 📍 Envia a <b>cidade de nascimento</b> (em qualquer língua, por ex. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ou partilha uma localização com o botão abaixo.
btn-share-location = 📍 Partilhar localização
birth-place-not-found = 🔎 Não encontrei nenhuma cidade chamada “{ $query }”. Tenta outra grafia, junta o código do país (por ex. <i>Paris, FR</i>) ou partilha uma localização.
birth-place-pick = 📍 Qual delas?
birth-saved =
    ✅ <b>Dados de nascimento guardados</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } nessa data)
    ☀️ Signo solar: { $sign }
birth-no-houses = ℹ️ Sem hora de nascimento não é possível calcular o ascendente nem as casas, e o grau da Lua pode variar alguns graus.
birth-next = E agora?
person-name-prompt = 👤 Qual é o nome da pessoa? (até { $max } caracteres)
person-limit = Podes guardar até { $max } pessoas. Apaga uma para adicionar outra.
btn-synastry = 💞 A nossa compatibilidade
btn-add-person = ➕ Adicionar pessoa
chart-title = O teu mapa natal
chart-caption = 🪐 Mapa natal de { $name } — { $date }, { $place }
chart-positions = Posições
chart-aspects = Aspetos principais
chart-asc = Ascendente:
chart-mc = Meio do Céu:
chart-whole-sign-fallback = As casas Placidus não existem nesta latitude, por isso são mostradas casas de signo inteiro.
chart-ask = Interpreta o meu mapa natal.
chart-json-caption = 🧾 O teu mapa tal como foi calculado (tropical, geocêntrico, Placidus). Podes verificá-lo com qualquer efeméride.
btn-chart-json = 🧾 Dados do mapa (JSON)
btn-transits = 🔭 Trânsitos
transits-title = Trânsitos ao teu mapa hoje
transits-none = Neste momento não há nenhum trânsito importante dentro de 2°.
transit-natal = natal
transit-exact = exato a { $date }
transit-not-exact = não fica exato dentro de um ano
horoscope-intro = ♈ <b>Horóscopo</b>
    Escolhe um período e depois o teu signo — ou insere uma vez os teus dados de nascimento e eu fico a saber o teu signo.
horoscope-intro-sign = ♈ <b>Horóscopo</b> de { $sign }. Escolhe um período:
horoscope-pick = Escolhe um signo:
horoscope-title = { $period ->
    [daily] Horóscopo do dia
    [weekly] Horóscopo da semana
   *[monthly] Horóscopo do mês
}, { $span }
btn-period = { $period ->
    [daily] Hoje
    [weekly] Esta semana
   *[monthly] Este mês
}
btn-other-sign = 🔄 Outro signo
compat-pick-first = 💞 <b>Compatibilidade</b>
    Escolhe o primeiro signo:
compat-pick-other = 💞 <b>Compatibilidade</b> com { $sign }
    Escolhe o outro signo:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Tu e { $name }</b>
    { $hearts } { $score }/100 (a partir dos dois mapas)
compat-ask = Descreve a nossa compatibilidade.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Iluminada: { $illumination }% · Idade: { $age } dias
moon-zone = Horas em { $zone }
moon-calendar-title = Calendário lunar, próximos 30 dias
btn-moon-calendar = 📅 Calendário de 30 dias
btn-moon-commentary = 🔮 A mensagem da Lua hoje
moon-commentary-title = 🔮 <b>A mensagem da Lua hoje</b>
btn-notifications = 🔔 Notificações
notify-title = Notificações
notify-time-prompt = 🕘 A que horas deve chegar “{ $kind }”? Envia HH:MM (fuso horário { $zone }), ou HH:MM e um fuso, por ex. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ “{ $zone }” não é um fuso horário que eu conheça. Usa um nome como <code>Europe/Lisbon</code> ou um desvio como <code>+01:00</code>.
btn-turn-on = ativar
btn-turn-off = desativar
push-moon = { $symbol } <b>{ $phase }</b> hoje às { $time }.
push-footer = <i>Podes alterar as notificações em 🌙 Lua → 🔔 Notificações.</i>
chatbot-intro = 🤖 <b>Astro chat</b>
    Pergunta-me o que quiseres sobre o teu mapa, os teus trânsitos ou o céu — respondo com base no teu mapa calculado. Até { $limit } perguntas por dia. Carrega em “Sair” ou envia /cancel para terminar.
chatbot-limit = ⏳ Hoje já fizeste { $limit } perguntas. O chat volta a abrir amanhã.
chatbot-not-text = ✍️ Escreve a tua pergunta em texto, por favor.
chatbot-reset-done = 🧹 Conversa apagada. Faz uma nova pergunta.
btn-chat-reset = 🧹 Nova conversa
btn-chat-leave = 🚪 Sair

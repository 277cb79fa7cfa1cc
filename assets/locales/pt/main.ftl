# Messages are Telegram HTML: callers pass variables already escaped.
welcome =
    ✨ Boas-vindas ao <b>Fal Gram</b>, { $name }!
    Leitura da borra de café, tarô, sonhos e astrologia — tudo interpretado para você por IA.
    Escolha no menu abaixo o que você quer explorar.
menu-title = 🔮 <b>Fal Gram</b> — o que você gostaria de explorar?
help =
    <b>Como o Fal Gram funciona</b>
    ☕ <b>Café</b> — envie uma foto da sua xícara e receba uma leitura.
    🃏 <b>Tarô</b> — tire uma, três ou dez cartas.
    💭 <b>Sonhos</b> — conte um sonho e receba a interpretação.
    ⭐ <b>Astrologia</b> — horóscopos, mapa astral, compatibilidade e calendário lunar.

    Você tem direito a { $free ->
        [0] { $free } leituras grátis
        [one] { $free } leitura grátis
       *[other] { $free } leituras grátis
    }; convidando amigos, você ganha leituras bônus, e um plano pago deixa as leituras ilimitadas.

    /menu — menu principal
    /language — mudar o idioma
    /cancel — interromper a etapa atual
    /terms — termos de uso
    /paysupport — ajuda com pagamentos
terms =
    <b>Termos de uso</b>
    O Fal Gram oferece leituras para entretenimento e autoconhecimento. Elas não substituem aconselhamento profissional (médico, jurídico, financeiro ou psicológico).
    Os pagamentos são feitos em Telegram Stars. Cada plano pago vale pelo período informado no momento da compra.
    As fotos que você envia para uma leitura vão para a IA e nunca são armazenadas. Você pode apagar seus dados a qualquer momento com /forget.
paysupport =
    <b>Suporte a pagamentos</b>
    Se algo deu errado com um pagamento, escreva aqui o que aconteceu e quando você pagou. Você pode pedir reembolso em até { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } após a compra; um administrador analisa cada pedido.
btn-coffee = ☕ Café
btn-tarot = 🃏 Tarô
btn-dream = 💭 Sonhos
btn-horoscope = ♈ Horóscopo
btn-birth-chart = 🪐 Mapa astral
btn-compatibility = 💞 Compatibilidade
btn-moon = 🌙 Calendário lunar
btn-chatbot = 🤖 Chat astral
btn-premium = 💎 Premium
btn-referral = 🎁 Convidar amigos
btn-history = 📜 Minhas leituras
btn-language = 🌐 Idioma
btn-help = ❓ Ajuda
btn-back = ⬅️ Voltar
btn-menu = 🏠 Menu
btn-cancel = ✖️ Cancelar
language-prompt = 🌐 Escolha seu idioma:
language-changed = ✅ Idioma alterado para português do Brasil.
language-unknown = “{ $code }” não é um idioma que eu falo. Escolha um destes:
cancel-done = ✖️ Cancelado. Nenhuma leitura foi descontada.
# Between a label and its value, spaces included:
dash = {" — "}
# Leaving a step that was not on the way to a reading (birth data, astro chat, admin):
cancel-plain = ✖️ Cancelado.
reading-busy = ⏳ Uma leitura de cada vez: a sua está sendo escrita agora mesmo. Você pode pedir a próxima assim que ela chegar.
cancel-reading = ✖️ Interrompido. Essa leitura não será escrita e nada foi descontado.
cancel-nothing = Não há nada para cancelar.
error-generic = 😔 Desculpe, algo deu errado por aqui. Tente de novo em instantes — nenhuma leitura foi descontada.
error-interrupted = 🔄 O bot foi reiniciado enquanto processava sua última mensagem. Se a resposta não chegou, envie a mensagem de novo, por favor.
callback-expired = Este botão não é mais válido. Aqui está o menu.
rate-limited = ⏳ Você está indo um pouco rápido. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }, por favor.
rate-limited-ai = ⏳ Cada leitura leva um tempinho para ficar pronta. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } antes da próxima, por favor.
unknown-input = Não entendi bem. Escolha uma opção no menu:
dream-prompt = 💭 Conte seu sonho com todos os detalhes de que você se lembrar (até { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }).
dream-too-long = Seu texto tem { $length ->
        [one] { $length } caractere
       *[other] { $length } caracteres
    }, e o limite é de { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }. Encurte o texto e envie de novo — continuo aqui, ouvindo você.
dream-not-text = Por favor, descreva seu sonho em uma mensagem de texto.
dream-prompt-voice = 🎙 Ou, se preferir, conte em uma mensagem de voz (até { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }).
dream-not-text-or-voice = Por favor, conte seu sonho em uma mensagem de texto ou de voz.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>O que eu ouvi: “{ $text }”</i>
dream-voice-too-long = Essa mensagem de voz tem { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }, e eu consigo ouvir no máximo { $max ->
        [one] { $max } segundo
       *[other] { $max } segundos
    }. Conte de forma mais curta ou digite o sonho — continuo aqui, ouvindo você.
dream-voice-unreadable = Não consigo reproduzir esse arquivo de áudio. Envie uma mensagem de voz (segure o botão 🎤) ou digite seu sonho.
dream-voice-unheard = No momento não consigo ouvir mensagens de voz. Por favor, digite seu sonho — continuo aqui, ouvindo você.
reading-title-dream = 💭 <b>A interpretação do seu sonho</b>
ai-blocked = 😔 Não consegui interpretar esta mensagem. Reformule e tente de novo — sua leitura não foi descontada.
ai-failed = 😔 O serviço de leituras não está respondendo no momento. Tente de novo em alguns minutos — sua leitura não foi descontada.
quota-left =
    { $count ->
        [0] Você não tem mais leituras grátis.
        [one] Você ainda tem { $count } leitura grátis.
       *[other] Você ainda tem { $count } leituras grátis.
    }
quota-exhausted =
    🌙 { $free ->
        [0] Você não tem leituras grátis.
        [one] Você já usou a sua leitura grátis.
       *[other] Você já usou as suas { $free } leituras grátis.
    }
    Convide amigos para ganhar leituras bônus ou escolha um plano para ter leituras ilimitadas:
plan-line = { $plan } — { $price } ⭐ / { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
plan-free = Grátis
plan-basic = Básico
plan-premium = Premium
plan-vip = VIP

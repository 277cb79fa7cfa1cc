welcome = ✨ Bem-vindo ao <b>Fal Gram</b>, { $name }!
    Leitura da borra de café, tarô, sonhos e astrologia, interpretados para você por IA.
    Escolha o que quiser no menu abaixo.
menu-title = 🔮 <b>Fal Gram</b> — o que você gostaria de explorar?
help =
    <b>Como o Fal Gram funciona</b>
    ☕ <b>Café</b> — envie uma foto da sua xícara e receba uma leitura.
    🃏 <b>Tarô</b> — tire uma, três ou dez cartas.
    💭 <b>Sonhos</b> — descreva um sonho e receba a interpretação.
    ⭐ <b>Astrologia</b> — horóscopos, mapa astral, compatibilidade, calendário lunar.

    Você tem { $free } leituras grátis; convidando amigos você ganha mais, e os planos premium as tornam ilimitadas.

    /menu — menu principal
    /language — mudar idioma
    /cancel — interromper a etapa atual
    /terms — termos de uso
    /paysupport — ajuda com pagamentos
terms =
    <b>Termos de uso</b>
    O Fal Gram oferece leituras para entretenimento e autorreflexão. Elas não são aconselhamento profissional (médico, jurídico, financeiro ou psicológico).
    Os pagamentos são feitos em Telegram Stars. Um plano premium vale pelo período mostrado na compra.
    As fotos enviadas para uma leitura vão para a IA e nunca são guardadas. Você pode apagar seus dados a qualquer momento com /forget.
paysupport =
    <b>Suporte a pagamentos</b>
    Se algo deu errado com um pagamento, escreva aqui o que aconteceu e quando você pagou. Você pode pedir reembolso em até { $days } dias após a compra; um administrador analisa cada pedido.
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
language-changed = ✅ Idioma definido para português.
language-unknown = “{ $code }” não é um idioma que eu falo. Escolha um destes:
cancel-done = ✖️ Cancelado. Nada foi usado.
cancel-nothing = Não há nada para cancelar.
error-generic = 😔 Desculpe, algo deu errado do nosso lado. Tente de novo em instantes — nada foi usado.
error-interrupted = 🔄 O bot reiniciou enquanto processava a sua última mensagem. Se a resposta não chegou, envie-a de novo, por favor.
callback-expired = Este botão não é mais válido. Aqui está o menu.
rate-limited = ⏳ Você está indo um pouco rápido. Aguarde { $seconds } s, por favor.
rate-limited-ai = ⏳ As leituras levam um momento para ficar prontas. Aguarde { $seconds } s antes da próxima.
unknown-input = Não entendi bem. Escolha algo no menu:
dream-prompt = 💭 Conte seu sonho com todos os detalhes de que se lembrar (até { $max } caracteres).
dream-too-long = Seu texto tem { $length } caracteres; o limite é { $max }. Encurte-o e envie de novo — continuo ouvindo.
dream-not-text = Por favor, descreva seu sonho em uma mensagem de texto.
reading-title-dream = 💭 <b>A interpretação do seu sonho</b>
ai-blocked = 😔 Não consegui interpretar isto. Reformule e tente de novo — sua leitura não foi usada.
ai-failed = 😔 O serviço de leituras não está respondendo agora. Tente de novo em alguns minutos — sua leitura não foi usada.
quota-left =
    { $count ->
        [0] Você não tem mais leituras grátis.
        [one] Você tem 1 leitura grátis.
       *[other] Você tem { $count } leituras grátis.
    }
quota-exhausted =
    🌙 Você usou suas { $free } leituras grátis.
    Convide amigos para ganhar leituras bônus ou escolha um plano para leituras ilimitadas:
plan-line = { $plan } — { $price } ⭐ / { $days } dias
plan-free = Grátis
plan-basic = Básico
plan-premium = Premium
plan-vip = VIP

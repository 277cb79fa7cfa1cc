# Referrals, history and /forget.
cmd-forget = Apagar meus dados
referral-page =
    🎁 <b>Convide amigos</b>
    Compartilhe seu link: a cada amigo que entrar por ele, você ganha { $bonus ->
        [0] { $bonus } leituras bônus
        [one] { $bonus } leitura bônus
       *[other] { $bonus } leituras bônus
    }.

    { $link }

    👥 Convidados: { $invited }
    🎟 Leituras bônus: { $earned } ganhas, { $used } usadas
    🏅 Posição no ranking: { $rank }º de { $total }
referral-badge = Seu selo: { $badge }
referral-next = Você ganha o próximo selo ao chegar a { $next ->
        [one] { $next } convite
       *[other] { $next } convites
    }.
referral-top-title = <b>Top 10</b>
referral-top-empty = Ainda não há convites — saia na frente!
referral-credited = 🎉 { $name } entrou pelo seu link! +{ $bonus ->
        [one] { $bonus } leitura bônus
       *[other] { $bonus } leituras bônus
    }.
referral-milestone =
    🏅 Novo selo: { $badge } — { $count ->
        [one] { $count } amigo convidado!
       *[other] { $count } amigos convidados!
    }
referral-share-text = Leitura da borra de café, tarô, sonhos e astrologia no Telegram ✨ Venha comigo para o Fal Gram:
btn-share-link = 📤 Compartilhar meu link
badge-1 = 🌱 Primeira Faísca
badge-5 = 🌙 Círculo da Lua
badge-10 = ⭐ Colheita de Estrelas
badge-25 = 🔮 Oráculo
badge-50 = 👑 Lenda
history-title =
    📜 <b>Suas leituras recentes</b>
    Toque em uma para ler de novo:
history-empty = 📜 Você ainda não tem leituras. Escolha uma no menu para começar.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Minhas leituras
forget-confirm =
    ⚠️ <b>Apagar meus dados</b>
    Isso apaga de vez seu perfil, suas leituras, seus dados de nascimento e o histórico de conversas, e encerra qualquer plano ativo. Os registros de pagamento são mantidos para fins contábeis, sem o seu nome.

    Tem certeza?
btn-forget-yes = 🗑 Sim, apagar tudo
btn-forget-no = ↩️ Não, manter meus dados
forget-done = 🗑 Seus dados foram apagados. Se você escrever de novo, começa do zero.
forget-kept = ↩️ Nada foi apagado.

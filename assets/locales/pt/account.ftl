# Referrals, history and /forget.
cmd-forget = Apagar meus dados
referral-page =
    🎁 <b>Convide amigos</b>
    Compartilhe seu link: para cada amigo que entrar, você ganha { $bonus ->
        [one] 1 leitura bônus
       *[other] { $bonus } leituras bônus
    }.

    { $link }

    👥 Convidados: { $invited }
    🎟 Leituras bônus: { $earned } ganhas, { $used } usadas
    🏅 Posição: nº { $rank } de { $total }
referral-badge = Seu selo: { $badge }
referral-next = Próximo selo com { $next } convites.
referral-top-title = <b>Top 10</b>
referral-top-empty = Ainda não há convites — seja o primeiro!
referral-credited = 🎉 { $name } entrou pelo seu link! +{ $bonus } leitura bônus.
referral-milestone = 🏅 Novo selo: { $badge } — { $count } amigos convidados!
referral-share-text = Café, tarô, sonhos e astrologia no Telegram ✨ Venha comigo para o Fal Gram:
btn-share-link = 📤 Compartilhar meu link
badge-1 = 🌱 Primeira Faísca
badge-5 = 🌙 Círculo da Lua
badge-10 = ⭐ Colecionador de Estrelas
badge-25 = 🔮 Oráculo
badge-50 = 👑 Lenda
history-title =
    📜 <b>Suas leituras recentes</b>
    Toque em uma para lê-la de novo:
history-empty = 📜 Você ainda não tem leituras. Escolha uma no menu para começar.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Minhas leituras
forget-confirm =
    ⚠️ <b>Apagar meus dados</b>
    Isto apaga para sempre seu perfil, suas leituras, seus dados de nascimento e seu histórico de conversa, e encerra qualquer plano ativo. Os registros de pagamento ficam para a contabilidade, sem o seu nome.

    Tem certeza?
btn-forget-yes = 🗑 Sim, apagar tudo
btn-forget-no = ↩️ Não, manter meus dados
forget-done = 🗑 Seus dados foram apagados. Se escrever de novo, você começa do zero.
forget-kept = ↩️ Nada foi apagado.

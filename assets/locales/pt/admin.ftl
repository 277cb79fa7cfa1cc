admin-dashboard =
    📊 <b>Painel</b>
    👥 Usuários: { $total } · novos hoje: { $new }
    🟢 Ativos: hoje { $today } · 7 dias { $week } · 30 dias { $month }
    💎 Planos: Básico { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Receita: hoje { $stars_today } · este mês { $stars_month } · total { $stars_total }
    ⚠️ Falhas da IA (7 dias): { $ai_failures }
    🔮 Leituras por tipo:
admin-open-refunds = ↩️ Pedidos de reembolso em aberto: { $count }
admin-chart-users = novos usuários
admin-chart-stars = Stars
admin-gift-usage = Uso: <code>/gift ID_DO_USUARIO PLANO DIAS</code>, por exemplo <code>/gift 123456 premium 30</code> (planos: <code>basic</code>, <code>premium</code>, <code>vip</code>).
admin-no-user = Nenhum usuário com o ID { $id }.
admin-gifted = ✅ O usuário { $id } agora tem o plano <b>{ $plan }</b> até { $date }; a pessoa já foi avisada.
admin-cancelled = ✅ O plano do usuário { $id } foi encerrado; a pessoa já foi avisada.
admin-refunded = ✅ Reembolso de { $amount } ⭐ feito ao usuário { $id }; os dias de plano comprados foram removidos.
admin-refund-unknown = Nenhum pagamento concluído com esse ID de cobrança (ou ele já foi reembolsado).
admin-refund-failed = ❌ O Telegram recusou o reembolso: { $error }
admin-refund-request = ↩️ Pedido de reembolso de { $name } (ID { $user }): { $amount } ⭐ pelo plano { $plan }, pago em { $date }.
admin-payment-review = ⚠️ Um pagamento precisa da sua revisão: { $amount } ⭐ do ID { $user }, cobrança <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Quem pagou está bloqueado; o pagamento foi registrado e o plano liberado.
admin-review-unreadable-payload = A fatura não corresponde a nenhum plano, então nada foi liberado.
admin-review-price-mismatch = O valor ou a moeda diferem do preço atual do plano; o plano foi liberado.
btn-admin-refund = ↩️ Reembolsar
btn-admin-home = 📊 Painel
btn-admin-users = 👥 Usuários
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Registros
btn-admin-settings = ⚙️ Configurações
btn-admin-prompts = 🧠 Prompts
btn-admin-broadcast = 📣 Envio em massa
btn-admin-search = 🔍 Buscar
btn-prev = ◀️ Anterior
btn-next = Próxima ▶️
admin-search-prompt = 🔍 Envie o ID de um usuário, um @usuário ou parte do nome.
admin-users-title = 👥 <b>Usuários</b> — página { $page }
admin-users-empty = Ninguém encontrado.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } até { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Leituras: { $readings } · 🎁 Convidados: { $referrals }
    Status: { $blocked } · última atividade em { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Encerrar plano
btn-admin-block = 🚫 Bloquear
btn-admin-unblock = ✅ Desbloquear
btn-admin-reset-quota = ♻️ Restaurar leituras grátis
admin-premium =
    💎 <b>Premium</b>
    Planos ativos: Básico { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Planos que vencem nos próximos 7 dias
admin-logs-title = Eventos, do mais recente ao mais antigo
admin-logs-empty = Nenhum evento.
btn-admin-all-levels = 📋 Todos
admin-settings-title = Configurações (com efeito imediato)
admin-setting-prompt = ✏️ Envie o novo valor para “{ $key }” (atual: { $value }):
admin-setting-bad = ⚠️ Não foi salvo: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompts-title = 🧠 Escolha o tipo de prompt:
admin-prompt-langs = 🧠 <b>{ $kind }</b>: escolha o idioma (✏️ = editado):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Marcadores: { $placeholders }
admin-prompt-preview = Prévia com valores de exemplo:
admin-prompt-edit = ✏️ Envie o novo texto para <b>{ $kind }</b> / { $lang }. Marcadores permitidos: { $placeholders }
admin-prompt-bad = ⚠️ Não foi salvo: { $reason }
admin-prompt-saved = ✅ Prompt salvo; ele passa a valer a partir da próxima solicitação.
btn-admin-edit = ✏️ Editar
btn-admin-reset = ♻️ Restaurar o padrão
admin-broadcast-pick = 📣 Quem deve receber o envio em massa?
btn-admin-all-users = 👥 Todos
admin-broadcast-prompt = 📣 Envie o texto da mensagem. Ela vai chegar a { $count ->
        [0] { $count } usuários
        [one] { $count } usuário
       *[other] { $count } usuários
    }.
admin-broadcast-preview = 📣 Prévia — para { $count ->
        [0] { $count } usuários
        [one] { $count } usuário
       *[other] { $count } usuários
    }:
btn-admin-send = ✅ Enviar
btn-admin-send-paid = ⚡ Pago, rápido (≈ { $stars } ⭐)
admin-broadcast-started = 📣 Envio em massa nº { $id } iniciado para { $count ->
        [0] { $count } usuários
        [one] { $count } usuário
       *[other] { $count } usuários
    }. O progresso aparece a seguir.
admin-broadcast-progress = 📣 Envio em massa nº { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Envio em massa nº { $id } concluído: { $sent } entregues, { $blocked } bloqueios, { $failed } falhas.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] pago
   *[refunded] reembolsado
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] “{ $value }” não é um horário válido. Envie no formato 09:00.
    [zone] Não conheço o fuso horário “{ $value }”. Envie um como America/Sao_Paulo.
    [range] “{ $value }” não é permitido aqui. Envie um número inteiro de { $min } a { $max }.
   *[unknown] Esta configuração não existe.
}
name-setting = { $key ->
    [free_readings] Leituras grátis por usuário
    [referral_bonus] Leituras bônus por convite
    [daily_card_time] Horário padrão da carta do dia
    [daily_horoscope_time] Horário padrão do horóscopo do dia
    [push_timezone] Fuso horário das notificações
    [price_basic] Preço do plano Básico (Stars)
    [price_premium] Preço do plano Premium (Stars)
    [price_vip] Preço do plano VIP (Stars)
    [days_basic] Duração do plano Básico (dias)
    [days_premium] Duração do plano Premium (dias)
    [days_vip] Duração do plano VIP (dias)
    [rate_user_per_minute] Mensagens por usuário por minuto
    [rate_ai_per_minute] Leituras por usuário por minuto
    [refund_window_days] Prazo para reembolso (dias)
    [chatbot_per_day] Perguntas ao Chat astral por dia
   *[stars_usd_per_1000] Dólares por 1.000 Stars (para as margens)
}
name-log-level = { $level ->
    [info] ℹ️ Informações
    [warn] ⚠️ Avisos
   *[error] ❌ Erros
}
name-log-kind = { $kind ->
    [payment] Pagamentos
    [refund_request] Pedidos de reembolso
    [admin_refund] Reembolsos
    [admin_gift] Planos presenteados
    [admin_cancel] Planos encerrados
    [admin_block] Bloqueios
    [admin_reset] Leituras grátis restauradas
    [admin_prompt] Edições de prompt
    [admin_broadcast] Envios em massa
    [ai_failure] Falhas da IA
    [handler_error] Erros de processamento
   *[handler_panic] Travamentos
}
name-prompt-source = { $source ->
    [override] editado
   *[embedded] padrão
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] O marcador {"{"}{ $name }{"}"} não está disponível para este prompt.
    [missing] O marcador {"{"}{ $name }{"}"} não tem valor de exemplo.
    [unclosed] Uma chave “{"{"}” não foi fechada. Para escrever a chave como texto, use {"{{"}.
   *[empty] O prompt está vazio.
}
admin-readings-none = Nenhuma leitura ainda.
admin-ai-spend =
    🤖 Gasto com IA: { $today } hoje, { $month } este mês ({ $calls ->
        [0] { $calls } solicitações
        [one] { $calls } solicitação
       *[other] { $calls } solicitações
    })
admin-ai-per-reading =
    { $kind }: { $cost } por leitura ({ $readings ->
        [0] { $readings } leituras
        [one] { $readings } leitura
       *[other] { $readings } leituras
    })
admin-ai-margin = { $plan } este mês: receita com Stars { $revenue }, gasto com IA { $cost }, margem { $margin }
btn-admin-funnel = 📈 Funil
admin-funnel-title = Funil dos primeiros contatos, de { $from } a { $to }
name-funnel-step = { $step ->
    [first_contact] Primeiro contato
    [first_reading] Primeira leitura
    [quota_used_up] Leituras grátis esgotadas
    [invoice_sent] Fatura aberta
    [paid] Pagamento
    [renewed] Renovação
   *[refunded] Reembolso
}
admin-funnel-line = { $step }: { $users ->
        [0] { $users } usuários
        [one] { $users } usuário
       *[other] { $users } usuários
    } ({ $share } da etapa anterior)
admin-cohorts-title = Coortes semanais: voltaram no dia 1 / 7 / 30
admin-cohort-line = Semana de { $week }: { $users ->
        [0] { $users } usuários
        [one] { $users } usuário
       *[other] { $users } usuários
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Preços de IA
btn-admin-ai-price-set = ✏️ Definir preço
admin-ai-prices-title = Preços de IA (dólares americanos por milhão de tokens)
admin-ai-prices-none = Ainda não há preços: o gasto de cada modelo fica desconhecido até você definir um.
admin-ai-price-line = { $model }: entrada { $input }, saída { $output }
admin-ai-price-prompt = Envie o modelo e os dois preços dele por milhão de tokens, primeiro o de entrada e depois o de saída, por exemplo: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Isso não é uma linha de preço válida. Envie o nome do modelo e dois valores em dólares, por exemplo: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Salvo — { $model }: entrada { $input }, saída { $output } por milhão de tokens.
admin-star-balance = ⭐ Saldo de Stars no Telegram: { $amount }
admin-ai-unpriced = Não há preço definido para { $models }, então o consumo desses modelos não entra nestes números. Defina um preço com <code>falgram admin ai-price</code>.

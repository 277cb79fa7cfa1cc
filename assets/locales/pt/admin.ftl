admin-dashboard =
    📊 <b>Painel</b>
    👥 Utilizadores: { $total } · novos hoje: { $new }
    🟢 Ativos: hoje { $today } · 7 dias { $week } · 30 dias { $month }
    💎 Planos: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Receita: hoje { $stars_today } · este mês { $stars_month } · total { $stars_total }
    ⚠️ Falhas da IA (7 dias): { $ai_failures }
    🔮 Leituras por tipo:
admin-open-refunds = ↩️ Pedidos de reembolso em aberto: { $count }
admin-chart-users = novos utilizadores
admin-chart-stars = Estrelas
admin-gift-usage = Uso: <code>/gift ID_UTILIZADOR PLANO DIAS</code>, por ex. <code>/gift 123456 premium 30</code> (planos: basic, premium, vip).
admin-no-user = Não existe nenhum utilizador com o id { $id }.
admin-gifted = ✅ O utilizador { $id } tem agora <b>{ $plan }</b> até { $date }; foi avisado.
admin-cancelled = ✅ O plano do utilizador { $id } foi terminado; foi avisado.
admin-refunded = ✅ { $amount } ⭐ reembolsadas ao utilizador { $id }; os dias de plano comprados foram retirados.
admin-refund-unknown = Não há nenhum pagamento cobrado com esse id (ou já foi reembolsado).
admin-refund-failed = ❌ O Telegram recusou o reembolso: { $error }
admin-refund-request = ↩️ Pedido de reembolso de { $name } (id { $user }): { $amount } ⭐ pelo plano { $plan }, pago a { $date }.
btn-admin-refund = ↩️ Reembolsar
btn-admin-home = 📊 Administração
btn-admin-users = 👥 Utilizadores
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Registo
btn-admin-settings = ⚙️ Definições
btn-admin-prompts = 🧠 Instruções
btn-admin-broadcast = 📣 Mensagem geral
btn-admin-search = 🔍 Procurar
btn-prev = ◀️ Anterior
btn-next = Seguinte ▶️
admin-search-prompt = 🔍 Envia um id de utilizador, um @nome ou parte de um nome.
admin-users-title = 👥 <b>Utilizadores</b> — página { $page }
admin-users-empty = Ninguém encontrado.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } até { $expiry }
    🔮 Leituras: { $readings } · 🎁 Convidados: { $referrals }
    Estado: { $blocked } · visto pela última vez a { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Terminar plano
btn-admin-block = 🚫 Bloquear
btn-admin-unblock = ✅ Desbloquear
btn-admin-reset-quota = ♻️ Repor leituras grátis
admin-premium =
    💎 <b>Premium</b>
    Planos ativos: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Terminam nos próximos 7 dias
admin-logs-title = Eventos, mais recentes primeiro
admin-logs-empty = Sem eventos.
btn-admin-all-levels = todos
admin-settings-title = Definições (efetivas de imediato)
admin-setting-prompt = ✏️ Novo valor para <code>{ $key }</code> (atual: { $value }):
admin-setting-bad = ⚠️ Não guardado: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Escolhe o tipo de instrução e a língua (✏️ = editada):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Marcadores: { $placeholders }
admin-prompt-preview = Pré-visualização com valores de exemplo:
admin-prompt-edit = ✏️ Envia o novo texto para <b>{ $kind }</b> / { $lang }. Marcadores permitidos: { $placeholders }
admin-prompt-bad = ⚠️ Não guardado: { $reason }
admin-prompt-saved = ✅ Instrução guardada; é usada a partir do próximo pedido.
btn-admin-edit = ✏️ Editar
btn-admin-reset = ♻️ Repor o original
admin-broadcast-pick = 📣 Quem deve receber a mensagem geral?
btn-admin-all-users = 👥 Todos
admin-broadcast-prompt = 📣 Envia o texto da mensagem. Vai chegar a { $count } utilizador(es).
admin-broadcast-preview = 📣 Pré-visualização — para { $count } utilizador(es):
btn-admin-send = ✅ Enviar
admin-broadcast-started = 📣 Mensagem geral n.º { $id } iniciada para { $count } utilizador(es). O progresso segue.
admin-broadcast-progress = 📣 Mensagem geral n.º { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Mensagem geral n.º { $id } terminada: { $sent } entregues, { $blocked } bloqueados, { $failed } falhados.

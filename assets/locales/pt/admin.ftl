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

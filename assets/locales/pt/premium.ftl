name-feature = { $feature ->
    [daily_horoscope] Horóscopo do dia
    [moon_today] A Lua de hoje
    [unlimited_readings] Leituras ilimitadas
    [birth_chart] Mapa natal
    [weekly_horoscope] Horóscopo semanal
    [monthly_horoscope] Horóscopo mensal
    [compatibility] Compatibilidade
    [moon_calendar] Calendário lunar
    [moon_commentary] Mensagem diária da Lua
    [moon_notifications] Avisos da Lua
    [transits] Trânsitos
    [pdf_download] Transferências em PDF
    [astro_chatbot] Astro chat
   *[friends_compatibility] Compatibilidade com amigos
}
premium-compare = Comparar os planos
premium-current = O teu plano: <b>{ $plan }</b>, até { $date }.
premium-current-free = O teu plano: <b>Gratuito</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ por { $days } dias
    Inclui:
btn-buy = ⭐ Comprar por { $price } estrelas
btn-subscribe = 🔁 Assinar todos os meses
btn-open-subscription = 🔁 Abrir a assinatura
subscribe-link = 🔁 Uma assinatura mensal de <b>{ $plan }</b> por { $price } ⭐; o Telegram renova-a a cada 30 dias e podes cancelá-la quando quiseres nas definições do Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Plano { $plan } durante { $days } dias: leituras sem limite e a astrologia do plano.
precheckout-bad-payload = Esta fatura já não é válida. Abre os planos novamente, por favor.
precheckout-wrong-currency = Esta fatura não está em estrelas do Telegram.
precheckout-wrong-amount = O preço mudou. Abre os planos novamente para ver o preço atual.
precheckout-wrong-user = Esta fatura foi criada para outra conta.
precheckout-downgrade = O teu plano { $plan } ainda está ativo; um plano inferior pode ser comprado quando terminar.
payment-thanks = 🎉 Obrigado! <b>{ $plan }</b> está ativo até { $date }.
payment-problem = ⚠️ O teu pagamento chegou, mas não o consegui associar a um plano. Um administrador foi avisado e vai corrigir; também podes escrever para /paysupport.
btn-refund-request = ↩️ Reembolsar { $amount } ⭐ ({ $date })
refund-requested = ✅ O teu pedido de reembolso foi enviado a um administrador. Vais receber uma mensagem quando estiver feito.
refund-not-possible = Este pagamento já não pode ser reembolsado (demasiado antigo, já reembolsado ou já pedido).
refund-done = ↩️ Foram-te reembolsadas { $amount } ⭐. O tempo de plano comprado com elas foi retirado.
expiry-reminder = ⏳ O teu plano <b>{ $plan }</b> termina dentro de { $days ->
        [one] 1 dia
       *[other] { $days } dias
    } ({ $date }). Renova-o para manter tudo.
btn-renew = 🔁 Renovar
plan-expired = O teu plano <b>{ $plan }</b> terminou; agora estás no plano gratuito. Podes voltar ao premium quando quiseres.
plan-gifted = 🎁 Recebeste <b>{ $plan }</b> de presente durante { $days } dias — ativo até { $date }.
plan-cancelled = Um administrador terminou o teu plano premium. Escreve para /paysupport se tiveres dúvidas.

name-feature =
    { $feature ->
        [daily_horoscope] Horóscopo do dia
        [moon_today] Lua de hoje
        [unlimited_readings] Leituras ilimitadas
        [birth_chart] Mapa astral
        [weekly_horoscope] Horóscopo da semana
        [monthly_horoscope] Horóscopo do mês
        [compatibility] Compatibilidade
        [moon_calendar] Calendário lunar
        [moon_commentary] Mensagem diária da Lua
        [moon_notifications] Notificações da Lua
        [sky_events] Eventos celestes do mês e alertas
        [transits] Trânsitos
        [pdf_download] Downloads em PDF
        [astro_chatbot] Chat astral
        [solar_return] Revolução solar: o ano que você tem pela frente
       *[friends_compatibility] Compatibilidade com amigos
    }
premium-compare = O que cada plano oferece
# The first (free) tier, then each plan with what it adds to the one below:
plans-tier-base = Plano <b>{ $plan }</b>:
plans-tier-more = O plano <b>{ $plan }</b> acrescenta:
premium-current = Seu plano: <b>{ $plan }</b>, válido até { $date }.
premium-current-free = Seu plano: <b>Grátis</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
    Inclui:
btn-buy = ⭐ Comprar por { $price ->
        [one] { $price } Star
       *[other] { $price } Stars
    }
btn-subscribe = 🔁 Assinar mensalmente
btn-open-subscription = 🔁 Abrir a assinatura
subscribe-link = 🔁 Assinatura mensal do plano <b>{ $plan }</b> por { $price } ⭐: o Telegram renova a cada 30 dias, e você pode cancelar quando quiser nas configurações do Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Plano { $plan } por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }: leituras sem limite e os recursos de astrologia do plano.
precheckout-bad-payload = Esta fatura não é mais válida. Abra os planos de novo, por favor.
precheckout-wrong-currency = Esta fatura não está em Telegram Stars.
precheckout-wrong-amount = O preço mudou. Abra os planos de novo para ver o preço atual.
precheckout-wrong-user = Esta fatura foi gerada para outra conta.
precheckout-blocked = Compras não estão disponíveis para esta conta. Nada foi cobrado.
precheckout-downgrade = Seu plano { $plan } ainda está ativo; um plano inferior só pode ser comprado quando ele terminar.
payment-thanks = 🎉 Obrigada! O plano <b>{ $plan }</b> está ativo até { $date }.
payment-problem = ⚠️ Seu pagamento chegou, mas não consegui associá-lo a um plano. Um administrador já foi avisado e vai resolver isso; você também pode escrever para /paysupport.
btn-refund-request = ↩️ Reembolsar { $amount } ⭐ ({ $date })
refund-requested = ✅ Seu pedido de reembolso foi enviado a um administrador. Você vai receber uma mensagem quando ele for concluído.
refund-not-possible = Este pagamento não pode mais ser reembolsado (é antigo demais, já foi reembolsado ou o reembolso já foi pedido).
refund-done = ↩️ Você recebeu o reembolso de { $amount } ⭐. O tempo de plano comprado com esse valor foi removido.
expiry-reminder =
    ⏳ Seu plano <b>{ $plan }</b> vence em { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } ({ $date }). Renove para continuar com tudo.
btn-renew = 🔁 Renovar
plan-expired = Seu plano <b>{ $plan }</b> terminou, e agora você está no plano Grátis. Você pode voltar a um plano pago quando quiser.
plan-gifted = 🎁 Você ganhou o plano <b>{ $plan }</b> de presente por { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } — ativo até { $date }.
plan-cancelled = Seu plano foi encerrado por um administrador. Se tiver dúvidas, escreva para /paysupport.

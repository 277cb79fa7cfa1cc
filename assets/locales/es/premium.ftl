name-feature =
    { $feature ->
        [daily_horoscope] Horóscopo diario
        [moon_today] La Luna de hoy
        [unlimited_readings] Lecturas ilimitadas
        [birth_chart] Carta natal
        [weekly_horoscope] Horóscopo semanal
        [monthly_horoscope] Horóscopo mensual
        [compatibility] Compatibilidad
        [moon_calendar] Calendario lunar
        [moon_commentary] El mensaje diario de la Luna
        [moon_notifications] Notificaciones lunares
        [sky_events] Eventos celestes del mes y sus avisos
        [transits] Tránsitos
        [pdf_download] Descargas en PDF
        [astro_chatbot] Chat astral
        [solar_return] Revolución solar: lo que te depara el año
       *[friends_compatibility] Compatibilidad con amigos
    }
premium-compare = Qué incluye cada plan
# The first (free) tier, then each plan with what it adds to the one below:
plans-tier-base = Plan <b>{ $plan }</b>:
plans-tier-more = El plan <b>{ $plan }</b> añade:
premium-current = Tu plan: <b>{ $plan }</b>, activo hasta el { $date }.
premium-current-free = Tu plan: <b>Gratis</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ por { $days ->
        [one] 1 día
       *[other] { $days } días
    }
    Incluye:
btn-buy =
    ⭐ Comprar por { $price ->
        [one] 1 Star
       *[other] { $price } Stars
    }
btn-subscribe = 🔁 Suscribirse cada mes
btn-open-subscription = 🔁 Abrir la suscripción
subscribe-link = 🔁 Suscripción mensual al plan <b>{ $plan }</b> por { $price } ⭐: Telegram la renueva cada 30 días y puedes cancelarla cuando quieras en los ajustes de Telegram.
invoice-title = Fal Gram { $plan }
invoice-description =
    Plan { $plan } durante { $days ->
        [one] 1 día
       *[other] { $days } días
    }: lecturas ilimitadas y la astrología incluida en el plan.
precheckout-bad-payload = Esta factura ya no es válida. Vuelve a abrir los planes, por favor.
precheckout-wrong-currency = Esta factura no está en Telegram Stars.
precheckout-wrong-amount = El precio ha cambiado. Vuelve a abrir los planes para ver el precio actual.
precheckout-wrong-user = Esta factura se creó para otra cuenta.
precheckout-blocked = Las compras no están disponibles para esta cuenta. No se ha cobrado nada.
precheckout-downgrade = Tu plan { $plan } sigue activo; podrás comprar un plan inferior cuando termine.
payment-thanks = 🎉 ¡Gracias! Tu plan <b>{ $plan }</b> está activo hasta el { $date }.
payment-problem = ⚠️ Tu pago ha llegado, pero no he podido asociarlo a ningún plan. Ya he avisado al equipo de Fal Gram, que lo resolverá; también puedes escribir a /paysupport.
btn-refund-request = ↩️ Pedir el reembolso de { $amount } ⭐ ({ $date })
refund-requested = ✅ Tu solicitud de reembolso se ha enviado al equipo de Fal Gram. Te avisaré con un mensaje cuando esté resuelta.
refund-not-possible = Este pago ya no se puede reembolsar (es demasiado antiguo, ya se reembolsó o ya se solicitó su reembolso).
refund-done = ↩️ Reembolso completado: { $amount } ⭐. Se ha retirado el tiempo de plan que compraste con ese pago.
expiry-reminder =
    ⏳ Tu plan <b>{ $plan }</b> termina en { $days ->
        [one] 1 día
       *[other] { $days } días
    } ({ $date }). Renuévalo para conservar todas sus ventajas.
btn-renew = 🔁 Renovar
plan-expired = Tu plan <b>{ $plan }</b> ha terminado y ahora tienes el plan Gratis. Puedes volver a un plan premium cuando quieras.
plan-gifted =
    🎁 Te han regalado el plan <b>{ $plan }</b> durante { $days ->
        [one] 1 día
       *[other] { $days } días
    }: estará activo hasta el { $date }.
plan-cancelled = El equipo de Fal Gram ha finalizado tu plan premium. Si tienes dudas, escribe a /paysupport.

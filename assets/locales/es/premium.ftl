name-feature = { $feature ->
    [daily_horoscope] Horóscopo diario
    [moon_today] La Luna de hoy
    [unlimited_readings] Lecturas ilimitadas
    [birth_chart] Carta natal
    [weekly_horoscope] Horóscopo semanal
    [monthly_horoscope] Horóscopo mensual
    [compatibility] Compatibilidad
    [moon_calendar] Calendario lunar
    [moon_commentary] Mensaje lunar diario
    [moon_notifications] Avisos lunares
    [transits] Tránsitos
    [pdf_download] Descargas en PDF
    [astro_chatbot] Chat astral
   *[friends_compatibility] Compatibilidad con amigos
}
premium-compare = Compara los planes
premium-current = Tu plan: <b>{ $plan }</b>, hasta el { $date }.
premium-current-free = Tu plan: <b>Gratis</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ por { $days } días
    Incluye:
btn-buy = ⭐ Comprar por { $price } estrellas
btn-subscribe = 🔁 Suscribirse cada mes
btn-open-subscription = 🔁 Abrir la suscripción
subscribe-link = 🔁 Suscripción mensual a <b>{ $plan }</b> por { $price } ⭐; Telegram la renueva cada 30 días y puedes cancelarla cuando quieras en los ajustes de Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Plan { $plan } durante { $days } días: lecturas sin límite y la astrología del plan.
precheckout-bad-payload = Esta factura ya no es válida. Abre de nuevo los planes, por favor.
precheckout-wrong-currency = Esta factura no está en estrellas de Telegram.
precheckout-wrong-amount = El precio ha cambiado. Abre de nuevo los planes para ver el precio actual.
precheckout-wrong-user = Esta factura se creó para otra cuenta.
precheckout-downgrade = Tu plan { $plan } sigue activo; podrás comprar un plan inferior cuando termine.
payment-thanks = 🎉 ¡Gracias! <b>{ $plan }</b> está activo hasta el { $date }.
payment-problem = ⚠️ Tu pago llegó, pero no pude asociarlo a un plan. Ya se avisó a un administrador, que lo resolverá; también puedes escribir a /paysupport.
btn-refund-request = ↩️ Reembolsar { $amount } ⭐ ({ $date })
refund-requested = ✅ Tu solicitud de reembolso se envió a un administrador. Recibirás un mensaje cuando esté hecho.
refund-not-possible = Este pago ya no se puede reembolsar (es antiguo, ya se reembolsó o ya se solicitó).
refund-done = ↩️ Se te han reembolsado { $amount } ⭐. El tiempo de plan comprado con ellas se ha retirado.
expiry-reminder = ⏳ Tu plan <b>{ $plan }</b> termina en { $days ->
        [one] 1 día
       *[other] { $days } días
    } ({ $date }). Renuévalo para conservarlo todo.
btn-renew = 🔁 Renovar
plan-expired = Tu plan <b>{ $plan }</b> ha terminado; ahora tienes el plan gratuito. Puedes volver a premium cuando quieras.
plan-gifted = 🎁 Te han regalado <b>{ $plan }</b> durante { $days } días, activo hasta el { $date }.
plan-cancelled = Un administrador ha finalizado tu plan premium. Escribe a /paysupport si tienes dudas.

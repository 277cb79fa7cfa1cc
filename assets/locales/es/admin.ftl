admin-dashboard =
    📊 <b>Panel</b>
    👥 Usuarios: { $total } · nuevos hoy: { $new }
    🟢 Activos: { $today } hoy · { $week } en 7 días · { $month } en 30 días
    💎 Planes: Básico { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Ingresos: { $stars_today } hoy · { $stars_month } este mes · { $stars_total } en total
    ⚠️ Fallos de la IA (7 días): { $ai_failures }
    🔮 Lecturas por tipo:
admin-open-refunds = ↩️ Solicitudes de reembolso pendientes: { $count }
admin-chart-users = usuarios nuevos
admin-chart-stars = Stars
admin-gift-usage = Uso: <code>/gift ID_USUARIO PLAN DÍAS</code>, por ejemplo, <code>/gift 123456 premium 30</code> (planes: <code>basic</code>, <code>premium</code>, <code>vip</code>).
admin-no-user = No hay ningún usuario con el ID { $id }.
admin-gifted = ✅ El usuario { $id } tiene ahora el plan <b>{ $plan }</b> hasta el { $date }; ya se le ha avisado.
admin-cancelled = ✅ Se ha finalizado el plan del usuario { $id }; ya se le ha avisado.
admin-refunded = ✅ Reembolso de { $amount } ⭐ al usuario { $id } completado; se han retirado los días de plan comprados.
admin-refund-unknown = No hay ningún pago cobrado con ese ID de cargo (o ya se reembolsó).
admin-refund-failed = ❌ Telegram ha rechazado el reembolso: { $error }
admin-refund-request = ↩️ Solicitud de reembolso de { $name } (ID { $user }): { $amount } ⭐ por el plan { $plan }, pago del { $date }.
admin-payment-review = ⚠️ Hay un pago que revisar: { $amount } ⭐ del ID { $user }, cargo <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = El pagador está bloqueado; el pago se registró y se le concedió el plan.
admin-review-unreadable-payload = Su factura no corresponde a ningún plan, así que no se concedió nada.
admin-review-price-mismatch = El importe o la moneda no coinciden con el precio actual del plan; el plan se concedió.
btn-admin-refund = ↩️ Reembolsar
btn-admin-home = 📊 Panel
btn-admin-users = 👥 Usuarios
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Registros
btn-admin-settings = ⚙️ Ajustes
btn-admin-prompts = 🧠 Prompts
btn-admin-broadcast = 📣 Difusión
btn-admin-search = 🔍 Buscar
btn-prev = ◀️ Anterior
btn-next = Siguiente ▶️
admin-search-prompt = 🔍 Envía un ID de usuario, un @usuario o parte de un nombre.
admin-users-title = 👥 <b>Usuarios</b> — página { $page }
admin-users-empty = No se ha encontrado a nadie.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } hasta el { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · ID <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Lecturas: { $readings } · 🎁 Invitados: { $referrals }
    Estado: { $blocked } · última actividad: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Finalizar plan
btn-admin-block = 🚫 Bloquear
btn-admin-unblock = ✅ Desbloquear
btn-admin-reset-quota = ♻️ Restablecer lecturas gratis
admin-premium =
    💎 <b>Premium</b>
    Planes activos: Básico { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Vencen en los próximos 7 días
admin-logs-title = Eventos (los más recientes primero)
admin-logs-empty = No hay eventos.
btn-admin-all-levels = 📋 Todos
admin-settings-title = Ajustes (se aplican al instante)
admin-setting-prompt = ✏️ Envía el nuevo valor de «{ $key }» (valor actual: { $value }):
admin-setting-bad = ⚠️ No se ha guardado: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompts-title = 🧠 Elige un tipo de prompt:
admin-prompt-langs = 🧠 <b>{ $kind }</b>: elige un idioma (✏️ = editado):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Marcadores: { $placeholders }
admin-prompt-preview = Vista previa con valores de ejemplo:
admin-prompt-edit = ✏️ Envía el nuevo texto para <b>{ $kind }</b> / { $lang }. Marcadores permitidos: { $placeholders }
admin-prompt-bad = ⚠️ No se ha guardado: { $reason }
admin-prompt-saved = ✅ Prompt guardado; se usará a partir de la próxima solicitud.
btn-admin-edit = ✏️ Editar
btn-admin-reset = ♻️ Restablecer el original
admin-broadcast-pick = 📣 ¿A quién quieres enviar la difusión?
btn-admin-all-users = 👥 Todos
admin-broadcast-prompt =
    📣 Envía el texto del mensaje. Llegará a { $count ->
        [one] 1 usuario
       *[other] { $count } usuarios
    }.
admin-broadcast-preview =
    📣 Vista previa (se enviará a { $count ->
        [one] 1 usuario
       *[other] { $count } usuarios
    }):
btn-admin-send = ✅ Enviar
btn-admin-send-paid = ⚡ De pago, rápido (≈ { $stars } ⭐)
admin-broadcast-started =
    📣 Difusión n.º { $id } iniciada para { $count ->
        [one] 1 usuario
       *[other] { $count } usuarios
    }. Te iré informando del progreso.
admin-broadcast-progress = 📣 Difusión n.º { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Difusión n.º { $id } terminada. Entregados: { $sent } · bloqueados: { $blocked } · fallidos: { $failed }.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] pagado
   *[refunded] reembolsado
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] «{ $value }» no es una hora válida. Envíala en formato 09:00.
    [zone] No conozco la zona horaria «{ $value }». Envía una como Europe/Madrid.
    [range] «{ $value }» no está permitido aquí. Envía un número entero entre { $min } y { $max }.
   *[unknown] Este ajuste no existe.
}
name-setting = { $key ->
    [free_readings] Lecturas gratis por usuario
    [referral_bonus] Lecturas extra por invitación
    [daily_card_time] Hora predeterminada de la carta del día
    [daily_horoscope_time] Hora predeterminada del horóscopo diario
    [push_timezone] Zona horaria de las notificaciones
    [price_basic] Precio del plan Básico (Stars)
    [price_premium] Precio del plan Premium (Stars)
    [price_vip] Precio del plan VIP (Stars)
    [days_basic] Duración del plan Básico (días)
    [days_premium] Duración del plan Premium (días)
    [days_vip] Duración del plan VIP (días)
    [rate_user_per_minute] Mensajes por usuario y minuto
    [rate_ai_per_minute] Lecturas por usuario y minuto
    [refund_window_days] Plazo de reembolso (días)
    [chatbot_per_day] Preguntas diarias al Chat astral
   *[stars_usd_per_1000] Dólares por cada 1000 Stars (para los márgenes)
}
name-log-level = { $level ->
    [info] ℹ️ Información
    [warn] ⚠️ Advertencias
   *[error] ❌ Errores
}
name-log-kind = { $kind ->
    [payment] Pagos
    [refund_request] Solicitudes de reembolso
    [admin_refund] Reembolsos
    [admin_gift] Planes regalados
    [admin_cancel] Planes finalizados
    [admin_block] Bloqueos
    [admin_reset] Lecturas gratis restablecidas
    [admin_prompt] Prompts editados
    [admin_broadcast] Difusiones
    [ai_failure] Fallos de la IA
    [handler_error] Errores de procesamiento
   *[handler_panic] Caídas
}
name-prompt-source = { $source ->
    [override] editado
   *[embedded] original
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] El marcador {"{"}{ $name }{"}"} no está disponible para este prompt.
    [missing] El marcador {"{"}{ $name }{"}"} no tiene valor de ejemplo.
    [unclosed] Hay una llave «{"{"}» sin cerrar. Para escribir una llave tal cual, usa {"{{"}.
   *[empty] El prompt está vacío.
}
admin-readings-none = Todavía no hay lecturas.
admin-ai-spend =
    🤖 Gasto en IA: { $today } hoy, { $month } este mes ({ $calls ->
        [one] 1 solicitud
       *[other] { $calls } solicitudes
    })
admin-ai-per-reading =
    { $kind }: { $cost } por lectura ({ $readings ->
        [one] 1 lectura
       *[other] { $readings } lecturas
    })
admin-ai-margin = { $plan } este mes: ingresos por Stars { $revenue }, gasto en IA { $cost }, margen { $margin }
btn-admin-funnel = 📈 Embudo
admin-funnel-title = Embudo de primeros contactos, del { $from } al { $to }
name-funnel-step = { $step ->
    [first_contact] Primer contacto
    [first_reading] Primera lectura
    [quota_used_up] Lecturas gratis agotadas
    [invoice_sent] Factura abierta
    [paid] Pago
    [renewed] Renovación
   *[refunded] Reembolso
}
admin-funnel-line = { $step }: { $users ->
        [one] 1 usuario
       *[other] { $users } usuarios
    } ({ $share } del paso anterior)
admin-cohorts-title = Cohortes semanales: vuelven el día 1 / 7 / 30
admin-cohort-line = Semana del { $week }: { $users ->
        [one] 1 usuario
       *[other] { $users } usuarios
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Precios de IA
btn-admin-ai-price-set = ✏️ Fijar un precio
admin-ai-prices-title = Precios de IA (dólares estadounidenses por millón de tokens)
admin-ai-prices-none = Todavía no hay precios: no se sabe cuánto gasta ningún modelo hasta que le fijes uno.
admin-ai-price-line = { $model }: entrada { $input }, salida { $output }
admin-ai-price-prompt = Envía el modelo y sus dos precios por millón de tokens, primero el de entrada y luego el de salida, por ejemplo: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Eso no es una línea de precio válida. Envía el nombre del modelo y dos importes en dólares, por ejemplo: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Guardado — { $model }: entrada { $input }, salida { $output } por millón de tokens.
admin-star-balance = ⭐ Saldo de Stars en Telegram: { $amount }
admin-ai-unpriced = No hay precio definido para { $models }, así que su consumo no está incluido en estas cifras. Fija un precio con <code>falgram admin ai-price</code>.

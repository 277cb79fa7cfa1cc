admin-dashboard =
    📊 <b>Panel</b>
    👥 Usuarios: { $total } · nuevos hoy: { $new }
    🟢 Activos: hoy { $today } · 7 días { $week } · 30 días { $month }
    💎 Planes: basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Ingresos: hoy { $stars_today } · este mes { $stars_month } · total { $stars_total }
    ⚠️ Fallos de la IA (7 días): { $ai_failures }
    🔮 Lecturas por tipo:
admin-open-refunds = ↩️ Solicitudes de reembolso abiertas: { $count }
admin-chart-users = usuarios nuevos
admin-chart-stars = Estrellas
admin-gift-usage = Uso: <code>/gift ID_USUARIO PLAN DÍAS</code>, p. ej. <code>/gift 123456 premium 30</code> (planes: basic, premium, vip).
admin-no-user = No hay ningún usuario con id { $id }.
admin-gifted = ✅ El usuario { $id } tiene ahora <b>{ $plan }</b> hasta el { $date }; se le ha avisado.
admin-cancelled = ✅ Se ha finalizado el plan del usuario { $id }; se le ha avisado.
admin-refunded = ✅ { $amount } ⭐ reembolsadas al usuario { $id }; se retiraron los días de plan comprados.
admin-refund-unknown = No hay ningún pago cobrado con ese id (o ya se reembolsó).
admin-refund-failed = ❌ Telegram rechazó el reembolso: { $error }
admin-refund-request = ↩️ Solicitud de reembolso de { $name } (id { $user }): { $amount } ⭐ por { $plan }, pagado el { $date }.
btn-admin-refund = ↩️ Reembolsar
btn-admin-home = 📊 Administración
btn-admin-users = 👥 Usuarios
btn-admin-premium = 💎 Prémium
btn-admin-logs = 📜 Registro
btn-admin-settings = ⚙️ Ajustes
btn-admin-prompts = 🧠 Instrucciones
btn-admin-broadcast = 📣 Difusión
btn-admin-search = 🔍 Buscar
btn-prev = ◀️ Anterior
btn-next = Siguiente ▶️
admin-search-prompt = 🔍 Envía un id de usuario, un @usuario o parte de un nombre.
admin-users-title = 👥 <b>Usuarios</b> — página { $page }
admin-users-empty = No se encontró a nadie.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } hasta { $expiry }
    🔮 Lecturas: { $readings } · 🎁 Invitados: { $referrals }
    Estado: { $blocked } · visto por última vez { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Finalizar plan
btn-admin-block = 🚫 Bloquear
btn-admin-unblock = ✅ Desbloquear
btn-admin-reset-quota = ♻️ Restablecer lecturas gratis
admin-premium =
    💎 <b>Prémium</b>
    Planes activos: basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Terminan en los próximos 7 días
admin-logs-title = Eventos, los más recientes primero
admin-logs-empty = No hay eventos.
btn-admin-all-levels = todos
admin-settings-title = Ajustes (efectivos al momento)
admin-setting-prompt = ✏️ Nuevo valor para <code>{ $key }</code> (ahora: { $value }):
admin-setting-bad = ⚠️ No guardado: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Elige un tipo de instrucción y un idioma (✏️ = editado):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Marcadores: { $placeholders }
admin-prompt-preview = Vista previa con valores de ejemplo:
admin-prompt-edit = ✏️ Envía el nuevo texto para <b>{ $kind }</b> / { $lang }. Marcadores permitidos: { $placeholders }
admin-prompt-bad = ⚠️ No guardado: { $reason }
admin-prompt-saved = ✅ Instrucción guardada; se usa desde la próxima petición.
btn-admin-edit = ✏️ Editar
btn-admin-reset = ♻️ Volver al original
admin-broadcast-pick = 📣 ¿Quién debe recibir la difusión?
btn-admin-all-users = 👥 Todos
admin-broadcast-prompt = 📣 Envía el texto del mensaje. Llegará a { $count } usuario(s).
admin-broadcast-preview = 📣 Vista previa — para { $count } usuario(s):
btn-admin-send = ✅ Enviar
admin-broadcast-started = 📣 Difusión n.º { $id } iniciada para { $count } usuario(s). Seguirá el progreso.
admin-broadcast-progress = 📣 Difusión n.º { $id }: { $done } / { $total }
admin-broadcast-done = ✅ Difusión n.º { $id } terminada: { $sent } entregados, { $blocked } bloqueados, { $failed } fallidos.

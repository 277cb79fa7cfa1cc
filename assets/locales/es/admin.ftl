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

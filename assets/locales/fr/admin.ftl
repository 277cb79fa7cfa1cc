admin-dashboard =
    📊 <b>Tableau de bord</b>
    👥 Utilisateurs : { $total } · nouveaux aujourd'hui : { $new }
    🟢 Actifs : aujourd'hui { $today } · 7 jours { $week } · 30 jours { $month }
    💎 Formules : basic { $basic } · premium { $premium } · vip { $vip }
    ⭐ Recettes : aujourd'hui { $stars_today } · ce mois { $stars_month } · total { $stars_total }
    ⚠️ Échecs de l'IA (7 jours) : { $ai_failures }
    🔮 Tirages par type :
admin-open-refunds = ↩️ Demandes de remboursement ouvertes : { $count }
admin-chart-users = nouveaux utilisateurs
admin-chart-stars = Étoiles
admin-gift-usage = Utilisation : <code>/gift ID_UTILISATEUR FORMULE JOURS</code>, par ex. <code>/gift 123456 premium 30</code> (formules : basic, premium, vip).
admin-no-user = Aucun utilisateur avec l'id { $id }.
admin-gifted = ✅ L'utilisateur { $id } a maintenant <b>{ $plan }</b> jusqu'au { $date } ; il a été prévenu.
admin-cancelled = ✅ La formule de l'utilisateur { $id } est terminée ; il a été prévenu.
admin-refunded = ✅ { $amount } ⭐ remboursées à l'utilisateur { $id } ; les jours de formule achetés ont été retirés.
admin-refund-unknown = Aucun paiement encaissé avec cet identifiant (ou déjà remboursé).
admin-refund-failed = ❌ Telegram a refusé le remboursement : { $error }
admin-refund-request = ↩️ Demande de remboursement de { $name } (id { $user }) : { $amount } ⭐ pour { $plan }, payé le { $date }.
btn-admin-refund = ↩️ Rembourser

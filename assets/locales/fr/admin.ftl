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
btn-admin-home = 📊 Administration
btn-admin-users = 👥 Utilisateurs
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Journal
btn-admin-settings = ⚙️ Réglages
btn-admin-prompts = 🧠 Consignes
btn-admin-broadcast = 📣 Diffusion
btn-admin-search = 🔍 Chercher
btn-prev = ◀️ Précédent
btn-next = Suivant ▶️
admin-search-prompt = 🔍 Envoie un id d'utilisateur, un @pseudo ou une partie d'un nom.
admin-users-title = 👥 <b>Utilisateurs</b> — page { $page }
admin-users-empty = Personne trouvé.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } jusqu'au { $expiry }
    🔮 Tirages : { $readings } · 🎁 Invités : { $referrals }
    Statut : { $blocked } · vu pour la dernière fois le { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Arrêter la formule
btn-admin-block = 🚫 Bloquer
btn-admin-unblock = ✅ Débloquer
btn-admin-reset-quota = ♻️ Remettre les tirages gratuits
admin-premium =
    💎 <b>Premium</b>
    Formules actives : basic { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Se terminent dans les 7 prochains jours
admin-logs-title = Événements, les plus récents d'abord
admin-logs-empty = Aucun événement.
btn-admin-all-levels = tous
admin-settings-title = Réglages (effectifs immédiatement)
admin-setting-prompt = ✏️ Nouvelle valeur pour <code>{ $key }</code> (actuelle : { $value }) :
admin-setting-bad = ⚠️ Non enregistré : { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Choisis un type de consigne et une langue (✏️ = modifiée) :
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Variables : { $placeholders }
admin-prompt-preview = Aperçu avec des valeurs d'exemple :
admin-prompt-edit = ✏️ Envoie le nouveau texte pour <b>{ $kind }</b> / { $lang }. Variables autorisées : { $placeholders }
admin-prompt-bad = ⚠️ Non enregistré : { $reason }
admin-prompt-saved = ✅ Consigne enregistrée ; elle sert dès la prochaine requête.
btn-admin-edit = ✏️ Modifier
btn-admin-reset = ♻️ Revenir à l'original
admin-broadcast-pick = 📣 Qui doit recevoir la diffusion ?
btn-admin-all-users = 👥 Tout le monde
admin-broadcast-prompt = 📣 Envoie le texte du message. Il atteindra { $count } utilisateur(s).
admin-broadcast-preview = 📣 Aperçu — pour { $count } utilisateur(s) :
btn-admin-send = ✅ Envoyer
admin-broadcast-started = 📣 Diffusion nº { $id } lancée pour { $count } utilisateur(s). La progression suit.
admin-broadcast-progress = 📣 Diffusion nº { $id } : { $done } / { $total }
admin-broadcast-done = ✅ Diffusion nº { $id } terminée : { $sent } remis, { $blocked } bloqués, { $failed } en échec.

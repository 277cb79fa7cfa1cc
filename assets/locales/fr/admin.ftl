admin-dashboard =
    📊 <b>Tableau de bord</b>
    👥 Utilisateurs : { $total } · nouveaux aujourd’hui : { $new }
    🟢 Actifs : aujourd’hui { $today } · sur 7 jours { $week } · sur 30 jours { $month }
    💎 Formules : Essentiel { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Recettes : aujourd’hui { $stars_today } · ce mois-ci { $stars_month } · total { $stars_total }
    ⚠️ Échecs de l’IA (7 jours) : { $ai_failures }
    🔮 Lectures par type :
admin-open-refunds = ↩️ Demandes de remboursement en attente : { $count }
admin-chart-users = nouveaux utilisateurs
admin-chart-stars = Étoiles
admin-gift-usage = Syntaxe : <code>/gift ID_UTILISATEUR FORMULE JOURS</code>, par ex. <code>/gift 123456 premium 30</code> (codes de formule : basic, premium, vip).
admin-no-user = Aucun utilisateur avec l’identifiant { $id }.
admin-gifted = ✅ Utilisateur { $id } : <b>{ $plan }</b> jusqu’au { $date }. La personne a été prévenue.
admin-cancelled = ✅ La formule de l’utilisateur { $id } a été arrêtée. La personne a été prévenue.
admin-refunded = ✅ Remboursement de { $amount } ⭐ effectué pour l’utilisateur { $id } ; les jours de formule achetés ont été retirés.
admin-refund-unknown = Aucun paiement encaissé avec cet identifiant de transaction (ou il a déjà été remboursé).
admin-refund-failed = ❌ Telegram a refusé le remboursement : { $error }
admin-refund-request = ↩️ Demande de remboursement — { $name } (id { $user }) : { $amount } ⭐ pour { $plan }, paiement du { $date }.
btn-admin-refund = ↩️ Rembourser
btn-admin-home = 📊 Administration
btn-admin-users = 👥 Utilisateurs
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Journal
btn-admin-settings = ⚙️ Réglages
btn-admin-prompts = 🧠 Consignes IA
btn-admin-broadcast = 📣 Diffusion
btn-admin-search = 🔍 Rechercher
btn-prev = ◀️ Précédent
btn-next = Suivant ▶️
admin-search-prompt = 🔍 Envoie un identifiant, un @pseudo ou une partie d’un nom.
admin-users-title = 👥 <b>Utilisateurs</b> — page { $page }
admin-users-empty = Aucun résultat.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan } · fin : { $expiry }
    🔮 Lectures : { $readings } · 🎁 Personnes invitées : { $referrals }
    Statut : { $blocked } · dernière activité : { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Arrêter la formule
btn-admin-block = 🚫 Bloquer
btn-admin-unblock = ✅ Débloquer
btn-admin-reset-quota = ♻️ Réinitialiser les lectures gratuites
admin-premium =
    💎 <b>Premium</b>
    Formules actives : Essentiel { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Formules qui expirent dans les 7 prochains jours
admin-logs-title = Événements, du plus récent au plus ancien
admin-logs-empty = Aucun événement.
btn-admin-all-levels = tous
admin-settings-title = Réglages (appliqués immédiatement)
admin-setting-prompt = ✏️ Nouvelle valeur pour <code>{ $key }</code> (valeur actuelle : { $value }) :
admin-setting-bad = ⚠️ Non enregistré : { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Choisis un type de consigne et une langue (✏️ = modifiée) :
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Variables : { $placeholders }
admin-prompt-preview = Aperçu avec des valeurs d’exemple :
admin-prompt-edit = ✏️ Envoie le nouveau texte pour <b>{ $kind }</b> / { $lang }. Variables autorisées : { $placeholders }
admin-prompt-bad = ⚠️ Consigne non enregistrée : { $reason }
admin-prompt-saved = ✅ Consigne enregistrée ; elle s’applique dès la prochaine requête.
btn-admin-edit = ✏️ Modifier
btn-admin-reset = ♻️ Rétablir la version par défaut
admin-broadcast-pick = 📣 Qui doit recevoir la diffusion ?
btn-admin-all-users = 👥 Tout le monde
admin-broadcast-prompt = 📣 Envoie le texte du message. Il sera envoyé à { $count ->
        [one] { $count } utilisateur
       *[other] { $count } utilisateurs
    }.
admin-broadcast-preview = 📣 Aperçu — envoi à { $count ->
        [one] { $count } utilisateur
       *[other] { $count } utilisateurs
    } :
btn-admin-send = ✅ Envoyer
admin-broadcast-started = 📣 Diffusion n° { $id } lancée pour { $count ->
        [one] { $count } utilisateur
       *[other] { $count } utilisateurs
    }. La progression va s’afficher.
admin-broadcast-progress = 📣 Diffusion n° { $id } : { $done } / { $total }
admin-broadcast-done = ✅ Diffusion n° { $id } terminée — remis : { $sent } · bloqués : { $blocked } · échecs : { $failed }.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] payé
   *[refunded] remboursé
}

admin-dashboard =
    📊 <b>Tableau de bord</b>
    👥 Utilisateurs : { $total } · nouveaux aujourd’hui : { $new }
    🟢 Actifs : { $today } aujourd’hui · { $week } sur 7 jours · { $month } sur 30 jours
    💎 Formules : Essentiel { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Recettes : { $stars_today } aujourd’hui · { $stars_month } ce mois-ci · { $stars_total } au total
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
admin-payment-review = ⚠️ Un paiement est à vérifier : { $amount } ⭐ de l’id { $user }, transaction <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Le payeur est bloqué ; le paiement a été enregistré et la formule accordée.
admin-review-unreadable-payload = Sa facture ne correspond à aucune formule : rien n’a été accordé.
admin-review-price-mismatch = Le montant ou la devise diffère du prix actuel de la formule ; la formule a été accordée.
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
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } jusqu’au { $expiry }
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · id <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
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
btn-admin-all-levels = 📋 Tous
admin-settings-title = Réglages (appliqués immédiatement)
admin-setting-prompt = ✏️ Envoie la nouvelle valeur pour « { $key } » (valeur actuelle : { $value }) :
admin-setting-bad = ⚠️ Non enregistré : { $reason }
admin-setting-saved = ✅ { $key } : <b>{ $value }</b>
admin-prompts-title = 🧠 Choisis un type de consigne :
admin-prompt-langs = 🧠 <b>{ $kind }</b> : choisis une langue (✏️ = modifiée) :
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
btn-admin-send-paid = ⚡ Payant, rapide (≈ { $stars } ⭐)
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
# One line of the settings screen:
admin-setting-line = { $name } : <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] « { $value } » n’est pas une heure valide. Envoie-la au format 09:00.
    [zone] Je ne connais pas le fuseau horaire « { $value } ». Envoie un nom comme Europe/Paris.
    [range] « { $value } » n’est pas autorisé ici. Envoie un nombre entier de { $min } à { $max }.
   *[unknown] Ce réglage n’existe pas.
}
name-setting = { $key ->
    [free_readings] Lectures gratuites par utilisateur
    [referral_bonus] Lectures bonus par invitation
    [daily_card_time] Heure par défaut de la carte du jour
    [daily_horoscope_time] Heure par défaut de l’horoscope du jour
    [push_timezone] Fuseau horaire des notifications
    [price_basic] Prix de la formule Essentiel (Étoiles)
    [price_premium] Prix de la formule Premium (Étoiles)
    [price_vip] Prix de la formule VIP (Étoiles)
    [days_basic] Durée de la formule Essentiel (jours)
    [days_premium] Durée de la formule Premium (jours)
    [days_vip] Durée de la formule VIP (jours)
    [rate_user_per_minute] Messages par utilisateur et par minute
    [rate_ai_per_minute] Lectures par utilisateur et par minute
    [refund_window_days] Délai de remboursement (jours)
    [chatbot_per_day] Questions au Chat astro par jour
   *[stars_usd_per_1000] Dollars par tranche de 1 000 Étoiles (calcul des marges)
}
name-log-level = { $level ->
    [info] ℹ️ Infos
    [warn] ⚠️ Avertissements
   *[error] ❌ Erreurs
}
name-log-kind = { $kind ->
    [payment] Paiements
    [refund_request] Demandes de remboursement
    [admin_refund] Remboursements
    [admin_gift] Formules offertes
    [admin_cancel] Formules arrêtées
    [admin_block] Blocages
    [admin_reset] Réinitialisations des lectures gratuites
    [admin_prompt] Modifications de consignes
    [admin_broadcast] Diffusions
    [ai_failure] Échecs de l’IA
    [handler_error] Erreurs de traitement
   *[handler_panic] Plantages
}
name-prompt-source = { $source ->
    [override] modifiée
   *[embedded] par défaut
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] La variable {"{"}{ $name }{"}"} n’est pas disponible pour cette consigne.
    [missing] La variable {"{"}{ $name }{"}"} n’a pas de valeur d’exemple.
    [unclosed] Une accolade « {"{"} » n’est pas fermée. Pour écrire une accolade telle quelle, tape {"{{"}.
   *[empty] La consigne est vide.
}
admin-readings-none = Aucune lecture pour l’instant.
admin-ai-spend = 🤖 Coût de l’IA : { $today } aujourd’hui, { $month } ce mois-ci ({ $calls ->
        [one] { $calls } requête
       *[other] { $calls } requêtes
    })
admin-ai-per-reading = { $kind } : { $cost } par lecture ({ $readings ->
        [one] { $readings } lecture
       *[other] { $readings } lectures
    })
admin-ai-margin = { $plan } ce mois-ci : recettes en Étoiles { $revenue }, coût de l’IA { $cost }, marge { $margin }
btn-admin-funnel = 📈 Entonnoir
admin-funnel-title = Entonnoir des premiers contacts, du { $from } au { $to }
name-funnel-step = { $step ->
    [first_contact] Premier contact
    [first_reading] Première lecture
    [quota_used_up] Lectures gratuites épuisées
    [invoice_sent] Facture ouverte
    [paid] Paiement
    [renewed] Renouvellement
   *[refunded] Remboursement
}
admin-funnel-line = { $step } : { $users ->
        [one] { $users } utilisateur
       *[other] { $users } utilisateurs
    } ({ $share } de l’étape précédente)
admin-cohorts-title = Cohortes hebdomadaires : de retour à J1 / J7 / J30
admin-cohort-line = Semaine du { $week } : { $users ->
        [one] { $users } utilisateur
       *[other] { $users } utilisateurs
    } — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Prix de l’IA
btn-admin-ai-price-set = ✏️ Fixer un prix
admin-ai-prices-title = Prix de l’IA (dollars US par million de jetons)
admin-ai-prices-none = Aucun prix pour l’instant : le coût de chaque modèle reste inconnu tant que tu ne lui as pas fixé de prix.
admin-ai-price-line = { $model } : entrée { $input }, sortie { $output }
admin-ai-price-prompt = Envoie le modèle et ses deux prix par million de jetons, d’abord l’entrée puis la sortie, par exemple : <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Ce n’est pas une ligne de prix valide. Envoie le nom du modèle et deux montants en dollars, par exemple : <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Enregistré — { $model } : entrée { $input }, sortie { $output } par million de jetons.
admin-star-balance = ⭐ Solde d’Étoiles chez Telegram : { $amount }
admin-ai-unpriced = Aucun prix n’est défini pour { $models } : leur consommation n’est donc pas comptée dans ces chiffres. Fixe un prix avec <code>falgram admin ai-price</code>.

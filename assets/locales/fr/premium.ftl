name-feature = { $feature ->
    [daily_horoscope] Horoscope du jour
    [moon_today] La Lune du jour
    [unlimited_readings] Tirages illimités
    [birth_chart] Thème natal
    [weekly_horoscope] Horoscope de la semaine
    [monthly_horoscope] Horoscope du mois
    [compatibility] Compatibilité
    [moon_calendar] Calendrier lunaire
    [moon_commentary] Message lunaire du jour
    [moon_notifications] Alertes lunaires
    [transits] Transits
    [pdf_download] Téléchargements PDF
    [astro_chatbot] Astro-chat
   *[friends_compatibility] Compatibilité avec des amis
}
premium-compare = Comparer les formules
premium-current = Ta formule : <b>{ $plan }</b>, jusqu'au { $date }.
premium-current-free = Ta formule : <b>Gratuite</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ pour { $days } jours
    Inclus :
btn-buy = ⭐ Acheter pour { $price } étoiles
btn-subscribe = 🔁 S'abonner chaque mois
btn-open-subscription = 🔁 Ouvrir l'abonnement
subscribe-link = 🔁 Un abonnement mensuel à <b>{ $plan }</b> pour { $price } ⭐ ; Telegram le renouvelle tous les 30 jours et tu peux l'annuler à tout moment dans les réglages de Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Formule { $plan } pour { $days } jours : des tirages sans limite et l'astrologie de la formule.
precheckout-bad-payload = Cette facture n'est plus valable. Rouvre les formules, s'il te plaît.
precheckout-wrong-currency = Cette facture n'est pas en étoiles Telegram.
precheckout-wrong-amount = Le prix a changé. Rouvre les formules pour voir le prix actuel.
precheckout-wrong-user = Cette facture a été créée pour un autre compte.
precheckout-downgrade = Ta formule { $plan } est toujours en cours ; une formule inférieure pourra être achetée à sa fin.
payment-thanks = 🎉 Merci ! <b>{ $plan }</b> est active jusqu'au { $date }.
payment-problem = ⚠️ Ton paiement est arrivé mais je n'ai pas pu l'associer à une formule. Un administrateur est prévenu et va corriger ; tu peux aussi écrire à /paysupport.
btn-refund-request = ↩️ Rembourser { $amount } ⭐ ({ $date })
refund-requested = ✅ Ta demande de remboursement a été transmise à un administrateur. Tu recevras un message quand ce sera fait.
refund-not-possible = Ce paiement ne peut plus être remboursé (trop ancien, déjà remboursé ou déjà demandé).
refund-done = ↩️ { $amount } ⭐ t'ont été remboursées. Le temps de formule acheté avec elles a été retiré.
expiry-reminder = ⏳ Ta formule <b>{ $plan }</b> se termine dans { $days ->
        [one] 1 jour
       *[other] { $days } jours
    } ({ $date }). Renouvelle-la pour tout garder.
btn-renew = 🔁 Renouveler
plan-expired = Ta formule <b>{ $plan }</b> est terminée ; tu es maintenant en formule gratuite. Tu peux revenir au premium quand tu veux.
plan-gifted = 🎁 On t'a offert <b>{ $plan }</b> pour { $days } jours, active jusqu'au { $date }.
plan-cancelled = Ta formule premium a été arrêtée par un administrateur. Écris à /paysupport si tu as des questions.

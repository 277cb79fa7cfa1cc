name-feature = { $feature ->
    [daily_horoscope] Horoscope du jour
    [moon_today] La Lune du jour
    [unlimited_readings] Lectures illimitées
    [birth_chart] Thème natal
    [weekly_horoscope] Horoscope de la semaine
    [monthly_horoscope] Horoscope du mois
    [compatibility] Compatibilité
    [moon_calendar] Calendrier lunaire
    [moon_commentary] Le message quotidien de la Lune
    [moon_notifications] Notifications lunaires
    [sky_events] Les événements célestes du mois et leurs alertes
    [transits] Transits
    [pdf_download] Téléchargements PDF
    [astro_chatbot] Chat astro
    [solar_return] Révolution solaire : ton année à venir
   *[friends_compatibility] Compatibilité avec tes proches
}
premium-compare = Ce que t’offre chaque formule
# The first (free) tier, then each plan with what it adds to the one below:
plans-tier-base = Formule <b>{ $plan }</b> :
plans-tier-more = La formule <b>{ $plan }</b> ajoute :
premium-current = Ta formule : <b>{ $plan }</b>, jusqu’au { $date }.
premium-current-free = Ta formule : <b>Gratuite</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $price } ⭐ pour { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
    Ce qui est inclus :
btn-buy = ⭐ Acheter pour { $price ->
        [one] { $price } Étoile
       *[other] { $price } Étoiles
    }
btn-subscribe = 🔁 S’abonner au mois
btn-open-subscription = 🔁 Ouvrir l’abonnement
subscribe-link = 🔁 Abonnement mensuel à <b>{ $plan }</b> pour { $price } ⭐ : Telegram le renouvelle tous les 30 jours, et tu peux l’annuler à tout moment dans les paramètres de Telegram.
invoice-title = Fal Gram { $plan }
invoice-description = Formule { $plan } pour { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : lectures illimitées et fonctions astrologiques incluses dans la formule.
precheckout-bad-payload = Cette facture n’est plus valable. Rouvre les formules, s’il te plaît.
precheckout-wrong-currency = Cette facture n’est pas en Étoiles Telegram.
precheckout-wrong-amount = Le prix a changé. Rouvre les formules pour voir le prix actuel.
precheckout-wrong-user = Cette facture a été créée pour un autre compte.
precheckout-blocked = Les achats ne sont pas disponibles pour ce compte. Rien n’a été débité.
precheckout-downgrade = Ta formule { $plan } est toujours en cours ; tu pourras passer à une formule inférieure quand elle prendra fin.
payment-thanks = 🎉 Merci ! Ta formule <b>{ $plan }</b> est active jusqu’au { $date }.
payment-problem = ⚠️ Ton paiement est bien arrivé, mais je n’ai pas pu l’associer à une formule. Un administrateur a été prévenu et va régler le problème ; tu peux aussi écrire à /paysupport.
btn-refund-request = ↩️ Rembourser { $amount } ⭐ ({ $date })
refund-requested = ✅ Ta demande de remboursement a été transmise à un administrateur. Tu recevras un message dès qu’elle sera traitée.
refund-not-possible = Ce paiement ne peut plus être remboursé (trop ancien, déjà remboursé ou remboursement déjà demandé).
refund-done = ↩️ Remboursement effectué : { $amount } ⭐. La durée de formule achetée avec ce paiement a été retirée.
expiry-reminder = ⏳ Ta formule <b>{ $plan }</b> se termine dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $date }). Renouvelle-la pour tout garder.
btn-renew = 🔁 Renouveler
plan-expired = Ta formule <b>{ $plan }</b> a pris fin ; tu es maintenant en formule Gratuite. Tu peux repasser à Premium quand tu veux.
plan-gifted = 🎁 On t’offre <b>{ $plan }</b> pour { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, valable jusqu’au { $date }.
plan-cancelled = Ta formule Premium a été arrêtée par un administrateur. Écris à /paysupport si tu as des questions.

btn-sky = 🌌 Événements célestes
sky-title = Le ciel
sky-void-title = Lune vide de course aujourd’hui
sky-void-none = Aujourd’hui, la Lune n’est pas vide de course.
# $aspect_code: sa conjonction, son sextile/carré/trigone/opposition; $partner_code: le Soleil…
sky-void = { $from }–{ $to }, après { $aspect_code ->
        [conjunction] sa
       *[other] son
    } { $aspect } { $partner_code ->
        [sun] avec le { $partner }
        [moon] avec la { $partner }
        [north_node] avec le { $partner }
       *[other] avec { $partner }
    }
sky-void-whole = { $from }–{ $to }, sans former le moindre aspect dans ce signe
sky-coming-title = À venir
sky-coming-none = Ni station, ni changement de signe, ni éclipse dans les 30 prochains jours.
sky-station = { $when } · { $symbol } { $body_code ->
        [sun] Le { $body }
        [moon] La { $body }
       *[other] { $body }
    } { $direction ->
        [retrograde] devient rétrograde
       *[direct] { $body_code ->
            [venus] redevient directe
            [moon] redevient directe
           *[other] redevient direct
        }
    } à { $degree } { $sign_code ->
        [gemini] des { $sign }
        [pisces] des { $sign }
        [virgo] de la { $sign }
        [libra] de la { $sign }
       *[other] du { $sign }
    }
sky-ingress = { $when } · { $symbol } { $body_code ->
        [sun] Le { $body }
        [moon] La { $body }
       *[other] { $body }
    } entre en { $sign }
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Éclipse totale de Soleil
            [annular] Éclipse annulaire de Soleil
            [hybrid] Éclipse hybride de Soleil
           *[partial] Éclipse partielle de Soleil
        }
       *[lunar] 🌕 { $type ->
            [total] Éclipse totale de Lune
            [partial] Éclipse partielle de Lune
           *[penumbral] Éclipse pénombrale de Lune
        }
    } à { $degree } { $sign_code ->
        [gemini] des { $sign }
        [pisces] des { $sign }
        [virgo] de la { $sign }
        [libra] de la { $sign }
       *[other] du { $sign }
    }
sky-more-locked = { $hidden ->
        [one] { $hidden } autre événement ce mois-ci t’attend
       *[other] { $hidden } autres événements ce mois-ci t’attendent
    } dans la formule <b>{ $plan }</b>, avec une alerte la veille.
push-station = { $symbol } { $body_code ->
        [sun] Le { $body }
        [moon] La { $body }
       *[other] { $body }
    } { $direction ->
        [retrograde] devient rétrograde
       *[direct] { $body_code ->
            [venus] redevient directe
            [moon] redevient directe
           *[other] redevient direct
        }
    } demain à { $time }, à { $degree } { $sign_code ->
        [gemini] des { $sign }
        [pisces] des { $sign }
        [virgo] de la { $sign }
        [libra] de la { $sign }
       *[other] du { $sign }
    }.
push-eclipse = { $kind ->
        [solar] 🌑 { $type ->
            [total] Une éclipse totale de Soleil
            [annular] Une éclipse annulaire de Soleil
            [hybrid] Une éclipse hybride de Soleil
           *[partial] Une éclipse partielle de Soleil
        }
       *[lunar] 🌕 { $type ->
            [total] Une éclipse totale de Lune
            [partial] Une éclipse partielle de Lune
           *[penumbral] Une éclipse pénombrale de Lune
        }
    } aura lieu demain à { $time }, à { $degree } { $sign_code ->
        [gemini] des { $sign }
        [pisces] des { $sign }
        [virgo] de la { $sign }
        [libra] de la { $sign }
       *[other] du { $sign }
    }.
push-void-moon = ☽ La Lune est vide de course aujourd’hui : { $periods }. C’est le moment de terminer ce qui est en cours plutôt que de lancer du nouveau.

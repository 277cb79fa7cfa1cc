btn-sky = 🌌 Eventi celesti
sky-title = Il cielo
sky-void-title = Luna vuota di corso oggi
sky-void-none = Oggi la Luna non è vuota di corso.
# $aspect_code: la congiunzione, il sestile…; $partner_code: con il Sole…
sky-void = { $from }–{ $to }, dopo { $aspect_code ->
        [conjunction] la { $aspect }
        [square] la { $aspect }
        [opposition] l’{ $aspect }
       *[other] il { $aspect }
    } { $partner_code ->
        [sun] con il { $partner }
        [moon] con la { $partner }
        [north_node] con il { $partner }
       *[other] con { $partner }
    }
sky-void-whole = { $from }–{ $to }, senza alcun aspetto in questo segno
sky-coming-title = In arrivo
sky-coming-none = Nei prossimi 30 giorni nessuna stazione, nessun cambio di segno e nessuna eclissi.
sky-station = { $when } · { $symbol } { $body_code ->
        [sun] Il { $body }
        [moon] La { $body }
       *[other] { $body }
    } { $direction ->
        [retrograde] { $body_code ->
            [venus] diventa retrograda
            [moon] diventa retrograda
           *[other] diventa retrogrado
        }
       *[direct] { $body_code ->
            [venus] torna diretta
            [moon] torna diretta
           *[other] torna diretto
        }
    } a { $degree } { $sign_code ->
        [aries] dell’{ $sign }
        [aquarius] dell’{ $sign }
        [gemini] dei { $sign }
        [pisces] dei { $sign }
        [virgo] della { $sign }
        [libra] della { $sign }
        [scorpio] dello { $sign }
       *[other] del { $sign }
    }
sky-ingress = { $when } · { $symbol } { $body_code ->
        [sun] Il { $body }
        [moon] La { $body }
       *[other] { $body }
    } entra in { $sign }
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Eclissi solare totale
            [annular] Eclissi solare anulare
            [hybrid] Eclissi solare ibrida
           *[partial] Eclissi solare parziale
        }
       *[lunar] 🌕 { $type ->
            [total] Eclissi lunare totale
            [partial] Eclissi lunare parziale
           *[penumbral] Eclissi lunare penombrale
        }
    } a { $degree } { $sign_code ->
        [aries] dell’{ $sign }
        [aquarius] dell’{ $sign }
        [gemini] dei { $sign }
        [pisces] dei { $sign }
        [virgo] della { $sign }
        [libra] della { $sign }
        [scorpio] dello { $sign }
       *[other] del { $sign }
    }
sky-more-locked = { $hidden ->
        [one] Un altro evento di questo mese ti aspetta
       *[other] Altri { $hidden } eventi di questo mese ti aspettano
    } nel piano <b>{ $plan }</b>, con un avviso il giorno prima.
push-station = { $symbol } { $body_code ->
        [sun] Il { $body }
        [moon] La { $body }
       *[other] { $body }
    } { $direction ->
        [retrograde] { $body_code ->
            [venus] diventa retrograda
            [moon] diventa retrograda
           *[other] diventa retrogrado
        }
       *[direct] { $body_code ->
            [venus] torna diretta
            [moon] torna diretta
           *[other] torna diretto
        }
    } domani alle { $time }, a { $degree } { $sign_code ->
        [aries] dell’{ $sign }
        [aquarius] dell’{ $sign }
        [gemini] dei { $sign }
        [pisces] dei { $sign }
        [virgo] della { $sign }
        [libra] della { $sign }
        [scorpio] dello { $sign }
       *[other] del { $sign }
    }.
push-eclipse = { $kind ->
        [solar] 🌑 { $type ->
            [total] Un’eclissi solare totale
            [annular] Un’eclissi solare anulare
            [hybrid] Un’eclissi solare ibrida
           *[partial] Un’eclissi solare parziale
        }
       *[lunar] 🌕 { $type ->
            [total] Un’eclissi lunare totale
            [partial] Un’eclissi lunare parziale
           *[penumbral] Un’eclissi lunare penombrale
        }
    } è prevista per domani alle { $time }, a { $degree } { $sign_code ->
        [aries] dell’{ $sign }
        [aquarius] dell’{ $sign }
        [gemini] dei { $sign }
        [pisces] dei { $sign }
        [virgo] della { $sign }
        [libra] della { $sign }
        [scorpio] dello { $sign }
       *[other] del { $sign }
    }.
push-void-moon = ☽ Oggi la Luna è vuota di corso: { $periods }. È il momento di portare a termine le cose, più che di iniziarne di nuove.

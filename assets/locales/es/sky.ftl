btn-sky = 🌌 Eventos celestes
sky-title = El cielo
sky-void-title = Luna fuera de curso hoy
sky-void-none = Hoy la Luna no queda fuera de curso en ningún momento.
# "14:06–18:30, tras su cuadratura con Marte": the Moon's last aspect before it goes void.
sky-void = { $from }–{ $to }, tras su { $aspect } { $partner_code ->
        [sun] con el { $partner }
        [moon] con la { $partner }
        [north_node] con el { $partner }
       *[other] con { $partner }
    }
sky-void-whole = { $from }–{ $to }, sin ningún aspecto en este signo
sky-coming-title = Lo que viene
sky-coming-none = En los próximos 30 días no hay estaciones, ingresos ni eclipses.
sky-station = { $when } · { $symbol } { $body_code ->
        [sun] El { $body }
        [moon] La { $body }
        [north_node] El { $body }
       *[other] { $body }
    } se pone { $direction ->
        [retrograde] retrógrado
       *[direct] directo
    } a { $degree } de { $sign }
sky-ingress = { $when } · { $symbol } { $body_code ->
        [sun] El { $body }
        [moon] La { $body }
        [north_node] El { $body }
       *[other] { $body }
    } entra en { $sign }
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Eclipse solar total
            [annular] Eclipse solar anular
            [hybrid] Eclipse solar híbrido
           *[partial] Eclipse solar parcial
        }
       *[lunar] 🌕 { $type ->
            [total] Eclipse lunar total
            [partial] Eclipse lunar parcial
           *[penumbral] Eclipse lunar penumbral
        }
    } a { $degree } de { $sign }
sky-more-locked = { $hidden ->
        [one] Este mes hay un evento más: lo tienes
       *[other] Este mes hay { $hidden } eventos más: los tienes
    } en el plan <b>{ $plan }</b>, con aviso el día anterior.
push-station = { $symbol } { $body_code ->
        [sun] El { $body }
        [moon] La { $body }
        [north_node] El { $body }
       *[other] { $body }
    } se pone { $direction ->
        [retrograde] retrógrado
       *[direct] directo
    } mañana a las { $time }, a { $degree } de { $sign }.
push-eclipse = { $kind ->
        [solar] 🌑 Mañana a las { $time } hay un eclipse solar { $type ->
            [total] total
            [annular] anular
            [hybrid] híbrido
           *[partial] parcial
        }
       *[lunar] 🌕 Mañana a las { $time } hay un eclipse lunar { $type ->
            [total] total
            [partial] parcial
           *[penumbral] penumbral
        }
    }, a { $degree } de { $sign }.
push-void-moon = ☽ Hoy la Luna está fuera de curso: { $periods }. Buen momento para cerrar lo pendiente, no para empezar algo nuevo.

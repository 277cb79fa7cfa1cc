btn-sky = 🌌 Eventos celestes
sky-title = O céu
sky-void-title = Lua fora de curso hoje
sky-void-none = Hoje a Lua não fica fora de curso em nenhum momento.
# "14:06–18:30, depois da quadratura com Marte": the Moon's last aspect before it goes void.
sky-void = { $from }–{ $to }, depois { $aspect_code ->
        [sextile] do
        [trine] do
       *[other] da
    } { $aspect } { $partner_code ->
        [sun] com o { $partner }
        [moon] com a { $partner }
        [north_node] com o { $partner }
       *[other] com { $partner }
    }
sky-void-whole = { $from }–{ $to }, sem nenhum aspecto neste signo
sky-coming-title = O que vem por aí
sky-coming-none = Nenhuma estação, ingresso ou eclipse nos próximos 30 dias.
sky-station = { $when } · { $symbol } { $body_code ->
        [sun] O { $body }
        [moon] A { $body }
        [north_node] O { $body }
       *[other] { $body }
    } fica { $direction ->
        [retrograde] { $body_code ->
            [venus] retrógrada
            [moon] retrógrada
           *[other] retrógrado
        }
       *[direct] { $body_code ->
            [venus] direta
            [moon] direta
           *[other] direto
        }
    } em { $degree } de { $sign }
sky-ingress = { $when } · { $symbol } { $body_code ->
        [sun] O { $body }
        [moon] A { $body }
        [north_node] O { $body }
       *[other] { $body }
    } entra em { $sign }
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
    } em { $degree } de { $sign }
sky-more-locked = { $hidden ->
        [one] Mais { $hidden } evento deste mês está disponível
       *[other] Mais { $hidden } eventos deste mês estão disponíveis
    } no plano <b>{ $plan }</b>, com alerta na véspera.
push-station = { $symbol } { $body_code ->
        [sun] O { $body }
        [moon] A { $body }
        [north_node] O { $body }
       *[other] { $body }
    } fica { $direction ->
        [retrograde] { $body_code ->
            [venus] retrógrada
            [moon] retrógrada
           *[other] retrógrado
        }
       *[direct] { $body_code ->
            [venus] direta
            [moon] direta
           *[other] direto
        }
    } amanhã às { $time }, em { $degree } de { $sign }.
push-eclipse = { $kind ->
        [solar] 🌑 Amanhã às { $time } acontece um eclipse solar { $type ->
            [total] total
            [annular] anular
            [hybrid] híbrido
           *[partial] parcial
        }
       *[lunar] 🌕 Amanhã às { $time } acontece um eclipse lunar { $type ->
            [total] total
            [partial] parcial
           *[penumbral] penumbral
        }
    }, em { $degree } de { $sign }.
push-void-moon = ☽ Hoje a Lua fica fora de curso: { $periods }. Um bom momento para concluir o que já está em andamento, e não para começar algo novo.

btn-sky = 🌌 Sky events
sky-title = The sky
sky-void-title = Void-of-course Moon today
sky-void-none = The Moon is not void of course today.
sky-void = { $from }–{ $to }, after its { $aspect } to { $partner }
sky-void-whole = { $from }–{ $to }, with no aspect at all in this sign
sky-coming-title = Coming up
sky-coming-none = No stations, ingresses or eclipses in the next 30 days.
sky-station = { $when } · { $symbol } { $body } turns { $direction ->
        [retrograde] retrograde
       *[direct] direct
    } at { $degree } { $sign }
sky-ingress = { $when } · { $symbol } { $body } enters { $sign }
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Total solar eclipse
            [annular] Annular solar eclipse
            [hybrid] Hybrid solar eclipse
           *[partial] Partial solar eclipse
        }
       *[lunar] 🌕 { $type ->
            [total] Total lunar eclipse
            [partial] Partial lunar eclipse
           *[penumbral] Penumbral lunar eclipse
        }
    } at { $degree } { $sign }
sky-more-locked = { $hidden ->
        [one] One more event this month is
       *[other] { $hidden } more events this month are
    } in the <b>{ $plan }</b> plan, with alerts the day before.
push-station = { $symbol } { $body } turns { $direction ->
        [retrograde] retrograde
       *[direct] direct
    } tomorrow at { $time }, at { $degree } { $sign }.
push-eclipse = { $kind ->
        [solar] 🌑 { $type ->
            [total] A total solar eclipse
            [annular] An annular solar eclipse
            [hybrid] A hybrid solar eclipse
           *[partial] A partial solar eclipse
        }
       *[lunar] 🌕 { $type ->
            [total] A total lunar eclipse
            [partial] A partial lunar eclipse
           *[penumbral] A penumbral lunar eclipse
        }
    } is tomorrow at { $time }, at { $degree } { $sign }.
push-void-moon = ☽ The Moon is void of course today: { $periods }. A time to finish things rather than start them.

btn-sky = 🌌 Himmelsereignisse
sky-title = Der Himmel
sky-void-title = Mond ohne Kurs heute
sky-void-none = Heute ist der Mond zu keiner Zeit ohne Kurs.
sky-void = { $from }–{ $to }, nach { $aspect_code ->
        [conjunction] seiner Konjunktion mit { $partner_code ->
            [sun] der Sonne
            [moon] dem Mond
            [north_node] dem Nördlichen Mondknoten
           *[other] { $partner }
        }
        [opposition] seiner Opposition { $partner_code ->
            [sun] zur Sonne
            [moon] zum Mond
            [north_node] zum Nördlichen Mondknoten
           *[other] zu { $partner }
        }
       *[other] seinem { $aspect } { $partner_code ->
            [sun] zur Sonne
            [moon] zum Mond
            [north_node] zum Nördlichen Mondknoten
           *[other] zu { $partner }
        }
    }
sky-void-whole = { $from }–{ $to }, ohne jeden Aspekt in diesem Zeichen
sky-coming-title = Demnächst
sky-coming-none = In den nächsten 30 Tagen stehen keine Richtungswechsel, Zeichenwechsel oder Finsternisse an.
sky-station = { $when } · { $symbol } { $body_code ->
        [sun] Die Sonne
        [moon] Der Mond
       *[other] { $body }
    } wird auf { $degree } { $sign } { $direction ->
        [retrograde] rückläufig
       *[direct] direktläufig
    }
sky-ingress = { $when } · { $symbol } { $body_code ->
        [sun] Die Sonne
        [moon] Der Mond
       *[other] { $body }
    } tritt in { $sign_code ->
        [aries] den Widder
        [taurus] den Stier
        [gemini] die Zwillinge
        [cancer] den Krebs
        [leo] den Löwen
        [virgo] die Jungfrau
        [libra] die Waage
        [scorpio] den Skorpion
        [sagittarius] den Schützen
        [capricorn] den Steinbock
        [aquarius] den Wassermann
        [pisces] die Fische
       *[other] das Zeichen { $sign }
    } ein
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Totale Sonnenfinsternis
            [annular] Ringförmige Sonnenfinsternis
            [hybrid] Hybride Sonnenfinsternis
           *[partial] Partielle Sonnenfinsternis
        }
       *[lunar] 🌕 { $type ->
            [total] Totale Mondfinsternis
            [partial] Partielle Mondfinsternis
           *[penumbral] Halbschatten-Mondfinsternis
        }
    } auf { $degree } { $sign }
sky-more-locked = { $hidden ->
        [one] Ein weiteres Ereignis in diesem Monat siehst du im Tarif <b>{ $plan }</b> – samt Benachrichtigung am Vortag.
       *[other] { $hidden } weitere Ereignisse in diesem Monat siehst du im Tarif <b>{ $plan }</b> – samt Benachrichtigung am Vortag.
    }
push-station = { $symbol } { $body_code ->
        [sun] Die Sonne
        [moon] Der Mond
       *[other] { $body }
    } wird morgen um { $time } Uhr auf { $degree } { $sign } { $direction ->
        [retrograde] rückläufig
       *[direct] direktläufig
    }.
push-eclipse = { $kind ->
        [solar] 🌑
       *[lunar] 🌕
    } Morgen um { $time } Uhr gibt es eine { $kind ->
        [solar] { $type ->
            [total] totale Sonnenfinsternis
            [annular] ringförmige Sonnenfinsternis
            [hybrid] hybride Sonnenfinsternis
           *[partial] partielle Sonnenfinsternis
        }
       *[lunar] { $type ->
            [total] totale Mondfinsternis
            [partial] partielle Mondfinsternis
           *[penumbral] Halbschatten-Mondfinsternis
        }
    } auf { $degree } { $sign }.
push-void-moon = ☽ Der Mond ist heute ohne Kurs: { $periods }. Eine gute Zeit, Begonnenes abzuschließen, statt Neues anzufangen.

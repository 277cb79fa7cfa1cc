btn-sky = 🌌 Gökyüzü hareketleri
sky-title = Gökyüzü
sky-void-title = Bugün boşluktaki Ay
sky-void-none = Ay bugün boşlukta değil.
sky-void = { $from }–{ $to }, { $partner } ile yaptığı { $aspect_code ->
        [conjunction] kavuşumdan
        [sextile] sekstilden
        [square] kareden
        [trine] üçgenden
       *[opposition] karşıt açıdan
    } sonra
sky-void-whole = { $from }–{ $to }, bu burçta hiç açı yapmadan
sky-coming-title = Önümüzdeki günlerde
sky-coming-none = Önümüzdeki 30 günde retro ya da direkt dönüş, burç geçişi veya tutulma yok.
sky-station = { $when } · { $symbol } { $body } { $degree } { $sign_code ->
        [aries] Koç’ta
        [taurus] Boğa’da
        [gemini] İkizler’de
        [cancer] Yengeç’te
        [leo] Aslan’da
        [virgo] Başak’ta
        [libra] Terazi’de
        [scorpio] Akrep’te
        [sagittarius] Yay’da
        [capricorn] Oğlak’ta
        [aquarius] Kova’da
       *[pisces] Balık’ta
    } { $direction ->
        [retrograde] retroya giriyor
       *[direct] direkt harekete geçiyor
    }
sky-ingress = { $when } · { $symbol } { $body } { $sign } burcuna geçiyor
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑
       *[lunar] 🌕
    } { $degree } { $sign_code ->
        [aries] Koç’ta
        [taurus] Boğa’da
        [gemini] İkizler’de
        [cancer] Yengeç’te
        [leo] Aslan’da
        [virgo] Başak’ta
        [libra] Terazi’de
        [scorpio] Akrep’te
        [sagittarius] Yay’da
        [capricorn] Oğlak’ta
        [aquarius] Kova’da
       *[pisces] Balık’ta
    } { $kind ->
        [solar] { $type ->
            [total] tam Güneş tutulması
            [annular] halkalı Güneş tutulması
            [hybrid] hibrit Güneş tutulması
           *[partial] parçalı Güneş tutulması
        }
       *[lunar] { $type ->
            [total] tam Ay tutulması
            [partial] parçalı Ay tutulması
           *[penumbral] yarı gölgeli Ay tutulması
        }
    }
sky-more-locked = Bu ay { $hidden } gökyüzü olayı daha <b>{ $plan }</b> planında seni bekliyor; her biri için bir gün önceden bildirim de alırsın.
push-station = { $symbol } { $body } yarın { $degree } { $sign_code ->
        [aries] Koç’ta
        [taurus] Boğa’da
        [gemini] İkizler’de
        [cancer] Yengeç’te
        [leo] Aslan’da
        [virgo] Başak’ta
        [libra] Terazi’de
        [scorpio] Akrep’te
        [sagittarius] Yay’da
        [capricorn] Oğlak’ta
        [aquarius] Kova’da
       *[pisces] Balık’ta
    } { $direction ->
        [retrograde] retroya giriyor
       *[direct] direkt harekete geçiyor
    } (saat { $time }).
push-eclipse = { $kind ->
        [solar] 🌑
       *[lunar] 🌕
    } Yarın { $degree } { $sign_code ->
        [aries] Koç’ta
        [taurus] Boğa’da
        [gemini] İkizler’de
        [cancer] Yengeç’te
        [leo] Aslan’da
        [virgo] Başak’ta
        [libra] Terazi’de
        [scorpio] Akrep’te
        [sagittarius] Yay’da
        [capricorn] Oğlak’ta
        [aquarius] Kova’da
       *[pisces] Balık’ta
    } { $kind ->
        [solar] { $type ->
            [total] tam Güneş tutulması
            [annular] halkalı Güneş tutulması
            [hybrid] hibrit Güneş tutulması
           *[partial] parçalı Güneş tutulması
        }
       *[lunar] { $type ->
            [total] tam Ay tutulması
            [partial] parçalı Ay tutulması
           *[penumbral] yarı gölgeli Ay tutulması
        }
    } yaşanacak (saat { $time }).
push-void-moon = ☽ Ay bugün boşlukta: { $periods }. Yeni bir işe başlamaktan çok, elindekileri tamamlamanın zamanı.

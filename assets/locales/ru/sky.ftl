btn-sky = 🌌 Небесные события
sky-title = Небо
sky-void-title = Луна без курса сегодня
sky-void-none = Сегодня нет периодов Луны без курса.
sky-void = { $from }–{ $to }, после { $aspect_code ->
        [conjunction] соединения с { $partner_code ->
            [sun] Солнцем
            [moon] Луной
            [mercury] Меркурием
            [venus] Венерой
            [mars] Марсом
            [jupiter] Юпитером
            [saturn] Сатурном
            [uranus] Ураном
            [neptune] Нептуном
            [pluto] Плутоном
            [north_node] Северным узлом
           *[other] точкой «{ $partner }»
        }
       *[other] { $aspect_code ->
            [sextile] секстиля
            [square] квадрата
            [trine] трина
           *[opposition] оппозиции
        } к { $partner_code ->
            [sun] Солнцу
            [moon] Луне
            [mercury] Меркурию
            [venus] Венере
            [mars] Марсу
            [jupiter] Юпитеру
            [saturn] Сатурну
            [uranus] Урану
            [neptune] Нептуну
            [pluto] Плутону
            [north_node] Северному узлу
           *[other] точке «{ $partner }»
        }
    }
sky-void-whole = { $from }–{ $to }, весь этот знак Луна проходит без единого аспекта
sky-coming-title = Ближайшие события
sky-coming-none = В ближайшие 30 дней — ни разворотов планет, ни смены знаков, ни затмений.
sky-station = { $when } · { $symbol } { $body } становится { $direction ->
        [retrograde] { $body_code ->
            [moon] ретроградной
            [venus] ретроградной
           *[other] ретроградным
        }
       *[direct] { $body_code ->
            [moon] директной
            [venus] директной
           *[other] директным
        }
    } в { $degree } { $sign_code ->
        [aries] Овна
        [taurus] Тельца
        [gemini] Близнецов
        [cancer] Рака
        [leo] Льва
        [virgo] Девы
        [libra] Весов
        [scorpio] Скорпиона
        [sagittarius] Стрельца
        [capricorn] Козерога
        [aquarius] Водолея
        [pisces] Рыб
       *[other] знака «{ $sign }»
    }
sky-ingress = { $when } · { $symbol } { $body } входит в знак { $sign_code ->
        [aries] Овна
        [taurus] Тельца
        [gemini] Близнецов
        [cancer] Рака
        [leo] Льва
        [virgo] Девы
        [libra] Весов
        [scorpio] Скорпиона
        [sagittarius] Стрельца
        [capricorn] Козерога
        [aquarius] Водолея
        [pisces] Рыб
       *[other] «{ $sign }»
    }
sky-eclipse = { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] Полное солнечное затмение
            [annular] Кольцеобразное солнечное затмение
            [hybrid] Гибридное солнечное затмение
           *[partial] Частное солнечное затмение
        }
       *[lunar] 🌕 { $type ->
            [total] Полное лунное затмение
            [partial] Частное лунное затмение
           *[penumbral] Полутеневое лунное затмение
        }
    } в { $degree } { $sign_code ->
        [aries] Овна
        [taurus] Тельца
        [gemini] Близнецов
        [cancer] Рака
        [leo] Льва
        [virgo] Девы
        [libra] Весов
        [scorpio] Скорпиона
        [sagittarius] Стрельца
        [capricorn] Козерога
        [aquarius] Водолея
        [pisces] Рыб
       *[other] знака «{ $sign }»
    }
sky-more-locked = { $hidden ->
        [1] Ещё одно событие этого месяца доступно в тарифе <b>{ $plan }</b> — с уведомлением накануне.
        [one] Ещё { $hidden } событие этого месяца доступно в тарифе <b>{ $plan }</b> — с уведомлением накануне.
        [few] Ещё { $hidden } события этого месяца доступны в тарифе <b>{ $plan }</b> — с уведомлениями накануне.
        [many] Ещё { $hidden } событий этого месяца доступны в тарифе <b>{ $plan }</b> — с уведомлениями накануне.
       *[other] Ещё { $hidden } события этого месяца доступны в тарифе <b>{ $plan }</b> — с уведомлениями накануне.
    }
push-station = { $symbol } { $body } становится { $direction ->
        [retrograde] { $body_code ->
            [moon] ретроградной
            [venus] ретроградной
           *[other] ретроградным
        }
       *[direct] { $body_code ->
            [moon] директной
            [venus] директной
           *[other] директным
        }
    } завтра в { $time }, в { $degree } { $sign_code ->
        [aries] Овна
        [taurus] Тельца
        [gemini] Близнецов
        [cancer] Рака
        [leo] Льва
        [virgo] Девы
        [libra] Весов
        [scorpio] Скорпиона
        [sagittarius] Стрельца
        [capricorn] Козерога
        [aquarius] Водолея
        [pisces] Рыб
       *[other] знака «{ $sign }»
    }.
push-eclipse = { $kind ->
        [solar] 🌑
       *[lunar] 🌕
    } Завтра в { $time } — { $kind ->
        [solar] { $type ->
            [total] полное солнечное затмение
            [annular] кольцеобразное солнечное затмение
            [hybrid] гибридное солнечное затмение
           *[partial] частное солнечное затмение
        }
       *[lunar] { $type ->
            [total] полное лунное затмение
            [partial] частное лунное затмение
           *[penumbral] полутеневое лунное затмение
        }
    } в { $degree } { $sign_code ->
        [aries] Овна
        [taurus] Тельца
        [gemini] Близнецов
        [cancer] Рака
        [leo] Льва
        [virgo] Девы
        [libra] Весов
        [scorpio] Скорпиона
        [sagittarius] Стрельца
        [capricorn] Козерога
        [aquarius] Водолея
        [pisces] Рыб
       *[other] знака «{ $sign }»
    }.
push-void-moon = ☽ Сегодня Луна без курса: { $periods }. Время завершать начатое, а не браться за новое.

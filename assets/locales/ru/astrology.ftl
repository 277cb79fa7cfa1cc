name-sign = { $sign ->
    [aries] Овен
    [taurus] Телец
    [gemini] Близнецы
    [cancer] Рак
    [leo] Лев
    [virgo] Дева
    [libra] Весы
    [scorpio] Скорпион
    [sagittarius] Стрелец
    [capricorn] Козерог
    [aquarius] Водолей
   *[pisces] Рыбы
}
name-body = { $body ->
    [sun] Солнце
    [moon] Луна
    [mercury] Меркурий
    [venus] Венера
    [mars] Марс
    [jupiter] Юпитер
    [saturn] Сатурн
    [uranus] Уран
    [neptune] Нептун
    [pluto] Плутон
   *[north_node] Северный узел
}
name-aspect = { $aspect ->
    [conjunction] соединение
    [sextile] секстиль
    [square] квадрат
    [trine] трин
   *[opposition] оппозиция
}
name-phase = { $phase ->
    [new_moon] Новолуние
    [waxing_crescent] Молодая Луна
    [first_quarter] Первая четверть
    [waxing_gibbous] Растущая Луна
    [full_moon] Полнолуние
    [waning_gibbous] Убывающая Луна
    [last_quarter] Последняя четверть
   *[waning_crescent] Старая Луна
}
name-element = { $element ->
    [fire] огонь
    [earth] земля
    [air] воздух
   *[water] вода
}
name-modality = { $modality ->
    [cardinal] кардинальный
    [fixed] фиксированный
   *[mutable] мутабельный
}
name-push = { $kind ->
    [daily_card] Карта дня
    [daily_horoscope] Гороскоп на день
    [new_moon] Новолуние
    [full_moon] Полнолуние
    [stations] Начало и конец ретроградности (накануне)
    [eclipses] Затмения (накануне)
   *[void_moon] Луна без курса (в тот же день)
}
astro-locked = 🔒 Это доступно в тарифе <b>{ $plan }</b> и выше.
birth-needed = 🪐 Для этого мне нужны дата, время и место твоего рождения — по ним я рассчитаю, каким было небо в момент твоего рождения.
btn-birth-enter = ✍️ Ввести данные рождения
birth-date-prompt = 📅 Отправь свою <b>дату рождения</b>, например <code>15.07.1990</code> или <code>1990-07-15</code>.
person-date-prompt = 📅 Отправь <b>дату рождения</b> человека по имени { $name }, например <code>15.07.1990</code>.
birth-date-format = ⚠️ Я не смогла распознать здесь дату.
birth-date-month = ⚠️ Месяца { $month } не существует — месяцы нумеруются от 1 до 12.
birth-date-day = ⚠️ В { $year } году в месяце № { $month } нет { $day }-го числа.
birth-date-year = ⚠️ Я могу рассчитать карту только для дат с { $first } по { $last } год.
birth-date-future = ⚠️ Эта дата ещё не наступила.
birth-time-prompt = 🕰 Отправь <b>время рождения</b> в формате <code>ЧЧ:ММ</code> (24 часа), например <code>14:30</code>. Не знаешь точно? Нажми кнопку — тогда я построю карту на полдень, без домов.
btn-time-unknown = 🤷 Не знаю время
birth-time-format = ⚠️ Напиши время в формате ЧЧ:ММ, например 09:05 или 21:40.
birth-time-hour = ⚠️ Часа { $hour } не бывает — часы идут от 0 до 23.
birth-time-minute = ⚠️ Минуты { $minute } не бывает — минуты идут от 0 до 59.
birth-time-skipped = ⚠️ В тот день в этом месте часы переводили вперёд, поэтому времени { $time } просто не было. Проверь, пожалуйста, время.
birth-time-unknown-label = неизвестно
birth-place-prompt = 📍 Отправь <b>город рождения</b> (на любом языке, например <i>Москва</i>, <i>İstanbul</i> или <i>Paris, FR</i>) или поделись геопозицией кнопкой ниже.
btn-share-location = 📍 Поделиться геопозицией
birth-place-not-found = 🔎 Я не нашла город «{ $query }». Попробуй другое написание, добавь код страны (например <i>Paris, FR</i>) или поделись геопозицией.
birth-place-pick = 📍 Какой именно город?
birth-saved =
    ✅ <b>Данные рождения сохранены</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } (часовой пояс на эту дату: { $offset })
    ☀️ Солнечный знак: { $sign }
birth-no-houses = ℹ️ Без времени рождения нельзя рассчитать асцендент и дома, а положение Луны может отличаться на несколько градусов.
birth-next = Что дальше?
person-name-prompt = 👤 Как зовут этого человека? (до { $max ->
        [one] { $max } символа
        [few] { $max } символов
        [many] { $max } символов
       *[other] { $max } символа
    })
person-limit = Можно сохранить до { $max ->
        [one] { $max } человека
        [few] { $max } человек
        [many] { $max } человек
       *[other] { $max } человека
    }. Удали одну запись, чтобы добавить новую.
btn-synastry = 💞 Наша совместимость
btn-add-person = ➕ Добавить человека
chart-title = Твоя натальная карта
chart-caption = 🪐 Натальная карта: { $name } — { $date }, { $place }
chart-positions = Положения
chart-aspects = Основные аспекты
chart-asc = Асцендент:
chart-mc = Середина неба:
chart-house-fallback = Так близко к полюсу дома по { $wanted ->
        [koch] Коху
       *[placidus] Плацидусу
    } не строятся, поэтому в твоей карте используются дома по Порфирию.
chart-ask = Истолкуй мою натальную карту.
chart-json-caption = 🧾 Твоя карта в том виде, в каком я её рассчитала (тропический зодиак, геоцентрическая система, дома по Плацидусу). Её можно сверить с любыми эфемеридами.
btn-chart-json = 🧾 Данные карты (JSON)
btn-transits = 🔭 Транзиты
transits-title = Транзиты к твоей карте сегодня
transits-none = Сейчас нет значимых транзитов в пределах орба 2°.
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}{ $house }-й дом
    }
chart-aspect = { $first } { $aspect } с { $second_code ->
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
       *[other] точкой «{ $second }»
    } ({ $orb }°)
transit-line = { $transiting } { $aspect } к { $body ->
        [sun] натальному Солнцу
        [moon] натальной Луне
        [mercury] натальному Меркурию
        [venus] натальной Венере
        [mars] натальному Марсу
        [jupiter] натальному Юпитеру
        [saturn] натальному Сатурну
        [uranus] натальному Урану
        [neptune] натальному Нептуну
        [pluto] натальному Плутону
        [north_node] натальному Северному узлу
       *[other] натальной точке «{ $natal }»
    }
transit-exact = { $tense ->
        [past] точным был { $date }
       *[future] точным станет { $date }
    }
transit-not-exact = в ближайший год точным не станет
transit-stations-title = Развороты планет на точках твоей карты в ближайший год
transit-station = { $date } · { $symbol } { $body } становится { $direction ->
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
    } — прямо на { $natal_code ->
        [sun] твоём натальном Солнце
        [moon] твоей натальной Луне
        [mercury] твоём натальном Меркурии
        [venus] твоей натальной Венере
        [mars] твоём натальном Марсе
        [jupiter] твоём натальном Юпитере
        [saturn] твоём натальном Сатурне
        [uranus] твоём натальном Уране
        [neptune] твоём натальном Нептуне
        [pluto] твоём натальном Плутоне
        [north_node] твоём натальном Северном узле
       *[other] твоей натальной точке «{ $natal }»
    }
name-house-system = { $system ->
    [placidus] Плацидус
    [koch] Кох
    [equal] Равные дома
    [whole-sign] Целые знаки
    [porphyry] Порфирий
    [regiomontanus] Региомонтан
   *[campanus] Кампанус
}
btn-house-system = 🏠 Система домов: { $system }
btn-solar-return = 🎂 Мой новый год жизни (соляр)
solar-return-title = Твой соляр на { $year } год
solar-return-intro = 🎂 Солнце вернулось в ту же точку, где стояло в момент твоего рождения: { $date }. На этот момент я и построила карту твоего года. Место: { $place }.
solar-return-ask = Истолкуй мой соляр: что принесёт мне этот год?
house-system-pick = 🏠 <b>Система домов</b>
    Дома делят карту на двенадцать сфер жизни, а рассчитывают их астрологи по-разному. Плацидус — самая распространённая система, целые знаки — самая древняя. Выбери ту, что тебе ближе, — по ней будут строиться твоя карта, транзиты и толкования.
house-system-saved = ✅ Готово: теперь твоя карта строится по системе домов «{ $system }».
horoscope-intro = ♈ <b>Гороскоп</b>
    Выбери период, а затем свой знак — или один раз введи данные рождения, и я буду знать твой знак.
horoscope-intro-sign = ♈ <b>Гороскоп</b> для знака { $sign }. Выбери период:
horoscope-pick = Выбери знак:
horoscope-title = { $period ->
    [daily] гороскоп на день
    [weekly] гороскоп на неделю
   *[monthly] гороскоп на месяц
}, { $span }
btn-period = { $period ->
    [daily] На сегодня
    [weekly] На эту неделю
   *[monthly] На этот месяц
}
btn-other-sign = 🔄 Другой знак
compat-pick-first = 💞 <b>Совместимость</b>
    Выбери первый знак:
compat-pick-other = 💞 <b>Совместимость</b> со знаком { $sign }
    Выбери второй знак:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Ты и { $name }</b>
    { $hearts } { $score }/100 (по обеим натальным картам)
compat-ask = Опиши нашу совместимость.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Освещённость: { $illumination }% · Возраст Луны: { $age ->
        [one] { $age } день
        [few] { $age } дня
        [many] { $age } дней
       *[other] { $age } дня
    }
moon-zone = Часовой пояс: { $zone }
moon-calendar-title = Лунный календарь на ближайшие 30 дней
btn-moon-calendar = 📅 Календарь на 30 дней
btn-moon-commentary = 🔮 Послание Луны на сегодня
moon-commentary-title = 🔮 <b>Послание Луны на сегодня</b>
btn-notifications = 🔔 Уведомления
notify-title = Уведомления
notify-time-prompt = 🕘 Во сколько присылать уведомление «{ $kind }»? Отправь время в формате ЧЧ:ММ (часовой пояс { $zone }) или ЧЧ:ММ и часовой пояс, например <code>08:30 Europe/Moscow</code>.
notify-zone-unknown = ⚠️ Часовой пояс «{ $zone }» мне незнаком. Укажи название вроде <code>Europe/Moscow</code> или смещение вроде <code>+03:00</code>.
btn-turn-on = включить
btn-turn-off = выключить
push-moon = { $symbol } <b>{ $phase }</b> сегодня в { $time }.
push-footer = <i>Уведомления можно настроить в разделе 🌙 Лунный календарь → 🔔 Уведомления.</i>
chatbot-intro = 🤖 <b>Астрочат</b>
    Спрашивай что угодно о своей карте, транзитах или небе — я отвечаю, опираясь на твою рассчитанную натальную карту. В день можно задать до { $limit ->
        [one] { $limit } вопроса
        [few] { $limit } вопросов
        [many] { $limit } вопросов
       *[other] { $limit } вопроса
    }. Чтобы закончить, нажми «Выйти» или отправь /cancel.
chatbot-limit = ⏳ На сегодня вопросы закончились: лимит — { $limit ->
        [one] { $limit } вопрос
        [few] { $limit } вопроса
        [many] { $limit } вопросов
       *[other] { $limit } вопроса
    } в день. Чат снова откроется завтра.
chatbot-not-text = ✍️ Напиши, пожалуйста, вопрос текстом.
chatbot-reset-done = 🧹 Разговор очищен. Задавай новый вопрос.
btn-chat-reset = 🧹 Новый разговор
btn-chat-leave = 🚪 Выйти

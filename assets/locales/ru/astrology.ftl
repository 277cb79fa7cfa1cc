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
    [waxing_crescent] Растущий серп
    [first_quarter] Первая четверть
    [waxing_gibbous] Растущая Луна
    [full_moon] Полнолуние
    [waning_gibbous] Убывающая Луна
    [last_quarter] Последняя четверть
   *[waning_crescent] Убывающий серп
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
   *[full_moon] Полнолуние
}
astro-locked = 🔒 Это входит в тариф <b>{ $plan }</b> и выше.
birth-needed = 🪐 Для этого нужны дата, время и место твоего рождения — по ним рассчитывается небо.
btn-birth-enter = ✍️ Ввести данные рождения
birth-date-prompt = 📅 Отправь <b>дату рождения</b>, например <code>15.07.1990</code> или <code>1990-07-15</code>.
person-date-prompt = 📅 Отправь <b>дату рождения</b> человека { $name }, например <code>15.07.1990</code>.
birth-date-format = ⚠️ Не получилось прочитать это как дату.
birth-date-month = ⚠️ Месяца { $month } не бывает — месяцы от 1 до 12.
birth-date-day = ⚠️ В месяце { $month } года { $year } нет { $day }-го числа.
birth-date-year = ⚠️ Я рассчитываю карты для годов с { $first } по { $last }.
birth-date-future = ⚠️ Эта дата ещё не наступила.
birth-time-prompt = 🕰 Отправь <b>время рождения</b> в формате <code>ЧЧ:ММ</code> (24 часа), например <code>14:30</code>. Не знаешь точно? Нажми кнопку — карта будет построена на полдень, без домов.
btn-time-unknown = 🤷 Не знаю время
birth-time-format = ⚠️ Напиши время в формате ЧЧ:ММ, например 09:05 или 21:40.
birth-time-hour = ⚠️ Часа { $hour } не бывает — часы от 0 до 23.
birth-time-minute = ⚠️ Минуты { $minute } не бывает — минуты от 0 до 59.
birth-time-skipped = ⚠️ В этом месте часы переводили вперёд, поэтому { $time } в тот день не существовало. Проверь время, пожалуйста.
birth-time-unknown-label = неизвестно
birth-place-prompt = 📍 Отправь <b>город рождения</b> (на любом языке, например <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) или поделись геопозицией кнопкой ниже.
btn-share-location = 📍 Отправить геопозицию
birth-place-not-found = 🔎 Город «{ $query }» не найден. Попробуй другое написание, добавь код страны (например <i>Paris, FR</i>) или поделись геопозицией.
birth-place-pick = 📍 Какой именно?
birth-saved =
    ✅ <b>Данные рождения сохранены</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } на ту дату)
    ☀️ Солнечный знак: { $sign }
birth-no-houses = ℹ️ Без времени рождения нельзя рассчитать асцендент и дома, а градус Луны может отличаться на несколько градусов.
birth-next = Что дальше?
person-name-prompt = 👤 Как зовут этого человека? (до { $max } символов)
person-limit = Можно сохранить до { $max } человек. Удали кого-нибудь, чтобы добавить нового.
btn-synastry = 💞 Наша совместимость
btn-add-person = ➕ Добавить человека
chart-title = Твоя натальная карта
chart-caption = 🪐 Натальная карта: { $name } — { $date }, { $place }
chart-positions = Положения
chart-aspects = Главные аспекты
chart-asc = Асцендент:
chart-mc = Середина неба:
chart-whole-sign-fallback = На этой широте дома Плацидуса не существуют, поэтому показаны целые знаки.
chart-ask = Истолкуй мою натальную карту.
chart-json-caption = 🧾 Твоя карта в рассчитанном виде (тропическая, геоцентрическая, Плацидус). Её можно сверить с любыми эфемеридами.
btn-chart-json = 🧾 Данные карты (JSON)
btn-transits = 🔭 Транзиты
transits-title = Транзиты к твоей карте сегодня
transits-none = Сейчас нет значимых транзитов в пределах 2°.
transit-natal = натальный
transit-exact = точный { $date }
transit-not-exact = не станет точным в течение года
horoscope-intro = ♈ <b>Гороскоп</b>
    Выбери период, затем знак — или один раз введи данные рождения, и я буду знать твой знак.
horoscope-intro-sign = ♈ <b>Гороскоп</b> для знака { $sign }. Выбери период:
horoscope-pick = Выбери знак:
horoscope-title = { $period ->
    [daily] Гороскоп на день
    [weekly] Гороскоп на неделю
   *[monthly] Гороскоп на месяц
}, { $span }
btn-period = { $period ->
    [daily] Сегодня
    [weekly] На неделю
   *[monthly] На месяц
}
btn-other-sign = 🔄 Другой знак
compat-pick-first = 💞 <b>Совместимость</b>
    Выбери первый знак:
compat-pick-other = 💞 <b>Совместимость</b> со знаком { $sign }
    Выбери второй знак:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Ты и { $name }</b>
    { $hearts } { $score }/100 (по обеим картам)
compat-ask = Опиши нашу совместимость.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Освещённость: { $illumination }% · Возраст: { $age } дн.
moon-zone = Время указано для { $zone }
moon-calendar-title = Лунный календарь на 30 дней
btn-moon-calendar = 📅 Календарь на 30 дней
btn-moon-commentary = 🔮 Послание Луны на сегодня
moon-commentary-title = 🔮 <b>Послание Луны на сегодня</b>
btn-notifications = 🔔 Уведомления
notify-title = Уведомления
notify-time-prompt = 🕘 Во сколько присылать «{ $kind }»? Отправь ЧЧ:ММ (часовой пояс { $zone }) или ЧЧ:ММ и пояс, например <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ Часовой пояс «{ $zone }» мне неизвестен. Укажи название вроде <code>Europe/Moscow</code> или смещение вроде <code>+03:00</code>.
btn-turn-on = включить
btn-turn-off = выключить
push-moon = { $symbol } <b>{ $phase }</b> сегодня в { $time }.
push-footer = <i>Уведомления можно изменить в разделе 🌙 Луна → 🔔 Уведомления.</i>
chatbot-intro = 🤖 <b>Астрочат</b>
    Спрашивай что угодно о своей карте, транзитах или небе — я отвечаю по твоей рассчитанной карте. До { $limit } вопросов в день. Нажми «Выйти» или отправь /cancel, чтобы закончить.
chatbot-limit = ⏳ Сегодня ты задал(а) уже { $limit } вопросов. Чат снова откроется завтра.
chatbot-not-text = ✍️ Пожалуйста, напиши вопрос текстом.
chatbot-reset-done = 🧹 Разговор очищен. Задай новый вопрос.
btn-chat-reset = 🧹 Новый разговор
btn-chat-leave = 🚪 Выйти

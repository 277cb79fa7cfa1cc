name-sign = { $sign ->
    [aries] Aries
    [taurus] Taurus
    [gemini] Gemini
    [cancer] Cancer
    [leo] Leo
    [virgo] Virgo
    [libra] Libra
    [scorpio] Scorpio
    [sagittarius] Sagittarius
    [capricorn] Capricorn
    [aquarius] Aquarius
   *[pisces] Pisces
}
name-body = { $body ->
    [sun] Sun
    [moon] Moon
    [mercury] Mercury
    [venus] Venus
    [mars] Mars
    [jupiter] Jupiter
    [saturn] Saturn
    [uranus] Uranus
    [neptune] Neptune
    [pluto] Pluto
   *[north_node] North Node
}
name-aspect = { $aspect ->
    [conjunction] conjunction
    [sextile] sextile
    [square] square
    [trine] trine
   *[opposition] opposition
}
name-phase = { $phase ->
    [new_moon] New Moon
    [waxing_crescent] Waxing Crescent
    [first_quarter] First Quarter
    [waxing_gibbous] Waxing Gibbous
    [full_moon] Full Moon
    [waning_gibbous] Waning Gibbous
    [last_quarter] Last Quarter
   *[waning_crescent] Waning Crescent
}
name-element = { $element ->
    [fire] fire
    [earth] earth
    [air] air
   *[water] water
}
name-modality = { $modality ->
    [cardinal] cardinal
    [fixed] fixed
   *[mutable] mutable
}
name-push = { $kind ->
    [daily_card] Card of the day
    [daily_horoscope] Daily horoscope
    [new_moon] New Moon
    [full_moon] Full Moon
    [stations] Retrograde and direct stations (the day before)
    [eclipses] Eclipses (the day before)
   *[void_moon] Void-of-course Moon (on the day)
}
astro-locked = 🔒 This is part of the <b>{ $plan }</b> plan and the plans above it.
birth-needed = 🪐 For this I need your date, time and place of birth — I calculate the sky from them.
btn-birth-enter = ✍️ Enter birth details
birth-date-prompt = 📅 Send your <b>date of birth</b>, e.g. <code>15/07/1990</code> or <code>1990-07-15</code>.
person-date-prompt = 📅 Now send the <b>date of birth</b> for { $name }, e.g. <code>15/07/1990</code>.
birth-date-format = ⚠️ I could not read that as a date.
birth-date-month = ⚠️ There is no month { $month } — months go from 1 to 12.
birth-date-day = ⚠️ Month { $month } of { $year } has no day { $day }.
birth-date-year = ⚠️ I can calculate charts for the years { $first } to { $last }.
birth-date-future = ⚠️ That date is in the future.
birth-time-prompt = 🕰 Send the <b>time of birth</b> as <code>HH:MM</code> (24-hour), e.g. <code>14:30</code>. Not sure? Tap the button below — the chart will then be cast for noon, without houses.
btn-time-unknown = 🤷 I don’t know the time
birth-time-format = ⚠️ Please write the time as HH:MM, e.g. 09:05 or 21:40.
birth-time-hour = ⚠️ There is no hour { $hour } — hours go from 0 to 23.
birth-time-minute = ⚠️ There is no minute { $minute } — minutes go from 0 to 59.
birth-time-skipped = ⚠️ The clocks jumped forward there on that day, so { $time } never happened. Please check the time.
birth-time-unknown-label = unknown
birth-place-prompt = 📍 Send the <b>city of birth</b> (in any language, e.g. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) or share a location with the button below.
btn-share-location = 📍 Share location
birth-place-not-found = 🔎 I found no city called “{ $query }”. Try another spelling, add the country code (e.g. <i>Paris, FR</i>) or share a location.
birth-place-pick = 📍 Which one?
birth-saved =
    ✅ <b>Birth details saved</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } ({ $offset } on that date)
    ☀️ Sun sign: { $sign }
birth-no-houses = ℹ️ Without a birth time, the Ascendant and houses cannot be computed, and the Moon’s position may be off by a few degrees.
birth-next = What would you like to do next?
person-name-prompt =
    { $max ->
        [one] 👤 What is the person’s name? (up to 1 character)
       *[other] 👤 What is the person’s name? (up to { $max } characters)
    }
person-limit =
    { $max ->
        [one] You can save 1 person. Delete them to add someone else.
       *[other] You can save up to { $max } people. Delete one to add someone else.
    }
btn-synastry = 💞 Our compatibility
btn-add-person = ➕ Add a person
chart-title = Your birth chart
chart-caption = 🪐 Birth chart of { $name } — { $date }, { $place }
chart-positions = Positions
chart-aspects = Main aspects
chart-asc = Ascendant:
chart-mc = Midheaven:
chart-house-fallback = { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    } houses cannot be drawn this close to the pole, so your chart uses Porphyry houses.
chart-ask = Interpret my birth chart.
chart-json-caption = 🧾 Your chart as calculated (tropical, geocentric, Placidus). You can check it against any ephemeris.
btn-chart-json = 🧾 Chart data (JSON)
btn-transits = 🔭 Transits
transits-title = Transits to your chart today
transits-none = No major transits are within 2° right now.
# A planet in the chart table; $house is "none" without a birth time, $retro " ℞" or empty:
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}house { $house }
    }
# An aspect in the chart table; $aspect carries its symbol ("☌ conjunction"), $second_code
# is the second body's code (sun, moon…) for languages whose words agree with it:
chart-aspect = { $first } { $aspect } { $second } ({ $orb }°)
transit-line = { $transiting } { $aspect } natal { $natal }
transit-exact = { $tense ->
        [past] was exact on { $date }
       *[future] exact on { $date }
    }
transit-not-exact = not exact within the next year
transit-stations-title = Stations on your chart in the coming year
transit-station = { $date } · { $symbol } { $body } turns { $direction ->
        [retrograde] retrograde
       *[direct] direct
    } at { $degree } { $sign }, right on your natal { $natal }
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Equal
    [whole-sign] Whole Sign
    [porphyry] Porphyry
    [regiomontanus] Regiomontanus
   *[campanus] Campanus
}
btn-house-system = 🏠 Houses: { $system }
btn-solar-return = 🎂 My year ahead (solar return)
solar-return-title = Your solar return { $year }
solar-return-intro = 🎂 The Sun came back to its place at your birth on { $date }. I cast the chart of your year for that moment at { $place }.
solar-return-ask = Read my solar return: what does my year ahead hold?
house-system-pick = 🏠 <b>House system</b>
    Houses divide your chart into twelve areas of life, and astrologers draw them in different ways. Placidus is the most widely used; Whole Sign is the oldest. Pick the one you work with — your chart, transits and readings will follow it.
house-system-saved = ✅ Your chart now uses { $system } houses.
horoscope-intro = ♈ <b>Horoscope</b>
    Choose a period, then your sign — or enter your birth details once and I will remember your sign.
horoscope-intro-sign = ♈ <b>Horoscope</b> for { $sign }. Choose a period:
horoscope-pick = Choose a sign:
horoscope-title = { $period ->
    [daily] Daily horoscope
    [weekly] Weekly horoscope
   *[monthly] Monthly horoscope
}, { $span }
btn-period = { $period ->
    [daily] Today
    [weekly] This week
   *[monthly] This month
}
btn-other-sign = 🔄 Another sign
compat-pick-first = 💞 <b>Compatibility</b>
    Choose the first sign:
compat-pick-other = 💞 <b>Compatibility</b> with { $sign }
    Choose the other sign:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>You and { $name }</b>
    { $hearts } { $score }/100 (based on both birth charts)
compat-ask = Describe our compatibility.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Illuminated: { $illumination }% · Age: { $age ->
        [one] 1 day
       *[other] { $age } days
    }
moon-zone = Times shown in { $zone }
moon-calendar-title = Moon calendar: the next 30 days
btn-moon-calendar = 📅 30-day calendar
btn-moon-commentary = 🔮 The Moon’s message today
moon-commentary-title = 🔮 <b>The Moon’s message today</b>
btn-notifications = 🔔 Notifications
notify-title = Notifications
notify-time-prompt = 🕘 What time should “{ $kind }” arrive? Send HH:MM (time zone: { $zone }), or HH:MM followed by a time zone, e.g. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ “{ $zone }” is not a time zone I know. Use a name like <code>Europe/Istanbul</code> or an offset like <code>+03:00</code>.
btn-turn-on = turn on
btn-turn-off = turn off
push-moon = { $symbol } <b>{ $phase }</b> today at { $time }.
push-footer = <i>You can change notifications under 🌙 Moon calendar → 🔔 Notifications.</i>
chatbot-intro =
    🤖 <b>Astro chat</b>
    Ask me anything about your chart, your transits or the sky — I answer from your calculated chart. { $limit ->
        [one] Up to 1 question a day.
       *[other] Up to { $limit } questions a day.
    } Tap “Leave” or send /cancel to stop.
chatbot-limit =
    { $limit ->
        [one] ⏳ You have asked 1 question today — that is the daily limit. The chat opens again tomorrow.
       *[other] ⏳ You have asked { $limit } questions today — that is the daily limit. The chat opens again tomorrow.
    }
chatbot-not-text = ✍️ Please write your question as text.
chatbot-reset-done = 🧹 Conversation cleared. Ask me something new.
btn-chat-reset = 🧹 New conversation
btn-chat-leave = 🚪 Leave

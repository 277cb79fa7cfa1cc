# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Choose a spread, or see your card of the day:
btn-spread-one = 🂠 One card
btn-spread-three = 🔮 Past · Present · Future
btn-spread-celtic = ✨ Celtic Cross (10 cards)
btn-daily-card = 🌅 Card of the day
btn-draw-now = 🃏 Draw now
spread-one = One card
spread-three = Past · Present · Future
spread-celtic = Celtic Cross
tarot-question =
    🃏 <b>{ $spread }</b>

    Think of your question and send it to me (up to { $max ->
        [one] 1 character
       *[other] { $max } characters
    }), or tap “Draw now”.
tarot-question-text = Please write your question as text (up to { $max ->
        [one] 1 character
       *[other] { $max } characters
    }), or tap “Draw now”.
tarot-question-line = <i>Your question: { $question }</i>
pos-card = Your card
pos-past = Past
pos-present = Present
pos-future = Future
pos-situation = Situation
pos-challenge = Challenge
pos-foundation = Foundation
pos-recent-past = Recent past
pos-crown = Goal
pos-near-future = Near future
pos-self = You
pos-environment = Surroundings
pos-hopes-fears = Hopes and fears
pos-outcome = Outcome
upright = upright
reversed = reversed
daily-card-title = 🌅 <b>Your card of the day</b> — { $date }
btn-dream-followup = ❓ Ask about this dream
dream-followup-prompt = ❓ What would you like to know about this dream? (up to { $max ->
        [one] 1 character
       *[other] { $max } characters
    })
reading-title-dream-followup = 💭 <b>About your dream</b>
btn-share-x = 𝕏 Share on X
btn-share-telegram = ✈️ Share on Telegram
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Coffee cup reading
    [tarot] Tarot reading
    [dream] Dream interpretation
    [daily_card] Card of the day
    [daily_horoscope] Daily horoscope
    [weekly_horoscope] Weekly horoscope
    [monthly_horoscope] Monthly horoscope
    [birth_chart] Birth chart
    [compatibility] Compatibility
    [astro_chatbot] Astro chat
    [moon] The Moon’s message
    [solar_return] Solar return
   *[other] Reading
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] My coffee cup reading on Fal Gram surprised me ✨ Try yours:
    [tarot] My tarot reading on Fal Gram surprised me ✨ Try yours:
    [dream] Fal Gram interpreted my dream, and it surprised me ✨ Try yours:
    [daily_card] My card of the day on Fal Gram surprised me ✨ Draw yours:
    [daily_horoscope] My horoscope on Fal Gram surprised me ✨ Read yours:
    [weekly_horoscope] My horoscope on Fal Gram surprised me ✨ Read yours:
    [monthly_horoscope] My horoscope on Fal Gram surprised me ✨ Read yours:
    [birth_chart] Fal Gram read my birth chart, and it surprised me ✨ Try yours:
    [compatibility] Fal Gram read our compatibility, and it surprised me ✨ Try yours:
    [solar_return] Fal Gram read my year ahead from my solar return ✨ Try yours:
   *[other] My reading on Fal Gram surprised me ✨ Try yours:
}

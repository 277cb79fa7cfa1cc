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

    Think of your question and send it to me (up to { $max } characters), or tap “Draw now”.
tarot-question-text = Please write your question as text (up to { $max } characters), or tap “Draw now”.
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
dream-followup-prompt = ❓ What would you like to know about this dream? (up to { $max } characters)
reading-title-dream-followup = 💭 <b>About your dream</b>
kind-coffee = coffee cup
kind-tarot = tarot
kind-dream = dream
kind-daily-card = card of the day
share-text = My { $kind } reading on Fal Gram surprised me ✨ Try yours:
btn-share-x = 𝕏 Share on X
btn-share-telegram = ✈️ Share on Telegram

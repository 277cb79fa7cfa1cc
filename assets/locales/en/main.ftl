# Messages are Telegram HTML: callers pass variables already escaped.
welcome = ✨ Welcome to <b>Fal Gram</b>, { $name }!
    Coffee cup readings, tarot, dreams and astrology — interpreted for you by AI.
    Choose what you would like from the menu below.
menu-title = 🔮 <b>Fal Gram</b> — what would you like to explore?
help =
    <b>How Fal Gram works</b>
    ☕ <b>Coffee</b> — send a photo of your cup and get a reading.
    🃏 <b>Tarot</b> — draw one, three or ten cards.
    💭 <b>Dreams</b> — describe a dream and get its interpretation.
    ⭐ <b>Astrology</b> — horoscopes, birth chart, compatibility, Moon calendar.

    You get { $free ->
        [one] 1 free reading
       *[other] { $free } free readings
    }; inviting friends earns you bonus readings, and a paid plan makes readings unlimited.

    /menu — main menu
    /language — change language
    /cancel — stop the current step
    /terms — terms of use
    /paysupport — help with payments
terms =
    <b>Terms of use</b>
    Fal Gram offers readings for entertainment and self-reflection. They are not professional advice (medical, legal, financial or psychological).
    Payments are made in Telegram Stars. A paid plan runs for the period shown when you buy it.
    Photos you send for a reading go to the AI and are never stored. You can delete your data at any time with /forget.
paysupport =
    <b>Payment support</b>
    If something went wrong with a payment, write here what happened and when you paid. You can ask for a refund within { $days ->
        [one] 1 day
       *[other] { $days } days
    } of a purchase; an administrator reviews every request.
btn-coffee = ☕ Coffee
btn-tarot = 🃏 Tarot
btn-dream = 💭 Dreams
btn-horoscope = ♈ Horoscope
btn-birth-chart = 🪐 Birth chart
btn-compatibility = 💞 Compatibility
btn-moon = 🌙 Moon calendar
btn-chatbot = 🤖 Astro chat
btn-premium = 💎 Premium
btn-referral = 🎁 Invite friends
btn-history = 📜 My readings
btn-language = 🌐 Language
btn-help = ❓ Help
btn-back = ⬅️ Back
btn-menu = 🏠 Menu
btn-cancel = ✖️ Cancel
language-prompt = 🌐 Choose your language:
language-changed = ✅ Language set to English.
language-unknown = “{ $code }” is not a language I speak. Choose one of these:
cancel-done = ✖️ Cancelled. Nothing was used.
cancel-nothing = There is nothing to cancel.
# Between a label and its value ("Tarot — 3 cards"), spaces included:
dash = {" — "}
# Leaving a step that was not on the way to a reading (birth data, astro chat, admin):
cancel-plain = ✖️ Cancelled.
reading-busy = ⏳ One reading at a time: yours is being written right now. You can ask for the next one as soon as it arrives.
cancel-reading = ✖️ Stopped. That reading won’t be written, and nothing was used.
error-generic = 😔 Sorry, something went wrong on my end. Please try again in a moment — nothing was used.
error-interrupted = 🔄 I restarted while handling your last message. If you did not get a reply, please send it again.
callback-expired = This button is no longer valid. Here is the menu.
rate-limited =
    { $seconds ->
        [one] ⏳ You are going a little fast. Please wait 1 second.
       *[other] ⏳ You are going a little fast. Please wait { $seconds } seconds.
    }
rate-limited-ai =
    { $seconds ->
        [one] ⏳ Readings take a moment to prepare. Please wait 1 second before the next one.
       *[other] ⏳ Readings take a moment to prepare. Please wait { $seconds } seconds before the next one.
    }
unknown-input = I didn’t quite catch that. Choose something from the menu:
dream-prompt =
    { $max ->
        [one] 💭 Tell me your dream in as much detail as you remember (up to 1 character).
       *[other] 💭 Tell me your dream in as much detail as you remember (up to { $max } characters).
    }
dream-too-long = Your text is { $length ->
        [one] 1 character
       *[other] { $length } characters
    } long; the limit is { $max ->
        [one] 1 character
       *[other] { $max } characters
    }. Please shorten it and send it again — I am still listening.
dream-not-text = Please describe your dream in a text message.
dream-prompt-voice = 🎙 Or tell it in a voice message (up to { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }).
dream-not-text-or-voice = Please tell me your dream in a text or a voice message.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>I heard: “{ $text }”</i>
dream-voice-too-long = That voice message is { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } long; I can listen to { $max ->
        [one] 1 second
       *[other] { $max } seconds
    } at most. Please tell it more briefly, or type it — I am still listening.
dream-voice-unreadable = I can’t play that audio file. Please send a voice message (hold the 🎤 button) or type your dream.
dream-voice-unheard = I can’t listen to voice messages at the moment. Please type your dream instead — I am still listening.
reading-title-dream = 💭 <b>Your dream interpretation</b>
ai-blocked = 😔 I could not interpret this one. Please rephrase it and try again — no reading was used.
ai-failed = 😔 The reading service is not responding right now. Please try again in a few minutes — no reading was used.
quota-left =
    { $count ->
        [0] You have no free readings left.
        [one] You have 1 free reading left.
       *[other] You have { $count } free readings left.
    }
quota-exhausted =
    🌙 You have used { $free ->
        [one] your free reading
       *[other] all { $free } of your free readings
    }.
    Invite friends for bonus readings, or choose a plan for unlimited readings:
plan-line = { $plan } — { $price } ⭐ / { $days ->
        [one] 1 day
       *[other] { $days } days
    }
plan-free = Free
plan-basic = Basic
plan-premium = Premium
plan-vip = VIP

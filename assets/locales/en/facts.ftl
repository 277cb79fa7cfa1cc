# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = The sky from { $first } to { $last } (tropical zodiac, computed):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retrograde
fact-house = house { $house }
fact-enters = enters { $sign } on { $date }
fact-phase = { $phase }: { $date }
fact-station = { $body } turns { $direction ->
        [retrograde] retrograde
       *[direct] direct
    } on { $date } at { $sign } { $degree }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Total solar eclipse
            [annular] Annular solar eclipse
            [hybrid] Hybrid solar eclipse
           *[partial] Partial solar eclipse
        }
       *[lunar] { $type ->
            [total] Total lunar eclipse
            [partial] Partial lunar eclipse
           *[penumbral] Penumbral lunar eclipse
        }
    } on { $date } at { $sign } { $degree }
fact-ascendant = Ascendant: { $sign } { $degrees }
fact-midheaven = Midheaven: { $sign } { $degrees }
fact-no-birth-time = Birth time unknown: there is no Ascendant, Midheaven or houses — do not interpret them.
fact-aspects = Aspects:
fact-aspect = { $first } { $aspect } { $second } (orb { $orb }°)
fact-synastry-aspect = my { $mine } { $aspect } their { $theirs } (orb { $orb }°)
fact-sign-pair = Elements: { $first_element } and { $second_element }; modalities: { $first_modality } and { $second_modality }. Sign pair only, no birth charts.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = General guidance, no specific question.
ai-ask-daily-card = My card of the day.
ai-ask-cup = This photo shows my cup.
ai-ask-cup-saucer = The first photo shows my cup, the second my saucer.
ai-ask-moon = What does today’s Moon bring?

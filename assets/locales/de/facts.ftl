# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Der Himmel vom { $first } bis { $last } (tropischer Tierkreis, berechnet):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = rückläufig
fact-house = Haus { $house }
fact-enters = tritt am { $date } in { $sign } ein
fact-phase = { $phase }: { $date }
fact-ascendant = Aszendent: { $sign } { $degrees }
fact-midheaven = Medium Coeli (MC): { $sign } { $degrees }
fact-no-birth-time = Geburtszeit unbekannt: kein Aszendent, kein MC und keine Häuser – nicht deuten.
fact-aspects = Aspekte:
fact-aspect = { $first } { $aspect } { $second } (Orbis { $orb }°)
fact-synastry-aspect = { $mine } (ich) { $aspect } { $theirs } (die andere Person) (Orbis { $orb }°)
fact-sign-pair = Elemente: { $first_element } und { $second_element }; Qualitäten: { $first_modality } und { $second_modality }. Nur das Zeichenpaar, keine Geburtshoroskope.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Keine bestimmte Frage – ich wünsche mir eine allgemeine Orientierung.
ai-ask-daily-card = Meine Tageskarte.
ai-ask-cup = Auf diesem Foto ist meine Tasse.
ai-ask-cup-saucer = Auf dem ersten Foto ist meine Tasse, auf dem zweiten die Untertasse.
ai-ask-moon = Was bringt mir der Mond heute?

# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = Der Himmel vom { $first } bis zum { $last } (tropischer Tierkreis, berechnet):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = rückläufig
fact-house = Haus { $house }
fact-enters = tritt am { $date } in { $sign } ein
fact-phase = { $phase }: { $date }
fact-station = { $body } wird am { $date } auf { $sign } { $degree } { $direction ->
        [retrograde] rückläufig
       *[direct] direktläufig
    }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Totale Sonnenfinsternis
            [annular] Ringförmige Sonnenfinsternis
            [hybrid] Hybride Sonnenfinsternis
           *[partial] Partielle Sonnenfinsternis
        }
       *[lunar] { $type ->
            [total] Totale Mondfinsternis
            [partial] Partielle Mondfinsternis
           *[penumbral] Halbschatten-Mondfinsternis
        }
    } am { $date } auf { $sign } { $degree }
fact-ascendant = Aszendent: { $sign } { $degrees }
fact-midheaven = Medium Coeli (MC): { $sign } { $degrees }
fact-no-birth-time = Geburtszeit unbekannt: Aszendent, Medium Coeli und Hauspositionen sind nicht bekannt – deute sie nicht.
fact-aspects = Aspekte:
fact-aspect = { $first } { $aspect } { $second } (Orbis { $orb }°)
fact-synastry-aspect = { $mine } aus meinem Geburtshoroskop { $aspect } { $theirs } aus dem Geburtshoroskop der anderen Person (Orbis { $orb }°)
fact-sign-pair = Elemente: { $first_element } und { $second_element }; Qualitäten: { $first_modality } und { $second_modality }. Es geht nur um die beiden Sternzeichen, nicht um Geburtshoroskope.
fact-card = { $position }: { $card } ({ $orientation }) – Schlüsselbegriffe: { $keywords }
ai-ask-tarot = Ich habe keine bestimmte Frage und wünsche mir eine allgemeine Orientierung.
ai-ask-daily-card = Meine Tageskarte.
ai-ask-cup = Auf diesem Foto ist meine Tasse.
ai-ask-cup-saucer = Auf dem ersten Foto ist meine Tasse, auf dem zweiten meine Untertasse.
ai-ask-moon = Welche Botschaft hat der Mond heute für mich?

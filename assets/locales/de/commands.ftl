# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Begrüßung und Hauptmenü
cmd-menu = Hauptmenü
cmd-help = So funktioniert Fal Gram
cmd-language = Sprache ändern
cmd-cancel = Aktuellen Schritt abbrechen
cmd-terms = Nutzungsbedingungen
cmd-paysupport = Hilfe bei Zahlungen
cmd-mychart = Mein Geburtshoroskop als JSON-Datei

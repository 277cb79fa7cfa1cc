# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Benvenuto e menu principale
cmd-menu = Menu principale
cmd-help = Come funziona Fal Gram
cmd-language = Cambia lingua
cmd-cancel = Interrompi il passo attuale
cmd-terms = Condizioni d’uso
cmd-paysupport = Assistenza pagamenti
cmd-mychart = Il mio tema natale in JSON

# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Avvia il bot e apri il menu principale
cmd-menu = Menu principale
cmd-help = Come funziona Fal Gram
cmd-language = Cambia lingua
cmd-cancel = Annulla l’operazione in corso
cmd-terms = Condizioni d’uso
cmd-paysupport = Assistenza pagamenti
cmd-mychart = Il mio tema natale in formato JSON

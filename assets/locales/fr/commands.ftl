# Descriptions in Telegram’s command menu (setMyCommands).
cmd-start = Accueil et menu principal
cmd-menu = Menu principal
cmd-help = Comment fonctionne Fal Gram
cmd-language = Changer de langue
cmd-cancel = Arrêter l’étape en cours
cmd-terms = Conditions d’utilisation
cmd-paysupport = Aide pour les paiements
cmd-mychart = Mon thème natal (fichier JSON)

# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Welcome and main menu
cmd-menu = Main menu
cmd-help = How Fal Gram works
cmd-language = Change language
cmd-cancel = Stop the current step
cmd-terms = Terms of use
cmd-paysupport = Help with payments
cmd-mychart = My birth chart as a JSON file

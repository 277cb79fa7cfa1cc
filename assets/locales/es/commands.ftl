# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Bienvenida y menú principal
cmd-menu = Menú principal
cmd-help = Cómo funciona Fal Gram
cmd-language = Cambiar idioma
cmd-cancel = Detener el paso actual
cmd-terms = Condiciones de uso
cmd-paysupport = Ayuda con pagos
cmd-mychart = Mi carta astral en JSON

# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Bienvenida y menú principal
cmd-menu = Menú principal
cmd-help = Cómo funciona Fal Gram
cmd-language = Cambiar el idioma
cmd-cancel = Cancelar el paso actual
cmd-terms = Condiciones de uso
cmd-paysupport = Ayuda con los pagos
cmd-mychart = Mi carta natal en un archivo JSON

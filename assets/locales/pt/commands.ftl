# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Boas-vindas e menu principal
cmd-menu = Menu principal
cmd-help = Como o Fal Gram funciona
cmd-language = Mudar o idioma
cmd-cancel = Interromper a etapa atual
cmd-terms = Termos de uso
cmd-paysupport = Ajuda com pagamentos
cmd-mychart = Meu mapa astral em arquivo JSON

# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Приветствие и главное меню
cmd-menu = Главное меню
cmd-help = Как работает Fal Gram
cmd-language = Сменить язык
cmd-cancel = Прервать текущий шаг
cmd-terms = Условия использования
cmd-paysupport = Помощь с оплатой
cmd-mychart = Моя натальная карта в файле JSON

# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = Karşılama ve ana menü
cmd-menu = Ana menü
cmd-help = Fal Gram nasıl çalışır?
cmd-language = Dili değiştir
cmd-cancel = Geçerli adımı iptal et
cmd-terms = Kullanım koşulları
cmd-paysupport = Ödemelerle ilgili yardım
cmd-mychart = Doğum haritam (JSON dosyası)

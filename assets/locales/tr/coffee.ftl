# Coffee cup readings.
coffee-prompt =
    ☕ Kahve fincanının fotoğrafını gönder — geleneğe uygun şekilde kapatılmış ve soğumuş olsun. İstersen tabağın fotoğrafını da ekleyebilirsin.

    🔒 Fotoğrafların yalnızca falını yorumlayan yapay zekâya iletilir ve asla saklanmaz.
coffee-got-cup = ☕ Fincanın geldi. İstersen tabağın fotoğrafını da gönder ya da “Falıma bak” düğmesine dokun.
btn-read-cup = 🔮 Falıma bak
coffee-not-image = Bu bir fotoğraf değil. Lütfen fincanının resmini fotoğraf ya da görsel dosyası olarak gönder.
coffee-too-large = Bu dosya { $size } MB; en fazla { $max } MB kabul edebiliyorum. Lütfen daha küçük bir fotoğraf gönder.
coffee-bad-image = Bu dosyayı görsel olarak açamadım. Lütfen fincanının JPEG, PNG ya da WebP biçiminde bir fotoğrafını gönder.
reading-title-coffee = ☕ <b>Kahve falın</b>

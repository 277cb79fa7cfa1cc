# Coffee cup readings.
coffee-prompt =
    ☕ Fincanının fotoğrafını gönder — geleneğe uygun olarak kapatılmış ve soğumuş olsun. İstersen tabağın fotoğrafını da ekleyebilirsin.

    🔒 Fotoğrafların yalnızca yorumcuya iletilir ve asla saklanmaz.
coffee-got-cup = ☕ Fincanın geldi. Tabağın fotoğrafını da gönder ya da “Falıma bak”a dokun.
btn-read-cup = 🔮 Falıma bak
coffee-not-image = Bu bir fotoğraf değil. Lütfen fincanının resmini fotoğraf ya da resim dosyası olarak gönder.
coffee-too-large = Bu dosya { $size } MB; en fazla { $max } MB alabiliyorum. Lütfen daha küçük bir fotoğraf gönder.
coffee-bad-image = Bunu resim olarak açamadım. Lütfen fincanının JPEG, PNG ya da WebP fotoğrafını gönder.
reading-title-coffee = ☕ <b>Kahve falın</b>

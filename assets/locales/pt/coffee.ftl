# Coffee cup readings.
coffee-prompt =
    ☕ Envie uma foto da sua xícara de café — virada e já fria, como manda a tradição. Se quiser, envie também uma segunda foto, do pires.

    🔒 Suas fotos servem apenas para a leitura e nunca são armazenadas.
coffee-got-cup = ☕ Recebi sua xícara. Envie também uma foto do pires ou toque em “Ler minha xícara”.
btn-read-cup = 🔮 Ler minha xícara
coffee-not-image = Isso não é uma foto. Envie uma imagem da sua xícara, como foto ou como arquivo de imagem.
coffee-too-large = Este arquivo tem { $size } MB, e eu aceito no máximo { $max } MB. Envie uma foto menor, por favor.
coffee-bad-image = Não consegui abrir este arquivo como imagem. Envie uma foto da sua xícara em JPEG, PNG ou WebP.
reading-title-coffee = ☕ <b>Sua leitura da borra de café</b>

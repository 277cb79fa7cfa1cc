# Coffee cup readings.
coffee-prompt =
    ☕ Envie uma foto da sua xícara de café — virada e já fria, como manda a tradição. Você pode adicionar uma segunda foto do pires.

    🔒 Suas fotos vão só para a leitora e nunca são guardadas.
coffee-got-cup = ☕ Recebi sua xícara. Envie também uma foto do pires ou toque em “Ler minha xícara”.
btn-read-cup = 🔮 Ler minha xícara
coffee-not-image = Isso não é uma foto. Envie uma imagem da sua xícara, como foto ou arquivo de imagem.
coffee-too-large = Este arquivo tem { $size } MB; aceito até { $max } MB. Envie uma foto menor.
coffee-bad-image = Não consegui abrir isto como imagem. Envie uma foto JPEG, PNG ou WebP da sua xícara.
reading-title-coffee = ☕ <b>A leitura da sua xícara</b>

# Coffee cup readings.
coffee-prompt =
    ☕ Envía una foto de tu taza de café — boca abajo y ya fría, como manda la tradición. Puedes añadir una segunda foto del platillo.

    🔒 Tus fotos solo llegan a la lectora y nunca se guardan.
coffee-got-cup = ☕ Tengo tu taza. Envía también una foto del platillo o pulsa «Lee mi taza».
btn-read-cup = 🔮 Lee mi taza
coffee-not-image = Eso no es una foto. Envía una imagen de tu taza, como foto o como archivo de imagen.
coffee-too-large = Este archivo pesa { $size } MB; admito hasta { $max } MB. Envía una foto más pequeña.
coffee-bad-image = No he podido abrir esto como imagen. Envía una foto JPEG, PNG o WebP de tu taza.
reading-title-coffee = ☕ <b>La lectura de tu taza</b>

# Coffee cup readings.
coffee-prompt =
    ☕ Envía una foto de tu taza de café, boca abajo y ya fría, como manda la tradición. Si quieres, añade una segunda foto del platillo.

    🔒 Tus fotos solo se usan para hacer tu lectura y nunca se guardan.
coffee-got-cup = ☕ ¡Ya tengo tu taza! Envía también una foto del platillo o toca «Leer mi taza».
btn-read-cup = 🔮 Leer mi taza
coffee-not-image = Eso no es una foto. Envía una imagen de tu taza, como foto o como archivo de imagen.
coffee-too-large = Este archivo ocupa { $size } MB y el máximo que admito es de { $max } MB. Envía una foto más pequeña, por favor.
coffee-bad-image = No he podido abrir esto como imagen. Envía una foto de tu taza en formato JPEG, PNG o WebP.
reading-title-coffee = ☕ <b>Tu lectura de café</b>

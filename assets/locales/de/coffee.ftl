# Coffee cup readings.
coffee-prompt =
    ☕ Schick ein Foto deiner Kaffeetasse — umgedreht und abgekühlt, wie es die Tradition will. Du kannst ein zweites Foto der Untertasse hinzufügen.

    🔒 Deine Fotos gehen nur an die Deuterin und werden nie gespeichert.
coffee-got-cup = ☕ Deine Tasse ist da. Schick noch ein Foto der Untertasse oder tippe auf „Tasse deuten“.
btn-read-cup = 🔮 Tasse deuten
coffee-not-image = Das ist kein Foto. Bitte schick ein Bild deiner Tasse, als Foto oder als Bilddatei.
coffee-too-large = Diese Datei hat { $size } MB; ich nehme bis zu { $max } MB an. Bitte schick ein kleineres Foto.
coffee-bad-image = Das konnte ich nicht als Bild öffnen. Bitte schick ein JPEG-, PNG- oder WebP-Foto deiner Tasse.
reading-title-coffee = ☕ <b>Die Deutung deiner Kaffeetasse</b>

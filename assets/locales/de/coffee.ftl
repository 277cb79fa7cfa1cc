# Coffee cup readings.
coffee-prompt =
    ☕ Schick mir ein Foto deiner Kaffeetasse – umgedreht und abgekühlt, wie es die Tradition verlangt. Du kannst noch ein zweites Foto der Untertasse hinzufügen.

    🔒 Deine Fotos gehen nur an die KI, die deine Tasse deutet, und werden nie gespeichert.
coffee-got-cup = ☕ Deine Tasse ist da. Schick noch ein Foto der Untertasse oder tippe auf „Meine Tasse deuten“.
btn-read-cup = 🔮 Meine Tasse deuten
coffee-not-image = Das ist kein Foto. Bitte schick ein Bild deiner Tasse – als Foto oder als Bilddatei.
coffee-too-large = Diese Datei ist { $size } MB groß; ich kann höchstens { $max } MB annehmen. Bitte schick ein kleineres Foto.
coffee-bad-image = Ich konnte die Datei nicht als Bild öffnen. Bitte schick ein Foto deiner Tasse als JPEG, PNG oder WebP.
reading-title-coffee = ☕ <b>Deine Kaffeesatzdeutung</b>

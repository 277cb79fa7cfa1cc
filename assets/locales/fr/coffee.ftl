# Coffee cup readings.
coffee-prompt =
    ☕ Envoyez une photo de votre tasse de café — retournée et refroidie, comme le veut la tradition. Vous pouvez ajouter une seconde photo de la soucoupe.

    🔒 Vos photos ne vont qu’à la liseuse et ne sont jamais conservées.
coffee-got-cup = ☕ J’ai votre tasse. Envoyez aussi une photo de la soucoupe, ou touchez « Lire ma tasse ».
btn-read-cup = 🔮 Lire ma tasse
coffee-not-image = Ce n’est pas une photo. Envoyez une image de votre tasse, en photo ou en fichier image.
coffee-too-large = Ce fichier fait { $size } Mo ; j’accepte jusqu’à { $max } Mo. Envoyez une photo plus légère.
coffee-bad-image = Je n’ai pas pu ouvrir ceci comme une image. Envoyez une photo JPEG, PNG ou WebP de votre tasse.
reading-title-coffee = ☕ <b>La lecture de votre tasse</b>

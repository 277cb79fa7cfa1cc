# Coffee cup readings.
coffee-prompt =
    ☕ Envoie une photo de ta tasse de café, retournée et refroidie comme le veut la tradition. Tu peux ajouter une deuxième photo, celle de la soucoupe.

    🔒 Tes photos ne sont transmises qu’à l’IA qui lit ta tasse, et elles ne sont jamais conservées.
coffee-got-cup = ☕ J’ai bien reçu ta tasse. Envoie aussi une photo de la soucoupe, ou appuie sur « Lire ma tasse ».
btn-read-cup = 🔮 Lire ma tasse
coffee-not-image = Ce n’est pas une photo. Envoie une image de ta tasse, en photo ou en fichier image.
coffee-too-large = Ce fichier fait { $size } Mo ; j’accepte jusqu’à { $max } Mo. Envoie une photo plus légère, s’il te plaît.
coffee-bad-image = Je n’arrive pas à ouvrir ce fichier comme une image. Envoie une photo de ta tasse au format JPEG, PNG ou WebP.
reading-title-coffee = ☕ <b>La lecture de ta tasse</b>

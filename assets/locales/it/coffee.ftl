# Coffee cup readings.
coffee-prompt =
    ☕ Invia una foto della tua tazzina — capovolta e raffreddata, come vuole la tradizione. Puoi aggiungere una seconda foto del piattino.

    🔒 Le tue foto arrivano solo alla lettrice e non vengono mai conservate.
coffee-got-cup = ☕ Ho la tua tazzina. Invia anche una foto del piattino oppure tocca «Leggi la mia tazzina».
btn-read-cup = 🔮 Leggi la mia tazzina
coffee-not-image = Questa non è una foto. Invia un’immagine della tua tazzina, come foto o come file immagine.
coffee-too-large = Questo file pesa { $size } MB; accetto fino a { $max } MB. Invia una foto più leggera.
coffee-bad-image = Non sono riuscita ad aprirlo come immagine. Invia una foto JPEG, PNG o WebP della tua tazzina.
reading-title-coffee = ☕ <b>La lettura della tua tazzina</b>

# Coffee cup readings.
coffee-prompt =
    ☕ Inviami una foto della tua tazzina, capovolta e lasciata raffreddare come vuole la tradizione. Puoi aggiungere una seconda foto del piattino.

    🔒 Le tue foto servono solo per la lettura e non vengono mai conservate.
coffee-got-cup = ☕ Ho ricevuto la tua tazzina. Inviami anche una foto del piattino oppure tocca «Leggi la mia tazzina».
btn-read-cup = 🔮 Leggi la mia tazzina
coffee-not-image = Questa non è una foto. Inviami un’immagine della tua tazzina, come foto o come file immagine.
coffee-too-large = Questo file pesa { $size } MB, ma posso accettare al massimo { $max } MB. Inviami una foto più leggera.
coffee-bad-image = Non sono riuscita ad aprire il file come immagine. Inviami una foto della tua tazzina in formato JPEG, PNG o WebP.
reading-title-coffee = ☕ <b>La lettura dei tuoi fondi di caffè</b>

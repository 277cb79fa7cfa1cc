# Coffee cup readings.
coffee-prompt =
    ☕ Send a photo of your coffee cup — turned upside down and cooled, as tradition asks. You can add a second photo of the saucer.

    🔒 Your photos are sent only to the AI reader and are never stored.
coffee-got-cup = ☕ Got your cup. Send a photo of the saucer too, or tap “Read my cup”.
btn-read-cup = 🔮 Read my cup
coffee-not-image = That is not a photo. Please send a picture of your cup, as a photo or an image file.
coffee-too-large = This file is { $size } MB; I can take up to { $max } MB. Please send a smaller photo.
coffee-bad-image = I could not open this as an image. Please send a JPEG, PNG or WebP photo of your cup.
reading-title-coffee = ☕ <b>Your coffee cup reading</b>

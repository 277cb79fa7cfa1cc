# Messages are Telegram HTML: callers pass variables already escaped.
welcome =
    ✨ ¡Hola, { $name }! Te doy la bienvenida a <b>Fal Gram</b>.
    Lectura de café, tarot, sueños y astrología: todo interpretado para ti con inteligencia artificial.
    Elige en el menú de abajo lo que quieras consultar.
menu-title = 🔮 <b>Fal Gram</b>: ¿qué te gustaría explorar?
help =
    <b>Cómo funciona Fal Gram</b>
    ☕ <b>Café</b>: envía una foto de tu taza y recibe su lectura.
    🃏 <b>Tarot</b>: saca una, tres o diez cartas.
    💭 <b>Sueños</b>: cuéntame un sueño y recibe su interpretación.
    ⭐ <b>Astrología</b>: horóscopos, carta natal, compatibilidad y calendario lunar.

    { $free ->
        [one] Tienes 1 lectura gratis
       *[other] Tienes { $free } lecturas gratis
    }; si invitas a tus amigos, consigues más, y con un plan premium las lecturas son ilimitadas.

    /menu — menú principal
    /language — cambiar el idioma
    /cancel — cancelar el paso actual
    /terms — condiciones de uso
    /paysupport — ayuda con los pagos
terms =
    <b>Condiciones de uso</b>
    Fal Gram ofrece lecturas con fines de entretenimiento y reflexión personal. No constituyen asesoramiento profesional (médico, legal, financiero ni psicológico).
    Los pagos se realizan con Telegram Stars. Cada plan premium dura el periodo indicado en el momento de la compra.
    Las fotos que envías para una lectura las procesa la IA y nunca se guardan. Puedes borrar tus datos en cualquier momento con /forget.
paysupport =
    <b>Ayuda con los pagos</b>
    Si algo salió mal con un pago, escribe aquí qué ocurrió y cuándo pagaste. Puedes pedir un reembolso en un plazo de { $days ->
        [one] 1 día
       *[other] { $days } días
    } desde la compra; el equipo de Fal Gram revisa cada solicitud.
btn-coffee = ☕ Café
btn-tarot = 🃏 Tarot
btn-dream = 💭 Sueños
btn-horoscope = ♈ Horóscopo
btn-birth-chart = 🪐 Carta natal
btn-compatibility = 💞 Compatibilidad
btn-moon = 🌙 Calendario lunar
btn-chatbot = 🤖 Chat astral
btn-premium = 💎 Premium
btn-referral = 🎁 Invitar amigos
btn-history = 📜 Mis lecturas
btn-language = 🌐 Idioma
btn-help = ❓ Ayuda
btn-back = ⬅️ Atrás
btn-menu = 🏠 Menú
btn-cancel = ✖️ Cancelar
language-prompt = 🌐 Elige tu idioma:
language-changed = ✅ Idioma cambiado a español.
language-unknown = «{ $code }» no es un idioma que yo hable. Elige uno de estos:
cancel-done = ✖️ Cancelado. No se ha descontado nada.
# Between a label and its value, spaces included:
dash = {" — "}
# Leaving a step that was not on the way to a reading (birth data, astro chat, admin):
cancel-plain = ✖️ Cancelado.
reading-busy = ⏳ Una lectura cada vez: la tuya se está escribiendo ahora mismo. Podrás pedir la siguiente en cuanto llegue.
cancel-reading = ✖️ Detenido. Esa lectura no se escribirá y no se ha descontado nada.
cancel-nothing = No hay nada que cancelar.
error-generic = 😔 Lo siento, algo ha fallado. Vuelve a intentarlo en un momento; no se ha descontado nada.
error-interrupted = 🔄 Me he reiniciado mientras procesaba tu último mensaje. Si no has recibido respuesta, vuelve a enviármelo, por favor.
callback-expired = Este botón ya no funciona. Aquí tienes el menú.
rate-limited =
    ⏳ Vas un poco rápido. Espera { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }, por favor.
rate-limited-ai =
    ⏳ Cada lectura necesita un momento de preparación. Espera { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    } antes de pedir la siguiente.
unknown-input = No te he entendido bien. Elige una opción del menú:
dream-prompt =
    💭 Cuéntame tu sueño con todo el detalle que recuerdes (máximo { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    }).
dream-too-long =
    Tu texto tiene { $length ->
        [one] 1 carácter
       *[other] { $length } caracteres
    } y el límite es de { $max ->
        [one] 1 carácter
       *[other] { $max } caracteres
    }. Acórtalo y vuelve a enviármelo; sigo aquí, escuchándote.
dream-not-text = Cuéntame tu sueño en un mensaje de texto, por favor.
dream-prompt-voice =
    🎙 O cuéntamelo en un mensaje de voz (máximo { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }).
dream-not-text-or-voice = Cuéntame tu sueño en un mensaje de texto o de voz, por favor.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>Esto es lo que escuché: «{ $text }»</i>
dream-voice-too-long =
    Ese mensaje de voz dura { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    } y puedo escuchar como máximo { $max ->
        [one] 1 segundo
       *[other] { $max } segundos
    }. Cuéntamelo de forma más breve o escríbemelo; sigo aquí, escuchándote.
dream-voice-unreadable = No puedo reproducir ese archivo de audio. Envíame un mensaje de voz (mantén presionado el botón 🎤) o escribe tu sueño.
dream-voice-unheard = Ahora mismo no puedo escuchar mensajes de voz. Escríbeme tu sueño, por favor; sigo aquí, escuchándote.
reading-title-dream = 💭 <b>La interpretación de tu sueño</b>
ai-blocked = 😔 No he podido interpretar esto. Exprésalo de otra manera y vuelve a intentarlo; no se ha descontado ninguna lectura.
ai-failed = 😔 El servicio de lecturas no responde en este momento. Vuelve a intentarlo en unos minutos; no se ha descontado ninguna lectura.
quota-left =
    { $count ->
        [0] No te quedan lecturas gratis.
        [one] Te queda 1 lectura gratis.
       *[other] Te quedan { $count } lecturas gratis.
    }
quota-exhausted =
    🌙 { $free ->
        [one] Ya usaste tu lectura gratis.
       *[other] Ya usaste tus { $free } lecturas gratis.
    }
    Invita a tus amigos para conseguir lecturas extra o elige un plan para tener lecturas ilimitadas:
plan-line =
    { $plan } — { $price } ⭐ / { $days ->
        [one] 1 día
       *[other] { $days } días
    }
plan-free = Gratis
plan-basic = Básico
plan-premium = Premium
plan-vip = VIP

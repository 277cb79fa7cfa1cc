welcome = ✨ ¡Bienvenido a <b>Fal Gram</b>, { $name }!
    Lectura del poso del café, tarot, sueños y astrología, interpretados para ti por IA.
    Elige lo que quieras en el menú de abajo.
menu-title = 🔮 <b>Fal Gram</b> — ¿qué te gustaría explorar?
help =
    <b>Cómo funciona Fal Gram</b>
    ☕ <b>Café</b> — envía una foto de tu taza y recibe una lectura.
    🃏 <b>Tarot</b> — saca una, tres o diez cartas.
    💭 <b>Sueños</b> — describe un sueño y recibe su interpretación.
    ⭐ <b>Astrología</b> — horóscopos, carta natal, compatibilidad, calendario lunar.

    Tienes { $free } lecturas gratis; invitando a amigos ganas más, y los planes premium las hacen ilimitadas.

    /menu — menú principal
    /language — cambiar idioma
    /cancel — detener el paso actual
    /terms — condiciones de uso
    /paysupport — ayuda con pagos
terms =
    <b>Condiciones de uso</b>
    Fal Gram ofrece lecturas para entretenimiento y reflexión personal. No son asesoramiento profesional (médico, legal, financiero ni psicológico).
    Los pagos se hacen con Telegram Stars. Un plan premium dura el periodo indicado al comprarlo.
    Las fotos que envías para una lectura se pasan a la IA y nunca se guardan. Puedes borrar tus datos cuando quieras con /forget.
paysupport =
    <b>Soporte de pagos</b>
    Si algo salió mal con un pago, escribe aquí qué pasó y cuándo pagaste. Puedes pedir un reembolso dentro de los { $days } días siguientes a la compra; un administrador revisa cada solicitud.
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
language-unknown = «{ $code }» no es un idioma que hable. Elige uno de estos:
cancel-done = ✖️ Cancelado. No se ha usado nada.
cancel-nothing = No hay nada que cancelar.
error-generic = 😔 Lo sentimos, algo falló por nuestra parte. Inténtalo de nuevo en un momento; no se ha usado nada.
error-interrupted = 🔄 El bot se reinició mientras procesaba tu último mensaje. Si no recibiste respuesta, envíalo de nuevo, por favor.
callback-expired = Este botón ya no es válido. Aquí tienes el menú.
rate-limited = ⏳ Vas un poco rápido. Espera { $seconds } s, por favor.
rate-limited-ai = ⏳ Las lecturas tardan un poco en prepararse. Espera { $seconds } s antes de la siguiente.
unknown-input = No lo he entendido bien. Elige algo del menú:
dream-prompt = 💭 Cuéntame tu sueño con todo el detalle que recuerdes (hasta { $max } caracteres).
dream-too-long = Tu texto tiene { $length } caracteres; el límite es { $max }. Acórtalo y envíalo de nuevo; sigo escuchando.
dream-not-text = Describe tu sueño en un mensaje de texto, por favor.
reading-title-dream = 💭 <b>La interpretación de tu sueño</b>
ai-blocked = 😔 No he podido interpretar esto. Reformúlalo e inténtalo de nuevo; tu lectura no se ha usado.
ai-failed = 😔 El servicio de lecturas no responde ahora mismo. Inténtalo en unos minutos; tu lectura no se ha usado.
quota-left =
    { $count ->
        [0] No te quedan lecturas gratis.
        [one] Te queda 1 lectura gratis.
       *[other] Te quedan { $count } lecturas gratis.
    }
quota-exhausted =
    🌙 Has usado tus { $free } lecturas gratis.
    Invita a amigos para ganar lecturas extra o elige un plan para lecturas ilimitadas:
plan-line = { $plan } — { $price } ⭐ / { $days } días
plan-free = Gratis
plan-basic = Básico
plan-premium = Premium
plan-vip = VIP

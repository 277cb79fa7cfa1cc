# Mesajlar Telegram HTML'idir: değişkenler kaçışlı (escaped) gelir.
welcome = ✨ <b>Fal Gram</b>'a hoş geldin, { $name }!
    Kahve falı, tarot, rüya tabiri ve astroloji — yapay zekâ senin için yorumluyor.
    Aşağıdaki menüden dilediğini seç.
menu-title = 🔮 <b>Fal Gram</b> — bugün neye bakalım?
help =
    <b>Fal Gram nasıl çalışır?</b>
    ☕ <b>Kahve falı</b> — fincanının fotoğrafını gönder, falın yorumlansın.
    🃏 <b>Tarot</b> — bir, üç ya da on kart çek.
    💭 <b>Rüya tabiri</b> — rüyanı anlat, yorumunu al.
    ⭐ <b>Astroloji</b> — burç yorumları, doğum haritası, uyum, ay takvimi.

    { $free } ücretsiz fal hakkın var; arkadaşlarını davet ederek daha fazlasını kazanabilir, premium planlarla sınırsız kullanabilirsin.

    /menu — ana menü
    /language — dili değiştir
    /cancel — mevcut adımı iptal et
    /terms — kullanım koşulları
    /paysupport — ödeme desteği
terms =
    <b>Kullanım koşulları</b>
    Fal Gram yorumları eğlence ve kendini keşif içindir; tıbbi, hukuki, mali ya da psikolojik tavsiye yerine geçmez.
    Ödemeler Telegram Yıldızları (Stars) ile yapılır. Premium plan, satın alırken gösterilen süre boyunca geçerlidir.
    Fal için gönderdiğin fotoğraflar yapay zekâya iletilir ve asla saklanmaz. Verilerini istediğin zaman /forget ile silebilirsin.
paysupport =
    <b>Ödeme desteği</b>
    Bir ödemeyle ilgili sorun yaşadıysan ne olduğunu ve ödemeyi ne zaman yaptığını buraya yaz. Satın alımdan sonraki { $days } gün içinde iade isteyebilirsin; her talebi bir yönetici inceler.
btn-coffee = ☕ Kahve Falı
btn-tarot = 🃏 Tarot
btn-dream = 💭 Rüya Tabiri
btn-horoscope = ♈ Burç Yorumu
btn-birth-chart = 🪐 Doğum Haritası
btn-compatibility = 💞 Burç Uyumu
btn-moon = 🌙 Ay Takvimi
btn-chatbot = 🤖 Astro Sohbet
btn-premium = 💎 Premium
btn-referral = 🎁 Arkadaşını Davet Et
btn-history = 📜 Fallarım
btn-language = 🌐 Dil
btn-help = ❓ Yardım
btn-back = ⬅️ Geri
btn-menu = 🏠 Menü
btn-cancel = ✖️ İptal
language-prompt = 🌐 Dilini seç:
language-changed = ✅ Dil Türkçe olarak ayarlandı.
language-unknown = “{ $code }” konuştuğum bir dil değil. Şunlardan birini seç:
cancel-done = ✖️ İptal edildi. Hiçbir hakkın kullanılmadı.
cancel-nothing = İptal edilecek bir işlem yok.
error-generic = 😔 Üzgünüz, bizim tarafımızda bir sorun oluştu. Lütfen birazdan tekrar dene — hiçbir hakkın kullanılmadı.
error-interrupted = 🔄 Bot son mesajını işlerken yeniden başladı. Yanıt gelmediyse lütfen mesajını tekrar gönder.
callback-expired = Bu düğme artık geçerli değil. İşte menü.
rate-limited = ⏳ Biraz hızlı gidiyorsun. Lütfen { $seconds } sn bekle.
rate-limited-ai = ⏳ Yorumların hazırlanması biraz zaman alıyor. Bir sonrakinden önce lütfen { $seconds } sn bekle.
unknown-input = Bunu tam anlayamadım. Menüden bir şey seç:
dream-prompt = 💭 Rüyanı hatırladığın kadar ayrıntılı anlat (en fazla { $max } karakter).
dream-too-long = Metnin { $length } karakter; sınır { $max }. Lütfen kısaltıp yeniden gönder — seni dinlemeye devam ediyorum.
dream-not-text = Lütfen rüyanı bir metin mesajıyla anlat.
reading-title-dream = 💭 <b>Rüya tabirin</b>
ai-blocked = 😔 Bunu yorumlayamadım. Lütfen farklı bir şekilde anlatıp tekrar dene — hakkın kullanılmadı.
ai-failed = 😔 Yorum servisi şu anda yanıt vermiyor. Lütfen birkaç dakika sonra tekrar dene — hakkın kullanılmadı.
quota-left =
    { $count ->
        [0] Ücretsiz fal hakkın kalmadı.
       *[other] { $count } ücretsiz fal hakkın kaldı.
    }
quota-exhausted =
    🌙 { $free } ücretsiz fal hakkının hepsini kullandın.
    Arkadaşlarını davet ederek bonus fal kazanabilir ya da sınırsız fal için bir plan seçebilirsin:
plan-line = { $plan } — { $price } ⭐ / { $days } gün
plan-free = Ücretsiz
plan-basic = Temel
plan-premium = Premium
plan-vip = VIP

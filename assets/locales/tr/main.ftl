# Mesajlar Telegram HTML’idir: değişkenler kaçışlı (escaped) gelir.
welcome = ✨ <b>Fal Gram</b>’a hoş geldin, { $name }!
    Kahve falı, tarot, rüya tabiri ve astroloji — yapay zekâ senin için yorumluyor.
    Aşağıdaki menüden dilediğini seç.
menu-title = 🔮 <b>Fal Gram</b> — bugün neye bakalım?
help =
    <b>Fal Gram nasıl çalışır?</b>
    ☕ <b>Kahve falı</b> — fincanının fotoğrafını gönder, falını yorumlayayım.
    🃏 <b>Tarot</b> — bir, üç ya da on kart çek.
    💭 <b>Rüya tabiri</b> — rüyanı anlat, yorumunu al.
    ⭐ <b>Astroloji</b> — burç yorumları, doğum haritası, burç uyumu, Ay takvimi.

    { $free } ücretsiz fal hakkın var; arkadaşlarını davet ederek bonus fal kazanabilir, ücretli bir planla sınırsız fal baktırabilirsin.

    /menu — ana menü
    /language — dili değiştir
    /cancel — geçerli adımı iptal et
    /terms — kullanım koşulları
    /paysupport — ödemelerle ilgili yardım
terms =
    <b>Kullanım koşulları</b>
    Fal Gram’daki yorumlar eğlence ve kendini keşfetme amaçlıdır; tıbbi, hukuki, mali ya da psikolojik profesyonel tavsiye yerine geçmez.
    Ödemeler Telegram Yıldızları ile yapılır. Ücretli bir plan, satın alırken gösterilen süre boyunca geçerlidir.
    Fal için gönderdiğin fotoğraflar yapay zekâya iletilir ve asla saklanmaz. Verilerini istediğin zaman /forget komutuyla silebilirsin.
paysupport =
    <b>Ödeme desteği</b>
    Bir ödemede sorun yaşadıysan ne olduğunu ve ödemeyi ne zaman yaptığını buraya yaz. Satın alma tarihinden itibaren { $days } gün içinde iade isteyebilirsin; her talebi bir yönetici inceler.
btn-coffee = ☕ Kahve Falı
btn-tarot = 🃏 Tarot
btn-dream = 💭 Rüya Tabiri
btn-horoscope = ♈ Burç Yorumu
btn-birth-chart = 🪐 Doğum Haritası
btn-compatibility = 💞 Burç Uyumu
btn-moon = 🌙 Ay Takvimi
btn-chatbot = 🤖 Astro Sohbet
btn-premium = 💎 Premium
btn-referral = 🎁 Arkadaşlarını Davet Et
btn-history = 📜 Fallarım
btn-language = 🌐 Dil
btn-help = ❓ Yardım
btn-back = ⬅️ Geri
btn-menu = 🏠 Menü
btn-cancel = ✖️ İptal
language-prompt = 🌐 Dilini seç:
language-changed = ✅ Dil Türkçe olarak ayarlandı.
language-unknown = “{ $code }” konuştuğum dillerden biri değil. Şunlardan birini seç:
cancel-done = ✖️ İptal edildi. Hiçbir hakkın kullanılmadı.
cancel-nothing = İptal edilecek bir işlem yok.
dash = {" — "}
cancel-plain = ✖️ İptal edildi.
reading-busy = ⏳ Aynı anda tek fal: şu an senin falın yazılıyor. O gelince yenisini isteyebilirsin.
cancel-reading = ✖️ Durdurdum. O fal yazılmayacak, hiçbir hakkın kullanılmadı.
error-generic = 😔 Üzgünüm, benden kaynaklanan bir sorun oluştu. Lütfen birazdan yeniden dene — hiçbir hakkın kullanılmadı.
error-interrupted = 🔄 Son mesajını işlerken yeniden başlatıldım. Yanıt gelmediyse lütfen mesajını tekrar gönder.
callback-expired = Bu düğme artık geçerli değil. İşte menü:
rate-limited = ⏳ Biraz hızlı gidiyorsun. Lütfen { $seconds } saniye bekle.
rate-limited-ai = ⏳ Her falın hazırlanması biraz zaman alıyor. Yenisi için lütfen { $seconds } saniye bekle.
unknown-input = Bunu tam anlayamadım. Menüden bir şey seçer misin?
dream-prompt = 💭 Rüyanı hatırladığın kadar ayrıntılı anlat (en fazla { $max } karakter).
dream-too-long = Metnin { $length } karakter; sınır { $max } karakter. Lütfen kısaltıp yeniden gönder — hâlâ seni dinliyorum.
dream-not-text = Lütfen rüyanı yazılı bir mesajla anlat.
dream-prompt-voice = 🎙 Ya da sesli mesajla anlat (en fazla { $minutes } dakika).
dream-not-text-or-voice = Lütfen rüyanı yazılı ya da sesli bir mesajla anlat.
# Above a voice dream's reading: what was heard, so the user sees it was understood.
dream-heard = 🎙 <i>Şunu duydum: “{ $text }”</i>
dream-voice-too-long = Bu sesli mesaj { $seconds } saniye uzunluğunda; en fazla { $max } saniyelik mesajları dinleyebiliyorum. Lütfen daha kısa anlat ya da yazarak gönder — hâlâ seni dinliyorum.
dream-voice-unreadable = Bu ses dosyasını açamıyorum. Lütfen sesli mesaj gönder (🎤 düğmesine basılı tut) ya da rüyanı yaz.
dream-voice-unheard = Şu anda sesli mesajları dinleyemiyorum. Lütfen rüyanı yazarak anlat — hâlâ seni dinliyorum.
reading-title-dream = 💭 <b>Rüya tabirin</b>
ai-blocked = 😔 Bunu yorumlayamadım. Lütfen farklı bir şekilde anlatıp yeniden dene — fal hakkın kullanılmadı.
ai-failed = 😔 Yorum servisi şu anda yanıt vermiyor. Lütfen birkaç dakika sonra yeniden dene — fal hakkın kullanılmadı.
quota-left =
    { $count ->
        [0] Ücretsiz fal hakkın kalmadı.
       *[other] { $count } ücretsiz fal hakkın kaldı.
    }
quota-exhausted =
    🌙 { $free } ücretsiz fal hakkını kullandın.
    Arkadaşlarını davet ederek bonus fal kazanabilir ya da sınırsız fal için bir plan seçebilirsin:
plan-line = { $plan } — { $price } ⭐ / { $days } gün
plan-free = Ücretsiz
plan-basic = Temel
plan-premium = Premium
plan-vip = VIP

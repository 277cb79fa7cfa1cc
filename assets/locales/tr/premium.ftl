name-feature = { $feature ->
    [daily_horoscope] Günlük burç yorumu
    [moon_today] Bugünkü Ay
    [unlimited_readings] Sınırsız fal
    [birth_chart] Doğum haritası
    [weekly_horoscope] Haftalık burç yorumu
    [monthly_horoscope] Aylık burç yorumu
    [compatibility] Burç uyumu
    [moon_calendar] Ay takvimi
    [moon_commentary] Ay’ın günlük mesajı
    [moon_notifications] Ay bildirimleri
    [sky_events] Aylık gökyüzü hareketleri ve bildirimleri
    [solar_return] Güneş dönüşü: önündeki yıl
    [transits] Transitler
    [pdf_download] PDF indirme
    [astro_chatbot] Astro sohbet
   *[friends_compatibility] Arkadaşlarla uyum
}
premium-compare = Hangi plan neler sunuyor
plans-tier-base = <b>{ $plan }</b>:
plans-tier-more = <b>{ $plan }</b> planında ayrıca:
premium-current = Planın: <b>{ $plan }</b> ({ $date } tarihine kadar).
premium-current-free = Planın: <b>Ücretsiz</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $days } gün için { $price } ⭐
    Neler dahil:
btn-buy = ⭐ { $price } Yıldız’a satın al
btn-subscribe = 🔁 Aylık abone ol
btn-open-subscription = 🔁 Abonelik sayfasını aç
subscribe-link = 🔁 <b>{ $plan }</b> için aylık { $price } ⭐ abonelik. Telegram aboneliği her 30 günde bir yeniler; istediğin zaman Telegram ayarlarından iptal edebilirsin.
invoice-title = Fal Gram { $plan }
invoice-description = { $days } günlük { $plan } planı: sınırsız fal ve planın astroloji özellikleri.
precheckout-bad-payload = Bu fatura artık geçerli değil. Lütfen planları yeniden aç.
precheckout-wrong-currency = Bu fatura Telegram Yıldızları ile düzenlenmemiş.
precheckout-wrong-amount = Fiyat değişti. Güncel fiyatı görmek için planları yeniden aç.
precheckout-wrong-user = Bu fatura başka bir hesap için oluşturulmuş.
precheckout-blocked = Bu hesapla şu anda satın alma yapılamıyor. Senden hiçbir ücret alınmadı.
precheckout-downgrade = { $plan } planın hâlâ sürüyor; daha düşük bir planı bu plan bitince alabilirsin.
payment-thanks = 🎉 Teşekkürler! <b>{ $plan }</b> planın { $date } tarihine kadar aktif.
payment-problem = ⚠️ Ödemen ulaştı ama onu bir planla eşleştiremedim. Bir yöneticiye haber verildi, sorunu düzeltecek; istersen /paysupport üzerinden de yazabilirsin.
btn-refund-request = ↩️ İade iste: { $amount } ⭐ ({ $date })
refund-requested = ✅ İade talebin bir yöneticiye iletildi. İşlem tamamlanınca sana mesajla bildireceğim.
refund-not-possible = Bu ödeme artık iade edilemiyor (çok eski, zaten iade edilmiş ya da iadesi zaten istenmiş).
refund-done = ↩️ { $amount } ⭐ sana iade edildi. Bu ödemeyle alınan plan süresi kaldırıldı.
expiry-reminder = ⏳ <b>{ $plan }</b> planın { $days } gün sonra ({ $date }) bitiyor. Tüm özellikleri kullanmaya devam etmek için planını yenile.
btn-renew = 🔁 Yenile
plan-expired = <b>{ $plan }</b> planın sona erdi; artık Ücretsiz plandasın. İstediğin zaman yeniden ücretli bir plana geçebilirsin.
plan-gifted = 🎁 Sana { $days } günlük <b>{ $plan }</b> planı hediye edildi — { $date } tarihine kadar aktif.
plan-cancelled = Planın bir yönetici tarafından sonlandırıldı. Sorun varsa /paysupport üzerinden yazabilirsin.

name-feature = { $feature ->
    [daily_horoscope] Günlük burç yorumu
    [moon_today] Bugünün Ay'ı
    [unlimited_readings] Sınırsız fal
    [birth_chart] Doğum haritası
    [weekly_horoscope] Haftalık burç yorumu
    [monthly_horoscope] Aylık burç yorumu
    [compatibility] Burç uyumu
    [moon_calendar] Ay takvimi
    [moon_commentary] Ay'ın günlük mesajı
    [moon_notifications] Ay bildirimleri
    [transits] Transitler
    [pdf_download] PDF indirme
    [astro_chatbot] Astro sohbet
   *[friends_compatibility] Arkadaşlarla uyum
}
premium-compare = Planları karşılaştır
premium-current = Planın: <b>{ $plan }</b>, { $date } tarihine kadar.
premium-current-free = Planın: <b>Ücretsiz</b>.
plan-details =
    💎 <b>{ $plan }</b> — { $days } gün için { $price } ⭐
    İçindekiler:
btn-buy = ⭐ { $price } Yıldız ile satın al
btn-subscribe = 🔁 Aylık abone ol
btn-open-subscription = 🔁 Aboneliği aç
subscribe-link = 🔁 <b>{ $plan }</b> için aylık { $price } ⭐ abonelik; Telegram her 30 günde bir yeniler, istediğin zaman Telegram ayarlarından iptal edebilirsin.
invoice-title = Fal Gram { $plan }
invoice-description = { $days } günlük { $plan } planı: sınırsız fal ve planın astroloji özellikleri.
precheckout-bad-payload = Bu fatura artık geçerli değil. Lütfen planları yeniden aç.
precheckout-wrong-currency = Bu fatura Telegram Yıldızları ile değil.
precheckout-wrong-amount = Fiyat değişti. Güncel fiyat için planları yeniden aç.
precheckout-wrong-user = Bu fatura başka bir hesap için oluşturulmuş.
precheckout-downgrade = { $plan } planın hâlâ sürüyor; daha düşük bir planı o bitince alabilirsin.
payment-thanks = 🎉 Teşekkürler! <b>{ $plan }</b> { $date } tarihine kadar aktif.
payment-problem = ⚠️ Ödemen ulaştı ama bir plana eşleyemedim. Bir yöneticiye haber verildi, düzeltecek; /paysupport üzerinden de yazabilirsin.
btn-refund-request = ↩️ { $amount } ⭐ iade ({ $date })
refund-requested = ✅ İade talebin bir yöneticiye iletildi. İşlem tamamlanınca mesaj alacaksın.
refund-not-possible = Bu ödeme artık iade edilemez (çok eski, zaten iade edilmiş ya da talep edilmiş).
refund-done = ↩️ { $amount } ⭐ sana iade edildi. Bununla alınan plan süresi kaldırıldı.
expiry-reminder = ⏳ <b>{ $plan }</b> planın { $days } gün sonra bitiyor ({ $date }). Her şeyi korumak için yenile.
btn-renew = 🔁 Yenile
plan-expired = <b>{ $plan }</b> planın sona erdi; artık ücretsiz plandasın. İstediğin zaman premium'a dönebilirsin.
plan-gifted = 🎁 Sana { $days } günlük <b>{ $plan }</b> hediye edildi — { $date } tarihine kadar aktif.
plan-cancelled = Premium planın bir yönetici tarafından sonlandırıldı. Sorun varsa /paysupport üzerinden yaz.

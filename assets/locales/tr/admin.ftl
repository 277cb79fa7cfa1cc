admin-dashboard =
    📊 <b>Kontrol paneli</b>
    👥 Kullanıcı: { $total } · bugün yeni: { $new }
    🟢 Aktif: bugün { $today } · 7 gün { $week } · 30 gün { $month }
    💎 Planlar: Temel { $basic } · Premium { $premium } · VIP { $vip }
    ⭐ Gelir: bugün { $stars_today } · bu ay { $stars_month } · toplam { $stars_total }
    ⚠️ Yapay zekâ hataları (7 gün): { $ai_failures }
    🔮 Türlerine göre fallar:
admin-open-refunds = ↩️ Açık iade talepleri: { $count }
admin-chart-users = yeni kullanıcı
admin-chart-stars = Yıldız
admin-gift-usage = Kullanım: <code>/gift KULLANICI_KİMLİĞİ PLAN GÜN</code>, ör. <code>/gift 123456 premium 30</code> (plan kodları: basic, premium, vip).
admin-no-user = Kimliği { $id } olan bir kullanıcı yok.
admin-gifted = ✅ Kullanıcı { $id } artık { $date } tarihine kadar <b>{ $plan }</b> planında; kendisine bildirildi.
admin-cancelled = ✅ Kullanıcı { $id } için plan sonlandırıldı; kendisine bildirildi.
admin-refunded = ✅ Kullanıcı { $id } için { $amount } ⭐ iade edildi; satın aldığı plan günleri geri alındı.
admin-refund-unknown = Bu işlem kimliğine ait tamamlanmış bir ödeme bulunamadı (ya da ödeme zaten iade edilmiş).
admin-refund-failed = ❌ Telegram iadeyi reddetti: { $error }
admin-refund-request = ↩️ { $name } (kimlik { $user }) iade istiyor: { $plan } için { $amount } ⭐, ödeme tarihi { $date }.
admin-payment-review = ⚠️ İncelemen gereken bir ödeme var: kimlik { $user } kullanıcısından { $amount } ⭐, işlem <code>{ $charge }</code>. { $reason }
admin-review-blocked-user = Ödeyen kullanıcı engelli; ödeme kaydedildi ve plan tanımlandı.
admin-review-unreadable-payload = Faturası hiçbir planla eşleşmedi, bu yüzden hiçbir şey tanımlanmadı.
admin-review-price-mismatch = Tutar ya da para birimi planın güncel fiyatından farklı; plan yine de tanımlandı.
btn-admin-refund = ↩️ İade et
btn-admin-home = 📊 Kontrol paneli
btn-admin-users = 👥 Kullanıcılar
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Kayıtlar
btn-admin-settings = ⚙️ Ayarlar
btn-admin-prompts = 🧠 İstemler
btn-admin-broadcast = 📣 Duyuru
btn-admin-search = 🔍 Ara
btn-prev = ◀️ Önceki
btn-next = Sonraki ▶️
admin-search-prompt = 🔍 Bir kullanıcı kimliği, @kullanıcıadı ya da adın bir kısmını gönder.
admin-users-title = 👥 <b>Kullanıcılar</b> — sayfa { $page }
admin-users-empty = Kimse bulunamadı.
admin-user-line = <code>{ $id }</code> { $name } · { $flag } · { $plan }
admin-user-plan = { $expiry ->
    [none] { $plan }
   *[other] { $plan } ({ $expiry } tarihine kadar)
}
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · kimlik <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }
    🔮 Fallar: { $readings } · 🎁 Davetler: { $referrals }
    Durum: { $blocked } · son görülme: { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Planı sonlandır
btn-admin-block = 🚫 Engelle
btn-admin-unblock = ✅ Engeli kaldır
btn-admin-reset-quota = ♻️ Ücretsiz fal haklarını sıfırla
admin-premium =
    💎 <b>Premium</b>
    Aktif planlar: Temel { $basic } · Premium { $premium } · VIP { $vip }
admin-expiring-title = Önümüzdeki 7 günde bitecek planlar
admin-logs-title = Olaylar (en yenisi en üstte)
admin-logs-empty = Olay yok.
btn-admin-all-levels = 📋 Tümü
admin-settings-title = Ayarlar (değişiklikler hemen geçerli olur)
admin-setting-prompt = ✏️ “{ $key }” için yeni değeri gönder (şu anki değer: { $value }):
admin-setting-bad = ⚠️ Kaydedilmedi: { $reason }
admin-setting-saved = ✅ { $key }: <b>{ $value }</b>
admin-prompt-langs = 🧠 <b>{ $kind }</b>: bir dil seç (✏️ = düzenlenmiş):
admin-prompts-title = 🧠 Bir istem türü seç:
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Yer tutucular: { $placeholders }
admin-prompt-preview = Örnek değerlerle önizleme:
admin-prompt-edit = ✏️ <b>{ $kind }</b> / { $lang } için yeni metni gönder. İzin verilen yer tutucular: { $placeholders }
admin-prompt-bad = ⚠️ Kaydedilmedi: { $reason }
admin-prompt-saved = ✅ İstem kaydedildi; bir sonraki istekten itibaren kullanılacak.
btn-admin-edit = ✏️ Düzenle
btn-admin-reset = ♻️ Varsayılana döndür
admin-broadcast-pick = 📣 Duyuru kimlere gönderilsin?
btn-admin-all-users = 👥 Herkes
admin-broadcast-prompt = 📣 Mesaj metnini gönder. Duyuru { $count } kullanıcıya ulaşacak.
admin-broadcast-preview = 📣 Önizleme — { $count } kullanıcıya gidecek:
btn-admin-send = ✅ Gönder
btn-admin-send-paid = ⚡ Ücretli, hızlı (≈ { $stars } ⭐)
admin-broadcast-started = 📣 Duyuru #{ $id }, { $count } kullanıcıya gönderilmeye başlandı. İlerlemeyi burada göreceksin.
admin-broadcast-progress = 📣 Duyuru #{ $id }: { $done } / { $total }
admin-broadcast-done = ✅ Duyuru #{ $id } tamamlandı: { $sent } teslim edildi, { $blocked } engelli, { $failed } başarısız.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] ödendi
   *[refunded] iade edildi
}
# One line of the settings screen:
admin-setting-line = { $name }: <b>{ $value }</b>
# Why a value was refused ($value is what the operator sent):
setting-error = { $error ->
    [time] “{ $value }” geçerli bir saat değil. 09:00 biçiminde gönder.
    [zone] “{ $value }” tanıdığım bir saat dilimi değil. Europe/Istanbul gibi bir saat dilimi gönder.
    [range] “{ $value }” burada kullanılamaz. { $min } ile { $max } arasında bir tam sayı gönder.
   *[unknown] Böyle bir ayar yok.
}
name-setting = { $key ->
    [free_readings] Kullanıcı başına ücretsiz fal hakkı
    [referral_bonus] Davet başına bonus fal
    [daily_card_time] Günün kartı için varsayılan saat
    [daily_horoscope_time] Günlük burç yorumu için varsayılan saat
    [push_timezone] Bildirimler için saat dilimi
    [price_basic] Temel plan fiyatı (Yıldız)
    [price_premium] Premium plan fiyatı (Yıldız)
    [price_vip] VIP plan fiyatı (Yıldız)
    [days_basic] Temel plan süresi (gün)
    [days_premium] Premium plan süresi (gün)
    [days_vip] VIP plan süresi (gün)
    [rate_user_per_minute] Kullanıcı başına dakikada mesaj
    [rate_ai_per_minute] Kullanıcı başına dakikada fal
    [refund_window_days] İade süresi (gün)
    [chatbot_per_day] Astro sohbette günlük soru sayısı
   *[stars_usd_per_1000] 1.000 Yıldız başına dolar (marjlar için)
}
name-log-level = { $level ->
    [info] ℹ️ Bilgi
    [warn] ⚠️ Uyarılar
   *[error] ❌ Hatalar
}
name-log-kind = { $kind ->
    [payment] Ödemeler
    [refund_request] İade talepleri
    [admin_refund] İadeler
    [admin_gift] Hediye edilen planlar
    [admin_cancel] Sonlandırılan planlar
    [admin_block] Engellemeler
    [admin_reset] Ücretsiz fal hakkı sıfırlamaları
    [admin_prompt] İstem düzenlemeleri
    [admin_broadcast] Duyurular
    [ai_failure] Yapay zekâ hataları
    [handler_error] İşlem hataları
   *[handler_panic] Çökmeler
}
name-prompt-source = { $source ->
    [override] düzenlenmiş
   *[embedded] varsayılan
}
# Why a prompt was refused ($name is a placeholder's name):
prompt-error = { $error ->
    [unknown] {"{"}{ $name }{"}"} yer tutucusu bu istemde kullanılamaz.
    [missing] {"{"}{ $name }{"}"} yer tutucusunun örnek değeri yok.
    [unclosed] Bir “{"{"}” kapatılmamış. Süslü parantezin kendisini yazmak için {"{{"} yaz.
   *[empty] İstem boş.
}
admin-readings-none = Henüz fal yok.
admin-ai-spend = 🤖 Yapay zekâ harcaması: bugün { $today }, bu ay { $month } ({ $calls } istek)
admin-ai-per-reading = { $kind }: fal başına { $cost } ({ $readings } fal)
admin-ai-margin = { $plan } bu ay: Yıldız geliri { $revenue }, yapay zekâ harcaması { $cost }, marj { $margin }
btn-admin-funnel = 📈 Satış hunisi
admin-funnel-title = { $from } – { $to } arasında ilk kez gelen kullanıcıların hunisi
name-funnel-step = { $step ->
    [first_contact] İlk temas
    [first_reading] İlk fal
    [quota_used_up] Ücretsiz fal hakları bitti
    [invoice_sent] Fatura açıldı
    [paid] Ödeme yapıldı
    [renewed] Abonelik yenilendi
   *[refunded] İade edildi
}
admin-funnel-line = { $step }: { $users } kullanıcı (önceki adıma göre { $share })
admin-cohorts-title = Haftalık kohortlar: 1. / 7. / 30. günde geri dönenler
admin-cohort-line = { $week } haftası: { $users } kullanıcı — { $d1 } / { $d7 } / { $d30 }
btn-admin-ai-prices = 🤖 Yapay zekâ fiyatları
btn-admin-ai-price-set = ✏️ Fiyat gir
admin-ai-prices-title = Yapay zekâ fiyatları (milyon token başına ABD doları)
admin-ai-prices-none = Henüz fiyat yok: fiyat girene kadar hiçbir modelin harcaması bilinmiyor.
admin-ai-price-line = { $model }: giriş { $input }, çıkış { $output }
admin-ai-price-prompt = Modeli ve milyon token başına iki fiyatını gönder, önce giriş sonra çıkış. Örneğin: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-bad = Bu bir fiyat satırı değil. Model adını ve iki dolar tutarını gönder, örneğin: <code>gemini-2.5-flash 0.30 2.50</code>
admin-ai-price-saved = ✅ Kaydedildi — { $model }: milyon token başına giriş { $input }, çıkış { $output }.
admin-star-balance = ⭐ Telegram’daki Yıldız bakiyesi: { $amount }
admin-ai-unpriced = { $models } için fiyat girilmemiş, bu yüzden bu modellerin kullanımı bu rakamlara dahil değil. Fiyatı <code>falgram admin ai-price</code> ile girebilirsin.

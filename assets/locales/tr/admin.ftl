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
btn-admin-refund = ↩️ İade et
btn-admin-home = 📊 Yönetim
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
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · kimlik <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }, bitiş: { $expiry }
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
btn-admin-all-levels = tümü
admin-settings-title = Ayarlar (değişiklikler hemen geçerli olur)
admin-setting-prompt = ✏️ <code>{ $key }</code> için yeni değeri gönder (şu anki değer: { $value }):
admin-setting-bad = ⚠️ Kaydedilmedi: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Bir istem türü ve dil seç (✏️ = düzenlenmiş):
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
admin-broadcast-started = 📣 Duyuru #{ $id }, { $count } kullanıcıya gönderilmeye başlandı. İlerlemeyi burada göreceksin.
admin-broadcast-progress = 📣 Duyuru #{ $id }: { $done } / { $total }
admin-broadcast-done = ✅ Duyuru #{ $id } tamamlandı: { $sent } teslim edildi, { $blocked } engelli, { $failed } başarısız.
# A payment in the user card:
name-payment-status = { $status ->
    [paid] ödendi
   *[refunded] iade edildi
}

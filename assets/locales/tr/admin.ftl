admin-dashboard =
    📊 <b>Kontrol paneli</b>
    👥 Kullanıcı: { $total } · bugün yeni: { $new }
    🟢 Aktif: bugün { $today } · 7 gün { $week } · 30 gün { $month }
    💎 Planlar: temel { $basic } · premium { $premium } · vip { $vip }
    ⭐ Gelir: bugün { $stars_today } · bu ay { $stars_month } · toplam { $stars_total }
    ⚠️ AI hataları (7 gün): { $ai_failures }
    🔮 Türe göre fallar:
admin-open-refunds = ↩️ Açık iade talepleri: { $count }
admin-chart-users = yeni kullanıcı
admin-chart-stars = Yıldız
admin-gift-usage = Kullanım: <code>/gift KULLANICI_ID PLAN GÜN</code>, ör. <code>/gift 123456 premium 30</code> (planlar: basic, premium, vip).
admin-no-user = { $id } kimlikli kullanıcı yok.
admin-gifted = ✅ { $id } kullanıcısı { $date } tarihine kadar <b>{ $plan }</b> planında; kendisine bildirildi.
admin-cancelled = ✅ { $id } kullanıcısının planı sonlandırıldı; kendisine bildirildi.
admin-refunded = ✅ { $id } kullanıcısına { $amount } ⭐ iade edildi; satın alınan plan günleri kaldırıldı.
admin-refund-unknown = Bu ödeme kimliğiyle ödenmiş bir işlem yok (ya da zaten iade edilmiş).
admin-refund-failed = ❌ Telegram iadeyi reddetti: { $error }
admin-refund-request = ↩️ { $name } (kimlik { $user }) iade istiyor: { $plan } için { $amount } ⭐, ödeme tarihi { $date }.
btn-admin-refund = ↩️ İade et
btn-admin-home = 📊 Yönetim
btn-admin-users = 👥 Kullanıcılar
btn-admin-premium = 💎 Premium
btn-admin-logs = 📜 Kayıtlar
btn-admin-settings = ⚙️ Ayarlar
btn-admin-prompts = 🧠 Komutlar
btn-admin-broadcast = 📣 Duyuru
btn-admin-search = 🔍 Ara
btn-prev = ◀️ Önceki
btn-next = Sonraki ▶️
admin-search-prompt = 🔍 Bir kullanıcı kimliği, @kullanıcıadı ya da adın bir kısmını gönder.
admin-users-title = 👥 <b>Kullanıcılar</b> — sayfa { $page }
admin-users-empty = Kimse bulunamadı.
admin-user-card =
    👤 <b>{ $name }</b> ({ $username }) · kimlik <code>{ $id }</code>
    🌐 { $lang } · 💎 { $plan }, bitiş { $expiry }
    🔮 Fallar: { $readings } · 🎁 Davet: { $referrals }
    Durum: { $blocked } · son görülme { $seen }
btn-admin-gift = 🎁 { $plan }
btn-admin-cancel-plan = ⛔ Planı bitir
btn-admin-block = 🚫 Engelle
btn-admin-unblock = ✅ Engeli kaldır
btn-admin-reset-quota = ♻️ Ücretsiz falları sıfırla
admin-premium =
    💎 <b>Premium</b>
    Aktif planlar: temel { $basic } · premium { $premium } · vip { $vip }
admin-expiring-title = Önümüzdeki 7 günde bitenler
admin-logs-title = Olaylar, en yeniler önce
admin-logs-empty = Olay yok.
btn-admin-all-levels = tümü
admin-settings-title = Ayarlar (hemen geçerli)
admin-setting-prompt = ✏️ <code>{ $key }</code> için yeni değer (şu an: { $value }):
admin-setting-bad = ⚠️ Kaydedilmedi: { $reason }
admin-setting-saved = ✅ <code>{ $key }</code> = { $value }
admin-prompts-title = 🧠 Bir komut türü ve dil seç (✏️ = düzenlenmiş):
admin-prompt-view = 🧠 <b>{ $kind }</b> / { $lang } ({ $source }). Yer tutucular: { $placeholders }
admin-prompt-preview = Örnek değerlerle önizleme:
admin-prompt-edit = ✏️ <b>{ $kind }</b> / { $lang } için yeni metni gönder. İzin verilen yer tutucular: { $placeholders }
admin-prompt-bad = ⚠️ Kaydedilmedi: { $reason }
admin-prompt-saved = ✅ Komut kaydedildi; bir sonraki istekten itibaren kullanılır.
btn-admin-edit = ✏️ Düzenle
btn-admin-reset = ♻️ Varsayılana dön
admin-broadcast-pick = 📣 Duyuruyu kimler alsın?
btn-admin-all-users = 👥 Herkes
admin-broadcast-prompt = 📣 Mesaj metnini gönder. { $count } kullanıcıya ulaşacak.
admin-broadcast-preview = 📣 Önizleme — { $count } kullanıcıya:
btn-admin-send = ✅ Gönder
admin-broadcast-started = 📣 #{ $id } numaralı duyuru { $count } kullanıcı için başladı. İlerleme gelecek.
admin-broadcast-progress = 📣 Duyuru #{ $id }: { $done } / { $total }
admin-broadcast-done = ✅ Duyuru #{ $id } bitti: { $sent } teslim, { $blocked } engelli, { $failed } başarısız.

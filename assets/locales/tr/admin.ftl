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

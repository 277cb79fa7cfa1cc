# Referrals, history and /forget.
cmd-forget = Verilerimi sil
referral-page =
    🎁 <b>Arkadaşını davet et</b>
    Bağlantını paylaş: katılan her arkadaşın için { $bonus } bonus fal kazanırsın.

    { $link }

    👥 Davet edilen: { $invited }
    🎟 Bonus fal: { $earned } kazanıldı, { $used } kullanıldı
    🏅 Sıran: { $total } kişi içinde { $rank }.
referral-badge = Rozetin: { $badge }
referral-next = Sonraki rozet { $next } davette.
referral-top-title = <b>İlk 10</b>
referral-top-empty = Henüz davet yok — ilk sen ol!
referral-credited = 🎉 { $name } senin bağlantınla katıldı! +{ $bonus } bonus fal.
referral-milestone = 🏅 Yeni rozet: { $badge } — { $count } arkadaş davet ettin!
referral-share-text = Telegram'da kahve falı, tarot, rüya tabiri ve astroloji ✨ Fal Gram'da bana katıl:
btn-share-link = 📤 Bağlantımı paylaş
badge-1 = 🌱 İlk Kıvılcım
badge-5 = 🌙 Ay Çemberi
badge-10 = ⭐ Yıldız Toplayıcı
badge-25 = 🔮 Kâhin
badge-50 = 👑 Efsane
history-title =
    📜 <b>Son falların</b>
    Yeniden okumak için birine dokun:
history-empty = 📜 Henüz bir falın yok. Başlamak için menüden birini seç.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Fallarım
forget-confirm =
    ⚠️ <b>Verilerimi sil</b>
    Bu işlem profilini, fallarını, doğum bilgilerini ve sohbet geçmişini kalıcı olarak siler ve etkin planını sona erdirir. Ödeme kayıtları muhasebe için adın olmadan saklanır.

    Emin misin?
btn-forget-yes = 🗑 Evet, hepsini sil
btn-forget-no = ↩️ Hayır, verilerim kalsın
forget-done = 🗑 Verilerin silindi. Yeniden yazarsan sıfırdan başlarsın.
forget-kept = ↩️ Hiçbir şey silinmedi.

# Referrals, history and /forget.
cmd-forget = Verilerimi sil
referral-page =
    🎁 <b>Arkadaşlarını davet et</b>
    Bağlantını paylaş: katılan her arkadaşın için { $bonus } bonus fal kazanırsın.

    { $link }

    👥 Davet ettiklerin: { $invited }
    🎟 Bonus fal: kazandığın { $earned }, kullandığın { $used }
    🏅 Sıralaman: { $rank }. ({ $total } kişi arasında)
referral-badge = Rozetin: { $badge }
referral-next = Sonraki rozetin { $next } davette seni bekliyor.
referral-top-title = <b>İlk 10</b>
referral-top-empty = Henüz davet yok — ilk sen ol!
referral-credited = 🎉 { $name } senin bağlantınla katıldı! +{ $bonus } bonus fal.
referral-milestone = 🏅 Yeni rozet: { $badge } — { $count } arkadaşını davet ettin!
referral-share-text = Telegram’da kahve falı, tarot, rüya tabiri ve astroloji ✨ Sen de Fal Gram’a katıl:
btn-share-link = 📤 Bağlantımı paylaş
badge-1 = 🌱 İlk Kıvılcım
badge-5 = 🌙 Ay Çemberi
badge-10 = ⭐ Yıldız Avcısı
badge-25 = 🔮 Kâhin
badge-50 = 👑 Efsane
history-title =
    📜 <b>Son falların</b>
    Yeniden okumak için birine dokun:
history-empty = 📜 Henüz hiç falın yok. Başlamak için menüden birini seç.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ Fallarım
forget-confirm =
    ⚠️ <b>Verilerimi sil</b>
    Bu işlem profilini, fallarını, doğum bilgilerini ve sohbet geçmişini kalıcı olarak siler; etkin bir planın varsa onu da sona erdirir. Ödeme kayıtları muhasebe için saklanır, ama adın olmadan.

    Emin misin?
btn-forget-yes = 🗑 Evet, hepsini sil
btn-forget-no = ↩️ Hayır, verilerim kalsın
forget-done = 🗑 Verilerin silindi. Bana yeniden yazarsan sıfırdan başlarsın.
forget-kept = ↩️ Hiçbir şey silinmedi.

name-sign = { $sign ->
    [aries] Koç
    [taurus] Boğa
    [gemini] İkizler
    [cancer] Yengeç
    [leo] Aslan
    [virgo] Başak
    [libra] Terazi
    [scorpio] Akrep
    [sagittarius] Yay
    [capricorn] Oğlak
    [aquarius] Kova
   *[pisces] Balık
}
name-body = { $body ->
    [sun] Güneş
    [moon] Ay
    [mercury] Merkür
    [venus] Venüs
    [mars] Mars
    [jupiter] Jüpiter
    [saturn] Satürn
    [uranus] Uranüs
    [neptune] Neptün
    [pluto] Plüton
   *[north_node] Kuzey Ay Düğümü
}
name-aspect = { $aspect ->
    [conjunction] kavuşum
    [sextile] altmışlık
    [square] kare
    [trine] üçgen
   *[opposition] karşıt
}
name-phase = { $phase ->
    [new_moon] Yeni Ay
    [waxing_crescent] Büyüyen Hilal
    [first_quarter] İlk Dördün
    [waxing_gibbous] Büyüyen Şişkin Ay
    [full_moon] Dolunay
    [waning_gibbous] Küçülen Şişkin Ay
    [last_quarter] Son Dördün
   *[waning_crescent] Küçülen Hilal
}
name-element = { $element ->
    [fire] ateş
    [earth] toprak
    [air] hava
   *[water] su
}
name-modality = { $modality ->
    [cardinal] öncü
    [fixed] sabit
   *[mutable] değişken
}
name-push = { $kind ->
    [daily_card] Günün kartı
    [daily_horoscope] Günlük burç yorumu
    [new_moon] Yeni Ay
   *[full_moon] Dolunay
}
astro-locked = 🔒 Bu özellik <b>{ $plan }</b> ve üzeri planlarda var.
birth-needed = 🪐 Bunun için doğum tarihin, saatin ve yerin gerekiyor — gökyüzü bunlardan hesaplanıyor.
btn-birth-enter = ✍️ Doğum bilgilerini gir
birth-date-prompt = 📅 <b>Doğum tarihini</b> gönder, ör. <code>15.07.1990</code> veya <code>1990-07-15</code>.
person-date-prompt = 📅 { $name } için <b>doğum tarihini</b> gönder, ör. <code>15.07.1990</code>.
birth-date-format = ⚠️ Bunu bir tarih olarak okuyamadım.
birth-date-month = ⚠️ { $month }. ay yok — aylar 1 ile 12 arasında.
birth-date-day = ⚠️ { $year } yılının { $month }. ayında { $day }. gün yok.
birth-date-year = ⚠️ Haritaları { $first } ile { $last } yılları arası için hesaplayabiliyorum.
birth-date-future = ⚠️ Bu tarih gelecekte.
birth-time-prompt = 🕰 <b>Doğum saatini</b> <code>SS:DD</code> (24 saat) olarak gönder, ör. <code>14:30</code>. Emin değil misin? Düğmeye bas — harita öğlen için, evler olmadan çıkarılır.
btn-time-unknown = 🤷 Saati bilmiyorum
birth-time-format = ⚠️ Saati SS:DD biçiminde yaz, ör. 09:05 veya 21:40.
birth-time-hour = ⚠️ { $hour } diye bir saat yok — saatler 0 ile 23 arasında.
birth-time-minute = ⚠️ { $minute } diye bir dakika yok — dakikalar 0 ile 59 arasında.
birth-time-skipped = ⚠️ O yerde saatler ileri alındığı için o gün { $time } hiç yaşanmadı. Lütfen saati kontrol et.
birth-time-unknown-label = bilinmiyor
birth-place-prompt = 📍 <b>Doğduğun şehri</b> gönder (her dilde olur, ör. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ya da aşağıdaki düğmeyle konum paylaş.
btn-share-location = 📍 Konum paylaş
birth-place-not-found = 🔎 “{ $query }” adında bir şehir bulamadım. Başka bir yazım dene, ülke kodunu ekle (ör. <i>Paris, FR</i>) ya da konum paylaş.
birth-place-pick = 📍 Hangisi?
birth-saved =
    ✅ <b>Doğum bilgileri kaydedildi</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } (o tarihte { $offset })
    ☀️ Güneş burcu: { $sign }
birth-no-houses = ℹ️ Doğum saati olmadan yükselen ve evler hesaplanamaz; Ay'ın derecesi birkaç derece sapabilir.
birth-next = Sırada ne var?
person-name-prompt = 👤 Kişinin adı ne? (en fazla { $max } karakter)
person-limit = En fazla { $max } kişi kaydedebilirsin. Yenisini eklemek için birini sil.
btn-synastry = 💞 Uyumumuz
btn-add-person = ➕ Kişi ekle
chart-title = Doğum haritan
chart-caption = 🪐 { $name } için doğum haritası — { $date }, { $place }
chart-positions = Konumlar
chart-aspects = Başlıca açılar
chart-asc = Yükselen:
chart-mc = Tepe noktası (MC):
chart-whole-sign-fallback = Bu enlemde Placidus evleri tanımlı değil, bu yüzden tam burç evleri gösteriliyor.
chart-ask = Doğum haritamı yorumla.
chart-json-caption = 🧾 Hesaplanan haritan (tropikal, yer merkezli, Placidus). Herhangi bir efemeris ile karşılaştırabilirsin.
btn-chart-json = 🧾 Harita verisi (JSON)
btn-transits = 🔭 Transitler
transits-title = Bugün haritana gelen transitler
transits-none = Şu anda 2° içinde önemli bir transit yok.
transit-natal = doğum
transit-exact = tam açı { $date }
transit-not-exact = bir yıl içinde tam açı yapmıyor
horoscope-intro = ♈ <b>Burç yorumu</b>
    Bir dönem seç, sonra burcunu — ya da doğum bilgilerini bir kez gir, burcunu ben bileyim.
horoscope-intro-sign = ♈ { $sign } için <b>burç yorumu</b>. Bir dönem seç:
horoscope-pick = Bir burç seç:
horoscope-title = { $period ->
    [daily] Günlük burç yorumu
    [weekly] Haftalık burç yorumu
   *[monthly] Aylık burç yorumu
}, { $span }
btn-period = { $period ->
    [daily] Bugün
    [weekly] Bu hafta
   *[monthly] Bu ay
}
btn-other-sign = 🔄 Başka burç
compat-pick-first = 💞 <b>Uyum</b>
    İlk burcu seç:
compat-pick-other = 💞 { $sign } ile <b>uyum</b>
    Diğer burcu seç:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Sen ve { $name }</b>
    { $hearts } { $score }/100 (iki haritadan)
compat-ask = Uyumumuzu anlat.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Aydınlık: %{ $illumination } · Yaş: { $age } gün
moon-zone = Saatler { $zone } saat diliminde
moon-calendar-title = Ay takvimi, önümüzdeki 30 gün
btn-moon-calendar = 📅 30 günlük takvim
btn-moon-commentary = 🔮 Ay'ın bugünkü mesajı
moon-commentary-title = 🔮 <b>Ay'ın bugünkü mesajı</b>
btn-notifications = 🔔 Bildirimler
notify-title = Bildirimler
notify-time-prompt = 🕘 “{ $kind }” saat kaçta gelsin? SS:DD gönder (saat dilimi { $zone }) ya da saat dilimiyle birlikte, ör. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ “{ $zone }” tanıdığım bir saat dilimi değil. <code>Europe/Istanbul</code> gibi bir ad ya da <code>+03:00</code> gibi bir fark kullan.
btn-turn-on = aç
btn-turn-off = kapat
push-moon = { $symbol } <b>{ $phase }</b> bugün saat { $time }.
push-footer = <i>Bildirimleri 🌙 Ay → 🔔 Bildirimler bölümünden değiştirebilirsin.</i>
chatbot-intro = 🤖 <b>Astro sohbet</b>
    Haritan, transitlerin ya da gökyüzü hakkında ne istersen sor — hesaplanmış haritana göre yanıtlarım. Günde en fazla { $limit } soru. Bitirmek için “Çık”a bas ya da /cancel gönder.
chatbot-limit = ⏳ Bugün { $limit } soru sordun. Sohbet yarın yeniden açılır.
chatbot-not-text = ✍️ Lütfen sorunu metin olarak yaz.
chatbot-reset-done = 🧹 Sohbet temizlendi. Yeni bir soru sor.
btn-chat-reset = 🧹 Yeni sohbet
btn-chat-leave = 🚪 Çık

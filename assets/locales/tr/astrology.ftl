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
    [sextile] sekstil
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
    [full_moon] Dolunay
    [stations] Retro ve direkt dönüşler (bir gün önceden)
    [eclipses] Tutulmalar (bir gün önceden)
   *[void_moon] Boşluktaki Ay (aynı gün)
}
astro-locked = 🔒 Bu özellik <b>{ $plan }</b> planında ve daha üst planlarda var.
birth-needed = 🪐 Bunun için doğum tarihini, saatini ve yerini bilmem gerekiyor — gökyüzünü bunlara göre hesaplıyorum.
btn-birth-enter = ✍️ Doğum bilgilerini gir
birth-date-prompt = 📅 <b>Doğum tarihini</b> gönder, ör. <code>15.07.1990</code> ya da <code>1990-07-15</code>.
person-date-prompt = 📅 { $name } adlı kişinin <b>doğum tarihini</b> gönder, ör. <code>15.07.1990</code>.
birth-date-format = ⚠️ Bunu bir tarih olarak okuyamadım.
birth-date-month = ⚠️ { $month }. ay yok — aylar 1 ile 12 arasında.
birth-date-day = ⚠️ { $year } yılının { $month }. ayında { $day }. gün yok.
birth-date-year = ⚠️ Haritaları yalnızca { $first } ile { $last } yılları arasındaki doğumlar için hesaplayabiliyorum.
birth-date-future = ⚠️ Bu tarih henüz gelmedi.
birth-time-prompt = 🕰 <b>Doğum saatini</b> <code>SS:DD</code> biçiminde (24 saat) gönder, ör. <code>14:30</code>. Emin değil misin? Aşağıdaki düğmeye dokun — harita öğle saatine göre, evler olmadan çıkarılır.
btn-time-unknown = 🤷 Saati bilmiyorum
birth-time-format = ⚠️ Lütfen saati SS:DD biçiminde yaz, ör. 09:05 ya da 21:40.
birth-time-hour = ⚠️ { $hour } diye bir saat yok — saatler 0 ile 23 arasında.
birth-time-minute = ⚠️ { $minute } diye bir dakika yok — dakikalar 0 ile 59 arasında.
birth-time-skipped = ⚠️ O gün o yerde saatler ileri alındığı için { $time } hiç yaşanmadı. Lütfen saati kontrol et.
birth-time-unknown-label = bilinmiyor
birth-place-prompt = 📍 <b>Doğum şehrini</b> gönder (herhangi bir dilde olabilir, ör. <i>İstanbul</i>, <i>Москва</i>, <i>Paris, FR</i>) ya da aşağıdaki düğmeyle bir konum paylaş.
btn-share-location = 📍 Konum paylaş
birth-place-not-found = 🔎 “{ $query }” adında bir şehir bulamadım. Farklı bir yazımla dene, ülke kodunu ekle (ör. <i>Paris, FR</i>) ya da bir konum paylaş.
birth-place-pick = 📍 Hangisi?
birth-saved =
    ✅ <b>Doğum bilgileri kaydedildi</b>
    📅 { $date } · 🕰 { $time }
    📍 { $place } (o tarihte { $offset })
    ☀️ Güneş burcu: { $sign }
birth-no-houses = ℹ️ Doğum saati bilinmeden Yükselen ve evler hesaplanamaz; Ay’ın konumu da birkaç derece sapabilir.
birth-next = Sırada ne var?
person-name-prompt = 👤 Kişinin adı ne? (en fazla { $max } karakter)
person-limit = En fazla { $max } kişi kaydedebilirsin. Yeni birini eklemek için önce birini sil.
btn-synastry = 💞 Uyumumuz
btn-add-person = ➕ Kişi ekle
chart-title = Doğum haritan
chart-caption = 🪐 Doğum haritası: { $name } — { $date }, { $place }
chart-positions = Konumlar
chart-aspects = Başlıca açılar
chart-asc = Yükselen:
chart-mc = Tepe noktası (MC):
chart-house-fallback = Kutba bu kadar yakın bir yerde { $wanted ->
        [koch] Koch
       *[placidus] Placidus
    } evleri çizilemiyor; bu yüzden haritanda Porphyry ev sistemi kullanıldı.
chart-ask = Doğum haritamı yorumla.
chart-json-caption = 🧾 Hesaplanan haritan (tropikal zodyak, yer merkezli, Placidus). Dilediğin bir efemerisle karşılaştırabilirsin.
btn-chart-json = 🧾 Harita verisi (JSON)
btn-transits = 🔭 Transitler
transits-title = Bugün haritana gelen transitler
transits-none = Şu anda 2° içinde önemli bir transit yok.
chart-position = { $body } — { $sign } { $degree }{ $retro }{ $house ->
        [none] {""}
       *[other] {" · "}{ $house }. ev
    }
chart-aspect = { $first } ile { $second } { $aspect } ({ $orb }°)
transit-line = { $transiting }, natal { $natal } ile { $aspect }
transit-exact = { $tense ->
        [past] { $date } tarihinde tam açı oluştu
       *[future] { $date } tarihinde tam açı oluşacak
    }
transit-not-exact = önümüzdeki 12 ay içinde tam açı oluşmuyor
transit-stations-title = Önümüzdeki yıl haritana denk gelen retro ve direkt dönüşler
transit-station = { $date } · { $symbol } { $body } { $degree } { $sign_code ->
        [aries] Koç’ta
        [taurus] Boğa’da
        [gemini] İkizler’de
        [cancer] Yengeç’te
        [leo] Aslan’da
        [virgo] Başak’ta
        [libra] Terazi’de
        [scorpio] Akrep’te
        [sagittarius] Yay’da
        [capricorn] Oğlak’ta
        [aquarius] Kova’da
       *[pisces] Balık’ta
    } { $direction ->
        [retrograde] retroya giriyor
       *[direct] direkt harekete geçiyor
    }, hem de tam natal { $natal_code ->
        [sun] Güneş’inin
        [moon] Ay’ının
        [mercury] Merkür’ünün
        [venus] Venüs’ünün
        [mars] Mars’ının
        [jupiter] Jüpiter’inin
        [saturn] Satürn’ünün
        [uranus] Uranüs’ünün
        [neptune] Neptün’ünün
        [pluto] Plüton’unun
        [north_node] Kuzey Ay Düğümü’nün
       *[other] { $natal } noktanın
    } üzerinde
name-house-system = { $system ->
    [placidus] Placidus
    [koch] Koch
    [equal] Eşit
    [whole-sign] Tam Burç
    [porphyry] Porphyry
    [regiomontanus] Regiomontanus
   *[campanus] Campanus
}
btn-house-system = 🏠 Ev sistemi: { $system }
btn-solar-return = 🎂 Önümdeki yıl (Güneş dönüşü)
solar-return-title = { $year } Güneş dönüşün
solar-return-intro = 🎂 Güneş, doğduğun andaki yerine geri döndü: { $date }. Yeni yaşının haritasını tam o an ve { $place } için çıkardım.
solar-return-ask = Güneş dönüşümü yorumla: önümdeki yıl bana neler getiriyor?
house-system-pick = 🏠 <b>Ev sistemi</b>
    Evler haritanı on iki yaşam alanına böler; astrologlar da onları farklı yöntemlerle çizer. En yaygın kullanılanı Placidus, en eskisi ise Tam Burç sistemidir. Hangisiyle çalışıyorsan onu seç — haritan, transitlerin ve yorumların ona göre hazırlanır.
house-system-saved = ✅ Haritan artık { $system } ev sistemiyle çiziliyor.
horoscope-intro = ♈ <b>Burç yorumu</b>
    Önce bir dönem, sonra burcunu seç — ya da doğum bilgilerini bir kez gir, burcunu bir daha sormayayım.
horoscope-intro-sign = ♈ <b>Burç yorumu</b> — { $sign }. Bir dönem seç:
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
btn-other-sign = 🔄 Başka bir burç
compat-pick-first = 💞 <b>Burç uyumu</b>
    İlk burcu seç:
compat-pick-other = 💞 <b>Burç uyumu</b> — ilk burç: { $sign }
    Şimdi diğer burcu seç:
compat-title = 💞 <b>{ $first } + { $second }</b>
    { $hearts } { $score }/100
synastry-title = 💞 <b>Sen ve { $name }</b>
    { $hearts } { $score }/100 (iki doğum haritasına göre)
compat-ask = Uyumumuzu yorumla.
moon-today =
    { $symbol } <b>{ $phase }</b>
    Aydınlık oranı: %{ $illumination } · Ay’ın yaşı: { $age } gün
moon-zone = Saatler { $zone } saat dilimine göre
moon-calendar-title = Ay takvimi: önümüzdeki 30 gün
btn-moon-calendar = 📅 30 günlük takvim
btn-moon-commentary = 🔮 Ay’ın bugünkü mesajı
moon-commentary-title = 🔮 <b>Ay’ın bugünkü mesajı</b>
btn-notifications = 🔔 Bildirimler
notify-title = Bildirimler
notify-time-prompt = 🕘 “{ $kind }” saat kaçta gelsin? SS:DD biçiminde gönder (saat dilimi: { $zone }) ya da saatin yanına saat dilimini de yaz, ör. <code>08:30 Europe/Berlin</code>.
notify-zone-unknown = ⚠️ “{ $zone }” tanıdığım bir saat dilimi değil. <code>Europe/Istanbul</code> gibi bir ad ya da <code>+03:00</code> gibi bir saat farkı yaz.
btn-turn-on = aç
btn-turn-off = kapat
push-moon = { $symbol } <b>{ $phase }</b>: bugün saat { $time }.
push-footer = <i>Bildirimleri 🌙 Ay Takvimi → 🔔 Bildirimler bölümünden değiştirebilirsin.</i>
chatbot-intro = 🤖 <b>Astro sohbet</b>
    Haritan, transitlerin ya da gökyüzü hakkında aklına ne gelirse sor — hesaplanmış haritana göre yanıtlıyorum. Günde en fazla { $limit } soru sorabilirsin. Çıkmak için “Çık” düğmesine dokun ya da /cancel yaz.
chatbot-limit = ⏳ Bugünkü { $limit } soru hakkının hepsini kullandın. Sohbet yarın yeniden açılıyor.
chatbot-not-text = ✍️ Lütfen sorunu yazıyla gönder.
chatbot-reset-done = 🧹 Sohbet temizlendi. Yeni bir soru sorabilirsin.
btn-chat-reset = 🧹 Yeni sohbet
btn-chat-leave = 🚪 Çık

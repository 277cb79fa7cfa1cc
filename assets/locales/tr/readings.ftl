# Tarot, dream follow-ups and sharing.
tarot-title =
    🃏 <b>Tarot</b>
    Bir açılım seç ya da günün kartına bak:
btn-spread-one = 🂠 Tek kart
btn-spread-three = 🔮 Geçmiş · Şimdi · Gelecek
btn-spread-celtic = ✨ Kelt Haçı (10 kart)
btn-daily-card = 🌅 Günün kartı
btn-draw-now = 🃏 Hemen çek
spread-one = Tek kart
spread-three = Geçmiş · Şimdi · Gelecek
spread-celtic = Kelt Haçı
tarot-question =
    🃏 <b>{ $spread }</b>

    Sorunu düşün ve bana yaz (en fazla { $max } karakter) ya da “Hemen çek” düğmesine dokun.
tarot-question-text = Lütfen sorunu yazıyla gönder (en fazla { $max } karakter) ya da “Hemen çek” düğmesine dokun.
tarot-question-line = <i>Sorun: { $question }</i>
pos-card = Kartın
pos-past = Geçmiş
pos-present = Şimdi
pos-future = Gelecek
pos-situation = Durum
pos-challenge = Engel
pos-foundation = Temel
pos-recent-past = Yakın geçmiş
pos-crown = Hedef
pos-near-future = Yakın gelecek
pos-self = Sen
pos-environment = Çevren
pos-hopes-fears = Umutlar ve korkular
pos-outcome = Sonuç
upright = düz
reversed = ters
daily-card-title = 🌅 <b>Günün kartı</b> — { $date }
btn-dream-followup = ❓ Bu rüya hakkında sor
dream-followup-prompt = ❓ Bu rüyayla ilgili neyi merak ediyorsun? (en fazla { $max } karakter)
reading-title-dream-followup = 💭 <b>Rüyan hakkında</b>
btn-share-x = 𝕏 X’te paylaş
btn-share-telegram = ✈️ Telegram’da paylaş
# One label per reading kind (history, PDFs, the admin dashboard).
reading-kind = { $kind ->
    [coffee] Kahve falı
    [tarot] Tarot falı
    [dream] Rüya tabiri
    [daily_card] Günün kartı
    [daily_horoscope] Günlük burç yorumu
    [weekly_horoscope] Haftalık burç yorumu
    [monthly_horoscope] Aylık burç yorumu
    [birth_chart] Doğum haritası
    [compatibility] Burç uyumu
    [astro_chatbot] Astro sohbet
    [moon] Ay’ın mesajı
    [solar_return] Güneş dönüşü
   *[other] Fal
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Fal Gram’daki kahve falım beni çok şaşırttı ✨ Sen de dene:
    [tarot] Fal Gram’daki tarot falım beni çok şaşırttı ✨ Sen de dene:
    [dream] Fal Gram rüyamı yorumladı ve beni çok şaşırttı ✨ Sen de dene:
    [daily_card] Fal Gram’da çektiğim günün kartı beni çok şaşırttı ✨ Sen de kartını çek:
    [daily_horoscope] Fal Gram’daki burç yorumum beni çok şaşırttı ✨ Sen de kendi yorumunu oku:
    [weekly_horoscope] Fal Gram’daki burç yorumum beni çok şaşırttı ✨ Sen de kendi yorumunu oku:
    [monthly_horoscope] Fal Gram’daki burç yorumum beni çok şaşırttı ✨ Sen de kendi yorumunu oku:
    [birth_chart] Fal Gram doğum haritamı yorumladı ve beni çok şaşırttı ✨ Sen de dene:
    [compatibility] Fal Gram uyumumuzu yorumladı ve beni çok şaşırttı ✨ Sen de dene:
    [solar_return] Fal Gram, Güneş dönüşü haritamdan önümdeki yılı yorumladı ✨ Sen de dene:
   *[other] Fal Gram’daki falım beni çok şaşırttı ✨ Sen de dene:
}

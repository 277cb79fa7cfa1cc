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

    Sorunu düşün ve bana yaz (en fazla { $max } karakter) ya da “Hemen çek”e dokun.
tarot-question-text = Lütfen sorunu metin olarak yaz (en fazla { $max } karakter) ya da “Hemen çek”e dokun.
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
dream-followup-prompt = ❓ Bu rüya hakkında ne öğrenmek istersin? (en fazla { $max } karakter)
reading-title-dream-followup = 💭 <b>Rüyan hakkında</b>
btn-share-x = 𝕏 X'te paylaş
btn-share-telegram = ✈️ Telegram'da paylaş
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
    [astro_chatbot] Astroloji sohbeti
    [moon] Ay yorumu
   *[other] Yorum
}
# What a shared reading says, per kind.
share-text = { $kind ->
    [coffee] Fal Gram'daki kahve falım beni şaşırttı ✨ Sen de dene:
    [tarot] Fal Gram'daki tarot falım beni şaşırttı ✨ Sen de dene:
    [dream] Fal Gram'daki rüya tabirim beni şaşırttı ✨ Sen de dene:
    [daily_card] Fal Gram'da günün kartım beni şaşırttı ✨ Sen de kartını çek:
    [daily_horoscope] Fal Gram'daki burç yorumum beni şaşırttı ✨ Sen de oku:
    [weekly_horoscope] Fal Gram'daki burç yorumum beni şaşırttı ✨ Sen de oku:
    [monthly_horoscope] Fal Gram'daki burç yorumum beni şaşırttı ✨ Sen de oku:
    [birth_chart] Fal Gram'daki doğum haritası yorumum beni şaşırttı ✨ Sen de dene:
    [compatibility] Fal Gram'daki burç uyumu yorumumuz beni şaşırttı ✨ Sen de dene:
   *[other] Fal Gram'daki yorumum beni şaşırttı ✨ Sen de dene:
}

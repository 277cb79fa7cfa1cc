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
kind-coffee = kahve falı
kind-tarot = tarot
kind-dream = rüya tabiri
kind-daily-card = günün kartı
share-text = Fal Gram'daki { $kind } yorumum beni şaşırttı ✨ Sen de dene:
btn-share-x = 𝕏 X'te paylaş
btn-share-telegram = ✈️ Telegram'da paylaş

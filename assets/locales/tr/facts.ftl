# The computed facts handed to the AI inside its instructions, in the user's language, and
# what the user's turn says when they typed nothing. Not shown to users as such.
fact-sky-title = { $first } – { $last } arasında gökyüzü (tropikal zodyak, hesaplanmış değerler):
fact-position = { $body }: { $sign } { $degrees }
fact-retrograde = retro
fact-house = { $house }. ev
fact-enters = { $date } tarihinde { $sign } burcuna geçiyor
fact-phase = { $phase }: { $date }
fact-station = { $body } { $date } tarihinde { $sign } { $degree } konumunda { $direction ->
        [retrograde] retroya giriyor
       *[direct] direkt harekete geçiyor
    }
fact-eclipse = { $kind ->
        [solar] { $type ->
            [total] Tam Güneş tutulması
            [annular] Halkalı Güneş tutulması
            [hybrid] Hibrit Güneş tutulması
           *[partial] Parçalı Güneş tutulması
        }
       *[lunar] { $type ->
            [total] Tam Ay tutulması
            [partial] Parçalı Ay tutulması
           *[penumbral] Yarı gölgeli Ay tutulması
        }
    }: { $date }, { $sign } { $degree }
fact-ascendant = Yükselen: { $sign } { $degrees }
fact-midheaven = Tepe noktası (MC): { $sign } { $degrees }
fact-no-birth-time = Doğum saati bilinmiyor: Yükselen, Tepe noktası (MC) ve evler hesaplanmadı; bunları yorumlama.
fact-aspects = Açılar:
fact-aspect = { $first } { $aspect } { $second } (orb { $orb }°)
fact-synastry-aspect = { $aspect }: benim haritamda { $mine }, onun haritasında { $theirs } (orb { $orb }°)
fact-sign-pair = Elementler: { $first_element } ve { $second_element }; nitelikler: { $first_modality } ve { $second_modality }. Yalnızca burç eşleşmesi; doğum haritası yok.
fact-card = { $position }: { $card } ({ $orientation }); { $keywords }
ai-ask-tarot = Belirli bir sorum yok; genel bir yol göstermeni istiyorum.
ai-ask-daily-card = Günün kartımı yorumla.
ai-ask-cup = Bu fotoğrafta fincanım var.
ai-ask-cup-saucer = İlk fotoğrafta fincanım, ikincisinde tabağım var.
ai-ask-moon = Bugünkü Ay bana ne getiriyor?

btn-sky = 🌌 أحداث السماء
sky-title = السماء
sky-void-title = القمر خالي المسار اليوم
sky-void-none = القمر ليس خالي المسار اليوم.
sky-void =
    { $from }–{ $to }، بعد { $aspect_code ->
        [conjunction] اقترانه
        [sextile] تسديسه
        [square] تربيعه
        [trine] تثليثه
       *[opposition] مقابلته
    } مع { $partner }
sky-void-whole = { $from }–{ $to }، من دون أي زاوية طوال مروره بهذا البرج
sky-coming-title = في الأيام القادمة
sky-coming-none = لا تراجع ولا عودة إلى الحركة المباشرة، ولا انتقال بين الأبراج، ولا كسوف أو خسوف في الأيام الثلاثين القادمة.
sky-station =
    { $when } · { $symbol } { $body } { $body_code ->
        [sun] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
        [venus] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
       *[other] { $direction ->
            [retrograde] يبدأ تراجعه
           *[direct] يعود إلى الحركة المباشرة
        }
    } عند { $degree } من برج { $sign }
sky-ingress =
    { $when } · { $symbol } { $body } { $body_code ->
        [sun] تدخل
        [venus] تدخل
       *[other] يدخل
    } برج { $sign }
sky-eclipse =
    { $when } · { $kind ->
        [solar] 🌑 { $type ->
            [total] كسوف كلي
            [annular] كسوف حلقي
            [hybrid] كسوف هجين
           *[partial] كسوف جزئي
        }
       *[lunar] 🌕 { $type ->
            [total] خسوف كلي
            [partial] خسوف جزئي
           *[penumbral] خسوف شبه ظلّي
        }
    } عند { $degree } من برج { $sign }
sky-more-locked =
    { $hidden ->
        [zero] كل أحداث هذا الشهر متاحة في الخطة <b>{ $plan }</b>، مع تنبيه قبل كل حدث بيوم.
        [one] حدث آخر هذا الشهر متاح في الخطة <b>{ $plan }</b>، مع تنبيه قبله بيوم.
        [two] حدثان آخران هذا الشهر متاحان في الخطة <b>{ $plan }</b>، مع تنبيه قبل كل منهما بيوم.
        [few] { $hidden } أحداث أخرى هذا الشهر متاحة في الخطة <b>{ $plan }</b>، مع تنبيه قبل كل حدث بيوم.
        [many] { $hidden } حدثًا آخر هذا الشهر متاحة في الخطة <b>{ $plan }</b>، مع تنبيه قبل كل حدث بيوم.
       *[other] { $hidden } حدث آخر هذا الشهر متاحة في الخطة <b>{ $plan }</b>، مع تنبيه قبل كل حدث بيوم.
    }
push-station =
    { $symbol } { $body } { $body_code ->
        [sun] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
        [venus] { $direction ->
            [retrograde] تبدأ تراجعها
           *[direct] تعود إلى الحركة المباشرة
        }
       *[other] { $direction ->
            [retrograde] يبدأ تراجعه
           *[direct] يعود إلى الحركة المباشرة
        }
    } غدًا في الساعة { $time }، عند { $degree } من برج { $sign }.
push-eclipse =
    { $kind ->
        [solar] 🌑 { $type ->
            [total] كسوف كلي
            [annular] كسوف حلقي
            [hybrid] كسوف هجين
           *[partial] كسوف جزئي
        }
       *[lunar] 🌕 { $type ->
            [total] خسوف كلي
            [partial] خسوف جزئي
           *[penumbral] خسوف شبه ظلّي
        }
    } غدًا في الساعة { $time }، عند { $degree } من برج { $sign }.
push-void-moon = ☽ القمر خالي المسار اليوم: { $periods }. وقت مناسب لإتمام ما هو قائم، لا للبدء بجديد.

# Referrals, history and /forget.
cmd-forget = احذف بياناتي
referral-page =
    🎁 <b>ادعُ أصدقاءك</b>
    شارك رابطك: مقابل كل صديق ينضم تحصل على { $bonus } قراءة إضافية.

    { $link }

    👥 المدعوون: { $invited }
    🎟 القراءات الإضافية: { $earned } مكتسبة، { $used } مستخدمة
    🏅 الترتيب: { $rank } من { $total }
referral-badge = شارتك: { $badge }
referral-next = الشارة التالية عند { $next } دعوات.
referral-top-title = <b>أفضل 10</b>
referral-top-empty = لا توجد دعوات بعد — كن الأول!
referral-credited = 🎉 انضم { $name } عبر رابطك! +{ $bonus } قراءة إضافية.
referral-milestone = 🏅 شارة جديدة: { $badge } — دعوت { $count } أصدقاء!
referral-share-text = القهوة والتاروت والأحلام والأبراج على تيليجرام ✨ انضم إليّ في Fal Gram:
btn-share-link = 📤 شارك رابطي
badge-1 = 🌱 الشرارة الأولى
badge-5 = 🌙 دائرة القمر
badge-10 = ⭐ جامع النجوم
badge-25 = 🔮 العرّاف
badge-50 = 👑 الأسطورة
history-title =
    📜 <b>قراءاتك الأخيرة</b>
    اضغط على إحداها لقراءتها مجدداً:
history-empty = 📜 ليست لديك قراءات بعد. اختر واحدة من القائمة لتبدأ.
history-entry-title = 📜 <b>{ $kind }</b> — { $date }
btn-history-back = ⬅️ قراءاتي
forget-confirm =
    ⚠️ <b>احذف بياناتي</b>
    سيؤدي هذا إلى حذف ملفك وقراءاتك وبيانات ميلادك وسجل محادثاتك نهائياً، وإنهاء أي خطة فعّالة. تبقى سجلات الدفع لأغراض المحاسبة دون اسمك.

    هل أنت متأكد؟
btn-forget-yes = 🗑 نعم، احذف كل شيء
btn-forget-no = ↩️ لا، احتفظ ببياناتي
forget-done = 🗑 تم حذف بياناتك. إن كتبت مجدداً فستبدأ من جديد.
forget-kept = ↩️ لم يُحذف أي شيء.

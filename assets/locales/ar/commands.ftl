# Descriptions in Telegram's command menu (setMyCommands).
cmd-start = الترحيب والقائمة الرئيسية
cmd-menu = القائمة الرئيسية
cmd-help = كيف يعمل Fal Gram
cmd-language = تغيير اللغة
cmd-cancel = إيقاف الخطوة الحالية
cmd-terms = شروط الاستخدام
cmd-paysupport = المساعدة في المدفوعات
cmd-mychart = خريطتي الفلكية كملف JSON

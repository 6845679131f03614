# Vecino: نصوص الواجهة باللغة العربية. المرجع: locales/en/main.ftl.
# لا تترجم ما بين { $القوسين }.

## أسماء اللغات

language-self-name = العربية
language-english-name = Arabic

## الأخطاء

error-not-found = لم نتمكن من العثور على الصفحة أو العنصر الذي طلبته.
    .title = غير موجود
error-guide-not-found = لا يوجد دليل إرشادي على العنوان «{ $slug }».
    .title = الدليل الإرشادي غير موجود
error-service-not-found = لا توجد خدمة بالمعرّف «{ $id }».
    .title = الخدمة غير موجودة
error-organization-not-found = لا توجد منظمة بالمعرّف «{ $id }».
    .title = المنظمة غير موجودة
error-invalid-id = «{ $value }» ليس معرّفًا صالحًا.
    .title = معرّف غير صالح
error-invalid-locale = «{ $value }» ليس رمز لغة نعرفه؛ يُرجى استخدام رمز مثل «es» أو «zh-Hant».
    .title = رمز لغة غير معروف
error-invalid-parameter = القيمة «{ $value }» غير صالحة لـ«{ $name }».
    .title = قيمة غير صالحة
error-method-not-allowed = هذا العنوان لا يقبل هذا النوع من الطلبات.
    .title = طلب غير مسموح به
error-internal = نعتذر، حدث خطأ من جهتنا؛ يُرجى المحاولة مرة أخرى لاحقًا.
    .title = حدث خطأ ما
error-conflict = غيّر شخص آخر هذا في الوقت نفسه؛ يُرجى إعادة تحميله والمحاولة مرة أخرى.
    .title = غيّره شخص آخر

## مصدر النص

provenance-original = النص الأصلي.
provenance-human = ترجمة بشرية.
provenance-machine = ترجمة آلية — لم يراجعها شخص بعد.
provenance-imported = مستورد من دليل خدمات آخر.
translation-stale = تغيّر النص الأصلي بعد ترجمة هذا النص؛ قد لا يكون محدّثًا.
fallback-notice = هذا غير متوفر باللغة { $requested } بعد، لذا يُعرض باللغة { $shown }.

## المواضيع

topic-know-your-rights = اعرف حقوقك
topic-daca = DACA
topic-citizenship = الجنسية
topic-id-card = بطاقات الهوية
topic-legal-aid = المساعدة القانونية
topic-immigration-fraud = الاحتيال في مجال الهجرة
topic-health = الصحة
topic-education = التعليم
topic-youth = الشباب
topic-parents = الآباء والأسر
topic-employment = العمل والتوظيف
topic-housing = السكن
topic-food = الغذاء
topic-language-classes = دروس اللغة
topic-language-access = الترجمة الشفوية والتحريرية
topic-safety = السلامة
topic-policing = الشرطة
topic-emergency-preparedness = الاستعداد للطوارئ
topic-driving = القيادة
topic-consular-services = الخدمات القنصلية
topic-civic-engagement = المشاركة المدنية
topic-information-and-referral = المعلومات والإحالة

## فئات معيار الترحيب (Welcoming Standard من Welcoming America)

welcoming-government-leadership = القيادة الحكومية
welcoming-civic-engagement = المشاركة المدنية
welcoming-equitable-access = الوصول العادل
welcoming-education = التعليم
welcoming-connected-communities = مجتمعات مترابطة
welcoming-economic-development = التنمية الاقتصادية
welcoming-safe-communities = مجتمعات آمنة

## من يحق له تقديم المشورة القانونية في الهجرة

accreditation-doj-recognized-organization = منظمة معترف بها من وزارة العدل الأمريكية
    .explanation = منظمة غير ربحية تسمح لها وزارة العدل الأمريكية بتقديم المساعدة القانونية في شؤون الهجرة؛ ولا يحق ذلك لكتّاب العدل (notario) ولا لـ«مستشاري الهجرة».
accreditation-accredited-representative = ممثل معتمد
    .explanation = شخص يعمل في منظمة معترف بها تسمح له وزارة العدل الأمريكية بتقديم المشورة القانونية في شؤون الهجرة؛ ولا يحق ذلك لكتّاب العدل (notario).
accreditation-licensed-attorney = محامٍ مرخّص
    .explanation = يحق للمحامي المرخّص في إحدى الولايات الأمريكية تقديم المشورة القانونية في شؤون الهجرة؛ أما كاتب العدل (notario) فليس محاميًا في الولايات المتحدة.

## كيف تقدّم الخدمة اللغة

language-how-bilingual-staff = يتحدث الموظفون هذه اللغة
language-how-interpreter = يتوفر مترجم فوري
language-how-phone-line = مساعدة عبر الهاتف بهذه اللغة
language-how-written-material = مواد مكتوبة بهذه اللغة

## معلومات تتغير كثيرًا

changing-fact-notice = هذه المعلومة تتغير كثيرًا. آخر تحقق: { $date }. يُرجى التحقق من المصدر الرسمي قبل اتخاذ أي إجراء.

error-empty-query = اكتب كلمة أو كلمتين للبحث.
    .title = بحث فارغ
error-query-too-long = عبارة البحث طويلة جدًا. استخدم { $max } حرفًا على الأكثر.
    .title = عبارة البحث طويلة جدًا

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

## Web pages

site-name = Vecino
site-tagline = مساعدة للجيران المهاجرين، بلغتك.
skip-to-content = انتقل إلى المحتوى الرئيسي
nav-home = الصفحة الرئيسية
language-picker = اختر لغتك
footer-privacy = لا يستخدم Vecino ملفات تعريف الارتباط ولا يتتبعك.
search-label = ابحث عن مساعدة
search-hint = مثلًا: محامٍ، DACA، بطاقة هوية، عيادة
search-button = بحث
search-title = نتائج البحث
search-count = النتائج: { $count }
search-none = لم نجد شيئًا. جرّب كلمات أخرى أو عوامل تصفية أقل.
search-error-near = اكتب المكان بخط العرض وخط الطول، مثلًا 37.34, -121.89.
home-topics = ابحث عن مساعدة حسب الموضوع
home-guides = أدلة
home-events = فعاليات قادمة
home-no-events = لا توجد فعاليات قادمة بعد.
event-when = الموعد:
event-where = المكان:
services-title = الخدمات
topic-search = ابحث في هذا الموضوع
kind-service = خدمة
kind-guide = دليل
kind-organization = منظمة
kind-event = فعالية
filters-title = عوامل التصفية
filter-kind = النوع
filter-topic = المواضيع
filter-more = اعرض فقط
filter-accredited = مساعدة قانونية معتمدة
filter-free = مجاني
filter-open-now = مفتوح الآن
filter-language = متاح بلغة
filter-any = أي لغة
filter-near = بالقرب من (خط العرض، خط الطول)
filter-near-hint = تُظهر النتائج المسافة من هذا المكان.
filter-locate = استخدم موقعي
filter-apply = طبّق عوامل التصفية
distance-km = على بعد { $km } كم
pages-label = مزيد من النتائج
page-next = الصفحة التالية
page-previous = الصفحة السابقة

## Listings

organization-label = تقدّمها:
open-now = مفتوح الآن
closed-now = مغلق الآن
hours-unknown = ساعات العمل غير معروفة. اتصل أو راجع الموقع قبل الذهاب.
hours-title = ساعات العمل
hours-timezone = الأوقات بالتوقيت المحلي ({ $zone }).
weekday-monday = الاثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد
languages-title = اللغات
accreditation-none-legal = ليس لدينا ما يثبت أن هذه الخدمة مسموح لها بتقديم استشارات قانونية في الهجرة. اطلب رؤية إثبات الاعتماد قبل أن تدفع أو توقّع أي شيء.
verified-on = تحقّق منه شخص في { $date }.
not-verified = لم يتحقّق منه شخص بعد.
sources-title = المصادر
contact-title = التواصل
website = الموقع الإلكتروني
phone = الهاتف
email = البريد الإلكتروني
guide-reviewed = رُوجع في { $date }.
changing-intro = بعض المعلومات في هذه الصفحة تتغير كثيرًا، وبجانبها تاريخ آخر تحقّق.
print-button = طباعة
print-card = بطاقة جيب للطباعة
card-back = العودة إلى الدليل
qr-label = رمز QR لعنوان هذه الصفحة
qr-caption = امسح هذا الرمز لفتح الصفحة على هاتفك.

## Report a problem

report-title = الإبلاغ عن مشكلة
report-intro = هل هناك خطأ أو معلومة قديمة؟ أخبرنا وسيتحقق منها شخص.
report-kind = ما الخطأ؟
report-kind-closed = أُغلقت
report-kind-hours = ساعات العمل خاطئة
report-kind-contact = الهاتف أو العنوان أو الموقع خاطئ
report-kind-information = معلومات أخرى خاطئة
report-kind-other = شيء آخر
report-details = ماذا يجب أن نعرف؟
report-contact = بريدك الإلكتروني أو هاتفك (اختياري، فقط إذا أردت ردًا)
report-privacy = لا تكتب معلومات خاصة مثل وضعك في الهجرة.
report-send = أرسل البلاغ
form-errors = يرجى تصحيح الحقول المحددة.
report-error-kind = اختر ما هو الخطأ.
report-error-details = اكتب { $min } أحرف على الأقل.
report-error-too-long = النص طويل جدًا: { $max } حرف كحد أقصى.
report-thanks-title = شكرًا
report-thanks = شكرًا لك. سيتحقق شخص من بلاغك.
report-back = العودة إلى الخدمة

## Kiosk

kiosk-start-over = ابدأ من جديد
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-body = لحماية خصوصيتك، ستبدأ هذه الشاشة من جديد قريبًا.
kiosk-idle-continue = ما زلت هنا
kiosk-external = تظهر عناوين الويب هنا كنص فقط: افتحها لاحقًا على هاتفك أو حاسوبك.

## صفحات الموظفين (/admin). ترجمة آلية لم يراجعها إنسان بعد.

error-unauthorized = سجّل الدخول، أو أرسل رمز API صالحًا.
    .title = لم تسجّل الدخول
error-forbidden = لا يُسمح لحسابك بفعل هذا.
    .title = غير مسموح
error-csrf = انتهت صلاحية هذا النموذج أو لم يأتِ من هذا الموقع. ارجع وأعد تحميل الصفحة ثم حاول مرة أخرى.
    .title = انتهت صلاحية النموذج
error-token-name = أعطِ الرمز اسمًا من 1 إلى 100 حرف.
    .title = الاسم مفقود
admin-title = الموظفون
admin-cookie-notice = تستخدم صفحات الموظفين ملف تعريف ارتباط واحدًا فقط، لإبقائك مسجّلًا للدخول.
admin-login-title = دخول الموظفين
admin-login-intro = للأشخاص الذين يحافظون على تحديث هذا الدليل. لا يحتاج السكان إلى حساب أبدًا.
admin-email = البريد الإلكتروني
admin-password = كلمة المرور
admin-login-button = تسجيل الدخول
admin-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
admin-login-too-many = محاولات فاشلة كثيرة جدًا. عدد الدقائق التي يجب انتظارها قبل المحاولة مرة أخرى: { $minutes }.
admin-logout = تسجيل الخروج
admin-signed-in-as = مسجّل الدخول باسم { $email } ({ $role }).
admin-role-admin = مدير
admin-role-editor = محرر
admin-role-translator = مترجم
admin-may-edit = القوائم التي يمكنك تحريرها
admin-may-edit-all = يمكنك تحرير كل القوائم.
admin-may-translate = اللغات التي يمكنك الترجمة إليها: { $locales }
admin-verified = تم التحقق في { $date }
admin-not-verified = لم يتم التحقق بعد
admin-verify = وضع علامة «تم التحقق»
admin-tokens = رموز API
admin-token-name = لأي غرض هذا الرمز؟
admin-token-create = إنشاء رمز
admin-token-created = انسخ هذا الرمز الآن. لن يُعرض مرة أخرى.
admin-token-revoke = إلغاء
admin-token-revoked = ملغى
admin-audit = سجل التدقيق
admin-audit-when = متى
admin-audit-who = من
admin-audit-what = ماذا
admin-audit-record = السجل

## الترجمات (/admin/…/translations): the translation workflow. ترجمة آلية لم يراجعها إنسان بعد.

admin-tr-link = الترجمات
admin-tr-title = الترجمات
admin-tr-intro = لكل لغة: كم نصًا ينقصه الترجمة، أو قديم (تغيّر نصه الأصلي بعد ترجمته)، أو مترجم آليًا ولم يُراجَع بعد، أو مستورد، أو ترجمه شخص.
admin-tr-locales = اللغات وحالة ترجماتها
admin-tr-language = اللغة
admin-tr-kind-service = خدمة
admin-tr-kind-organization = منظمة
admin-tr-kind-guide = دليل
admin-tr-kind-event = فعالية
admin-tr-field-name = الاسم
admin-tr-field-description = الوصف
admin-tr-field-title = العنوان
admin-tr-field-summary = الملخص
admin-tr-field-body = النص (Markdown)
admin-tr-state-missing = ناقصة
admin-tr-state-stale = قديمة
admin-tr-state-machine = آلية
admin-tr-state-imported = مستوردة
admin-tr-state-human = بشرية
admin-tr-list-title = الترجمات إلى { $language }
admin-tr-counts = الأعداد
admin-tr-kind = النوع
admin-tr-texts = النصوص
admin-tr-state = الحالة
admin-tr-any = الكل
admin-tr-filter = تصفية
admin-tr-total = النصوص التي وُجدت: { $count }
admin-tr-none = لا شيء هنا.
admin-tr-record = السجل
admin-tr-field = الحقل
admin-tr-source = لغة الأصل
admin-tr-pages = الصفحات
admin-tr-prev = الصفحة السابقة
admin-tr-next = الصفحة التالية
admin-tr-page-of = الصفحة { $page } من { $pages }
admin-tr-edit-title = ترجمة: { $field } إلى { $language }
admin-tr-saved = تم الحفظ.
admin-tr-stale-title = تغيّر النص الأصلي
admin-tr-stale-since = أُعدّت هذه الترجمة من نص أصلي أقدم. آخر تغيير للسجل كان في { $date }.
admin-tr-stale-diff = ما تغيّر في الأصل (الكلمات المحذوفة مشطوبة، والكلمات الجديدة تحتها خط):
admin-tr-stale-old = النص الأصلي الذي أُعدّت منه هذه الترجمة:
admin-tr-stale-unknown = لم يُحفظ النص الأصلي الأقدم: قارن الترجمة بالأصل أدناه.
admin-tr-source-in = الأصل ({ $language })
admin-tr-translation-in = الترجمة ({ $language })
admin-tr-text-label = { $field } بـ{ $language }
admin-tr-save = حفظ الترجمة
admin-tr-preview = معاينة
admin-tr-review-hint = إذا كانت الترجمة صحيحة كما هي، فضع عليها علامة المراجعة دون إعادة كتابتها.
admin-tr-review = وضع علامة «تمت المراجعة»
admin-tr-reviewed-by = بواسطة { $who } في { $date }
admin-tr-error-source-locale = النص مكتوب بهذه اللغة: إنه الأصل وليس ترجمة.
admin-tr-error-empty = اكتب الترجمة قبل الحفظ.
admin-tr-error-too-long = الترجمة طويلة جدًا. استخدم { $max } حرفًا على الأكثر.
admin-tr-error-marker = العلامة «[changing:{ $marker }]» ليست من المعلومات المتغيرة في هذا الدليل. انسخ العلامات من الأصل.
admin-tr-error-source-changed = تغيّر النص الأصلي أثناء ترجمتك. راجع الأصل الجديد: نصك محفوظ أدناه.
admin-tr-error-invalid = لا يمكن حفظ هذه الترجمة كما هي. راجعها وحاول مرة أخرى.
admin-tr-error-nothing-to-review = لا توجد بعد ترجمة بهذه اللغة لمراجعتها.

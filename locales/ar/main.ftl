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

## المحرر: القوائم والأدلة والفعاليات والأماكن والبلاغات والحسابات (/admin). ترجمة آلية لم يراجعها إنسان بعد.

error-invalid-record = الحقل «{ $field }» غير صالح: { $reason }
    .title = لم يُحفظ
admin-back-home = العودة إلى صفحة الموظفين الرئيسية
admin-save = حفظ
admin-saved = تم الحفظ. سيتضمن البحث والحزمة التالية هذا التغيير.
admin-form-has-errors = لم يُحفظ شيء. يُرجى تصحيح الحقول المحددة أدناه.
admin-view-public = عرض الصفحة العامة
admin-delete = حذف
admin-delete-question = حذف «{ $name }»؟ لا يمكن التراجع عن ذلك.
admin-delete-confirm = نعم، احذف
admin-cancel = إلغاء
admin-none = لا شيء
admin-organizations = المنظمات
admin-guides = الأدلة
admin-events = الفعاليات
admin-service = الخدمة
admin-places = الأماكن وأوقات العمل
admin-add-place = إضافة مكان
admin-new-organization = منظمة جديدة
admin-new-service = خدمة جديدة
admin-new-guide = دليل جديد
admin-new-event = فعالية جديدة
admin-edit-organization = تعديل المنظمة: { $name }
admin-edit-service = تعديل الخدمة: { $name }
admin-edit-guide = تعديل الدليل: { $name }
admin-edit-event = تعديل الفعالية: { $name }
admin-new-place = مكان جديد لـ { $name }
admin-edit-place = مكان { $name }
admin-field-language = اللغة المكتوب بها
admin-field-name = الاسم
admin-field-slug = الاسم في عنوان الويب
admin-field-description = الوصف
admin-field-url = الموقع الإلكتروني
admin-field-email = البريد الإلكتروني
admin-field-phones = أرقام الهاتف
admin-field-sources = المصادر
admin-field-organization = المنظمة
admin-field-status = الحالة
admin-field-topics = المواضيع
admin-field-accreditation = الاعتماد القانوني
admin-field-free = مجاني
admin-field-languages = اللغات المتاحة
admin-field-timezone = المنطقة الزمنية
admin-field-hours = أوقات العمل
admin-field-title = العنوان
admin-field-summary = الملخص
admin-field-body = النص
admin-field-reviewed_at = رُوجع مع مصادره في
admin-field-facts = معلومات تتغير
admin-field-starts = يبدأ
admin-field-ends = ينتهي
admin-field-event_languages = لغات الفعالية
admin-field-place_name = اسم المكان
admin-field-place_slug = اسم المكان في عنوان الويب
admin-field-address_1 = العنوان
admin-field-city = المدينة
admin-field-state_province = الولاية
admin-field-postal_code = الرمز البريدي
admin-field-country = البلد
admin-field-latitude = خط العرض
admin-field-longitude = خط الطول
admin-field-precision = دقة الموقع
admin-field-accessibility = إمكانية الوصول
admin-field-role = الدور
admin-field-organizations = المنظمات (للمحررين)
admin-field-locales = اللغات (للمترجمين)
admin-hint-slug = أحرف لاتينية صغيرة وأرقام وشرطات. اتركه فارغًا لإنشائه من الاسم.
admin-hint-country = رمز البلد من حرفين، مثل US.
admin-hint-timezone = منطقة زمنية من IANA، مثل America/Los_Angeles أو America/New_York.
admin-hint-phones = رقم واحد في كل سطر.
admin-hint-sources = مصدر واحد في كل سطر: العنوان | عنوان الويب. كل قائمة تذكر مصدرًا واحدًا على الأقل.
admin-hint-languages = لغة واحدة في كل سطر: رمز اللغة والطريقة، مثل «es bilingual-staff» و«vi interpreter» و«ar phone-line» و«ko written-material».
admin-hint-hours = قاعدة واحدة في كل سطر، وأسماء الأيام بالإنجليزية: «mon-fri 09:00-17:00» و«sat 10:00-12:00, 13:00-15:00» و«daily 00:00-24:00». تواريخ مختلفة: «2026-12-25 closed عيد الميلاد» أو «2026-12-24 09:00-12:00». اتركه فارغًا إذا كانت الأوقات غير معروفة.
admin-hint-markdown = Markdown. ضع علامة على المعلومة المتغيرة بـ [changing:معرّفها] واذكرها أدناه.
admin-hint-facts = واحدة في كل سطر: المعرّف | تاريخ صحتها | عنوان ويب للتحقق، مثل «n400-fee | 2026-01-15 | https://www.uscis.gov/n-400».
admin-hint-event-languages = رموز لغات مفصولة بفواصل، مثل «es, en».
admin-hint-written-in = مكتوب بـ { $language }. تغييره يجعل ترجماته قديمة.
admin-hint-source-text = اكتبه باللغة المختارة أعلاه؛ يترجم المترجمون منه.
admin-hint-password = { $min } أحرف على الأقل. سلّمها للشخص على انفراد.
admin-hint-organizations = أسماء المنظمات في عنوان الويب، مفصولة بفواصل.
admin-hint-locales = رموز لغات مفصولة بفواصل، مثل «es, vi».
admin-precision-exact = المبنى نفسه
admin-precision-city = المدينة فقط
admin-feature-wheelchair-accessible = مناسب للكراسي المتحركة
admin-feature-accessible-restroom = دورة مياه مهيأة
admin-feature-hearing-loop = حلقة سمعية
admin-feature-sign-language = لغة الإشارة
admin-feature-braille = طريقة برايل
admin-feature-large-print = طباعة كبيرة
admin-feature-accessible-parking = موقف سيارات مهيأ
admin-feature-near-public-transit = قريب من المواصلات العامة
admin-free-unknown = غير معروف
admin-free-yes = نعم، يذكر مصدر أنه مجاني
admin-free-no = لا
admin-status-active = يعمل
admin-status-inactive = متوقف مؤقتًا
admin-status-defunct = مغلق نهائيًا
admin-error-invalid = هذه القيمة غير صالحة.
admin-error-required = هذا الحقل مطلوب.
admin-error-line = السطر { $line }: { $problem }
admin-error-slug = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة (مثل «legal-aid-clinic»).
admin-error-slug-taken = سجل آخر يستخدم هذا الاسم في عنوان الويب.
admin-error-phone = ليس رقم هاتف.
admin-error-coordinates = أدخل خط العرض وخط الطول كأرقام صحيحة، مثل 37.34 و-121.89.
admin-error-timezone = لا نعرف هذه المنطقة الزمنية. استخدم اسمًا مثل America/Los_Angeles.
admin-error-sources = أدخل مصدرًا واحدًا على الأقل.
admin-error-source-line = اكتبه هكذا «العنوان | https://…».
admin-error-language-line = اكتب رمز اللغة وطريقة تقديمها، مثل «es bilingual-staff».
admin-error-fact-line = اكتبها هكذا «المعرّف | 2026-01-15 | https://…».
admin-error-schedule-day = ليس يومًا (mon … sun، mon-fri، sat,sun، daily) ولا تاريخًا (2026-12-25).
admin-error-schedule-hours = يجب أن تكون الأوقات مثل 09:00-17:00 (عدة أوقات مفصولة بفواصل)، أو «closed» بعد تاريخ.
admin-error-exceptions = سطران يحددان أوقاتًا للتاريخ نفسه.
admin-error-email = هذا ليس عنوان بريد إلكتروني.
admin-error-url = هذا ليس عنوان ويب (https://…).
admin-error-locale = لا نعرف رمز اللغة هذا.
admin-error-topics = اختر موضوعًا واحدًا على الأقل.
admin-error-accreditation = الاعتماد القانوني يخص الخدمات القانونية فقط: اختر موضوعًا قانونيًا أيضًا.
admin-error-ends-at = لا يمكن أن تنتهي الفعالية قبل أن تبدأ.
admin-error-body = النص يحدد معلومة [changing:…] غير مذكورة في «معلومات تتغير».
admin-error-address = يحتاج العنوان إلى مدينة ورمز بلد من حرفين.
admin-error-country = استخدم رمز بلد من حرفين، مثل US.
admin-error-text = لا يمكن أن يكون هذا النص فارغًا.
admin-error-organization = اختر إحدى منظماتك.
admin-error-date = أدخل تاريخًا.
admin-error-datetime = أدخل تاريخًا ووقتًا.
admin-error-in-use = لا يمكن حذفها ما دامت لها خدمات أو فعاليات.
admin-error-unknown-organization = لا توجد منظمة باسم «{ $slug }».
admin-error-organizations = يحتاج المحرر إلى منظمة واحدة على الأقل.
admin-error-locales = يحتاج المترجم إلى لغة واحدة على الأقل.
admin-error-role = اختر دورًا بنطاق يناسبه.
admin-error-password = تحتاج كلمة المرور إلى { $min } أحرف على الأقل.
admin-error-email-taken = حساب آخر يستخدم هذا البريد الإلكتروني.
admin-reports = بلاغات المشكلات
admin-reports-waiting = بلاغات المشكلات المنتظرة: { $count }
admin-reports-none = لا توجد بلاغات منتظرة.
admin-report-listing-gone = قائمة لم تعد موجودة
admin-report-contact = طريقة التواصل معهم
admin-edit-listing = تعديل القائمة
admin-report-note = ملاحظة (ما فعلته)
admin-report-resolve = تم الحل
admin-report-dismiss = رفض
admin-accounts = حسابات الموظفين
admin-accounts-list = الحسابات
admin-account-add = إضافة حساب
admin-account-disabled = معطّل منذ { $date }
admin-account-disable = تعطيل هذا الحساب
admin-audit-change = التغيير
## الحزم دون اتصال. ترجمة آلية لم يراجعها إنسان بعد.

offline-use = الاستخدام دون اتصال (للمروّجات الصحيات)
offline-title = Vecino دون اتصال
offline-intro = احفظ خدمات منطقتك وأدلتها على هذا الهاتف. بعد تنزيلها والتحقق منها تعمل دون إشارة.
offline-language = اللغة
offline-languages = اللغات التي تُحفظ
offline-region = المنطقة
offline-download = التنزيل والتحقق
offline-downloading = جارٍ التنزيل والتحقق…
offline-progress = { $done } من { $total }
offline-choose-language = اختر لغة واحدة على الأقل.
offline-no-bundles = لم تُنشر هنا أي حزمة دون اتصال بعد.
offline-no-key = ليس لدى هذا الخادم مفتاح لتوقيع الحزم بعد، لذلك لا يمكن التحقق من شيء.
offline-network-error = لا يوجد اتصال بالخادم. ما هو على هذا الهاتف يبقى هنا.
offline-verified = تم التحقق: التوقيع وكل ملف.
offline-held = الإصدار { $seq } من { $region }، صدر في { $date }.
offline-stale = تجاوزت هذه الحزمة تاريخ صلاحيتها ({ $date }). قد تكون بعض المعلومات قديمة: حدّثها عندما تتوفر الإشارة.
offline-update = البحث عن تحديثات
offline-up-to-date = لديك أحدث إصدار.
offline-updated = تم التحديث إلى الإصدار { $seq }.
offline-rollback = مرفوض: الإصدار { $seq } أقدم من الإصدار { $held } الذي سبق أن رآه هذا الهاتف. قد يحاول أحدهم إعادة معلومات قديمة.
offline-conflict = تحذير: حزمتان مختلفتان تدّعيان أنهما الإصدار { $seq }. لم يتغير شيء. أبلغ القائمين على نشر هذا الدليل.
offline-rejected = مرفوض: لم تجتز هذه الحزمة التحقق ({ $reason }). لم يُحفظ شيء.
offline-reason-signature = ليست موقّعة بمفتاح هذا الدليل
offline-reason-revoked = أُلغي مفتاح توقيعها
offline-reason-damaged = تم تغيير ملف أو قطعه أو استبداله
offline-reason-format = ليست حزمة يستطيع هذا التطبيق قراءتها
offline-reason-base = التحديث لا يلي الإصدار الموجود على هذا الهاتف
offline-share = مشاركة هذه الحزمة
offline-import = استلام حزمة من هاتف آخر
offline-import-label = ملف الحزمة (.vecino)
offline-imported = تم الاستلام والتحقق: الإصدار { $seq } من { $region }.
offline-search-label = البحث على هذا الهاتف
offline-search-button = بحث
offline-search-unavailable = البحث غير متاح على هذا الهاتف بعد. تصفّح القوائم بدلًا من ذلك.
offline-results = النتائج
offline-no-results = لم يُعثر على شيء.
offline-listings = الخدمات
offline-guides = الأدلة
offline-back = رجوع
offline-phones = الهاتف
offline-address = العنوان
offline-hours = ساعات العمل
offline-website = الموقع الإلكتروني
offline-sources = المصادر
offline-verified-on = تم التحقق في { $date }
offline-reviewed-on = تمت المراجعة في { $date }
offline-fact-as-of = حتى { $date }
offline-in-language = معروض بـ{ $language }: غير متوفر بلغتك.
offline-not-found = ليس في هذه الحزمة.
offline-remove = إزالة من هذا الهاتف
offline-privacy = كل شيء يبقى على هذا الهاتف. ما تبحث عنه لا يُرسل إلى أي مكان.
offline-spoken = اللغات المتاحة
offline-delta-refused = لم يجتز ملف التحديث التحقق، لذلك نُزّل الإصدار كاملًا وتم التحقق منه.
offline-events = الفعاليات
offline-reason-region = إنه إصدار منطقة أخرى
offline-skip = انتقل إلى المحتوى

# Vecino: متن‌های رابط کاربری به فارسی. مرجع: locales/en/main.ftl.
# آنچه را میان { $آکولاد } است ترجمه نکنید.

## نام زبان‌ها

language-self-name = فارسی
language-english-name = Persian

## خطاها

error-not-found = صفحه یا موردی که خواستید پیدا نشد.
    .title = پیدا نشد
error-guide-not-found = هیچ راهنمایی در نشانی «{ $slug }» وجود ندارد.
    .title = راهنما پیدا نشد
error-service-not-found = هیچ خدمتی با شناسهٔ «{ $id }» وجود ندارد.
    .title = خدمت پیدا نشد
error-organization-not-found = هیچ سازمانی با شناسهٔ «{ $id }» وجود ندارد.
    .title = سازمان پیدا نشد
error-invalid-id = «{ $value }» شناسهٔ معتبری نیست.
    .title = شناسهٔ نامعتبر
error-invalid-locale = «{ $value }» کد زبانی نیست که ما بشناسیم؛ لطفاً از کدی مانند «es» یا «zh-Hant» استفاده کنید.
    .title = کد زبان ناشناخته
error-invalid-parameter = مقدار «{ $value }» برای «{ $name }» معتبر نیست.
    .title = مقدار نامعتبر
error-method-not-allowed = این نشانی این نوع درخواست را نمی‌پذیرد.
    .title = درخواست مجاز نیست
error-internal = متأسفیم، مشکلی از طرف ما پیش آمد؛ لطفاً بعداً دوباره امتحان کنید.
    .title = مشکلی پیش آمد
error-conflict = شخص دیگری هم‌زمان این را تغییر داد؛ لطفاً صفحه را دوباره بارگذاری کنید و سپس دوباره امتحان کنید.
    .title = شخص دیگری آن را تغییر داد

## منبع متن

provenance-original = متن اصلی.
provenance-human = ترجمهٔ انسانی.
provenance-machine = ترجمهٔ ماشینی — هنوز کسی آن را بازبینی نکرده است.
provenance-imported = از فهرست دیگری وارد شده است.
translation-stale = متن اصلی پس از این ترجمه تغییر کرده است؛ ممکن است این ترجمه به‌روز نباشد.
fallback-notice = این مطلب هنوز به زبان { $requested } موجود نیست، بنابراین به زبان { $shown } نمایش داده می‌شود.

## موضوع‌ها

topic-know-your-rights = حقوق خود را بدانید
topic-daca = DACA
topic-citizenship = شهروندی
topic-id-card = کارت شناسایی
topic-legal-aid = کمک حقوقی
topic-immigration-fraud = کلاهبرداری مهاجرتی
topic-health = سلامت
topic-education = آموزش
topic-youth = جوانان
topic-parents = والدین و خانواده‌ها
topic-employment = کار و اشتغال
topic-housing = مسکن
topic-food = غذا
topic-language-classes = کلاس‌های زبان
topic-language-access = ترجمهٔ شفاهی و کتبی
topic-safety = ایمنی
topic-policing = پلیس
topic-emergency-preparedness = آمادگی برای شرایط اضطراری
topic-driving = رانندگی
topic-consular-services = خدمات کنسولی
topic-civic-engagement = مشارکت مدنی
topic-information-and-referral = اطلاع‌رسانی و ارجاع

## دسته‌های Welcoming Standard (از Welcoming America)

welcoming-government-leadership = رهبری دولتی
welcoming-civic-engagement = مشارکت مدنی
welcoming-equitable-access = دسترسی برابر
welcoming-education = آموزش
welcoming-connected-communities = جوامع به‌هم‌پیوسته
welcoming-economic-development = توسعهٔ اقتصادی
welcoming-safe-communities = جوامع امن

## چه کسی می‌تواند مشاورهٔ حقوقی مهاجرتی بدهد

accreditation-doj-recognized-organization = سازمان به‌رسمیت‌شناخته‌شده از سوی وزارت دادگستری آمریکا
    .explanation = سازمانی غیرانتفاعی که وزارت دادگستری آمریکا به آن اجازه داده است کمک حقوقی مهاجرتی ارائه دهد؛ دفاتر اسناد رسمی (notario) و «مشاوران مهاجرت» چنین اجازه‌ای ندارند.
accreditation-accredited-representative = نمایندهٔ معتبر
    .explanation = فردی در یک سازمان به‌رسمیت‌شناخته‌شده که وزارت دادگستری آمریکا به او اجازه داده است مشاورهٔ حقوقی مهاجرتی بدهد؛ دفاتر اسناد رسمی (notario) چنین اجازه‌ای ندارند.
accreditation-licensed-attorney = وکیل دارای پروانه
    .explanation = وکیلی که در یکی از ایالت‌های آمریکا پروانهٔ وکالت دارد می‌تواند مشاورهٔ حقوقی مهاجرتی بدهد؛ در ایالات متحده، سردفتر اسناد رسمی (notario) وکیل نیست.

## خدمت چگونه به این زبان ارائه می‌شود

language-how-bilingual-staff = کارکنان به این زبان صحبت می‌کنند
language-how-interpreter = مترجم شفاهی در دسترس است
language-how-phone-line = کمک تلفنی به این زبان
language-how-written-material = مطالب نوشتاری به این زبان

## اطلاعاتی که اغلب تغییر می‌کنند

changing-fact-notice = این اطلاعات اغلب تغییر می‌کند. آخرین بررسی: { $date }. پیش از هر اقدامی، منبع رسمی را بررسی کنید.

error-empty-query = برای جستجو یک یا دو کلمه بنویسید.
    .title = جستجوی خالی
error-query-too-long = عبارت جستجو خیلی طولانی است. حداکثر { $max } نویسه بنویسید.
    .title = عبارت جستجو خیلی طولانی است

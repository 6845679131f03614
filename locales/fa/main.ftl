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

## Web pages

site-name = Vecino
site-tagline = کمک به همسایگان مهاجر، به زبان خودتان.
skip-to-content = رفتن به محتوای اصلی
nav-home = خانه
language-picker = زبان خود را انتخاب کنید
footer-privacy = Vecino از کوکی استفاده نمی‌کند و شما را ردیابی نمی‌کند.
search-label = جستجوی کمک
search-hint = برای مثال: وکیل، DACA، کارت شناسایی، درمانگاه
search-button = جستجو
search-title = نتایج جستجو
search-count = نتایج: { $count }
search-none = چیزی پیدا نشد. واژه‌های دیگری را امتحان کنید یا فیلترها را کمتر کنید.
search-error-near = مکان را با عرض و طول جغرافیایی بنویسید، برای مثال 37.34, -121.89.
home-topics = یافتن کمک بر اساس موضوع
home-guides = راهنماها
home-events = رویدادهای پیش رو
home-no-events = هنوز رویداد پیش رویی ثبت نشده است.
event-when = زمان:
event-where = مکان:
services-title = خدمات
topic-search = جستجوی این موضوع
kind-service = خدمت
kind-guide = راهنما
kind-organization = سازمان
kind-event = رویداد
filters-title = فیلترها
filter-kind = نوع
filter-topic = موضوع‌ها
filter-more = فقط نشان بده
filter-accredited = کمک حقوقی دارای مجوز
filter-free = رایگان
filter-open-now = اکنون باز است
filter-language = ارائه به زبان
filter-any = هر زبانی
filter-near = نزدیک (عرض، طول جغرافیایی)
filter-near-hint = نتایج فاصله تا این مکان را نشان می‌دهند.
filter-locate = از موقعیت من استفاده کن
filter-apply = اعمال فیلترها
distance-km = { $km } کیلومتر فاصله
pages-label = نتایج بیشتر
page-next = صفحهٔ بعد
page-previous = صفحهٔ قبل

## Listings

organization-label = ارائه‌دهنده:
open-now = اکنون باز است
closed-now = اکنون بسته است
hours-unknown = ساعت کاری معلوم نیست. پیش از رفتن تماس بگیرید یا وب‌سایت را ببینید.
hours-title = ساعت کاری
hours-timezone = ساعت‌ها به وقت محلی ({ $zone }) است.
weekday-monday = دوشنبه
weekday-tuesday = سه‌شنبه
weekday-wednesday = چهارشنبه
weekday-thursday = پنجشنبه
weekday-friday = جمعه
weekday-saturday = شنبه
weekday-sunday = یکشنبه
languages-title = زبان‌ها
accreditation-none-legal = سابقه‌ای نداریم که این خدمت اجازهٔ مشاورهٔ حقوقی مهاجرت داشته باشد. پیش از پرداخت یا امضا، مدرک مجوز را بخواهید.
verified-on = در { $date } توسط یک نفر بررسی شد.
not-verified = هنوز توسط کسی بررسی نشده است.
sources-title = منابع
contact-title = تماس
website = وب‌سایت
phone = تلفن
email = ایمیل
guide-reviewed = بازبینی در { $date }.
changing-intro = برخی اطلاعات این صفحه اغلب تغییر می‌کنند و تاریخ آخرین بررسی کنارشان آمده است.
print-button = چاپ
print-card = کارت جیبی برای چاپ
card-back = بازگشت به راهنما
qr-label = کد QR نشانی این صفحه
qr-caption = این کد را اسکن کنید تا صفحه روی تلفنتان باز شود.

## Report a problem

report-title = گزارش مشکل
report-intro = چیزی نادرست یا قدیمی است؟ به ما بگویید تا یک نفر بررسی کند.
report-kind = چه چیزی نادرست است؟
report-kind-closed = بسته شده است
report-kind-hours = ساعت کاری نادرست است
report-kind-contact = تلفن، نشانی یا وب‌سایت نادرست است
report-kind-information = اطلاعات دیگری نادرست است
report-kind-other = چیز دیگر
report-details = چه باید بدانیم؟
report-contact = ایمیل یا تلفن شما (اختیاری، فقط اگر پاسخ می‌خواهید)
report-privacy = اطلاعات خصوصی مانند وضعیت مهاجرتی خود را ننویسید.
report-send = ارسال گزارش
form-errors = لطفاً فیلدهای مشخص‌شده را اصلاح کنید.
report-error-kind = انتخاب کنید چه چیزی نادرست است.
report-error-details = دست‌کم { $min } نویسه بنویسید.
report-error-too-long = خیلی طولانی است: حداکثر { $max } نویسه.
report-thanks-title = سپاس
report-thanks = سپاس. یک نفر گزارش شما را بررسی می‌کند.
report-back = بازگشت به خدمت

## Kiosk

kiosk-start-over = شروع دوباره
kiosk-idle-title = هنوز اینجا هستید؟
kiosk-idle-body = برای حفظ حریم خصوصی شما، این صفحه به‌زودی از نو شروع می‌شود.
kiosk-idle-continue = هنوز اینجا هستم
kiosk-external = نشانی‌های وب اینجا فقط به صورت متن نشان داده می‌شوند: بعداً آن‌ها را روی تلفن یا رایانهٔ خودتان باز کنید.

## صفحه‌های کارکنان (/admin). ترجمهٔ ماشینی، هنوز بازبینی انسانی نشده است.

error-unauthorized = وارد شوید، یا یک توکن API معتبر بفرستید.
    .title = وارد نشده‌اید
error-forbidden = حساب شما اجازهٔ این کار را ندارد.
    .title = مجاز نیست
error-csrf = این فرم منقضی شده یا از این سایت نیامده است. برگردید، صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
    .title = فرم منقضی شده
error-token-name = برای توکن نامی بین ۱ تا ۱۰۰ نویسه بگذارید.
    .title = نام وارد نشده
admin-title = کارکنان
admin-cookie-notice = صفحه‌های کارکنان فقط یک کوکی به کار می‌برند، تنها برای اینکه وارد بمانید.
admin-login-title = ورود کارکنان
admin-login-intro = برای کسانی که این راهنما را به‌روز نگه می‌دارند. ساکنان هرگز به حساب نیاز ندارند.
admin-email = ایمیل
admin-password = گذرواژه
admin-login-button = ورود
admin-login-failed = ایمیل یا گذرواژه نادرست است.
admin-login-too-many = تلاش‌های ناموفق بیش از حد. چند دقیقه پیش از تلاش دوباره صبر کنید: { $minutes }.
admin-logout = خروج
admin-signed-in-as = با { $email } وارد شده‌اید ({ $role }).
admin-role-admin = مدیر
admin-role-editor = ویراستار
admin-role-translator = مترجم
admin-may-edit = فهرست‌هایی که می‌توانید ویرایش کنید
admin-may-edit-all = می‌توانید همهٔ فهرست‌ها را ویرایش کنید.
admin-may-translate = زبان‌هایی که می‌توانید به آن‌ها ترجمه کنید: { $locales }
admin-verified = تأییدشده در { $date }
admin-not-verified = هنوز تأیید نشده
admin-verify = علامت‌گذاری به‌عنوان تأییدشده
admin-tokens = توکن‌های API
admin-token-name = این توکن برای چیست؟
admin-token-create = ساختن توکن
admin-token-created = این توکن را همین حالا کپی کنید. دوباره نشان داده نمی‌شود.
admin-token-revoke = لغو
admin-token-revoked = لغوشده
admin-audit = گزارش ممیزی
admin-audit-when = کی
admin-audit-who = چه کسی
admin-audit-what = چه کاری
admin-audit-record = رکورد

## ترجمه‌ها (/admin/…/translations): the translation workflow. ترجمهٔ ماشینی، هنوز بازبینی انسانی نشده است.

admin-tr-link = ترجمه‌ها
admin-tr-title = ترجمه‌ها
admin-tr-intro = برای هر زبان: چند متن ترجمه ندارد، کهنه است (متن اصلی پس از ترجمه تغییر کرده)، ترجمهٔ ماشینی است و هنوز بازبینی نشده، وارد شده است یا یک نفر آن را ترجمه کرده است.
admin-tr-locales = زبان‌ها و وضعیت ترجمه‌هایشان
admin-tr-language = زبان
admin-tr-kind-service = خدمت
admin-tr-kind-organization = سازمان
admin-tr-kind-guide = راهنما
admin-tr-kind-event = رویداد
admin-tr-field-name = نام
admin-tr-field-description = توضیح
admin-tr-field-title = عنوان
admin-tr-field-summary = خلاصه
admin-tr-field-body = متن (Markdown)
admin-tr-state-missing = ناموجود
admin-tr-state-stale = کهنه
admin-tr-state-machine = ماشینی
admin-tr-state-imported = واردشده
admin-tr-state-human = انسانی
admin-tr-list-title = ترجمه‌ها به { $language }
admin-tr-counts = شمار
admin-tr-kind = نوع
admin-tr-texts = متن‌ها
admin-tr-state = وضعیت
admin-tr-any = همه
admin-tr-filter = پالایش
admin-tr-total = متن‌های یافته‌شده: { $count }
admin-tr-none = اینجا چیزی نیست.
admin-tr-record = مورد
admin-tr-field = فیلد
admin-tr-source = زبان اصلی
admin-tr-pages = صفحه‌ها
admin-tr-prev = صفحهٔ قبل
admin-tr-next = صفحهٔ بعد
admin-tr-page-of = صفحهٔ { $page } از { $pages }
admin-tr-edit-title = ترجمه: { $field } به { $language }
admin-tr-saved = ذخیره شد.
admin-tr-stale-title = متن اصلی تغییر کرده است
admin-tr-stale-since = این ترجمه از روی متن اصلی قدیمی‌تری انجام شده است. این مورد آخرین بار در { $date } تغییر کرده است.
admin-tr-stale-diff = آنچه در متن اصلی تغییر کرده است (واژه‌های حذف‌شده خط‌خورده، واژه‌های تازه زیرخط‌دار):
admin-tr-stale-old = متن اصلی‌ای که این ترجمه از روی آن انجام شده است:
admin-tr-stale-unknown = متن اصلی قدیمی‌تر نگه داشته نشده است: ترجمه را با متن اصلی زیر مقایسه کنید.
admin-tr-source-in = متن اصلی ({ $language })
admin-tr-translation-in = ترجمه ({ $language })
admin-tr-text-label = { $field } به { $language }
admin-tr-save = ذخیرهٔ ترجمه
admin-tr-preview = پیش‌نمایش
admin-tr-review-hint = اگر ترجمه همین‌طور درست است، بدون تایپ دوباره آن را بازبینی‌شده علامت بزنید.
admin-tr-review = علامت «بازبینی شد»
admin-tr-reviewed-by = توسط { $who } در { $date }
admin-tr-error-source-locale = متن به همین زبان نوشته شده است: این متن اصلی است، نه ترجمه.
admin-tr-error-empty = پیش از ذخیره، ترجمه را بنویسید.
admin-tr-error-too-long = ترجمه بیش از حد بلند است. حداکثر { $max } نویسه به کار ببرید.
admin-tr-error-marker = نشانهٔ «[changing:{ $marker }]» جزو اطلاعات متغیر این راهنما نیست. نشانه‌ها را از متن اصلی رونوشت کنید.
admin-tr-error-source-changed = متن اصلی هنگام ترجمهٔ شما تغییر کرد. متن اصلی تازه را ببینید: متن شما در پایین نگه داشته شده است.
admin-tr-error-invalid = این ترجمه را نمی‌توان به همین شکل ذخیره کرد. آن را بررسی کنید و دوباره امتحان کنید.
admin-tr-error-nothing-to-review = هنوز ترجمه‌ای به این زبان برای بازبینی نیست.

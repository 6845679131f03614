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

## ویرایشگر: فهرست‌ها، راهنماها، رویدادها، مکان‌ها، گزارش‌ها و حساب‌ها (/admin). ترجمهٔ ماشینی، هنوز بازبینی انسانی نشده.

error-invalid-record = فیلد «{ $field }» معتبر نیست: { $reason }
    .title = ذخیره نشد
admin-back-home = بازگشت به صفحهٔ اصلی کارکنان
admin-save = ذخیره
admin-saved = ذخیره شد. جستجو و بستهٔ بعدی این تغییر را خواهند داشت.
admin-form-has-errors = چیزی ذخیره نشد. لطفاً فیلدهای مشخص‌شده در زیر را اصلاح کنید.
admin-view-public = دیدن صفحهٔ عمومی
admin-delete = حذف
admin-delete-question = «{ $name }» حذف شود؟ این کار برگشت‌پذیر نیست.
admin-delete-confirm = بله، حذف شود
admin-cancel = لغو
admin-none = هیچ
admin-organizations = سازمان‌ها
admin-guides = راهنماها
admin-events = رویدادها
admin-service = خدمت
admin-places = مکان‌ها و ساعت‌ها
admin-add-place = افزودن مکان
admin-new-organization = سازمان تازه
admin-new-service = خدمت تازه
admin-new-guide = راهنمای تازه
admin-new-event = رویداد تازه
admin-edit-organization = ویرایش سازمان: { $name }
admin-edit-service = ویرایش خدمت: { $name }
admin-edit-guide = ویرایش راهنما: { $name }
admin-edit-event = ویرایش رویداد: { $name }
admin-new-place = مکان تازه برای { $name }
admin-edit-place = مکان { $name }
admin-field-language = زبان نوشته
admin-field-name = نام
admin-field-slug = نام در نشانی وب
admin-field-description = توضیح
admin-field-url = وب‌سایت
admin-field-email = ایمیل
admin-field-phones = شماره‌های تلفن
admin-field-sources = منابع
admin-field-organization = سازمان
admin-field-status = وضعیت
admin-field-topics = موضوع‌ها
admin-field-accreditation = مجوز حقوقی
admin-field-free = رایگان
admin-field-languages = زبان‌های ارائه‌شده
admin-field-timezone = منطقهٔ زمانی
admin-field-hours = ساعت کار
admin-field-title = عنوان
admin-field-summary = خلاصه
admin-field-body = متن
admin-field-reviewed_at = تاریخ مقایسه با منابع
admin-field-facts = اطلاعات متغیر
admin-field-starts = شروع
admin-field-ends = پایان
admin-field-event_languages = زبان‌های رویداد
admin-field-place_name = نام مکان
admin-field-place_slug = نام مکان در نشانی وب
admin-field-address_1 = نشانی
admin-field-city = شهر
admin-field-state_province = ایالت
admin-field-postal_code = کد پستی
admin-field-country = کشور
admin-field-latitude = عرض جغرافیایی
admin-field-longitude = طول جغرافیایی
admin-field-precision = دقت نقطه
admin-field-accessibility = دسترس‌پذیری
admin-field-role = نقش
admin-field-organizations = سازمان‌ها (ویراستاران)
admin-field-locales = زبان‌ها (مترجمان)
admin-hint-slug = حروف کوچک لاتین، رقم و خط تیره. خالی بگذارید تا از نام ساخته شود.
admin-hint-country = کد دوحرفی کشور، مثلاً US.
admin-hint-timezone = منطقهٔ زمانی IANA، مثلاً America/Los_Angeles یا America/New_York.
admin-hint-phones = هر خط یک شماره.
admin-hint-sources = هر خط یکی: عنوان | نشانی وب. هر فهرست دست‌کم یک منبع دارد.
admin-hint-languages = هر خط یکی: کد زبان و شیوه، مثلاً «es bilingual-staff»، «vi interpreter»، «ar phone-line»، «ko written-material».
admin-hint-hours = هر خط یک قاعده، نام روزها به انگلیسی: «mon-fri 09:00-17:00»، «sat 10:00-12:00, 13:00-15:00»، «daily 00:00-24:00». تاریخ‌های متفاوت: «2026-12-25 closed کریسمس» یا «2026-12-24 09:00-12:00». اگر ساعت‌ها معلوم نیست خالی بگذارید.
admin-hint-markdown = Markdown. اطلاعات متغیر را با [changing:شناسه] علامت بزنید و در زیر فهرست کنید.
admin-hint-facts = هر خط یکی: شناسه | تاریخی که درست بود | نشانی وب برای بررسی، مثلاً «n400-fee | 2026-01-15 | https://www.uscis.gov/n-400».
admin-hint-event-languages = کدهای زبان جداشده با ویرگول، مثلاً «es, en».
admin-hint-written-in = نوشته‌شده به { $language }. تغییر آن ترجمه‌هایش را کهنه نشان می‌دهد.
admin-hint-source-text = به زبانی که بالا انتخاب کردید بنویسید؛ مترجمان از این متن ترجمه می‌کنند.
admin-hint-password = دست‌کم { $min } نویسه. آن را خصوصی به شخص بدهید.
admin-hint-organizations = نام سازمان‌ها در نشانی وب، جداشده با ویرگول.
admin-hint-locales = کدهای زبان جداشده با ویرگول، مثلاً «es, vi».
admin-precision-exact = خود ساختمان
admin-precision-city = فقط شهر
admin-feature-wheelchair-accessible = مناسب ویلچر
admin-feature-accessible-restroom = سرویس بهداشتی مناسب
admin-feature-hearing-loop = حلقهٔ شنوایی
admin-feature-sign-language = زبان اشاره
admin-feature-braille = بریل
admin-feature-large-print = چاپ درشت
admin-feature-accessible-parking = پارکینگ مناسب
admin-feature-near-public-transit = نزدیک حمل‌ونقل عمومی
admin-free-unknown = نامعلوم
admin-free-yes = بله، منبعی می‌گوید رایگان است
admin-free-no = نه
admin-status-active = فعال
admin-status-inactive = متوقف
admin-status-defunct = برای همیشه بسته
admin-error-invalid = این مقدار معتبر نیست.
admin-error-required = این فیلد لازم است.
admin-error-line = خط { $line }: { $problem }
admin-error-slug = از حروف کوچک لاتین، رقم و یک خط تیره استفاده کنید (مثلاً «legal-aid-clinic»).
admin-error-slug-taken = رکورد دیگری این نام را در نشانی وب دارد.
admin-error-phone = شمارهٔ تلفن نیست.
admin-error-coordinates = عرض و طول جغرافیایی را با عدد معتبر بدهید، مثلاً 37.34 و -121.89.
admin-error-timezone = این منطقهٔ زمانی را نمی‌شناسیم. نامی مانند America/Los_Angeles به کار ببرید.
admin-error-sources = دست‌کم یک منبع بدهید.
admin-error-source-line = آن را به شکل «عنوان | https://…» بنویسید.
admin-error-language-line = کد زبان و شیوهٔ ارائه را بنویسید، مثلاً «es bilingual-staff».
admin-error-fact-line = آن را به شکل «شناسه | 2026-01-15 | https://…» بنویسید.
admin-error-schedule-day = نه روز است (mon … sun، mon-fri، sat,sun، daily) و نه تاریخ (2026-12-25).
admin-error-schedule-hours = ساعت‌ها باید مانند 09:00-17:00 باشند (چندتا با ویرگول)، یا «closed» پس از تاریخ.
admin-error-exceptions = دو خط برای یک تاریخ ساعت می‌دهند.
admin-error-email = این نشانی ایمیل نیست.
admin-error-url = این نشانی وب نیست (https://…).
admin-error-locale = این کد زبان را نمی‌شناسیم.
admin-error-topics = دست‌کم یک موضوع انتخاب کنید.
admin-error-accreditation = مجوز حقوقی فقط برای خدمت حقوقی است: یک موضوع حقوقی هم انتخاب کنید.
admin-error-ends-at = رویداد نمی‌تواند پیش از شروع تمام شود.
admin-error-body = متن اطلاعات [changing:…] را علامت زده که در «اطلاعات متغیر» نیست.
admin-error-address = نشانی به شهر و کد دوحرفی کشور نیاز دارد.
admin-error-country = از کد دوحرفی کشور استفاده کنید، مثلاً US.
admin-error-text = این متن نمی‌تواند خالی باشد.
admin-error-organization = یکی از سازمان‌های خود را انتخاب کنید.
admin-error-date = تاریخی بدهید.
admin-error-datetime = تاریخ و ساعت بدهید.
admin-error-in-use = تا وقتی خدمت یا رویدادی دارد نمی‌توان آن را حذف کرد.
admin-error-unknown-organization = سازمانی با نام «{ $slug }» وجود ندارد.
admin-error-organizations = ویراستار دست‌کم به یک سازمان نیاز دارد.
admin-error-locales = مترجم دست‌کم به یک زبان نیاز دارد.
admin-error-role = نقشی با دامنهٔ مناسب انتخاب کنید.
admin-error-password = گذرواژه باید دست‌کم { $min } نویسه باشد.
admin-error-email-taken = حساب دیگری این ایمیل را دارد.
admin-reports = گزارش‌های مشکل
admin-reports-waiting = گزارش‌های مشکل در انتظار: { $count }
admin-reports-none = گزارشی در انتظار نیست.
admin-report-listing-gone = فهرستی که دیگر وجود ندارد
admin-report-contact = راه تماس با آن‌ها
admin-edit-listing = ویرایش فهرست
admin-report-note = یادداشت (کاری که کردید)
admin-report-resolve = حل شد
admin-report-dismiss = رد
admin-accounts = حساب‌های کارکنان
admin-accounts-list = حساب‌ها
admin-account-add = افزودن حساب
admin-account-disabled = غیرفعال از { $date }
admin-account-disable = غیرفعال کردن این حساب
admin-audit-change = تغییر
## بسته‌های آفلاین. ترجمهٔ ماشینی، هنوز بازبینی انسانی نشده است.

offline-use = استفادهٔ آفلاین (برای مروجان سلامت)
offline-title = Vecino آفلاین
offline-intro = خدمات و راهنماهای منطقهٔ خود را روی این گوشی نگه دارید. پس از بارگیری و بررسی، بدون آنتن هم کار می‌کنند.
offline-language = زبان
offline-languages = زبان‌هایی که نگه داشته شوند
offline-region = منطقه
offline-download = بارگیری و بررسی
offline-downloading = در حال بارگیری و بررسی…
offline-progress = { $done } از { $total }
offline-choose-language = دست‌کم یک زبان انتخاب کنید.
offline-no-bundles = هنوز هیچ بستهٔ آفلاینی اینجا منتشر نشده است.
offline-no-key = این سرور هنوز کلیدی برای امضای بسته‌ها ندارد، پس چیزی قابل بررسی نیست.
offline-network-error = اتصالی به سرور نیست. آنچه روی این گوشی است همین‌جا می‌ماند.
offline-verified = بررسی شد: امضا و همهٔ فایل‌ها.
offline-held = نسخهٔ { $seq } از { $region }، منتشرشده در { $date }.
offline-stale = تاریخ اعتبار این بسته گذشته است ({ $date }). ممکن است برخی اطلاعات قدیمی باشد: وقتی آنتن داشتید آن را به‌روز کنید.
offline-update = بررسی به‌روزرسانی
offline-up-to-date = آخرین نسخه را دارید.
offline-updated = به نسخهٔ { $seq } به‌روز شد.
offline-rollback = رد شد: نسخهٔ { $seq } قدیمی‌تر از نسخهٔ { $held } است که این گوشی قبلاً دیده است. شاید کسی اطلاعات قدیمی را برمی‌گرداند.
offline-conflict = هشدار: دو بستهٔ متفاوت ادعا می‌کنند نسخهٔ { $seq } هستند. چیزی تغییر نکرد. به ناشران این فهرست خبر دهید.
offline-rejected = رد شد: این بسته از بررسی گذر نکرد ({ $reason }). چیزی ذخیره نشد.
offline-reason-signature = با کلید این فهرست امضا نشده است
offline-reason-revoked = کلید امضای آن باطل شده است
offline-reason-damaged = فایلی تغییر کرده، بریده شده یا جابه‌جا شده است
offline-reason-format = بسته‌ای نیست که این برنامه بتواند بخواند
offline-reason-base = به‌روزرسانی به دنبال نسخهٔ روی این گوشی نیست
offline-share = هم‌رسانی این بسته
offline-import = دریافت بسته از گوشی دیگر
offline-import-label = فایل بسته (.vecino)
offline-imported = دریافت و بررسی شد: نسخهٔ { $seq } از { $region }.
offline-search-label = جست‌وجو در این گوشی
offline-search-button = جست‌وجو
offline-search-unavailable = جست‌وجو هنوز روی این گوشی در دسترس نیست. فهرست‌ها را مرور کنید.
offline-results = نتایج
offline-no-results = چیزی پیدا نشد.
offline-listings = خدمات
offline-guides = راهنماها
offline-back = بازگشت
offline-phones = تلفن
offline-address = نشانی
offline-hours = ساعت کار
offline-website = وب‌سایت
offline-sources = منابع
offline-verified-on = تأییدشده در { $date }
offline-reviewed-on = بازبینی‌شده در { $date }
offline-fact-as-of = تا { $date }
offline-in-language = به { $language } نشان داده شده: به زبان شما موجود نیست.
offline-not-found = در این بسته نیست.
offline-remove = حذف از این گوشی
offline-privacy = همه‌چیز روی این گوشی می‌ماند. آنچه جست‌وجو می‌کنید به جایی فرستاده نمی‌شود.
offline-spoken = زبان‌های ارائه‌شده
offline-delta-refused = فایل به‌روزرسانی از بررسی گذر نکرد، پس کل نسخه بارگیری و بررسی شد.
offline-events = رویدادها
offline-reason-region = نسخهٔ منطقهٔ دیگری است
offline-skip = رفتن به محتوا

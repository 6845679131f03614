# Vecino. միջերեսի տեքստերը արևելահայերենով։ Հիմքը՝ locales/en/main.ftl։
# Մի՛ թարգմանեք { $ձևավոր փակագծերի } ներսում գրվածը։

## Լեզուների անվանումները

language-self-name = Հայերեն
language-english-name = Armenian

## Սխալներ

error-not-found = Չհաջողվեց գտնել Ձեր փնտրած էջը կամ նյութը։
    .title = Չի գտնվել
error-guide-not-found = «{ $slug }» հասցեով ուղեցույց չկա։
    .title = Ուղեցույցը չի գտնվել
error-service-not-found = «{ $id }» նույնացուցիչով ծառայություն չկա։
    .title = Ծառայությունը չի գտնվել
error-organization-not-found = «{ $id }» նույնացուցիչով կազմակերպություն չկա։
    .title = Կազմակերպությունը չի գտնվել
error-invalid-id = «{ $value }»-ն անվավեր նույնացուցիչ է։
    .title = Անվավեր նույնացուցիչ
error-invalid-locale = «{ $value }»-ն մեզ հայտնի լեզվի կոդ չէ․ խնդրում ենք օգտագործել «es»-ի կամ «zh-Hant»-ի նման կոդ։
    .title = Անհայտ լեզվի կոդ
error-invalid-parameter = «{ $value }» արժեքը վավեր չէ «{ $name }»-ի համար։
    .title = Անվավեր արժեք
error-method-not-allowed = Այս հասցեն չի ընդունում այս տեսակի հարցումներ։
    .title = Հարցումը թույլատրված չէ
error-internal = Ներողություն ենք խնդրում, մեր կողմից ինչ-որ բան սխալ է գնացել․ խնդրում ենք կրկին փորձել ավելի ուշ։
    .title = Ինչ-որ բան սխալ է գնացել
error-conflict = Ինչ-որ մեկը միաժամանակ փոփոխել է սա․ խնդրում ենք վերաբեռնել և կրկին փորձել։
    .title = Փոփոխվել է ուրիշի կողմից

## Տեքստի ծագումը

provenance-original = Բնօրինակ տեքստ։
provenance-human = Թարգմանել է մարդը։
provenance-machine = Մեքենայական թարգմանություն — դեռ չի ստուգվել մարդու կողմից։
provenance-imported = Ներմուծված է այլ տեղեկատուից։
translation-stale = Բնօրինակ տեքստը փոխվել է թարգմանությունից հետո․ այն կարող է հնացած լինել։
fallback-notice = Սա դեռ հասանելի չէ հետևյալ լեզվով՝ { $requested }, ուստի ցուցադրվում է հետևյալ լեզվով՝ { $shown }։

## Թեմաներ

topic-know-your-rights = Իմացեք Ձեր իրավունքները
topic-daca = DACA
topic-citizenship = Քաղաքացիություն
topic-id-card = Անձը հաստատող քարտեր
topic-legal-aid = Իրավաբանական օգնություն
topic-immigration-fraud = Ներգաղթի հետ կապված խարդախություններ
topic-health = Առողջություն
topic-education = Կրթություն
topic-youth = Երիտասարդներ
topic-parents = Ծնողներ և ընտանիքներ
topic-employment = Աշխատանք և զբաղվածություն
topic-housing = Բնակարան
topic-food = Սնունդ
topic-language-classes = Լեզվի դասընթացներ
topic-language-access = Բանավոր և գրավոր թարգմանություն
topic-safety = Անվտանգություն
topic-policing = Ոստիկանություն
topic-emergency-preparedness = Պատրաստվածություն արտակարգ իրավիճակներին
topic-driving = Մեքենա վարել
topic-consular-services = Հյուպատոսական ծառայություններ
topic-civic-engagement = Քաղաքացիական մասնակցություն
topic-information-and-referral = Տեղեկատվություն և ուղղորդում

## Welcoming Standard-ի կատեգորիաները (Welcoming America)

welcoming-government-leadership = Իշխանությունների առաջնորդություն
welcoming-civic-engagement = Քաղաքացիական մասնակցություն
welcoming-equitable-access = Արդար հասանելիություն
welcoming-education = Կրթություն
welcoming-connected-communities = Փոխկապակցված համայնքներ
welcoming-economic-development = Տնտեսական զարգացում
welcoming-safe-communities = Անվտանգ համայնքներ

## Ով կարող է ներգաղթի հարցերով իրավաբանական խորհրդատվություն տալ

accreditation-doj-recognized-organization = ԱՄՆ Արդարադատության նախարարության կողմից ճանաչված կազմակերպություն
    .explanation = Շահույթ չհետապնդող կազմակերպություն, որին ԱՄՆ Արդարադատության նախարարությունը թույլ է տալիս ներգաղթի հարցերով իրավաբանական օգնություն ցույց տալ․ նոտարները (notario) և «ներգաղթի խորհրդատուները» այդ իրավունքը չունեն։
accreditation-accredited-representative = Հավատարմագրված ներկայացուցիչ
    .explanation = Ճանաչված կազմակերպության աշխատակից, որին ԱՄՆ Արդարադատության նախարարությունը թույլ է տալիս ներգաղթի հարցերով իրավաբանական խորհրդատվություն տալ․ նոտարները (notario) այդ իրավունքը չունեն։
accreditation-licensed-attorney = Լիցենզավորված փաստաբան
    .explanation = ԱՄՆ որևէ նահանգում լիցենզիա ունեցող փաստաբանը կարող է ներգաղթի հարցերով իրավաբանական խորհրդատվություն տալ․ ԱՄՆ-ում նոտարը (notario) փաստաբան չէ։

## Ինչպես է ծառայությունն առաջարկում լեզուն

language-how-bilingual-staff = Աշխատակիցները խոսում են այս լեզվով
language-how-interpreter = Հասանելի է բանավոր թարգմանիչ
language-how-phone-line = Օգնություն հեռախոսով այս լեզվով
language-how-written-material = Գրավոր նյութեր այս լեզվով

## Հաճախ փոփոխվող տեղեկություններ

changing-fact-notice = Այս տեղեկությունը հաճախ է փոխվում։ Վերջին անգամ ստուգվել է՝ { $date }։ Նախքան որևէ քայլ անելը ստուգեք պաշտոնական աղբյուրը։

error-empty-query = Որոնելու համար գրեք մեկ կամ երկու բառ։
    .title = Դատարկ որոնում
error-query-too-long = Որոնումը չափազանց երկար է։ Օգտագործեք առավելագույնը { $max } նիշ։
    .title = Որոնումը չափազանց երկար է

## Web pages

site-name = Vecino
site-tagline = Օգնություն ներգաղթյալ հարևաններին՝ ձեր լեզվով։
skip-to-content = Անցնել հիմնական բովանդակությանը
nav-home = Գլխավոր
language-picker = Ընտրեք ձեր լեզուն
footer-privacy = Vecino-ն cookie չի օգտագործում և ձեզ չի հետևում։
search-label = Օգնություն փնտրել
search-hint = Օրինակ՝ փաստաբան, DACA, անձը հաստատող քարտ, կլինիկա
search-button = Որոնել
search-title = Որոնման արդյունքներ
search-count = Արդյունքներ՝ { $count }
search-none = Ոչինչ չգտնվեց։ Փորձեք այլ բառեր կամ ավելի քիչ զտիչներ։
search-error-near = Գրեք վայրը լայնությամբ և երկայնությամբ, օրինակ՝ 37.34, -121.89։
home-topics = Օգնություն ըստ թեմայի
home-guides = Ուղեցույցներ
home-events = Մոտալուտ միջոցառումներ
home-no-events = Մոտալուտ միջոցառումներ դեռ չկան։
event-when = Երբ՝
event-where = Որտեղ՝
services-title = Ծառայություններ
topic-search = Որոնել այս թեման
kind-service = Ծառայություն
kind-guide = Ուղեցույց
kind-organization = Կազմակերպություն
kind-event = Միջոցառում
filters-title = Զտիչներ
filter-kind = Տեսակ
filter-topic = Թեմաներ
filter-more = Ցույց տալ միայն
filter-accredited = Հավատարմագրված իրավական օգնություն
filter-free = Անվճար
filter-open-now = Հիմա բաց է
filter-language = Առաջարկվում է
filter-any = Ցանկացած լեզու
filter-near = Մոտ (լայնություն, երկայնություն)
filter-near-hint = Արդյունքները ցույց են տալիս հեռավորությունը այս վայրից։
filter-locate = Օգտագործել իմ գտնվելու վայրը
filter-apply = Կիրառել զտիչները
distance-km = { $km } կմ հեռու
pages-label = Այլ արդյունքներ
page-next = Հաջորդ էջ
page-previous = Նախորդ էջ

## Listings

organization-label = Առաջարկում է՝
open-now = Հիմա բաց է
closed-now = Հիմա փակ է
hours-unknown = Աշխատանքային ժամերը հայտնի չեն։ Գնալուց առաջ զանգեք կամ ստուգեք կայքը։
hours-title = Աշխատանքային ժամեր
hours-timezone = Ժամերը տեղական են ({ $zone })։
weekday-monday = Երկուշաբթի
weekday-tuesday = Երեքշաբթի
weekday-wednesday = Չորեքշաբթի
weekday-thursday = Հինգշաբթի
weekday-friday = Ուրբաթ
weekday-saturday = Շաբաթ
weekday-sunday = Կիրակի
languages-title = Լեզուներ
accreditation-none-legal = Մենք տվյալ չունենք, որ այս ծառայությունը կարող է ներգաղթի իրավական խորհրդատվություն տալ։ Վճարելուց կամ ստորագրելուց առաջ խնդրեք հավատարմագրման ապացույց։
verified-on = Մարդը ստուգել է { $date }-ին։
not-verified = Դեռ մարդը չի ստուգել։
sources-title = Աղբյուրներ
contact-title = Կապ
website = Կայք
phone = Հեռախոս
email = Էլ. փոստ
guide-reviewed = Վերանայվել է { $date }-ին։
changing-intro = Այս էջի որոշ փաստեր հաճախ են փոխվում։ Դրանց կողքին նշված է վերջին ստուգման ամսաթիվը։
print-button = Տպել
print-card = Տպելու գրպանի քարտ
card-back = Վերադառնալ ուղեցույցին
qr-label = Այս էջի հասցեի QR կոդը
qr-caption = Սկանավորեք այս կոդը՝ էջը ձեր հեռախոսով բացելու համար։

## Report a problem

report-title = Հայտնել խնդրի մասին
report-intro = Ինչ-որ բան սխալ է կամ հնացած։ Ասեք մեզ, և մարդը կստուգի։
report-kind = Ի՞նչն է սխալ
report-kind-closed = Փակվել է
report-kind-hours = Ժամերը սխալ են
report-kind-contact = Հեռախոսը, հասցեն կամ կայքը սխալ է
report-kind-information = Այլ տեղեկություն սխալ է
report-kind-other = Այլ բան
report-details = Ի՞նչ պետք է իմանանք
report-contact = Ձեր էլ. փոստը կամ հեռախոսը (ըստ ցանկության, եթե պատասխան եք ուզում)
report-privacy = Մի գրեք անձնական տվյալներ, օրինակ՝ ձեր ներգաղթային կարգավիճակը։
report-send = Ուղարկել
form-errors = Խնդրում ենք ուղղել նշված դաշտերը։
report-error-kind = Ընտրեք, թե ինչն է սխալ։
report-error-details = Գրեք առնվազն { $min } նիշ։
report-error-too-long = Չափազանց երկար է՝ առավելագույնը { $max } նիշ։
report-thanks-title = Շնորհակալություն
report-thanks = Շնորհակալություն։ Մարդը կստուգի ձեր հաղորդումը։
report-back = Վերադառնալ ծառայությանը

## Kiosk

kiosk-start-over = Սկսել նորից
kiosk-idle-title = Դեռ այստե՞ղ եք
kiosk-idle-body = Ձեր գաղտնիությունը պաշտպանելու համար այս էկրանը շուտով նորից կսկսվի։
kiosk-idle-continue = Դեռ այստեղ եմ
kiosk-external = Այստեղ վեբ հասցեները ցույց են տրվում որպես տեքստ. բացեք դրանք հետո ձեր հեռախոսով կամ համակարգչով։

## Աշխատակիցների էջեր (/admin)։ Մեքենայական թարգմանություն, դեռ չի ստուգվել մարդու կողմից։

error-unauthorized = Մուտք գործեք կամ ուղարկեք վավեր API տոկեն։
    .title = Մուտք գործած չեք
error-forbidden = Ձեր հաշիվը չի կարող դա անել։
    .title = Թույլատրված չէ
error-csrf = Այս ձևի ժամկետը լրացել է, կամ այն այս կայքից չէ։ Վերադարձեք, թարմացրեք էջը և նորից փորձեք։
    .title = Ձևի ժամկետը լրացել է
error-token-name = Տոկենին տվեք 1-ից 100 նիշանոց անուն։
    .title = Անունը բացակայում է
admin-title = Աշխատակազմ
admin-cookie-notice = Աշխատակիցների էջերն օգտագործում են մեկ cookie՝ միայն ձեզ մուտք գործած պահելու համար։
admin-login-title = Աշխատակիցների մուտք
admin-login-intro = Նրանց համար, ովքեր թարմ են պահում այս տեղեկատուն։ Բնակիչներին հաշիվ երբեք պետք չէ։
admin-email = Էլ. փոստ
admin-password = Գաղտնաբառ
admin-login-button = Մուտք գործել
admin-login-failed = Էլ. փոստը կամ գաղտնաբառը սխալ է։
admin-login-too-many = Չափազանց շատ անհաջող փորձեր։ Քանի րոպե սպասել նորից փորձելուց առաջ՝ { $minutes }։
admin-logout = Դուրս գալ
admin-signed-in-as = Մուտք եք գործել որպես { $email } ({ $role })։
admin-role-admin = ադմինիստրատոր
admin-role-editor = խմբագիր
admin-role-translator = թարգմանիչ
admin-may-edit = Գրառումներ, որոնք կարող եք խմբագրել
admin-may-edit-all = Կարող եք խմբագրել բոլոր գրառումները։
admin-may-translate = Լեզուներ, որոնց կարող եք թարգմանել՝ { $locales }
admin-verified = Ստուգված է { $date }
admin-not-verified = Դեռ ստուգված չէ
admin-verify = Նշել որպես ստուգված
admin-tokens = API տոկեններ
admin-token-name = Ինչի՞ համար է այս տոկենը
admin-token-create = Ստեղծել տոկեն
admin-token-created = Պատճենեք այս տոկենը հիմա։ Այն այլևս չի ցուցադրվի։
admin-token-revoke = Չեղարկել
admin-token-revoked = չեղարկված
admin-audit = Աուդիտի մատյան
admin-audit-when = Երբ
admin-audit-who = Ով
admin-audit-what = Ինչ
admin-audit-record = Գրառում

## Խմբագիր. գրառումներ, ուղեցույցներ, միջոցառումներ, վայրեր, հաղորդումներ և հաշիվներ (/admin)։ Մեքենայական թարգմանություն, դեռ չստուգված մարդու կողմից։

error-invalid-record = «{ $field }» դաշտը վավեր չէ. { $reason }
    .title = Չպահպանվեց
admin-back-home = Վերադառնալ աշխատակիցների գլխավոր էջ
admin-save = Պահպանել
admin-saved = Պահպանված է։ Որոնումը և հաջորդ փաթեթը կներառեն փոփոխությունը։
admin-form-has-errors = Ոչինչ չպահպանվեց։ Ուղղեք ստորև նշված դաշտերը։
admin-view-public = Տեսնել հանրային էջը
admin-delete = Ջնջել
admin-delete-question = Ջնջե՞լ «{ $name }»-ը։ Սա հնարավոր չէ հետարկել։
admin-delete-confirm = Այո, ջնջել
admin-cancel = Չեղարկել
admin-none = Ոչ մեկը
admin-organizations = Կազմակերպություններ
admin-guides = Ուղեցույցներ
admin-events = Միջոցառումներ
admin-service = Ծառայություն
admin-places = Վայրեր և ժամեր
admin-add-place = Ավելացնել վայր
admin-new-organization = Նոր կազմակերպություն
admin-new-service = Նոր ծառայություն
admin-new-guide = Նոր ուղեցույց
admin-new-event = Նոր միջոցառում
admin-edit-organization = Խմբագրել կազմակերպությունը. { $name }
admin-edit-service = Խմբագրել ծառայությունը. { $name }
admin-edit-guide = Խմբագրել ուղեցույցը. { $name }
admin-edit-event = Խմբագրել միջոցառումը. { $name }
admin-new-place = Նոր վայր՝ { $name }
admin-edit-place = Վայր՝ { $name }
admin-field-language = Գրված լեզուն
admin-field-name = Անուն
admin-field-slug = Անունը վեբ հասցեում
admin-field-description = Նկարագրություն
admin-field-url = Կայք
admin-field-email = Էլ. փոստ
admin-field-phones = Հեռախոսահամարներ
admin-field-sources = Աղբյուրներ
admin-field-organization = Կազմակերպություն
admin-field-status = Կարգավիճակ
admin-field-topics = Թեմաներ
admin-field-accreditation = Իրավական հավատարմագրում
admin-field-free = Անվճար
admin-field-languages = Առաջարկվող լեզուներ
admin-field-timezone = Ժամային գոտի
admin-field-hours = Աշխատանքային ժամեր
admin-field-title = Վերնագիր
admin-field-summary = Ամփոփում
admin-field-body = Տեքստ
admin-field-reviewed_at = Աղբյուրների հետ ստուգվել է
admin-field-facts = Փոփոխվող տվյալներ
admin-field-starts = Սկսվում է
admin-field-ends = Ավարտվում է
admin-field-event_languages = Միջոցառման լեզուները
admin-field-place_name = Վայրի անունը
admin-field-place_slug = Վայրի անունը վեբ հասցեում
admin-field-address_1 = Հասցե
admin-field-city = Քաղաք
admin-field-state_province = Նահանգ
admin-field-postal_code = Փոստային ինդեքս
admin-field-country = Երկիր
admin-field-latitude = Լայնություն
admin-field-longitude = Երկայնություն
admin-field-precision = Կետի ճշգրտությունը
admin-field-accessibility = Մատչելիություն
admin-field-role = Դեր
admin-field-organizations = Կազմակերպություններ (խմբագիրներ)
admin-field-locales = Լեզուներ (թարգմանիչներ)
admin-hint-slug = Լատինական փոքրատառեր, թվեր և գծիկներ։ Թողեք դատարկ՝ անունից ստեղծելու համար։
admin-hint-country = Երկտառ երկրի կոդ, օրինակ՝ US։
admin-hint-timezone = IANA ժամային գոտի, օրինակ՝ America/Los_Angeles կամ America/New_York։
admin-hint-phones = Մեկ համար յուրաքանչյուր տողում։
admin-hint-sources = Մեկական տողում՝ վերնագիր | վեբ հասցե։ Յուրաքանչյուր գրառում նշում է առնվազն մեկ աղբյուր։
admin-hint-languages = Մեկական տողում՝ լեզվի կոդ և եղանակ, օրինակ՝ «es bilingual-staff», «vi interpreter», «ar phone-line», «ko written-material»։
admin-hint-hours = Մեկ կանոն յուրաքանչյուր տողում, օրերը անգլերեն՝ «mon-fri 09:00-17:00», «sat 10:00-12:00, 13:00-15:00», «daily 00:00-24:00»։ Տարբեր ամսաթվեր՝ «2026-12-25 closed Սուրբ Ծնունդ» կամ «2026-12-24 09:00-12:00»։ Թողեք դատարկ, եթե ժամերը հայտնի չեն։
admin-hint-markdown = Markdown։ Նշեք փոփոխվող տվյալը [changing:դրա-id]-ով և թվարկեք ստորև։
admin-hint-facts = Մեկական տողում՝ id | ամսաթիվ, երբ ճիշտ էր | ստուգման հասցե, օրինակ՝ «n400-fee | 2026-01-15 | https://www.uscis.gov/n-400»։
admin-hint-event-languages = Լեզվի կոդեր՝ ստորակետով բաժանված, օրինակ՝ «es, en»։
admin-hint-written-in = Գրված է { $language } լեզվով։ Փոփոխելը դրա թարգմանությունները կնշի որպես հնացած։
admin-hint-source-text = Գրեք վերևում ընտրված լեզվով. թարգմանիչները աշխատում են այս տեքստից։
admin-hint-password = Առնվազն { $min } նիշ։ Տվեք այն անձին առանձին։
admin-hint-organizations = Կազմակերպությունների անունները վեբ հասցեում՝ ստորակետով բաժանված։
admin-hint-locales = Լեզվի կոդեր՝ ստորակետով բաժանված, օրինակ՝ «es, vi»։
admin-precision-exact = Հենց շենքը
admin-precision-city = Միայն քաղաքը
admin-feature-wheelchair-accessible = Մատչելի անվասայլակով
admin-feature-accessible-restroom = Մատչելի զուգարան
admin-feature-hearing-loop = Լսողական օղակ
admin-feature-sign-language = Ժեստերի լեզու
admin-feature-braille = Բրայլ
admin-feature-large-print = Խոշոր տառեր
admin-feature-accessible-parking = Մատչելի կայանատեղի
admin-feature-near-public-transit = Հասարակական տրանսպորտի մոտ
admin-free-unknown = Հայտնի չէ
admin-free-yes = Այո, աղբյուրը նշում է, որ անվճար է
admin-free-no = Ոչ
admin-status-active = Գործում է
admin-status-inactive = Դադարեցված
admin-status-defunct = Ընդմիշտ փակված
admin-error-invalid = Այս արժեքը վավեր չէ։
admin-error-required = Այս դաշտը պարտադիր է։
admin-error-line = Տող { $line }. { $problem }
admin-error-slug = Օգտագործեք լատինական փոքրատառեր, թվեր և մեկական գծիկներ (օրինակ՝ «legal-aid-clinic»)։
admin-error-slug-taken = Այս անունը վեբ հասցեում արդեն օգտագործում է մեկ այլ գրառում։
admin-error-phone = հեռախոսահամար չէ։
admin-error-coordinates = Նշեք լայնությունն ու երկայնությունը վավեր թվերով, օրինակ՝ 37.34 և -121.89։
admin-error-timezone = Այս ժամային գոտին մեզ անհայտ է։ Օգտագործեք America/Los_Angeles-ի նման անուն։
admin-error-sources = Նշեք առնվազն մեկ աղբյուր։
admin-error-source-line = գրեք այսպես՝ «վերնագիր | https://…»։
admin-error-language-line = գրեք լեզվի կոդը և եղանակը, օրինակ՝ «es bilingual-staff»։
admin-error-fact-line = գրեք այսպես՝ «id | 2026-01-15 | https://…»։
admin-error-schedule-day = օր չէ (mon … sun, mon-fri, sat,sun, daily) և ամսաթիվ էլ չէ (2026-12-25)։
admin-error-schedule-hours = ժամերը պետք է լինեն 09:00-17:00 ձևով (մի քանիսը՝ ստորակետով), կամ «closed»՝ ամսաթվից հետո։
admin-error-exceptions = Երկու տող ժամեր են տալիս նույն ամսաթվի համար։
admin-error-email = Սա էլ. փոստի հասցե չէ։
admin-error-url = Սա վեբ հասցե չէ (https://…)։
admin-error-locale = Այս լեզվի կոդը մեզ անհայտ է։
admin-error-topics = Ընտրեք առնվազն մեկ թեմա։
admin-error-accreditation = Իրավական հավատարմագրումը վերաբերում է միայն իրավական ծառայությանը. ընտրեք նաև իրավական թեմա։
admin-error-ends-at = Միջոցառումը չի կարող ավարտվել սկսվելուց առաջ։
admin-error-body = Տեքստում կա [changing:…] նշում, որը չկա «Փոփոխվող տվյալներ»-ում։
admin-error-address = Հասցեին անհրաժեշտ են քաղաք և երկտառ երկրի կոդ։
admin-error-country = Օգտագործեք երկտառ երկրի կոդ, օրինակ՝ US։
admin-error-text = Այս տեքստը չի կարող դատարկ լինել։
admin-error-organization = Ընտրեք ձեր կազմակերպություններից մեկը։
admin-error-date = Նշեք ամսաթիվ։
admin-error-datetime = Նշեք ամսաթիվ և ժամ։
admin-error-in-use = Հնարավոր չէ ջնջել, քանի դեռ այն ունի ծառայություններ կամ միջոցառումներ։
admin-error-unknown-organization = «{ $slug }» անունով կազմակերպություն չկա։
admin-error-organizations = Խմբագրին անհրաժեշտ է առնվազն մեկ կազմակերպություն։
admin-error-locales = Թարգմանչին անհրաժեշտ է առնվազն մեկ լեզու։
admin-error-role = Ընտրեք դեր՝ համապատասխան շրջանակով։
admin-error-password = Գաղտնաբառը պետք է ունենա առնվազն { $min } նիշ։
admin-error-email-taken = Այս էլ. փոստն արդեն օգտագործում է մեկ այլ հաշիվ։
admin-reports = Խնդիրների հաղորդումներ
admin-reports-waiting = Սպասող հաղորդումներ. { $count }
admin-reports-none = Սպասող հաղորդումներ չկան։
admin-report-listing-gone = այլևս գոյություն չունեցող գրառում
admin-report-contact = Ինչպես կապվել նրանց հետ
admin-edit-listing = Խմբագրել գրառումը
admin-report-note = Նշում (ինչ արեցիք)
admin-report-resolve = Լուծված է
admin-report-dismiss = Մերժել
admin-accounts = Աշխատակիցների հաշիվներ
admin-accounts-list = Հաշիվներ
admin-account-add = Ավելացնել հաշիվ
admin-account-disabled = անջատված է { $date }
admin-account-disable = Անջատել այս հաշիվը
admin-audit-change = Փոփոխություն
## Անցանց փաթեթներ։ Մեքենայական թարգմանություն, դեռ չի ստուգվել մարդու կողմից։

offline-use = Օգտագործել անցանց (պրոմոտորաների համար)
offline-title = Vecino անցանց
offline-intro = Պահեք ձեր տարածաշրջանի ծառայություններն ու ուղեցույցները այս հեռախոսում։ Ներբեռնելուց և ստուգելուց հետո դրանք աշխատում են առանց ազդանշանի։
offline-language = Լեզու
offline-languages = Պահվող լեզուներ
offline-region = Տարածաշրջան
offline-download = Ներբեռնել և ստուգել
offline-downloading = Ներբեռնվում և ստուգվում է…
offline-progress = { $done }՝ { $total }-ից
offline-choose-language = Ընտրեք առնվազն մեկ լեզու։
offline-no-bundles = Այստեղ դեռ անցանց փաթեթներ չեն հրապարակվել։
offline-no-key = Այս սերվերը դեռ փաթեթներ ստորագրելու բանալի չունի, ուստի ոչինչ հնարավոր չէ ստուգել։
offline-network-error = Սերվերի հետ կապ չկա։ Այս հեռախոսում եղածը մնում է այստեղ։
offline-verified = Ստուգված է՝ ստորագրությունը և յուրաքանչյուր ֆայլ։
offline-held = { $region }-ի { $seq } թողարկումը, հրապարակված { $date }։
offline-stale = Այս փաթեթի ժամկետն անցել է ({ $date })։ Որոշ տեղեկություններ կարող են հնացած լինել. թարմացրեք, երբ ազդանշան լինի։
offline-update = Ստուգել թարմացումները
offline-up-to-date = Դուք ունեք վերջին թողարկումը։
offline-updated = Թարմացվեց մինչև { $seq } թողարկումը։
offline-rollback = Մերժված է. { $seq } թողարկումն ավելի հին է, քան այս հեռախոսում արդեն տեսած { $held } թողարկումը։ Հնարավոր է՝ ինչ-որ մեկը հին տեղեկություններ է վերադարձնում։
offline-conflict = Ուշադրություն. երկու տարբեր փաթեթներ պնդում են, որ { $seq } թողարկումն են։ Ոչինչ չի փոխվել։ Տեղեկացրեք այս տեղեկատուն հրապարակողներին։
offline-rejected = Մերժված է. այս փաթեթը չանցավ ստուգումը ({ $reason })։ Ոչինչ չի պահվել։
offline-reason-signature = այն ստորագրված չէ այս տեղեկատուի բանալիով
offline-reason-revoked = դրա ստորագրման բանալին հետ է կանչվել
offline-reason-damaged = ֆայլը փոխվել, կրճատվել կամ փոխարինվել է
offline-reason-format = սա այնպիսի փաթեթ չէ, որը այս հավելվածը կարող է կարդալ
offline-reason-base = թարմացումը չի շարունակում այս հեռախոսի թողարկումը
offline-share = Կիսվել այս փաթեթով
offline-import = Ստանալ փաթեթ այլ հեռախոսից
offline-import-label = Փաթեթի ֆայլ (.vecino)
offline-imported = Ստացված և ստուգված է՝ { $region }-ի { $seq } թողարկումը։
offline-search-label = Որոնել այս հեռախոսում
offline-search-button = Որոնել
offline-search-unavailable = Որոնումը դեռ հասանելի չէ այս հեռախոսում։ Դիտեք ցանկերը։
offline-results = Արդյունքներ
offline-no-results = Ոչինչ չի գտնվել։
offline-listings = Ծառայություններ
offline-guides = Ուղեցույցներ
offline-back = Հետ
offline-phones = Հեռախոս
offline-address = Հասցե
offline-hours = Աշխատանքային ժամեր
offline-website = Կայք
offline-sources = Աղբյուրներ
offline-verified-on = Ստուգված է { $date }
offline-reviewed-on = Վերանայված է { $date }
offline-fact-as-of = { $date } դրությամբ
offline-in-language = Ցուցադրված է { $language } լեզվով. ձեր լեզվով հասանելի չէ։
offline-not-found = Այս փաթեթում չկա։
offline-remove = Հեռացնել այս հեռախոսից
offline-privacy = Ամեն ինչ մնում է այս հեռախոսում։ Ձեր որոնածը ոչ մի տեղ չի ուղարկվում։
offline-spoken = Սպասարկման լեզուներ
offline-delta-refused = Թարմացման ֆայլը չանցավ ստուգումը, ուստի ամբողջ թողարկումը ներբեռնվեց և ստուգվեց։
offline-events = Միջոցառումներ
offline-reason-region = սա այլ տարածաշրջանի թողարկում է
offline-skip = Անցնել բովանդակությանը

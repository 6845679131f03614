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

## Թարգմանություններ (/admin/…/translations): the translation workflow. Մեքենայական թարգմանություն, դեռ չի ստուգվել մարդու կողմից։

admin-tr-link = Թարգմանություններ
admin-tr-title = Թարգմանություններ
admin-tr-intro = Յուրաքանչյուր լեզվի համար՝ քանի տեքստ է բացակայում, հնացած է (սկզբնական տեքստը փոխվել է թարգմանությունից հետո), մեքենայական թարգմանություն է և դեռ չի ստուգվել, ներմուծված է կամ թարգմանել է մարդը։
admin-tr-locales = Լեզուները և դրանց թարգմանությունների վիճակը
admin-tr-language = Լեզու
admin-tr-kind-service = Ծառայություն
admin-tr-kind-organization = Կազմակերպություն
admin-tr-kind-guide = Ուղեցույց
admin-tr-kind-event = Միջոցառում
admin-tr-field-name = Անուն
admin-tr-field-description = Նկարագրություն
admin-tr-field-title = Վերնագիր
admin-tr-field-summary = Ամփոփում
admin-tr-field-body = Տեքստ (Markdown)
admin-tr-state-missing = Բացակայում է
admin-tr-state-stale = Հնացած
admin-tr-state-machine = Մեքենայական
admin-tr-state-imported = Ներմուծված
admin-tr-state-human = Մարդկային
admin-tr-list-title = Թարգմանություններ՝ { $language }
admin-tr-counts = Քանակ
admin-tr-kind = Տեսակ
admin-tr-texts = Տեքստեր
admin-tr-state = Վիճակ
admin-tr-any = Բոլորը
admin-tr-filter = Զտել
admin-tr-total = Գտնված տեքստեր՝ { $count }
admin-tr-none = Այստեղ ոչինչ չկա։
admin-tr-record = Գրառում
admin-tr-field = Դաշտ
admin-tr-source = Սկզբնական լեզու
admin-tr-pages = Էջեր
admin-tr-prev = Նախորդ էջ
admin-tr-next = Հաջորդ էջ
admin-tr-page-of = Էջ { $page }՝ { $pages }-ից
admin-tr-edit-title = Թարգմանել՝ { $field }, { $language }
admin-tr-saved = Պահպանված է։
admin-tr-stale-title = Սկզբնական տեքստը փոխվել է
admin-tr-stale-since = Այս թարգմանությունն արվել է ավելի հին սկզբնական տեքստից։ Գրառումը վերջին անգամ փոխվել է { $date }։
admin-tr-stale-diff = Ինչ է փոխվել սկզբնականում (հեռացված բառերը գծված են, նորերը՝ ընդգծված)․
admin-tr-stale-old = Սկզբնական տեքստը, որից արվել է այս թարգմանությունը․
admin-tr-stale-unknown = Հին սկզբնական տեքստը չի պահպանվել․ համեմատեք թարգմանությունը ստորև բերված սկզբնականի հետ։
admin-tr-source-in = Սկզբնական ({ $language })
admin-tr-translation-in = Թարգմանություն ({ $language })
admin-tr-text-label = { $field }՝ { $language }
admin-tr-save = Պահպանել թարգմանությունը
admin-tr-preview = Նախադիտում
admin-tr-review-hint = Եթե թարգմանությունը ճիշտ է այնպես, ինչպես կա, նշեք այն որպես ստուգված՝ առանց նորից մուտքագրելու։
admin-tr-review = Նշել որպես ստուգված
admin-tr-reviewed-by = { $who }, { $date }
admin-tr-error-source-locale = Տեքստը գրված է այս լեզվով․ այն սկզբնականն է, ոչ թե թարգմանություն։
admin-tr-error-empty = Մուտքագրեք թարգմանությունը՝ նախքան պահպանելը։
admin-tr-error-too-long = Թարգմանությունը չափազանց երկար է։ Օգտագործեք առավելագույնը { $max } նիշ։
admin-tr-error-marker = «[changing:{ $marker }]» նշանը այս ուղեցույցի փոփոխվող տվյալներից չէ։ Պատճենեք նշանները սկզբնականից։
admin-tr-error-source-changed = Սկզբնական տեքստը փոխվեց, մինչ դուք թարգմանում էիք։ Ստուգեք նոր սկզբնականը․ ձեր տեքստը պահպանված է ստորև։
admin-tr-error-invalid = Այս թարգմանությունը հնարավոր չէ պահպանել այս տեսքով։ Ստուգեք այն և նորից փորձեք։
admin-tr-error-nothing-to-review = Այս լեզվով դեռ ստուգելու թարգմանություն չկա։

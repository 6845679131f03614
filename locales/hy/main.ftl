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

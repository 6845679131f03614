# Vecino: mga teksto ng interface sa Tagalog/Filipino. Sanggunian: locales/en/main.ftl.
# Huwag isalin ang nasa loob ng { $braces }.

## Mga pangalan ng wika

language-self-name = Tagalog
language-english-name = Tagalog

## Mga error

error-not-found = Hindi namin mahanap ang pahina o item na hinahanap ninyo.
    .title = Hindi nahanap
error-guide-not-found = Walang gabay sa address na “{ $slug }”.
    .title = Hindi nahanap ang gabay
error-service-not-found = Walang serbisyo na may ID na “{ $id }”.
    .title = Hindi nahanap ang serbisyo
error-organization-not-found = Walang organisasyon na may ID na “{ $id }”.
    .title = Hindi nahanap ang organisasyon
error-invalid-id = Ang “{ $value }” ay hindi wastong ID.
    .title = Hindi wastong ID
error-invalid-locale = Ang “{ $value }” ay hindi code ng wika na kilala namin; gumamit ng code tulad ng “es” o “zh-Hant”.
    .title = Hindi kilalang code ng wika
error-invalid-parameter = Ang halagang “{ $value }” ay hindi wasto para sa “{ $name }”.
    .title = Hindi wastong halaga
error-method-not-allowed = Hindi tumatanggap ang address na ito ng ganitong uri ng kahilingan.
    .title = Hindi pinapayagang kahilingan
error-internal = Paumanhin po, may nangyaring mali sa aming panig; pakisubukang muli mamaya.
    .title = May nangyaring mali
error-conflict = May ibang taong nagbago nito nang sabay; paki-reload ito at subukang muli.
    .title = Binago ng ibang tao

## Pinagmulan ng teksto

provenance-original = Orihinal na teksto.
provenance-human = Isinalin ng isang tao.
provenance-machine = Salin ng makina — hindi pa nasusuri ng isang tao.
provenance-imported = Kinuha mula sa ibang direktoryo.
translation-stale = Nagbago ang orihinal na teksto matapos itong isalin; maaaring luma na ito.
fallback-notice = Wala pa ito sa { $requested }, kaya ipinapakita ito sa { $shown }.

## Mga paksa

topic-know-your-rights = Alamin ang inyong mga karapatan
topic-daca = DACA
topic-citizenship = Pagkamamamayan
topic-id-card = Mga ID card
topic-legal-aid = Tulong legal
topic-immigration-fraud = Mga panloloko sa imigrasyon
topic-health = Kalusugan
topic-education = Edukasyon
topic-youth = Kabataan
topic-parents = Mga magulang at pamilya
topic-employment = Trabaho at hanapbuhay
topic-housing = Pabahay
topic-food = Pagkain
topic-language-classes = Mga klase sa wika
topic-language-access = Mga interpreter at pagsasalin
topic-safety = Kaligtasan
topic-policing = Pulisya
topic-emergency-preparedness = Paghahanda sa emergency
topic-driving = Pagmamaneho
topic-consular-services = Mga serbisyong konsular
topic-civic-engagement = Pakikilahok sibiko
topic-information-and-referral = Impormasyon at referral

## Mga kategorya ng Welcoming Standard (Welcoming America)

welcoming-government-leadership = Pamumuno ng pamahalaan
welcoming-civic-engagement = Pakikilahok sibiko
welcoming-equitable-access = Pantay na access
welcoming-education = Edukasyon
welcoming-connected-communities = Magkakaugnay na komunidad
welcoming-economic-development = Pag-unlad ng ekonomiya
welcoming-safe-communities = Ligtas na komunidad

## Sino ang maaaring magbigay ng legal na payo sa imigrasyon

accreditation-doj-recognized-organization = Organisasyong kinikilala ng DOJ
    .explanation = Isang nonprofit na pinahihintulutan ng U.S. Department of Justice na magbigay ng legal na tulong sa imigrasyon; hindi ito pinahihintulutan sa mga notario at “immigration consultant”.
accreditation-accredited-representative = Akreditadong kinatawan
    .explanation = Isang tao sa kinikilalang organisasyon na pinahihintulutan ng U.S. Department of Justice na magbigay ng legal na payo sa imigrasyon; hindi ito pinahihintulutan sa mga notario.
accreditation-licensed-attorney = Lisensiyadong abogado
    .explanation = Ang abogadong may lisensiya sa isang estado ng U.S. ay maaaring magbigay ng legal na payo sa imigrasyon; sa Estados Unidos, hindi abogado ang notario.

## Paano iniaalok ng serbisyo ang isang wika

language-how-bilingual-staff = Nagsasalita ng wikang ito ang mga kawani
language-how-interpreter = May interpreter
language-how-phone-line = Tulong sa telepono sa wikang ito
language-how-written-material = Mga nakasulat na materyales sa wikang ito

## Impormasyong madalas magbago

changing-fact-notice = Madalas magbago ang impormasyong ito. Huling sinuri noong { $date }. Tingnan ang opisyal na pinagmulan bago kumilos.

error-empty-query = Mag-type ng isa o dalawang salita para maghanap.
    .title = Walang hinahanap
error-query-too-long = Masyadong mahaba ang hinahanap. Gumamit ng hanggang { $max } na character lamang.
    .title = Masyadong mahaba ang hinahanap

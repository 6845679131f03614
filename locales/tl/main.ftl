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

## Web pages

site-name = Vecino
site-tagline = Tulong para sa mga kapitbahay na imigrante, sa inyong wika.
skip-to-content = Lumaktaw sa pangunahing nilalaman
nav-home = Home
language-picker = Piliin ang inyong wika
footer-privacy = Walang cookie ang Vecino at hindi kayo sinusubaybayan.
search-label = Maghanap ng tulong
search-hint = Halimbawa: abogado, DACA, ID card, klinika
search-button = Hanapin
search-title = Mga resulta ng paghahanap
search-count = Mga resulta: { $count }
search-none = Walang nahanap. Subukan ang ibang salita o mas kaunting filter.
search-error-near = Isulat ang lugar bilang latitude at longitude, halimbawa 37.34, -121.89.
home-topics = Maghanap ng tulong ayon sa paksa
home-guides = Mga gabay
home-events = Mga darating na event
home-no-events = Wala pang nakalistang darating na event.
event-when = Kailan:
event-where = Saan:
services-title = Mga serbisyo
topic-search = Hanapin ang paksang ito
kind-service = Serbisyo
kind-guide = Gabay
kind-organization = Organisasyon
kind-event = Event
filters-title = Mga filter
filter-kind = Uri
filter-topic = Mga paksa
filter-more = Ipakita lamang
filter-accredited = Akreditadong tulong legal
filter-free = Libre
filter-open-now = Bukas ngayon
filter-language = Inaalok sa
filter-any = Kahit anong wika
filter-near = Malapit sa (latitude, longitude)
filter-near-hint = Ipinapakita ng mga resulta ang layo mula sa lugar na ito.
filter-locate = Gamitin ang aking lokasyon
filter-apply = Ilapat ang mga filter
distance-km = { $km } km ang layo
pages-label = Higit pang resulta
page-next = Susunod na pahina
page-previous = Nakaraang pahina

## Listings

organization-label = Inaalok ng
open-now = Bukas ngayon
closed-now = Sarado ngayon
hours-unknown = Hindi alam ang oras. Tumawag o tingnan ang website bago pumunta.
hours-title = Oras
hours-timezone = Lokal na oras ({ $zone }).
weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miyerkules
weekday-thursday = Huwebes
weekday-friday = Biyernes
weekday-saturday = Sabado
weekday-sunday = Linggo
languages-title = Mga wika
accreditation-none-legal = Wala kaming rekord na maaaring magbigay ng legal na payo sa imigrasyon ang serbisyong ito. Humingi ng patunay ng akreditasyon bago magbayad o pumirma.
verified-on = Sinuri ng isang tao noong { $date }.
not-verified = Hindi pa nasusuri ng isang tao.
sources-title = Mga pinagmulan
contact-title = Kontak
website = Website
phone = Telepono
email = Email
guide-reviewed = Sinuri noong { $date }.
changing-intro = Madalas magbago ang ilang impormasyon sa pahinang ito. May petsa ang mga ito kung kailan huling sinuri.
print-button = I-print
print-card = Pocket card na ipi-print
card-back = Bumalik sa gabay
qr-label = QR code ng address ng pahinang ito
qr-caption = I-scan ang code na ito para buksan ang pahina sa inyong telepono.

## Report a problem

report-title = Mag-ulat ng problema
report-intro = May mali ba o luma na? Sabihin sa amin at susuriin ito ng isang tao.
report-kind = Ano ang mali?
report-kind-closed = Sarado na ito
report-kind-hours = Mali ang oras
report-kind-contact = Mali ang telepono, address o website
report-kind-information = Mali ang ibang impormasyon
report-kind-other = Iba pa
report-details = Ano ang dapat naming malaman?
report-contact = Inyong email o telepono (opsyonal, kung gusto ninyo ng sagot)
report-privacy = Huwag isulat ang pribadong detalye tulad ng inyong immigration status.
report-send = Ipadala
form-errors = Pakiayos ang mga minarkahang field.
report-error-kind = Piliin kung ano ang mali.
report-error-details = Sumulat ng hindi bababa sa { $min } character.
report-error-too-long = Masyadong mahaba: hanggang { $max } character lamang.
report-thanks-title = Salamat
report-thanks = Salamat. Susuriin ng isang tao ang inyong ulat.
report-back = Bumalik sa serbisyo

## Kiosk

kiosk-start-over = Magsimulang muli
kiosk-idle-title = Nandiyan pa ba kayo?
kiosk-idle-body = Para protektahan ang inyong privacy, magsisimulang muli ang screen na ito.
kiosk-idle-continue = Nandito pa ako
kiosk-external = Teksto lamang ang mga web address dito: buksan ang mga ito mamaya sa sarili ninyong telepono o computer.

## Mga pahina ng staff (/admin). Makinang salin, hindi pa nasusuri ng tao.

error-unauthorized = Mag-sign in, o magpadala ng wastong API token.
    .title = Hindi naka-sign in
error-forbidden = Hindi ito pinapayagan sa iyong account.
    .title = Hindi pinapayagan
error-csrf = Nag-expire na ang form na ito o hindi ito galing sa site na ito. Bumalik, i-reload ang pahina at subukan muli.
    .title = Nag-expire ang form
error-token-name = Bigyan ang token ng pangalan na 1 hanggang 100 character.
    .title = Walang pangalan
admin-title = Staff
admin-cookie-notice = Gumagamit ang mga pahina ng staff ng isang cookie, para lang manatili kang naka-sign in.
admin-login-title = Pag-sign in ng staff
admin-login-intro = Para sa mga taong nagpapanatiling napapanahon ng direktoryong ito. Hindi kailangan ng mga residente ng account.
admin-email = Email
admin-password = Password
admin-login-button = Mag-sign in
admin-login-failed = Mali ang email o ang password.
admin-login-too-many = Masyadong maraming bigong pagsubok. Ilang minuto bago subukan muli: { $minutes }.
admin-logout = Mag-sign out
admin-signed-in-as = Naka-sign in bilang { $email } ({ $role }).
admin-role-admin = administrator
admin-role-editor = editor
admin-role-translator = tagasalin
admin-may-edit = Mga listahang maaari mong i-edit
admin-may-edit-all = Maaari mong i-edit ang lahat ng listahan.
admin-may-translate = Mga wikang maaari mong isalin: { $locales }
admin-verified = Na-verify noong { $date }
admin-not-verified = Hindi pa na-verify
admin-verify = Markahang na-verify
admin-tokens = Mga API token
admin-token-name = Para saan ang token na ito?
admin-token-create = Gumawa ng token
admin-token-created = Kopyahin na ang token na ito. Hindi na ito ipapakita muli.
admin-token-revoke = Bawiin
admin-token-revoked = binawi
admin-audit = Audit log
admin-audit-when = Kailan
admin-audit-who = Sino
admin-audit-what = Ano
admin-audit-record = Rekord

## Mga salin (/admin/…/translations): the translation workflow. Makinang salin, hindi pa nasusuri ng tao.

admin-tr-link = Mga salin
admin-tr-title = Mga salin
admin-tr-intro = Para sa bawat wika: ilang teksto ang kulang, luma na (nagbago ang pinagmulang teksto matapos isalin), salin ng makina na hindi pa nasusuri, na-import, o isinalin ng tao.
admin-tr-locales = Mga wika at ang kalagayan ng kanilang mga salin
admin-tr-language = Wika
admin-tr-kind-service = Serbisyo
admin-tr-kind-organization = Organisasyon
admin-tr-kind-guide = Gabay
admin-tr-kind-event = Event
admin-tr-field-name = Pangalan
admin-tr-field-description = Paglalarawan
admin-tr-field-title = Pamagat
admin-tr-field-summary = Buod
admin-tr-field-body = Teksto (Markdown)
admin-tr-state-missing = Kulang
admin-tr-state-stale = Luma na
admin-tr-state-machine = Makina
admin-tr-state-imported = Na-import
admin-tr-state-human = Tao
admin-tr-list-title = Mga salin sa { $language }
admin-tr-counts = Bilang
admin-tr-kind = Uri
admin-tr-texts = Mga teksto
admin-tr-state = Kalagayan
admin-tr-any = Kahit ano
admin-tr-filter = I-filter
admin-tr-total = Mga tekstong nahanap: { $count }
admin-tr-none = Walang laman dito.
admin-tr-record = Tala
admin-tr-field = Field
admin-tr-source = Pinagmulang wika
admin-tr-pages = Mga pahina
admin-tr-prev = Nakaraang pahina
admin-tr-next = Susunod na pahina
admin-tr-page-of = Pahina { $page } ng { $pages }
admin-tr-edit-title = Isalin: { $field } sa { $language }
admin-tr-saved = Nai-save na.
admin-tr-stale-title = Nagbago ang pinagmulang teksto
admin-tr-stale-since = Ginawa ang salin na ito mula sa mas lumang pinagmulang teksto. Huling binago ang tala noong { $date }.
admin-tr-stale-diff = Ano ang nagbago sa pinagmulan (may guhit sa gitna ang mga inalis na salita, may salungguhit ang mga bago):
admin-tr-stale-old = Ang pinagmulang teksto na pinagbatayan ng salin na ito:
admin-tr-stale-unknown = Hindi naitabi ang mas lumang pinagmulang teksto: ihambing ang salin sa pinagmulan sa ibaba.
admin-tr-source-in = Pinagmulan ({ $language })
admin-tr-translation-in = Salin ({ $language })
admin-tr-text-label = { $field } sa { $language }
admin-tr-save = I-save ang salin
admin-tr-preview = Silipin
admin-tr-review-hint = Kung tama na ang salin, markahan itong nasuri nang hindi na ito tina-type muli.
admin-tr-review = Markahang nasuri
admin-tr-reviewed-by = ni { $who } noong { $date }
admin-tr-error-source-locale = Nakasulat ang teksto sa wikang ito: ito ang pinagmulan, hindi salin.
admin-tr-error-empty = I-type ang salin bago mag-save.
admin-tr-error-too-long = Masyadong mahaba ang salin. Gumamit ng hanggang { $max } na karakter.
admin-tr-error-marker = Ang markang “[changing:{ $marker }]” ay hindi isa sa mga nagbabagong impormasyon ng gabay na ito. Kopyahin ang mga marka mula sa pinagmulan.
admin-tr-error-source-changed = Nagbago ang pinagmulang teksto habang nagsasalin ka. Tingnan ang bagong pinagmulan: naitabi sa ibaba ang iyong teksto.
admin-tr-error-invalid = Hindi mai-save ang salin na ito nang ganito. Suriin ito at subukang muli.
admin-tr-error-nothing-to-review = Wala pang salin sa wikang ito na masusuri.

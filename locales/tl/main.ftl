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

## Mga offline na bundle. Makinang salin, hindi pa nasusuri ng tao.

offline-use = Gamitin nang offline (para sa mga promotora)
offline-title = Vecino offline
offline-intro = Itago sa teleponong ito ang mga serbisyo at gabay ng inyong rehiyon. Kapag na-download at nasuri na, gumagana sila kahit walang signal.
offline-language = Wika
offline-languages = Mga wikang itatago
offline-region = Rehiyon
offline-download = I-download at suriin
offline-downloading = Dina-download at sinusuri…
offline-progress = { $done } sa { $total }
offline-choose-language = Pumili ng kahit isang wika.
offline-no-bundles = Wala pang offline na bundle na nailathala rito.
offline-no-key = Wala pang susi sa pagpirma ng bundle ang server na ito, kaya walang masusuri.
offline-network-error = Walang koneksyon sa server. Mananatili ang nasa teleponong ito.
offline-verified = Nasuri: ang pirma at bawat file.
offline-held = Release { $seq } ng { $region }, inilabas noong { $date }.
offline-stale = Lampas na sa petsa ng bisa ang bundle na ito ({ $date }). Maaaring luma na ang ilang impormasyon: i-update kapag may signal.
offline-update = Tingnan kung may update
offline-up-to-date = Nasa inyo na ang pinakabagong release.
offline-updated = Na-update sa release { $seq }.
offline-rollback = Tinanggihan: mas luma ang release { $seq } kaysa sa release { $held } na nakita na sa teleponong ito. Maaaring may nagbabalik ng lumang impormasyon.
offline-conflict = Babala: dalawang magkaibang bundle ang nagsasabing sila ang release { $seq }. Walang binago. Sabihan ang mga naglalathala ng direktoryong ito.
offline-rejected = Tinanggihan: hindi pumasa sa pagsusuri ang bundle na ito ({ $reason }). Walang naitago.
offline-reason-signature = hindi ito pinirmahan ng susi ng direktoryong ito
offline-reason-revoked = binawi na ang susi nitong pampirma
offline-reason-damaged = may file na binago, pinutol o pinalitan
offline-reason-format = hindi ito bundle na nababasa ng app na ito
offline-reason-base = hindi sumusunod ang update sa release na nasa teleponong ito
offline-share = Ibahagi ang bundle na ito
offline-import = Tumanggap ng bundle mula sa ibang telepono
offline-import-label = File ng bundle (.vecino)
offline-imported = Natanggap at nasuri: release { $seq } ng { $region }.
offline-search-label = Maghanap sa teleponong ito
offline-search-button = Hanapin
offline-search-unavailable = Hindi pa makapaghanap sa teleponong ito. Tingnan na lang ang mga listahan.
offline-results = Mga resulta
offline-no-results = Walang nahanap.
offline-listings = Mga serbisyo
offline-guides = Mga gabay
offline-back = Bumalik
offline-phones = Telepono
offline-address = Address
offline-hours = Oras
offline-website = Website
offline-sources = Mga pinagmulan
offline-verified-on = Na-verify noong { $date }
offline-reviewed-on = Nirepaso noong { $date }
offline-fact-as-of = Noong { $date }
offline-in-language = Ipinapakita sa { $language }: wala sa inyong wika.
offline-not-found = Wala sa bundle na ito.
offline-remove = Alisin sa teleponong ito
offline-privacy = Nananatili ang lahat sa teleponong ito. Hindi ipinapadala kahit saan ang hinahanap ninyo.
offline-spoken = Mga wikang ginagamit
offline-delta-refused = Hindi pumasa sa pagsusuri ang file ng update, kaya na-download at nasuri ang buong release.
offline-events = Mga kaganapan
offline-reason-region = release ito ng ibang rehiyon
offline-skip = Lumaktaw sa nilalaman

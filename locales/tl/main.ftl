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

## Editor: mga listahan, gabay, kaganapan, lugar, ulat at account (/admin). Makinang pagsasalin, hindi pa nasusuri ng tao.

error-invalid-record = Hindi wasto ang field na “{ $field }”: { $reason }
    .title = Hindi na-save
admin-back-home = Bumalik sa home ng staff
admin-save = I-save
admin-saved = Na-save. Isasama ng paghahanap at ng susunod na bundle ang pagbabago.
admin-form-has-errors = Walang na-save. Pakiayos ang mga field na may marka sa ibaba.
admin-view-public = Tingnan ang pampublikong pahina
admin-delete = Burahin
admin-delete-question = Burahin ang “{ $name }”? Hindi na ito maibabalik.
admin-delete-confirm = Oo, burahin
admin-cancel = Kanselahin
admin-none = Wala
admin-organizations = Mga organisasyon
admin-guides = Mga gabay
admin-events = Mga kaganapan
admin-service = Serbisyo
admin-places = Mga lugar at oras
admin-add-place = Magdagdag ng lugar
admin-new-organization = Bagong organisasyon
admin-new-service = Bagong serbisyo
admin-new-guide = Bagong gabay
admin-new-event = Bagong kaganapan
admin-edit-organization = I-edit ang organisasyon: { $name }
admin-edit-service = I-edit ang serbisyo: { $name }
admin-edit-guide = I-edit ang gabay: { $name }
admin-edit-event = I-edit ang kaganapan: { $name }
admin-new-place = Bagong lugar para sa { $name }
admin-edit-place = Lugar ng { $name }
admin-field-language = Wikang ginamit sa pagsulat
admin-field-name = Pangalan
admin-field-slug = Pangalan sa web address
admin-field-description = Paglalarawan
admin-field-url = Website
admin-field-email = Email
admin-field-phones = Mga numero ng telepono
admin-field-sources = Mga pinagmulan
admin-field-organization = Organisasyon
admin-field-status = Katayuan
admin-field-topics = Mga paksa
admin-field-accreditation = Akreditasyong legal
admin-field-free = Libre
admin-field-languages = Mga wikang inaalok
admin-field-timezone = Time zone
admin-field-hours = Oras
admin-field-title = Pamagat
admin-field-summary = Buod
admin-field-body = Teksto
admin-field-reviewed_at = Sinuri laban sa mga pinagmulan noong
admin-field-facts = Mga impormasyong nagbabago
admin-field-starts = Magsisimula
admin-field-ends = Magtatapos
admin-field-event_languages = Mga wika ng kaganapan
admin-field-place_name = Pangalan ng lugar
admin-field-place_slug = Pangalan ng lugar sa web address
admin-field-address_1 = Address
admin-field-city = Lungsod
admin-field-state_province = Estado
admin-field-postal_code = ZIP code
admin-field-country = Bansa
admin-field-latitude = Latitude
admin-field-longitude = Longitude
admin-field-precision = Gaano katumpak ang punto
admin-field-accessibility = Accessibility
admin-field-role = Tungkulin
admin-field-organizations = Mga organisasyon (editor)
admin-field-locales = Mga wika (tagasalin)
admin-hint-slug = Maliliit na titik, numero at gitling. Iwanang blangko para gawin mula sa pangalan.
admin-hint-country = Dalawang-titik na code ng bansa, halimbawa US.
admin-hint-timezone = IANA time zone, halimbawa America/Los_Angeles o America/New_York.
admin-hint-phones = Isang numero bawat linya.
admin-hint-sources = Isa bawat linya: pamagat | web address. Bawat listahan ay may kahit isang pinagmulan.
admin-hint-languages = Isa bawat linya: code ng wika at paraan, halimbawa “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = Isang tuntunin bawat linya, mga araw sa Ingles: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. Ibang petsa: “2026-12-25 closed Pasko” o “2026-12-24 09:00-12:00”. Iwanang blangko kung hindi alam ang oras.
admin-hint-markdown = Markdown. Markahan ang impormasyong nagbabago ng [changing:id-nito] at ilista ito sa ibaba.
admin-hint-facts = Isa bawat linya: id | petsang totoo ito | web address para suriin, halimbawa “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = Mga code ng wika na hinihiwalay ng kuwit, halimbawa “es, en”.
admin-hint-written-in = Nakasulat sa { $language }. Kapag binago, mamarkahang luma ang mga salin nito.
admin-hint-source-text = Isulat ito sa wikang pinili sa itaas; dito magsisimula ang mga tagasalin.
admin-hint-password = Hindi bababa sa { $min } na karakter. Ibigay ito nang pribado sa tao.
admin-hint-organizations = Mga pangalan ng organisasyon sa web address, hinihiwalay ng kuwit.
admin-hint-locales = Mga code ng wika na hinihiwalay ng kuwit, halimbawa “es, vi”.
admin-precision-exact = Ang mismong gusali
admin-precision-city = Ang lungsod lamang
admin-feature-wheelchair-accessible = Madaanan ng wheelchair
admin-feature-accessible-restroom = Accessible na banyo
admin-feature-hearing-loop = Hearing loop
admin-feature-sign-language = Sign language
admin-feature-braille = Braille
admin-feature-large-print = Malalaking titik
admin-feature-accessible-parking = Accessible na paradahan
admin-feature-near-public-transit = Malapit sa pampublikong sasakyan
admin-free-unknown = Hindi alam
admin-free-yes = Oo, sinasabi ng isang pinagmulan na libre ito
admin-free-no = Hindi
admin-status-active = Aktibo
admin-status-inactive = Nakahinto
admin-status-defunct = Sarado na nang tuluyan
admin-error-invalid = Hindi wasto ang halagang ito.
admin-error-required = Kailangan ang field na ito.
admin-error-line = Linya { $line }: { $problem }
admin-error-slug = Gumamit ng maliliit na titik, numero at iisang gitling (halimbawa “legal-aid-clinic”).
admin-error-slug-taken = May ibang tala nang gumagamit ng pangalang ito sa web address.
admin-error-phone = hindi numero ng telepono.
admin-error-coordinates = Ibigay ang latitude at longitude bilang mga wastong numero, halimbawa 37.34 at -121.89.
admin-error-timezone = Hindi namin kilala ang time zone na ito. Gumamit ng pangalang tulad ng America/Los_Angeles.
admin-error-sources = Magbigay ng kahit isang pinagmulan.
admin-error-source-line = isulat bilang “pamagat | https://…”.
admin-error-language-line = isulat ang code ng wika at kung paano ito inaalok, halimbawa “es bilingual-staff”.
admin-error-fact-line = isulat bilang “id | 2026-01-15 | https://…”.
admin-error-schedule-day = hindi araw (mon … sun, mon-fri, sat,sun, daily) o petsa (2026-12-25).
admin-error-schedule-hours = ang oras ay dapat gaya ng 09:00-17:00 (ilan, hinihiwalay ng kuwit), o “closed” pagkatapos ng petsa.
admin-error-exceptions = May dalawang linyang nagbibigay ng oras para sa parehong petsa.
admin-error-email = Hindi ito email address.
admin-error-url = Hindi ito web address (https://…).
admin-error-locale = Hindi namin kilala ang code ng wikang ito.
admin-error-topics = Pumili ng kahit isang paksa.
admin-error-accreditation = Ang akreditasyong legal ay para lamang sa serbisyong legal: pumili rin ng paksang legal.
admin-error-ends-at = Hindi maaaring matapos ang kaganapan bago ito magsimula.
admin-error-body = May markang [changing:…] ang teksto na wala sa “Mga impormasyong nagbabago”.
admin-error-address = Kailangan ng address ang lungsod at dalawang-titik na code ng bansa.
admin-error-country = Gumamit ng dalawang-titik na code ng bansa, halimbawa US.
admin-error-text = Hindi maaaring blangko ang tekstong ito.
admin-error-organization = Pumili ng isa sa iyong mga organisasyon.
admin-error-date = Magbigay ng petsa.
admin-error-datetime = Magbigay ng petsa at oras.
admin-error-in-use = Hindi ito mabubura habang may mga serbisyo o kaganapan pa ito.
admin-error-unknown-organization = Walang organisasyong may pangalang “{ $slug }”.
admin-error-organizations = Kailangan ng editor ng kahit isang organisasyon.
admin-error-locales = Kailangan ng tagasalin ng kahit isang wika.
admin-error-role = Pumili ng tungkulin na may angkop na saklaw.
admin-error-password = Kailangan ng password ng hindi bababa sa { $min } na karakter.
admin-error-email-taken = May ibang account nang gumagamit ng email na ito.
admin-reports = Mga ulat ng problema
admin-reports-waiting = Mga ulat ng problemang naghihintay: { $count }
admin-reports-none = Walang naghihintay na ulat.
admin-report-listing-gone = isang listahang wala na
admin-report-contact = Paano sila makakausap
admin-edit-listing = I-edit ang listahan
admin-report-note = Tala (ang ginawa mo)
admin-report-resolve = Nalutas
admin-report-dismiss = Balewalain
admin-accounts = Mga account ng staff
admin-accounts-list = Mga account
admin-account-add = Magdagdag ng account
admin-account-disabled = hindi pinagana noong { $date }
admin-account-disable = Huwag paganahin ang account na ito
admin-audit-change = Pagbabago
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

# Vecino: tèks entèfas la an kreyòl ayisyen. Referans: locales/en/main.ftl.
# Pa tradui sa ki ant { $akolad }.

## Non lang yo

language-self-name = Kreyòl ayisyen
language-english-name = Haitian Creole

## Erè

error-not-found = Nou pa jwenn paj oswa bagay ou t ap chèche a.
    .title = Nou pa jwenn li
error-guide-not-found = Pa gen okenn gid nan adrès “{ $slug }” la.
    .title = Nou pa jwenn gid la
error-service-not-found = Pa gen okenn sèvis ki gen ID “{ $id }”.
    .title = Nou pa jwenn sèvis la
error-organization-not-found = Pa gen okenn òganizasyon ki gen ID “{ $id }”.
    .title = Nou pa jwenn òganizasyon an
error-invalid-id = “{ $value }” se pa yon ID ki valab.
    .title = ID ki pa valab
error-invalid-locale = “{ $value }” se pa yon kòd lang nou rekonèt; tanpri sèvi ak yon kòd tankou “es” oswa “zh-Hant”.
    .title = Kòd lang nou pa konnen
error-invalid-parameter = Valè “{ $value }” a pa valab pou “{ $name }”.
    .title = Valè ki pa valab
error-method-not-allowed = Adrès sa a pa aksepte kalite demann sa a.
    .title = Demann sa a pa pèmèt
error-internal = Nou regrèt sa, gen yon bagay ki mal pase bò kote nou; tanpri eseye ankò pita.
    .title = Gen yon bagay ki mal pase
error-conflict = Yon lòt moun chanje sa a an menm tan; tanpri rechaje li epi eseye ankò.
    .title = Yon lòt moun chanje li

## Ki kote yon tèks soti

provenance-original = Tèks orijinal.
provenance-human = Se yon moun ki tradui li.
provenance-machine = Tradiksyon machin — okenn moun poko revize li.
provenance-imported = Yo enpòte li soti nan yon lòt anyè.
translation-stale = Tèks orijinal la chanje apre yo te fin tradui sa a; li ka pa ajou.
fallback-notice = Sa a poko disponib an { $requested }, se poutèt sa nou montre li an { $shown }.

## Sijè yo

topic-know-your-rights = Konnen dwa ou
topic-daca = DACA
topic-citizenship = Sitwayènte
topic-id-card = Kat idantite
topic-legal-aid = Èd legal
topic-immigration-fraud = Fwod imigrasyon
topic-health = Sante
topic-education = Edikasyon
topic-youth = Jèn yo
topic-parents = Paran ak fanmi
topic-employment = Travay ak anplwa
topic-housing = Lojman
topic-food = Manje
topic-language-classes = Kou lang
topic-language-access = Entèprèt ak tradiksyon
topic-safety = Sekirite
topic-policing = Lapolis
topic-emergency-preparedness = Preparasyon pou ijans
topic-driving = Kondi machin
topic-consular-services = Sèvis konsila
topic-civic-engagement = Patisipasyon sivik
topic-information-and-referral = Enfòmasyon ak referans

## Kategori Welcoming Standard yo (Welcoming America)

welcoming-government-leadership = Lidèchip gouvènman an
welcoming-civic-engagement = Patisipasyon sivik
welcoming-equitable-access = Aksè ekitab
welcoming-education = Edikasyon
welcoming-connected-communities = Kominote ki konekte
welcoming-economic-development = Devlopman ekonomik
welcoming-safe-communities = Kominote ki an sekirite

## Ki moun ki ka bay konsèy legal sou imigrasyon

accreditation-doj-recognized-organization = Òganizasyon DOJ rekonèt
    .explanation = Yon òganizasyon san bi likratif ke Depatman Jistis Etazini pèmèt bay èd legal sou imigrasyon; notè (notario) ak “konsiltan imigrasyon” pa gen dwa fè sa.
accreditation-accredited-representative = Reprezantan akredite
    .explanation = Yon moun nan yon òganizasyon rekonèt ke Depatman Jistis Etazini pèmèt bay konsèy legal sou imigrasyon; notè (notario) pa gen dwa fè sa.
accreditation-licensed-attorney = Avoka ki gen lisans
    .explanation = Yon avoka ki gen lisans nan yon eta Ozetazini ka bay konsèy legal sou imigrasyon; Ozetazini, yon notè (notario) se pa yon avoka.

## Kijan yon sèvis ofri yon lang

language-how-bilingual-staff = Anplwaye yo pale lang sa a
language-how-interpreter = Gen entèprèt disponib
language-how-phone-line = Èd nan telefòn nan lang sa a
language-how-written-material = Dokiman ekri nan lang sa a

## Enfòmasyon ki chanje souvan

changing-fact-notice = Enfòmasyon sa a chanje souvan. Dènye verifikasyon: { $date }. Verifye sous ofisyèl la anvan ou aji.

error-empty-query = Tape yon mo oswa de pou w chèche.
    .title = Rechèch la vid
error-query-too-long = Rechèch sa a twò long. Sèvi ak { $max } karaktè pou pi plis.
    .title = Rechèch la twò long

## Web pages

site-name = Vecino
site-tagline = Èd pou vwazen imigran yo, nan lang ou.
skip-to-content = Ale nan kontni prensipal la
nav-home = Akèy
language-picker = Chwazi lang ou
footer-privacy = Vecino pa itilize cookie epi li pa swiv ou.
search-label = Chèche èd
search-hint = Pa egzanp: avoka, DACA, kat idantite, klinik
search-button = Chèche
search-title = Rezilta rechèch
search-count = Rezilta: { $count }
search-none = Nou pa jwenn anyen. Eseye lòt mo oswa mwens filtè.
search-error-near = Ekri yon kote ak latitid ak lonjitid, pa egzanp 37.34, -121.89.
home-topics = Jwenn èd pa sijè
home-guides = Gid
home-events = Evènman k ap vini
home-no-events = Poko gen evènman k ap vini.
event-when = Kilè:
event-where = Ki kote:
services-title = Sèvis
topic-search = Chèche sijè sa a
kind-service = Sèvis
kind-guide = Gid
kind-organization = Òganizasyon
kind-event = Evènman
filters-title = Filtè
filter-kind = Kalite
filter-topic = Sijè
filter-more = Montre sèlman
filter-accredited = Èd legal ki akredite
filter-free = Gratis
filter-open-now = Louvri kounye a
filter-language = Ofri nan
filter-any = Nenpòt lang
filter-near = Toupre (latitid, lonjitid)
filter-near-hint = Rezilta yo montre distans yo ak kote sa a.
filter-locate = Sèvi ak kote mwen ye a
filter-apply = Aplike filtè yo
distance-km = { $km } km lwen
pages-label = Plis rezilta
page-next = Paj swivan
page-previous = Paj anvan

## Listings

organization-label = Se yo ki ofri l:
open-now = Louvri kounye a
closed-now = Fèmen kounye a
hours-unknown = Nou pa konnen lè yo louvri. Rele oswa gade sit entènèt la anvan ou ale.
hours-title = Lè louvri
hours-timezone = Lè yo se lè lokal ({ $zone }).
weekday-monday = Lendi
weekday-tuesday = Madi
weekday-wednesday = Mèkredi
weekday-thursday = Jedi
weekday-friday = Vandredi
weekday-saturday = Samdi
weekday-sunday = Dimanch
languages-title = Lang
accreditation-none-legal = Nou pa gen prèv sèvis sa a gen dwa bay konsèy legal sou imigrasyon. Mande wè prèv akreditasyon an anvan ou peye oswa siyen anyen.
verified-on = Yon moun te verifye l nan dat { $date }.
not-verified = Okenn moun poko verifye l.
sources-title = Sous
contact-title = Kontak
website = Sit entènèt
phone = Telefòn
email = Imèl
guide-reviewed = Revize nan dat { $date }.
changing-intro = Gen kèk enfòmasyon sou paj sa a ki chanje souvan. Yo make ak dat dènye verifikasyon an.
print-button = Enprime
print-card = Kat pòch pou enprime
card-back = Retounen nan gid la
qr-label = Kòd QR adrès paj sa a
qr-caption = Eskane kòd sa a pou louvri paj la sou telefòn ou.

## Report a problem

report-title = Rapòte yon pwoblèm
report-intro = Gen yon bagay ki pa bon oswa ki fin vye? Di nou epi yon moun ap verifye l.
report-kind = Kisa ki pa bon?
report-kind-closed = Li fèmen
report-kind-hours = Lè yo pa bon
report-kind-contact = Telefòn, adrès oswa sit entènèt la pa bon
report-kind-information = Lòt enfòmasyon pa bon
report-kind-other = Lòt bagay
report-details = Kisa nou dwe konnen?
report-contact = Imèl oswa telefòn ou (si ou vle, sèlman si ou vle yon repons)
report-privacy = Pa ekri enfòmasyon prive tankou estati imigrasyon ou.
report-send = Voye rapò a
form-errors = Tanpri korije chan ki make yo.
report-error-kind = Chwazi kisa ki pa bon.
report-error-details = Ekri omwen { $min } karaktè.
report-error-too-long = Li twò long: pa plis pase { $max } karaktè.
report-thanks-title = Mèsi
report-thanks = Mèsi. Yon moun ap verifye rapò ou.
report-back = Retounen nan sèvis la

## Kiosk

kiosk-start-over = Rekòmanse
kiosk-idle-title = Ou la toujou?
kiosk-idle-body = Pou pwoteje vi prive ou, ekran sa a pral rekòmanse talè.
kiosk-idle-continue = Mwen la toujou
kiosk-external = Isit la, adrès entènèt yo parèt kòm tèks sèlman: louvri yo pita sou pwòp telefòn oswa òdinatè ou.

## Paj pou anplwaye yo (/admin). Tradiksyon machin, yon moun poko revize l.

error-unauthorized = Konekte, oswa voye yon token API ki valab.
    .title = Ou pa konekte
error-forbidden = Kont ou pa gen dwa fè sa.
    .title = Pa pèmèt
error-csrf = Fòm sa a ekspire oswa li pa soti nan sit sa a. Retounen, rechaje paj la epi eseye ankò.
    .title = Fòm nan ekspire
error-token-name = Bay token an yon non ki gen 1 a 100 karaktè.
    .title = Non an manke
admin-title = Anplwaye
admin-cookie-notice = Paj anplwaye yo itilize yon sèl cookie, sèlman pou kenbe ou konekte.
admin-login-title = Koneksyon anplwaye
admin-login-intro = Pou moun ki kenbe anyè sa a ajou. Rezidan yo pa janm bezwen yon kont.
admin-email = Imèl
admin-password = Modpas
admin-login-button = Konekte
admin-login-failed = Imèl la oswa modpas la pa bon.
admin-login-too-many = Twòp tantativ ki echwe. Kantite minit pou tann anvan ou eseye ankò: { $minutes }.
admin-logout = Dekonekte
admin-signed-in-as = Konekte kòm { $email } ({ $role }).
admin-role-admin = administratè
admin-role-editor = editè
admin-role-translator = tradiktè
admin-may-edit = Lis ou ka modifye
admin-may-edit-all = Ou ka modifye tout lis yo.
admin-may-translate = Lang ou ka tradui ladan yo: { $locales }
admin-verified = Verifye { $date }
admin-not-verified = Poko verifye
admin-verify = Make kòm verifye
admin-tokens = Token API
admin-token-name = Pou kisa token sa a ye?
admin-token-create = Kreye token
admin-token-created = Kopye token sa a kounye a. Yo p ap montre l ankò.
admin-token-revoke = Revoke
admin-token-revoked = revoke
admin-audit = Jounal odit
admin-audit-when = Kilè
admin-audit-who = Kiyès
admin-audit-what = Kisa
admin-audit-record = Dosye

## Editè: fich, gid, evènman, kote, rapò ak kont (/admin). Tradiksyon otomatik, poko revize pa yon moun.

error-invalid-record = Chan “{ $field }” la pa valab: { $reason }
    .title = Pa anrejistre
admin-back-home = Retounen nan paj akèy anplwaye yo
admin-save = Anrejistre
admin-saved = Anrejistre. Rechèch la ak pwochen pake a ap gen chanjman an.
admin-form-has-errors = Anyen pa anrejistre. Tanpri korije chan ki make anba yo.
admin-view-public = Gade paj piblik la
admin-delete = Efase
admin-delete-question = Efase “{ $name }”? Ou pa p ka defèt sa.
admin-delete-confirm = Wi, efase l
admin-cancel = Anile
admin-none = Okenn
admin-organizations = Òganizasyon
admin-guides = Gid
admin-events = Evènman
admin-service = Sèvis
admin-places = Kote ak lè
admin-add-place = Ajoute yon kote
admin-new-organization = Nouvo òganizasyon
admin-new-service = Nouvo sèvis
admin-new-guide = Nouvo gid
admin-new-event = Nouvo evènman
admin-edit-organization = Modifye òganizasyon: { $name }
admin-edit-service = Modifye sèvis: { $name }
admin-edit-guide = Modifye gid: { $name }
admin-edit-event = Modifye evènman: { $name }
admin-new-place = Nouvo kote pou { $name }
admin-edit-place = Kote { $name }
admin-field-language = Lang li ekri ladan l
admin-field-name = Non
admin-field-slug = Non nan adrès web la
admin-field-description = Deskripsyon
admin-field-url = Sit wèb
admin-field-email = Imèl
admin-field-phones = Nimewo telefòn
admin-field-sources = Sous
admin-field-organization = Òganizasyon
admin-field-status = Eta
admin-field-topics = Sijè
admin-field-accreditation = Akreditasyon legal
admin-field-free = Gratis
admin-field-languages = Lang yo ofri
admin-field-timezone = Zòn orè
admin-field-hours = Lè
admin-field-title = Tit
admin-field-summary = Rezime
admin-field-body = Tèks
admin-field-reviewed_at = Verifye ak sous yo nan dat
admin-field-facts = Enfòmasyon ki chanje
admin-field-starts = Kòmanse
admin-field-ends = Fini
admin-field-event_languages = Lang evènman an
admin-field-place_name = Non kote a
admin-field-place_slug = Non kote a nan adrès web la
admin-field-address_1 = Adrès
admin-field-city = Vil
admin-field-state_province = Eta
admin-field-postal_code = Kòd postal
admin-field-country = Peyi
admin-field-latitude = Latitid
admin-field-longitude = Lonjitid
admin-field-precision = Ki jan pwen an egzak
admin-field-accessibility = Aksè
admin-field-role = Wòl
admin-field-organizations = Òganizasyon (editè)
admin-field-locales = Lang (tradiktè)
admin-hint-slug = Lèt miniskil, chif ak tirè. Kite l vid pou fè l ak non an.
admin-hint-country = Kòd peyi de lèt, pa egzanp US.
admin-hint-timezone = Zòn orè IANA, pa egzanp America/Los_Angeles oswa America/New_York.
admin-hint-phones = Yon nimewo pa liy.
admin-hint-sources = Youn pa liy: tit | adrès web. Chak fich site omwen yon sous.
admin-hint-languages = Youn pa liy: kòd lang ak fason, pa egzanp “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = Yon règ pa liy, jou yo an angle: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. Dat ki diferan: “2026-12-25 closed Nwèl” oswa “2026-12-24 09:00-12:00”. Kite l vid si yo pa konnen lè yo.
admin-hint-markdown = Markdown. Make yon enfòmasyon ki chanje ak [changing:id-li] epi mete l nan lis anba a.
admin-hint-facts = Youn pa liy: id | dat li te vre | adrès web pou verifye l, pa egzanp “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = Kòd lang separe ak vigil, pa egzanp “es, en”.
admin-hint-written-in = Ekri an { $language }. Si ou chanje l, tradiksyon li yo ap make kòm pase dat.
admin-hint-source-text = Ekri l nan lang ou chwazi anlè a; tradiktè yo travay apati tèks sa a.
admin-hint-password = Omwen { $min } karaktè. Bay moun nan li an prive.
admin-hint-organizations = Non òganizasyon nan adrès web, separe ak vigil.
admin-hint-locales = Kòd lang separe ak vigil, pa egzanp “es, vi”.
admin-precision-exact = Bilding lan menm
admin-precision-city = Sèlman vil la
admin-feature-wheelchair-accessible = Aksesib pou chèz woulant
admin-feature-accessible-restroom = Twalèt aksesib
admin-feature-hearing-loop = Bouk pou tande
admin-feature-sign-language = Lang siy
admin-feature-braille = Bray
admin-feature-large-print = Gwo lèt
admin-feature-accessible-parking = Pakin aksesib
admin-feature-near-public-transit = Toupre transpò piblik
admin-free-unknown = Nou pa konnen
admin-free-yes = Wi, yon sous di li gratis
admin-free-no = Non
admin-status-active = Aktif
admin-status-inactive = An pòz
admin-status-defunct = Fèmen nèt
admin-error-invalid = Valè sa a pa valab.
admin-error-required = Chan sa a obligatwa.
admin-error-line = Liy { $line }: { $problem }
admin-error-slug = Sèvi ak lèt miniskil, chif ak yon sèl tirè (pa egzanp “legal-aid-clinic”).
admin-error-slug-taken = Yon lòt fich deja sèvi ak non sa a nan adrès web la.
admin-error-phone = se pa yon nimewo telefòn.
admin-error-coordinates = Bay latitid ak lonjitid kòm nimewo valab, pa egzanp 37.34 ak -121.89.
admin-error-timezone = Nou pa konnen zòn orè sa a. Sèvi ak yon non tankou America/Los_Angeles.
admin-error-sources = Bay omwen yon sous.
admin-error-source-line = ekri l konsa “tit | https://…”.
admin-error-language-line = ekri yon kòd lang ak fason yo ofri l, pa egzanp “es bilingual-staff”.
admin-error-fact-line = ekri l konsa “id | 2026-01-15 | https://…”.
admin-error-schedule-day = se pa yon jou (mon … sun, mon-fri, sat,sun, daily) ni yon dat (2026-12-25).
admin-error-schedule-hours = lè yo dwe sanble ak 09:00-17:00 (plizyè separe ak vigil), oswa “closed” apre yon dat.
admin-error-exceptions = De liy bay lè pou menm dat la.
admin-error-email = Sa a se pa yon adrès imèl.
admin-error-url = Sa a se pa yon adrès web (https://…).
admin-error-locale = Nou pa rekonèt kòd lang sa a.
admin-error-topics = Chwazi omwen yon sijè.
admin-error-accreditation = Akreditasyon legal se sèlman pou yon sèvis legal: chwazi yon sijè legal tou.
admin-error-ends-at = Yon evènman pa ka fini anvan li kòmanse.
admin-error-body = Tèks la make yon enfòmasyon [changing:…] ki pa nan “Enfòmasyon ki chanje”.
admin-error-address = Adrès la bezwen yon vil ak yon kòd peyi de lèt.
admin-error-country = Sèvi ak yon kòd peyi de lèt, pa egzanp US.
admin-error-text = Tèks sa a pa ka vid.
admin-error-organization = Chwazi youn nan òganizasyon ou yo.
admin-error-date = Bay yon dat.
admin-error-datetime = Bay yon dat ak yon lè.
admin-error-in-use = Ou pa ka efase l pandan li toujou gen sèvis oswa evènman.
admin-error-unknown-organization = Pa gen okenn òganizasyon ki rele “{ $slug }”.
admin-error-organizations = Yon editè bezwen omwen yon òganizasyon.
admin-error-locales = Yon tradiktè bezwen omwen yon lang.
admin-error-role = Chwazi yon wòl, ak yon dimansyon ki mache avè l.
admin-error-password = Modpas la bezwen omwen { $min } karaktè.
admin-error-email-taken = Yon lòt kont deja sèvi ak imèl sa a.
admin-reports = Rapò pwoblèm
admin-reports-waiting = Rapò pwoblèm k ap tann: { $count }
admin-reports-none = Pa gen okenn rapò k ap tann.
admin-report-listing-gone = yon fich ki pa egziste ankò
admin-report-contact = Kijan pou kontakte yo
admin-edit-listing = Modifye fich la
admin-report-note = Nòt (sa ou fè)
admin-report-resolve = Rezoud
admin-report-dismiss = Rejte
admin-accounts = Kont anplwaye yo
admin-accounts-list = Kont
admin-account-add = Ajoute yon kont
admin-account-disabled = dezaktive { $date }
admin-account-disable = Dezaktive kont sa a
admin-audit-change = Chanjman
## Pakè san entènèt. Tradiksyon machin, yon moun poko revize l.

offline-use = Sèvi ak li san entènèt (pou pwomotè sante)
offline-title = Vecino san entènèt
offline-intro = Kenbe sèvis ak gid rejyon w lan sou telefòn sa a. Lè yo fin telechaje epi verifye, yo mache menm san siyal.
offline-language = Lang
offline-languages = Lang pou kenbe
offline-region = Rejyon
offline-download = Telechaje epi verifye
offline-downloading = N ap telechaje epi verifye…
offline-progress = { $done } sou { $total }
offline-choose-language = Chwazi omwen yon lang.
offline-no-bundles = Poko gen okenn pakè san entènèt ki pibliye isit la.
offline-no-key = Sèvè sa a poko gen kle pou siyen pakè, kidonk anyen pa ka verifye.
offline-network-error = Pa gen koneksyon ak sèvè a. Sa ki sou telefòn sa a rete la.
offline-verified = Verifye: siyati a ak chak fichye.
offline-held = Vèsyon { $seq } pou { $region }, pibliye { $date }.
offline-stale = Pakè sa a depase dat li ekspire ({ $date }). Gen enfòmasyon ki ka pa ajou: mete l ajou lè w gen siyal.
offline-update = Chèche mizajou
offline-up-to-date = Ou gen dènye vèsyon an.
offline-updated = Mete ajou nan vèsyon { $seq }.
offline-rollback = Refize: vèsyon { $seq } pi ansyen pase vèsyon { $held } telefòn sa a te deja wè. Yon moun ka ap eseye remete vye enfòmasyon.
offline-conflict = Atansyon: de pakè diferan di yo se vèsyon { $seq }. Anyen pa chanje. Di moun ki pibliye anyè sa a.
offline-rejected = Refize: pakè sa a pa pase verifikasyon an ({ $reason }). Anyen pa anrejistre.
offline-reason-signature = li pa siyen ak kle anyè sa a
offline-reason-revoked = kle ki te siyen l lan te revoke
offline-reason-damaged = yon fichye te chanje, koupe oswa ranplase
offline-reason-format = se pa yon pakè aplikasyon sa a ka li
offline-reason-base = mizajou a pa swiv vèsyon ki sou telefòn sa a
offline-share = Pataje pakè sa a
offline-import = Resevwa yon pakè nan yon lòt telefòn
offline-import-label = Fichye pakè (.vecino)
offline-imported = Resevwa epi verifye: vèsyon { $seq } pou { $region }.
offline-search-label = Chèche sou telefòn sa a
offline-search-button = Chèche
offline-search-unavailable = Rechèch poko disponib sou telefòn sa a. Gade lis yo pito.
offline-results = Rezilta
offline-no-results = Pa jwenn anyen.
offline-listings = Sèvis
offline-guides = Gid
offline-back = Retounen
offline-phones = Telefòn
offline-address = Adrès
offline-hours = Lè louvri
offline-website = Sit entènèt
offline-sources = Sous
offline-verified-on = Verifye { $date }
offline-reviewed-on = Revize { $date }
offline-fact-as-of = Jiska { $date }
offline-in-language = Montre an { $language }: li pa disponib nan lang ou.
offline-not-found = Li pa nan pakè sa a.
offline-remove = Retire l sou telefòn sa a
offline-privacy = Tout bagay rete sou telefòn sa a. Sa w chèche pa voye okenn kote.
offline-spoken = Lang yo pale
offline-delta-refused = Fichye mizajou a pa pase verifikasyon an, kidonk tout vèsyon an telechaje epi verifye.
offline-events = Evènman
offline-reason-region = se vèsyon yon lòt rejyon
offline-skip = Ale nan kontni an

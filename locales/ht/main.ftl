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

## Tradiksyon (/admin/…/translations): the translation workflow. Tradiksyon machin, yon moun poko revize l.

admin-tr-link = Tradiksyon
admin-tr-title = Tradiksyon
admin-tr-intro = Pou chak lang: konbyen tèks ki manke, ki pa ajou (tèks sous la chanje apre yo te tradui l), ki tradui pa machin epi poko revize, ki enpòte, oswa ke yon moun tradui.
admin-tr-locales = Lang yo ak eta tradiksyon yo
admin-tr-language = Lang
admin-tr-kind-service = Sèvis
admin-tr-kind-organization = Òganizasyon
admin-tr-kind-guide = Gid
admin-tr-kind-event = Evènman
admin-tr-field-name = Non
admin-tr-field-description = Deskripsyon
admin-tr-field-title = Tit
admin-tr-field-summary = Rezime
admin-tr-field-body = Tèks (Markdown)
admin-tr-state-missing = Manke
admin-tr-state-stale = Pa ajou
admin-tr-state-machine = Machin
admin-tr-state-imported = Enpòte
admin-tr-state-human = Moun
admin-tr-list-title = Tradiksyon an { $language }
admin-tr-counts = Kantite
admin-tr-kind = Kalite
admin-tr-texts = Tèks
admin-tr-state = Eta
admin-tr-any = Nenpòt
admin-tr-filter = Filtre
admin-tr-total = Tèks yo jwenn: { $count }
admin-tr-none = Pa gen anyen la a.
admin-tr-record = Fich
admin-tr-field = Chan
admin-tr-source = Lang sous
admin-tr-pages = Paj
admin-tr-prev = Paj anvan
admin-tr-next = Paj apre
admin-tr-page-of = Paj { $page } sou { $pages }
admin-tr-edit-title = Tradui: { $field } an { $language }
admin-tr-saved = Anrejistre.
admin-tr-stale-title = Tèks sous la chanje
admin-tr-stale-since = Tradiksyon sa a te fèt apati yon tèks sous ki pi ansyen. Fich la te chanje dènye fwa { $date }.
admin-tr-stale-diff = Sa ki chanje nan sous la (mo yo retire yo bare, mo nouvo yo souliye):
admin-tr-stale-old = Tèks sous tradiksyon sa a te fèt apati li:
admin-tr-stale-unknown = Yo pa t kenbe ansyen tèks sous la: konpare tradiksyon an ak sous ki anba a.
admin-tr-source-in = Sous ({ $language })
admin-tr-translation-in = Tradiksyon ({ $language })
admin-tr-text-label = { $field } an { $language }
admin-tr-save = Anrejistre tradiksyon an
admin-tr-preview = Apèsi
admin-tr-review-hint = Si tradiksyon an kòrèk jan li ye a, make l revize san w pa bezwen tape l ankò.
admin-tr-review = Make l revize
admin-tr-reviewed-by = pa { $who } { $date }
admin-tr-error-source-locale = Tèks la ekri nan lang sa a: se sous la, se pa yon tradiksyon.
admin-tr-error-empty = Tape tradiksyon an anvan ou anrejistre.
admin-tr-error-too-long = Tradiksyon an twò long. Sèvi ak { $max } karaktè pou pi plis.
admin-tr-error-marker = Mak “[changing:{ $marker }]” la pa youn nan enfòmasyon ki chanje nan gid sa a. Kopye mak yo nan sous la.
admin-tr-error-source-changed = Tèks sous la chanje pandan w t ap tradui. Gade nouvo sous la: tèks ou a rete anba a.
admin-tr-error-invalid = Yo pa ka anrejistre tradiksyon sa a jan li ye a. Verifye l epi eseye ankò.
admin-tr-error-nothing-to-review = Poko gen tradiksyon nan lang sa a pou revize.

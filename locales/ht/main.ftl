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

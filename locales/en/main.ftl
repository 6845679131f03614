# Vecino user-interface strings: English, the reference for every other locale.
# Every locale has exactly these message ids and attributes, and uses exactly the same variables.
# Variables are filled in by the program; never translate what is inside { $braces }.

## Language names

# The language's name in itself, as a language picker shows it.
language-self-name = English
# The language's name in English; keep it in English in every file.
language-english-name = English

## Errors
## The value is a one-sentence explanation; .title is a short heading.

error-not-found = We could not find the page or item you asked for.
    .title = Not found
error-guide-not-found = There is no guide at the address “{ $slug }”.
    .title = Guide not found
error-service-not-found = There is no service with the ID “{ $id }”.
    .title = Service not found
error-organization-not-found = There is no organization with the ID “{ $id }”.
    .title = Organization not found
error-invalid-id = “{ $value }” is not a valid ID.
    .title = Invalid ID
error-invalid-locale = “{ $value }” is not a language code we recognize; use a code such as “es” or “zh-Hant”.
    .title = Unknown language code
error-invalid-parameter = The value “{ $value }” is not valid for “{ $name }”.
    .title = Invalid value
error-method-not-allowed = This address does not accept this kind of request.
    .title = Request not allowed
error-internal = We are sorry, something went wrong on our side; please try again later.
    .title = Something went wrong
error-conflict = Someone else changed this at the same time; please reload it and try again.
    .title = Changed by someone else

## Where a text comes from

provenance-original = Original text.
provenance-human = Translated by a person.
provenance-machine = Machine translation — not yet reviewed by a person.
provenance-imported = Imported from another directory.
translation-stale = The original text changed after this was translated; it may be out of date.
# $requested and $shown are language names, such as “Tiếng Việt” and “English”.
fallback-notice = This is not available in { $requested } yet, so it is shown in { $shown }.

## Topics

topic-know-your-rights = Know your rights
topic-daca = DACA
topic-citizenship = Citizenship
topic-id-card = ID cards
topic-legal-aid = Legal help
topic-immigration-fraud = Immigration scams
topic-health = Health
topic-education = Education
topic-youth = Youth
topic-parents = Parents and families
topic-employment = Jobs and work
topic-housing = Housing
topic-food = Food
topic-language-classes = Language classes
topic-language-access = Interpreters and translation
topic-safety = Safety
topic-policing = Police
topic-emergency-preparedness = Emergency preparedness
topic-driving = Driving
topic-consular-services = Consular services
topic-civic-engagement = Civic engagement
topic-information-and-referral = Information and referral

## Welcoming Standard categories (Welcoming America)

welcoming-government-leadership = Government leadership
welcoming-civic-engagement = Civic engagement
welcoming-equitable-access = Equitable access
welcoming-education = Education
welcoming-connected-communities = Connected communities
welcoming-economic-development = Economic development
welcoming-safe-communities = Safe communities

## Who may give immigration legal advice
## A “notario” (notary public) in the United States is not a lawyer and may not give legal advice.

accreditation-doj-recognized-organization = DOJ-recognized organization
    .explanation = A nonprofit that the U.S. Department of Justice allows to give immigration legal help; notarios and “immigration consultants” may not.
accreditation-accredited-representative = Accredited representative
    .explanation = A person at a recognized organization whom the U.S. Department of Justice allows to give immigration legal advice; notarios may not.
accreditation-licensed-attorney = Licensed attorney
    .explanation = A lawyer licensed in a U.S. state may give immigration legal advice; a notario is not a lawyer in the United States.

## How a service offers a language

language-how-bilingual-staff = Staff speak this language
language-how-interpreter = Interpreter available
language-how-phone-line = Help by phone in this language
language-how-written-material = Written materials in this language

## Facts that change often (fees, program status)

# $date is already formatted for the reader.
changing-fact-notice = This fact changes often. Last checked { $date }. Check the official source before you act.

error-empty-query = Type a word or two to search for.
    .title = Empty search
error-query-too-long = That search is too long. Use at most { $max } characters.
    .title = Search too long

## Web pages

site-name = Vecino
site-tagline = Help for immigrant neighbors, in your language.
skip-to-content = Skip to main content
nav-home = Home
language-picker = Choose your language
footer-privacy = Vecino sets no cookies and does not track you.
search-label = Search for help
search-hint = For example: lawyer, DACA, ID card, clinic
search-button = Search
search-title = Search results
# $count is a number.
search-count = Results: { $count }
search-none = Nothing found. Try other words or fewer filters.
search-error-near = Write a place as latitude and longitude, for example 37.34, -121.89.
home-topics = Find help by topic
home-guides = Guides
home-events = Upcoming events
home-no-events = No upcoming events are listed yet.
event-when = When:
event-where = Where:
services-title = Services
topic-search = Search this topic
kind-service = Service
kind-guide = Guide
kind-organization = Organization
kind-event = Event
filters-title = Filters
filter-kind = Type
filter-topic = Topics
filter-more = Only show
filter-accredited = Accredited legal help
filter-free = Free
filter-open-now = Open now
filter-language = Offered in
filter-any = Any language
filter-near = Near (latitude, longitude)
filter-near-hint = Results show their distance from this place.
filter-locate = Use my location
filter-apply = Apply filters
# $km is a number with one decimal.
distance-km = { $km } km away
pages-label = More results
page-next = Next page
page-previous = Previous page

## Listings

organization-label = Offered by
open-now = Open now
closed-now = Closed now
hours-unknown = Hours not known. Call or check the website before you go.
hours-title = Hours
# $zone is a time-zone name such as America/Los_Angeles.
hours-timezone = Times are local time ({ $zone }).
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday
languages-title = Languages
accreditation-none-legal = We have no record that this service may give immigration legal advice. Ask to see proof of accreditation before you pay or sign anything.
# $date is a date such as 2026-03-01.
verified-on = Checked by a person on { $date }.
not-verified = Not yet verified by a person.
sources-title = Sources
contact-title = Contact
website = Website
phone = Phone
email = Email
# $date is a date such as 2026-03-01.
guide-reviewed = Reviewed on { $date }.
changing-intro = Some facts on this page change often. They are marked with the date they were last checked.
print-button = Print
print-card = Pocket card to print
card-back = Back to the guide
qr-label = QR code of this page's address
qr-caption = Scan this code to open the page on your phone.

## Report a problem

report-title = Report a problem
report-intro = Is something wrong or out of date? Tell us and a person will check it.
report-kind = What is wrong?
report-kind-closed = It has closed
report-kind-hours = The hours are wrong
report-kind-contact = The phone, address or website is wrong
report-kind-information = Other information is wrong
report-kind-other = Something else
report-details = What should we know?
report-contact = Your email or phone (optional, only if you want an answer)
report-privacy = Do not write private details such as your immigration status.
report-send = Send report
form-errors = Please correct the marked fields.
report-error-kind = Choose what is wrong.
# $min is a number.
report-error-details = Write at least { $min } characters.
# $max is a number.
report-error-too-long = This is too long: use at most { $max } characters.
report-thanks-title = Thank you
report-thanks = Thank you. A person will check your report.
report-back = Back to the listing

## Kiosk

kiosk-start-over = Start over
kiosk-idle-title = Are you still there?
kiosk-idle-body = To protect your privacy, this screen will start over soon.
kiosk-idle-continue = I am still here
kiosk-external = Web addresses are shown as text here: open them later on your own phone or computer.

## Staff pages (/admin). Residents never see these.

error-unauthorized = Sign in, or send a valid API token.
    .title = Not signed in
error-forbidden = Your account may not do this.
    .title = Not allowed
error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
    .title = Form expired
error-token-name = Give the token a name of 1 to 100 characters.
    .title = Name missing
admin-title = Staff
admin-cookie-notice = Staff pages use one cookie, only to keep you signed in.
admin-login-title = Staff sign-in
admin-login-intro = For the people who keep this directory up to date. Residents never need an account.
admin-email = Email
admin-password = Password
admin-login-button = Sign in
admin-login-failed = The email or the password is wrong.
# $minutes is a number.
admin-login-too-many = Too many failed attempts. Minutes to wait before trying again: { $minutes }.
admin-logout = Sign out
# $email is the account's email; $role is one of the admin-role-* names.
admin-signed-in-as = Signed in as { $email } ({ $role }).
admin-role-admin = administrator
admin-role-editor = editor
admin-role-translator = translator
admin-may-edit = Listings you may edit
admin-may-edit-all = You may edit every listing.
# $locales is a list of language names.
admin-may-translate = Languages you may translate into: { $locales }
# $date is a date such as 2026-11-28.
admin-verified = Verified { $date }
admin-not-verified = Not verified yet
admin-verify = Mark verified
admin-tokens = API tokens
admin-token-name = What is this token for?
admin-token-create = Create token
admin-token-created = Copy this token now. It will not be shown again.
admin-token-revoke = Revoke
admin-token-revoked = revoked
admin-audit = Audit log
admin-audit-when = When
admin-audit-who = Who
admin-audit-what = What
admin-audit-record = Record

## Translations (/admin/…/translations): the translation workflow. Staff only.

admin-tr-link = Translations
admin-tr-title = Translations
admin-tr-intro = For each language: how many texts are missing, stale (their source changed since they were translated), machine-translated and not yet reviewed, imported, or translated by a person.
admin-tr-locales = Languages and the state of their translations
admin-tr-language = Language
admin-tr-kind-service = Service
admin-tr-kind-organization = Organization
admin-tr-kind-guide = Guide
admin-tr-kind-event = Event
admin-tr-field-name = Name
admin-tr-field-description = Description
admin-tr-field-title = Title
admin-tr-field-summary = Summary
admin-tr-field-body = Text (Markdown)
admin-tr-state-missing = Missing
admin-tr-state-stale = Stale
admin-tr-state-machine = Machine
admin-tr-state-imported = Imported
admin-tr-state-human = Human
admin-tr-list-title = Translations into { $language }
admin-tr-counts = Counts
admin-tr-kind = Kind
admin-tr-texts = Texts
admin-tr-state = State
admin-tr-any = Any
admin-tr-filter = Filter
admin-tr-total = Texts found: { $count }
admin-tr-none = Nothing here.
admin-tr-record = Record
admin-tr-field = Field
admin-tr-source = Source language
admin-tr-pages = Pages
admin-tr-prev = Previous page
admin-tr-next = Next page
admin-tr-page-of = Page { $page } of { $pages }
admin-tr-edit-title = Translate: { $field } in { $language }
admin-tr-saved = Saved.
admin-tr-stale-title = The source text changed
admin-tr-stale-since = This translation was made from an older source text. The record was last changed on { $date }.
admin-tr-stale-diff = What changed in the source (removed words struck through, new words underlined):
admin-tr-stale-old = The source text this translation was made from:
admin-tr-stale-unknown = The older source text was not kept: compare the translation with the source below.
admin-tr-source-in = Source ({ $language })
admin-tr-translation-in = Translation ({ $language })
admin-tr-text-label = { $field } in { $language }
admin-tr-save = Save translation
admin-tr-preview = Preview
admin-tr-review-hint = If the translation is right as it is, mark it reviewed without retyping it.
admin-tr-review = Mark reviewed
admin-tr-reviewed-by = by { $who } on { $date }
admin-tr-error-source-locale = This is the language the text is written in: it is the source, not a translation.
admin-tr-error-empty = Type the translation before saving.
admin-tr-error-too-long = That translation is too long. Use at most { $max } characters.
admin-tr-error-marker = The marker “[changing:{ $marker }]” is not one of this guide's changing facts. Copy the markers from the source.
admin-tr-error-source-changed = The source text changed while you were translating. Check the new source: your text is kept below.
admin-tr-error-invalid = This translation cannot be saved as it is. Check it and try again.
admin-tr-error-nothing-to-review = There is no translation in this language to review yet.

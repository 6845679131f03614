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
filter-accepting = Accepting new clients
filter-no-status-questions = Doesn't ask about immigration status
filter-no-id = No ID needed
filter-safety-hint = Only services whose answer a source has confirmed. Services we don't know about yet are left out.
filter-age = Age of the person
filter-age-hint = Leaves out services that are only for other ages. Services that don't say which ages they serve stay.
# $count is a number.
filter-age-limited = Only for some ages: { $count }
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
changed-since-check = Changed on { $date } and not checked by a person since the change.
accreditation-as-of = Checked on { $date } in:
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

## Editor: listings, guides, events, places, reports queue and accounts (/admin).

# $field is the name of a field of a record; $reason says what is wrong, in English.
error-invalid-record = The field “{ $field }” is not valid: { $reason }
    .title = Not saved
admin-back-home = Back to the staff home
admin-save = Save
admin-saved = Saved. Search and the next bundle will include the change.
admin-form-has-errors = Nothing was saved. Please correct the fields marked below.
admin-view-public = See the public page
admin-delete = Delete
# $name is the name of a listing, guide, event or place.
admin-delete-question = Delete “{ $name }”? This cannot be undone.
admin-delete-confirm = Yes, delete it
admin-cancel = Cancel
admin-none = None
admin-organizations = Organizations
admin-guides = Guides
admin-events = Events
admin-service = Service
admin-places = Places and hours
admin-add-place = Add a place
admin-new-organization = New organization
admin-new-service = New service
admin-new-guide = New guide
admin-new-event = New event
# $name is the record's name.
admin-edit-organization = Edit organization: { $name }
admin-edit-service = Edit service: { $name }
admin-edit-guide = Edit guide: { $name }
admin-edit-event = Edit event: { $name }
# $name is the service's name.
admin-new-place = New place for { $name }
admin-edit-place = Place of { $name }
admin-field-language = Language it is written in
admin-field-name = Name
admin-field-slug = Web address name
admin-field-description = Description
admin-field-url = Website
admin-field-email = Email
admin-field-phones = Phone numbers
admin-field-sources = Sources
admin-field-organization = Organization
admin-field-status = Status
admin-field-topics = Topics
admin-field-accreditation = Legal accreditation
admin-field-free = Free of charge
admin-field-languages = Languages offered
admin-field-timezone = Time zone
admin-field-hours = Hours
admin-field-title = Title
admin-field-summary = Summary
admin-field-body = Text
admin-field-reviewed_at = Checked against its sources on
admin-field-facts = Facts that change
admin-field-starts = Starts
admin-field-ends = Ends
admin-field-event_languages = Languages of the event
admin-field-place_name = Name of the place
admin-field-place_slug = Web address name of the place
admin-field-address_1 = Street address
admin-field-city = City
admin-field-state_province = State
admin-field-postal_code = ZIP code
admin-field-country = Country
admin-field-latitude = Latitude
admin-field-longitude = Longitude
admin-field-precision = How exact the point is
admin-field-accessibility = Accessibility
admin-field-role = Role
admin-field-organizations = Organizations (editors)
admin-field-locales = Languages (translators)
admin-hint-slug = Lowercase letters, digits and hyphens. Leave empty to make one from the name.
admin-hint-country = Two-letter country code, for example US.
admin-hint-timezone = IANA time zone, for example America/Los_Angeles or America/New_York.
admin-hint-phones = One number per line.
admin-hint-sources = One per line: title | web address. Every listing cites at least one source.
admin-hint-languages = One per line: language code and how, for example “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = One rule per line, in English day names: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. Dates that differ: “2026-12-25 closed Christmas” or “2026-12-24 09:00-12:00”. Leave empty if the hours are not known.
admin-hint-markdown = Markdown. Mark a fact that changes with [changing:its-id] and list it below.
admin-hint-facts = One per line: id | date it was true | web address to check it, for example “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = Language codes separated by commas, for example “es, en”.
# $language is a language name.
admin-hint-written-in = Written in { $language }. Changing it marks its translations as out of date.
admin-hint-source-text = Write it in the language chosen above; translators work from it.
# $min is a number.
admin-hint-password = At least { $min } characters. Give it to the person privately.
admin-hint-organizations = Web address names of organizations, separated by commas.
admin-hint-locales = Language codes, separated by commas, for example “es, vi”.
admin-precision-exact = The building itself
admin-precision-city = Only the city
admin-feature-wheelchair-accessible = Wheelchair accessible
admin-feature-accessible-restroom = Accessible restroom
admin-feature-hearing-loop = Hearing loop
admin-feature-sign-language = Sign language
admin-feature-braille = Braille
admin-feature-large-print = Large print
admin-feature-accessible-parking = Accessible parking
admin-feature-near-public-transit = Near public transit
admin-free-unknown = Not known
admin-free-yes = Yes, a source says it is free
admin-free-no = No
admin-status-active = Active
admin-status-inactive = Paused
admin-status-defunct = Closed for good
admin-error-invalid = This value is not valid.
admin-error-required = This field is required.
# $line is a line number; $problem says what is wrong with it.
admin-error-line = Line { $line }: { $problem }
admin-error-slug = Use lowercase letters, digits and single hyphens (for example “legal-aid-clinic”).
admin-error-slug-taken = Another record already uses this web address name.
admin-error-phone = not a phone number.
admin-error-coordinates = Give both latitude and longitude as numbers on Earth, for example 37.34 and -121.89.
admin-error-timezone = Not a time zone we know. Use a name such as America/Los_Angeles.
admin-error-sources = Give at least one source.
admin-error-source-line = write it as “title | https://…”.
admin-error-language-line = write a language code and how it is offered, for example “es bilingual-staff”.
admin-error-fact-line = write it as “id | 2026-01-15 | https://…”.
admin-error-schedule-day = not a day (mon … sun, mon-fri, sat,sun, daily) or a date (2026-12-25).
admin-error-schedule-hours = hours must look like 09:00-17:00 (several separated by commas), or “closed” after a date.
admin-error-exceptions = Two lines give hours for the same date.
admin-error-email = This is not an email address.
admin-error-url = This is not a web address (https://…).
admin-error-locale = Not a language code we recognize.
admin-error-topics = Choose at least one topic.
admin-error-accreditation = Legal accreditation applies only to a legal service: choose a legal topic too.
admin-error-ends-at = An event cannot end before it starts.
admin-error-body = The text marks a [changing:…] fact that is not listed under “Facts that change”.
admin-error-address = The address needs a city and a two-letter country code.
admin-error-country = Use a two-letter country code, for example US.
admin-error-text = This text cannot be empty.
admin-error-organization = Choose one of your organizations.
admin-error-date = Give a date.
admin-error-date-future = The day it was checked cannot be in the future.
admin-accreditation-title = Legal accreditation of { $name }
admin-accreditation-link = Legal accreditation (admins)
admin-hint-accreditation = An admin’s decision: record it only after finding the organization or person on the EOIR roster of recognized organizations and accredited representatives, or the attorney on a state bar’s listing.
admin-field-as_of = Day the source was checked
admin-field-source = Source that shows it
admin-hint-accreditation-source = The roster or bar listing, written as “title | https://…”.
admin-error-datetime = Give a date and time.
admin-error-in-use = It cannot be deleted while services or events still belong to it.
# $slug is what was typed.
admin-error-unknown-organization = There is no organization named “{ $slug }”.
admin-error-organizations = An editor needs at least one organization.
admin-error-locales = A translator needs at least one language.
admin-error-role = Choose a role, with a scope that fits it.
# $min is a number.
admin-error-password = The password needs at least { $min } characters.
admin-error-email-taken = Another account already uses this email.
# Values the directory refuses, one message per stable code (vecino_core::ErrorKind).
admin-error-not-a-slug = Use lowercase letters, digits and single hyphens (for example “legal-aid-clinic”).
admin-error-not-an-id = This is not a valid ID.
admin-error-not-a-language-tag = Not a language code we recognize.
admin-error-not-a-web-address = This is not a web address (https://…).
admin-error-not-a-phone = This is not a phone number.
admin-error-not-an-email = This is not an email address.
admin-error-not-a-country-code = Use a two-letter country code, for example US.
admin-error-no-city = The address needs a city.
admin-error-not-on-earth = Give both latitude and longitude as numbers on Earth, for example 37.34 and -121.89.
admin-error-bad-time-zone = Not a time zone we know. Use a name such as America/Los_Angeles.
admin-error-duplicate-date = Two lines give hours for the same date.
admin-error-no-source = Give at least one source.
admin-error-source-without-title = Give each source a title.
admin-error-verification-incomplete = A check needs both the day it was made and who made it.
admin-error-verified-only-by-check = A check by a person is recorded only by the verify action.
admin-error-no-topic = Choose at least one topic.
admin-error-accreditation-not-legal = Legal accreditation applies only to a legal service: choose a legal topic too.
admin-error-accreditation-unproven = An accreditation needs the date and the source that show it.
admin-error-accredited-only-by-admin = An accreditation is recorded only by an admin’s accreditation action.
admin-error-undeclared-fact = The text marks a [changing:…] fact that is not listed under “Facts that change”.
admin-error-ends-before-start = An event cannot end before it starts.
admin-error-unknown-choice = Choose one of the listed values.
admin-error-empty-text = This text cannot be empty.
admin-error-source-text-set-apart = This text cannot be changed here.
admin-error-no-source-text = The text in its original language is missing.
admin-error-machine-source = The original text cannot be a machine translation.
admin-error-not-an-original = The original text cannot be a translation.
admin-error-review-incomplete = A review needs both the reviewer and the date.
admin-error-nothing-to-review = There is no text in this language to review.
admin-error-source-not-reviewed = The original text must be reviewed first.
admin-error-too-short = This is too short.
admin-error-too-long = This is too long.
admin-error-empty-or-too-long = This is empty or too long.
admin-error-admin-unscoped = An admin may edit everything: choose no organizations or languages.
admin-error-editor-takes-organizations = An editor is limited to organizations, not languages.
admin-error-translator-takes-locales = A translator is limited to languages, not organizations.
admin-error-not-a-role = Choose a role, with a scope that fits it.
admin-error-no-organization = An editor needs at least one organization.
admin-error-no-locale = A translator needs at least one language.
admin-error-bad-token-name = Give the token a name of 1 to 100 characters.
admin-error-time-out-of-range = This date is out of range.
admin-error-in-the-future = { admin-error-date-future }
admin-error-age-range = The minimum age cannot be above the maximum age.
admin-error-negative-number = This number cannot be below zero.
admin-reports = Problem reports
# $count is a number.
admin-reports-waiting = Problem reports waiting: { $count }
admin-reports-none = No reports are waiting.
admin-report-listing-gone = a listing that no longer exists
admin-report-contact = How to reach them
admin-edit-listing = Edit the listing
admin-report-note = Note (what you did)
admin-report-resolve = Resolved
admin-report-dismiss = Dismiss
admin-accounts = Staff accounts
admin-accounts-list = Accounts
admin-account-add = Add an account
# $date is a date such as 2026-11-28.
admin-account-disabled = disabled { $date }
admin-account-disable = Disable this account
admin-audit-change = Change
## Offline app for promotoras (/offline/)

offline-use = Use offline (for promotoras)
offline-title = Vecino offline
offline-intro = Keep your region's listings and guides on this phone. Once downloaded and checked, they work without a signal.
offline-language = Language
offline-languages = Languages to keep
offline-region = Region
offline-download = Download and check
offline-downloading = Downloading and checking…
offline-progress = { $done } of { $total }
offline-choose-language = Choose at least one language.
offline-no-bundles = No offline bundles are published here yet.
offline-checking = Checking again every few seconds…
offline-no-key = This server has no bundle signing key yet, so nothing can be checked.
offline-network-error = No connection to the server. What is on this phone stays here.
offline-verified = Checked: the signature and every file.
offline-held = Release { $seq } of { $region }, issued { $date }.
offline-stale = This bundle passed its expiry date ({ $date }). Some information may be out of date: update it when you have a signal.
offline-update = Check for updates
offline-up-to-date = You have the latest release.
offline-updated = Updated to release { $seq }.
offline-rollback = Refused: release { $seq } is older than release { $held }, already seen on this phone. Someone may be bringing back old information.
offline-conflict = Warning: two different bundles claim to be release { $seq }. Nothing was changed. Tell the people who publish this directory.
offline-rejected = Refused: this bundle did not pass the check ({ $reason }). Nothing was stored.
offline-reason-signature = it is not signed by this directory's key
offline-reason-revoked = its signing key was revoked
offline-reason-damaged = a file was changed, cut short or swapped
offline-reason-format = it is not a bundle this app can read
offline-reason-base = the update does not follow the release on this phone
offline-share = Share this bundle
offline-import = Receive a bundle from another phone
offline-import-label = Bundle file (.vecino)
offline-imported = Received and checked: release { $seq } of { $region }.
offline-search-label = Search on this phone
offline-search-button = Search
offline-search-unavailable = Search is not available on this phone yet. Browse the lists instead.
offline-listings-unavailable = Listings cannot be shown on this phone yet: it could not check which ones are still current.
offline-results = Results
offline-no-results = Nothing found.
offline-listings = Listings
offline-guides = Guides
offline-back = Back
offline-phones = Phone
offline-address = Address
offline-hours = Hours
offline-website = Website
offline-sources = Sources
offline-verified-on = Verified { $date }
offline-reviewed-on = Reviewed { $date }
offline-fact-as-of = As of { $date }
offline-in-language = Shown in { $language }: not available in your language.
offline-not-found = Not in this bundle.
offline-remove = Remove from this phone
offline-privacy = Everything stays on this phone. What you search is not sent anywhere.
offline-spoken = Languages spoken
offline-delta-refused = The update file did not pass the check, so the whole release was downloaded and checked instead.
offline-events = Events
offline-reason-region = it is another region's release
offline-skip = Skip to content
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
admin-tr-field-alert = Alert
admin-tr-field-eligibility = Who can use it
admin-tr-field-fees = Fees
admin-tr-field-document = Document to bring { $number }
admin-tr-field-application-process = How to apply
admin-tr-field-public-charge-note = Public-charge note
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

# security: http
admin-login-busy = Many people are signing in right now. Wait a few seconds and try again.
admin-report-contact-hidden = The person left a way to reach them. Only administrators can see it.
error-too-many-reports = You have sent several reports in a short time. Thank you! Please wait an hour before sending another.
    .title = Please wait

## Offline app (web/offline): listing facts on result cards and pages, safety facts, freshness, directions, filters.

offline-open-now = Open now
offline-closed-now = Closed now
offline-hours-today = Today: { $hours }
offline-closed-today = Closed today
offline-call-to-confirm = Call to confirm the hours
offline-distance = { $km } km away
offline-free = Free
offline-fee = There is a fee
offline-accredited = Accredited legal help
offline-accreditation = Accreditation
offline-temporarily-closed = Temporarily closed
offline-inactive = Not running for now
offline-checked-on = Last checked { $date }
offline-never-checked = Nobody has said when this was last checked
offline-out-of-date = May be out of date. Last checked { $date }
offline-safety = Is it safe for me?
offline-fact-asks-status = Asks about immigration status?
offline-fact-id-needed = ID needed?
offline-fact-ssn-needed = Social Security number needed?
offline-fact-regardless-of-status = Serves people regardless of immigration status?
offline-fact-public-charge = Counts in a public-charge test?
offline-unknown = Unknown
offline-fact-source = Checked { $date }. Source:
offline-safety-asks-status-no = Does not ask about immigration status
offline-safety-asks-status-yes = Asks about immigration status
offline-safety-asks-status-some-programs = Asks about immigration status for some programs
offline-safety-id-needed-none = No ID needed
offline-safety-id-needed-any-id = Any ID, including a consular or municipal ID
offline-safety-id-needed-government-id = Government-issued ID only
offline-safety-ssn-needed-no = No Social Security number needed
offline-safety-ssn-needed-yes = Social Security number needed
offline-safety-regardless-of-status-yes = Serves people regardless of immigration status
offline-safety-regardless-of-status-no = Does not serve everyone regardless of immigration status
offline-safety-public-charge-not-considered = Using it does not count in a public-charge test
offline-safety-public-charge-may-be-considered = Using it may count in a public-charge test
offline-eligibility = Who can use it
offline-ages-range = Ages { $min } to { $max }
offline-ages-min = Ages { $min } and up
offline-ages-max = Up to age { $max }
offline-documents = What to bring
offline-how-to-apply = How to apply
offline-capacity = Taking new clients?
offline-capacity-accepting = Accepting new clients
offline-capacity-waitlist = Waitlist
offline-fees = Cost
offline-directions = Get directions
offline-directions-map = Open in a map app
offline-filters = Show only
offline-filter-no-status = Doesn't ask about status
offline-filter-no-id = No ID needed
offline-filter-accepting = Accepting new clients
offline-filter-age = Age
offline-fact-checked = Last checked { $date }
offline-fact-took-effect = In effect since { $date }

# resident pages: result cards, listing facts, freshness (issue 17, web17)
status-temporarily-closed = Temporarily closed
status-inactive = This service is not running for now.
status-defunct = This service has ended.
hours-all-day = Open 24 hours
card-call-to-confirm = Call to confirm the hours
card-closed-today = Closed today
card-today = Today: { $hours }
card-languages = Languages: { $list }
card-fee = Has a cost — see the details
card-call = Call
card-directions = Directions
checked-on = Last checked { $date }
stale-warning = May be out of date — last checked { $date }
stale-never = May be out of date — not checked yet. Call to confirm before you go.
phone-extension = ext. { $ext }
phone-kind-voice = Phone
phone-kind-text = Text messages
phone-kind-fax = Fax
phone-kind-cell = Mobile phone
phone-kind-video = Video call
phone-kind-pager = Pager
phone-kind-textphone = TTY (text telephone)
phone-languages = languages on this line: { $list }
safety-title = Is it safe for me?
safety-q-asks-status = Do they ask about immigration status?
safety-q-id = Is an ID needed?
safety-q-ssn = Is a Social Security number needed?
safety-q-regardless = Do they serve people regardless of status?
safety-q-public-charge = Does using it count for “public charge”?
safety-asks-status-no = Doesn't ask about immigration status
safety-asks-status-yes = Asks about immigration status
safety-asks-status-some-programs = Asks about immigration status for some programs
safety-id-none = No ID needed
safety-id-any-id = Any ID accepted, including consular or municipal ID
safety-id-government-id = Government-issued ID needed
safety-ssn-no = No Social Security number needed
safety-ssn-yes = Social Security number needed
safety-regardless-yes = Serves everyone regardless of status
safety-regardless-no = Does not serve everyone regardless of status
safety-public-charge-not-considered = Using it is not considered for public charge
safety-public-charge-may-be-considered = Using it may be considered for public charge
safety-unknown = We don't know yet — ask when you call.
fact-checked = checked { $date }
alert-title = Notice
directions-title = Get directions
directions-geo = Open in my maps app
directions-osm = Open in OpenStreetMap
directions-qr = Scan this code to get directions on your phone.
details-eligibility = Who can use it
details-ages = Ages
ages-range = { $min } to { $max } years
ages-min = { $min } years and older
ages-max = Up to { $max } years
details-fees = Cost
details-documents = What to bring
details-apply = How to apply
details-capacity = Taking new clients?
intake-accepting = Accepting new clients (as of { $date })
intake-waitlist = Waitlist (as of { $date })
details-more = More about this service
details-program = Program
details-areas = Areas served
place-serves = Serves: { $areas }
guide-overdue = This guide is past its review date and may be out of date. Last reviewed { $date }.
fact-took-effect = Took effect { $date }.
fact-last-checked = Last checked { $date }.
fact-overdue = Past its review date: check the official source before you act.

# staff: due for checking, service details and safety facts (issue 17)
admin-due = Due for checking
admin-due-waiting = Due for checking: { $count }
admin-due-count = { $count } records are past their review date or were never checked.
admin-due-none = Nothing is due for checking.
admin-due-order = Legal help and accredited listings come first, then by topic, then the oldest check.
admin-due-state-current = Up to date
admin-due-state-overdue = Past its review date
admin-due-state-expired = Hidden from search: long past its review date
admin-due-state-never-checked = Never checked
admin-due-checked = Last checked { $checked } · due { $due }
admin-due-never-checked = No check recorded
admin-due-fact = Changing fact “{ $fact }”
admin-due-high-risk = Legal help
admin-due-still-correct = Still correct
admin-due-changed = Changed: edit it
admin-due-keep = Keep in search
admin-due-unkeep = Stop keeping it
admin-due-kept = Kept in search by an administrator.
admin-checks = Checked against the sources
admin-checks-text = The guide's text
admin-checked-today = Recorded: checked against the sources today.
admin-status-temporarily-closed = Closed for now
admin-field-alert = Alert (shown first)
admin-field-eligibility = Who can use it
admin-field-minimum_age = Minimum age
admin-field-maximum_age = Maximum age
admin-field-fees = Fees, in words
admin-field-cost_options = Prices
admin-hint-cost_options = One per line: what it is for | amount | currency (USD) | description. Leave a part empty when the source does not say.
admin-field-documents = What to bring
admin-hint-documents = One document per line; add | and a web address if there is one.
admin-field-application_process = How to apply
admin-field-program = Program
admin-hint-program = Program name | description (optional).
admin-field-additional_urls = Other web pages
admin-hint-additional_urls = One per line: label | https://address (the label is optional).
admin-field-service_areas = Areas served
admin-hint-service_areas = One per line: area name | description (optional).
admin-field-place_areas = Areas served from this place
admin-hint-place_areas = Only when this place serves other areas than the service as a whole. One per line: area name | description (optional).
admin-field-capacity = Capacity
admin-hint-capacity = One per line: available | maximum | what is counted | when (2026-12-01) | note. Maximum and note are optional.
admin-field-review_interval_days = Review interval (days)
admin-hint-review_interval_days = Leave empty to use the interval of its topics.
admin-field-asks_status = Asks about immigration status
admin-field-id_needed = ID needed
admin-field-ssn_needed = Social Security number needed
admin-field-regardless_of_status = Serves people regardless of immigration status
admin-field-public_charge = Public charge
admin-field-public_charge_note = What the public-charge source says
admin-field-fact-source = { $fact }: source title
admin-field-fact-url = { $fact }: source web address
admin-field-fact-checked = { $fact }: day checked
admin-hint-fact = Leave “Not known” unless a source says it; then give the source and the day you checked it.
admin-fact-unknown = Not known
admin-asks-status-no = Does not ask
admin-asks-status-yes = Asks
admin-asks-status-some-programs = Only for some programs
admin-id-needed-none = No ID needed
admin-id-needed-any-id = Any ID, including a consular or city ID
admin-id-needed-government-id = Government ID only
admin-answer-yes = Yes
admin-answer-no = No
admin-public-charge-not-considered = Not counted in a public-charge test
admin-public-charge-may-be-considered = May be counted in a public-charge test
admin-hint-phone-lines = One per line: number | type (voice, text, fax, cell, video, pager, textphone) | extension | languages (es vi). Only the number is required.
admin-error-phone-line = Write: number | type | extension | languages.
admin-error-number = Give a whole number in the allowed range.
admin-error-cost-line = Write: what it is for | amount | currency | description (the amount a number, the currency three letters).
admin-error-capacity-line = Write: available | maximum | what is counted | date, with numbers of zero or more.
admin-error-fact-unknown-with-source = Choose the answer the source gives, or clear the source and the day.
admin-error-fact-source = A known fact needs its source's title and web address.

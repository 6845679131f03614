# Vecino: тексты интерфейса на русском языке. Образец: locales/en/main.ftl.
# Не переводите то, что стоит в { $фигурных скобках }.

## Названия языков

language-self-name = Русский
language-english-name = Russian

## Ошибки

error-not-found = Мы не нашли страницу или материал, который вы запросили.
    .title = Не найдено
error-guide-not-found = По адресу «{ $slug }» нет руководства.
    .title = Руководство не найдено
error-service-not-found = Нет услуги с идентификатором «{ $id }».
    .title = Услуга не найдена
error-organization-not-found = Нет организации с идентификатором «{ $id }».
    .title = Организация не найдена
error-invalid-id = «{ $value }» — недопустимый идентификатор.
    .title = Недопустимый идентификатор
error-invalid-locale = «{ $value }» — неизвестный нам код языка; используйте код вида «es» или «zh-Hant».
    .title = Неизвестный код языка
error-invalid-parameter = Значение «{ $value }» недопустимо для параметра «{ $name }».
    .title = Недопустимое значение
error-method-not-allowed = Этот адрес не принимает запросы такого типа.
    .title = Запрос не разрешён
error-internal = Приносим извинения: на нашей стороне что-то пошло не так; пожалуйста, повторите попытку позже.
    .title = Что-то пошло не так
error-conflict = Кто-то другой изменил это одновременно с вами; пожалуйста, перезагрузите страницу и попробуйте снова.
    .title = Изменено другим человеком

## Происхождение текста

provenance-original = Исходный текст.
provenance-human = Переведено человеком.
provenance-machine = Машинный перевод — ещё не проверен человеком.
provenance-imported = Импортировано из другого справочника.
translation-stale = Исходный текст изменился после перевода; перевод может быть устаревшим.
fallback-notice = Этот материал пока недоступен на языке: { $requested }, поэтому он показан на языке: { $shown }.

## Темы

topic-know-your-rights = Знайте свои права
topic-daca = DACA
topic-citizenship = Гражданство
topic-id-card = Удостоверения личности
topic-legal-aid = Юридическая помощь
topic-immigration-fraud = Иммиграционное мошенничество
topic-health = Здоровье
topic-education = Образование
topic-youth = Молодёжь
topic-parents = Родители и семьи
topic-employment = Работа и трудоустройство
topic-housing = Жильё
topic-food = Продукты питания
topic-language-classes = Языковые курсы
topic-language-access = Устный и письменный перевод
topic-safety = Безопасность
topic-policing = Полиция
topic-emergency-preparedness = Подготовка к чрезвычайным ситуациям
topic-driving = Вождение
topic-consular-services = Консульские услуги
topic-civic-engagement = Гражданское участие
topic-information-and-referral = Справки и направления

## Категории Welcoming Standard (Welcoming America)

welcoming-government-leadership = Лидерство органов власти
welcoming-civic-engagement = Гражданское участие
welcoming-equitable-access = Равный доступ
welcoming-education = Образование
welcoming-connected-communities = Сплочённые сообщества
welcoming-economic-development = Экономическое развитие
welcoming-safe-communities = Безопасные сообщества

## Кто имеет право давать юридические консультации по иммиграции

accreditation-doj-recognized-organization = Организация, признанная Министерством юстиции США
    .explanation = Некоммерческая организация, которой Министерство юстиции США разрешает оказывать юридическую помощь по иммиграционным вопросам; нотариусам («notario») и «иммиграционным консультантам» это запрещено.
accreditation-accredited-representative = Аккредитованный представитель
    .explanation = Сотрудник признанной организации, которому Министерство юстиции США разрешает давать юридические консультации по иммиграционным вопросам; нотариусам («notario») это запрещено.
accreditation-licensed-attorney = Адвокат с лицензией
    .explanation = Адвокат с лицензией одного из штатов США вправе давать юридические консультации по иммиграционным вопросам; нотариус («notario») в США не является юристом.

## Как услуга предоставляется на языке

language-how-bilingual-staff = Сотрудники говорят на этом языке
language-how-interpreter = Есть устный переводчик
language-how-phone-line = Помощь по телефону на этом языке
language-how-written-material = Письменные материалы на этом языке

## Часто меняющиеся сведения

changing-fact-notice = Эти сведения часто меняются. Последняя проверка: { $date }. Прежде чем действовать, сверьтесь с официальным источником.

error-empty-query = Введите одно-два слова для поиска.
    .title = Пустой запрос
error-query-too-long = Запрос слишком длинный. Используйте не более { $max } символов.
    .title = Слишком длинный запрос

## Web pages

site-name = Vecino
site-tagline = Помощь соседям-иммигрантам на вашем языке.
skip-to-content = Перейти к основному содержанию
nav-home = Главная
language-picker = Выберите язык
footer-privacy = Vecino не использует cookie и не следит за вами.
search-label = Найти помощь
search-hint = Например: адвокат, DACA, удостоверение личности, клиника
search-button = Найти
search-title = Результаты поиска
search-count = Результаты: { $count }
search-none = Ничего не найдено. Попробуйте другие слова или меньше фильтров.
search-error-near = Укажите место широтой и долготой, например 37.34, -121.89.
home-topics = Помощь по темам
home-guides = Руководства
home-events = Ближайшие мероприятия
home-no-events = Ближайших мероприятий пока нет.
event-when = Когда:
event-where = Где:
services-title = Услуги
topic-search = Искать по этой теме
kind-service = Услуга
kind-guide = Руководство
kind-organization = Организация
kind-event = Мероприятие
filters-title = Фильтры
filter-kind = Тип
filter-topic = Темы
filter-more = Показывать только
filter-accredited = Аккредитованная юридическая помощь
filter-free = Бесплатно
filter-open-now = Открыто сейчас
filter-language = Язык обслуживания
filter-any = Любой язык
filter-near = Рядом с (широта, долгота)
filter-near-hint = В результатах будет указано расстояние до этого места.
filter-locate = Использовать моё местоположение
filter-apply = Применить фильтры
distance-km = { $km } км отсюда
pages-label = Ещё результаты
page-next = Следующая страница
page-previous = Предыдущая страница

## Listings

organization-label = Предоставляет:
open-now = Открыто сейчас
closed-now = Сейчас закрыто
hours-unknown = Часы работы неизвестны. Позвоните или проверьте сайт перед визитом.
hours-title = Часы работы
hours-timezone = Время местное ({ $zone }).
weekday-monday = Понедельник
weekday-tuesday = Вторник
weekday-wednesday = Среда
weekday-thursday = Четверг
weekday-friday = Пятница
weekday-saturday = Суббота
weekday-sunday = Воскресенье
languages-title = Языки
accreditation-none-legal = У нас нет сведений о том, что эта служба может давать юридические консультации по иммиграции. Попросите подтверждение аккредитации, прежде чем платить или что-то подписывать.
verified-on = Проверено человеком { $date }.
not-verified = Ещё не проверено человеком.
sources-title = Источники
contact-title = Контакты
website = Сайт
phone = Телефон
email = Эл. почта
guide-reviewed = Проверено { $date }.
changing-intro = Некоторые сведения на этой странице часто меняются. У них указана дата последней проверки.
print-button = Печать
print-card = Карточка для печати
card-back = Вернуться к руководству
qr-label = QR-код адреса этой страницы
qr-caption = Отсканируйте код, чтобы открыть страницу на телефоне.

## Report a problem

report-title = Сообщить о проблеме
report-intro = Что-то неверно или устарело? Напишите нам, и человек это проверит.
report-kind = Что не так?
report-kind-closed = Закрылось
report-kind-hours = Неверные часы работы
report-kind-contact = Неверный телефон, адрес или сайт
report-kind-information = Другие неверные сведения
report-kind-other = Другое
report-details = Что нам нужно знать?
report-contact = Ваша эл. почта или телефон (необязательно, если хотите ответ)
report-privacy = Не пишите личные данные, например ваш иммиграционный статус.
report-send = Отправить
form-errors = Исправьте отмеченные поля.
report-error-kind = Выберите, что не так.
report-error-details = Напишите не меньше { $min } символов.
report-error-too-long = Слишком длинно: не больше { $max } символов.
report-thanks-title = Спасибо
report-thanks = Спасибо. Человек проверит ваше сообщение.
report-back = Вернуться к услуге

## Kiosk

kiosk-start-over = Начать заново
kiosk-idle-title = Вы ещё здесь?
kiosk-idle-body = Чтобы защитить вашу частную жизнь, экран скоро начнётся заново.
kiosk-idle-continue = Я ещё здесь
kiosk-external = Здесь веб-адреса показаны текстом: откройте их позже на своём телефоне или компьютере.

## Страницы для сотрудников (/admin). Машинный перевод, ещё не проверен человеком.

error-unauthorized = Войдите или отправьте действительный API-токен.
    .title = Вход не выполнен
error-forbidden = Вашей учётной записи это не разрешено.
    .title = Не разрешено
error-csrf = Срок действия формы истёк, или она пришла не с этого сайта. Вернитесь, обновите страницу и попробуйте ещё раз.
    .title = Форма устарела
error-token-name = Дайте токену название длиной от 1 до 100 символов.
    .title = Нет названия
admin-title = Сотрудники
admin-cookie-notice = Страницы для сотрудников используют один файл cookie — только чтобы вы оставались в системе.
admin-login-title = Вход для сотрудников
admin-login-intro = Для тех, кто поддерживает этот справочник в актуальном состоянии. Жителям учётная запись не нужна.
admin-email = Электронная почта
admin-password = Пароль
admin-login-button = Войти
admin-login-failed = Неверная электронная почта или пароль.
admin-login-too-many = Слишком много неудачных попыток. Сколько минут подождать перед новой попыткой: { $minutes }.
admin-logout = Выйти
admin-signed-in-as = Вы вошли как { $email } ({ $role }).
admin-role-admin = администратор
admin-role-editor = редактор
admin-role-translator = переводчик
admin-may-edit = Записи, которые вы можете править
admin-may-edit-all = Вы можете править все записи.
admin-may-translate = Языки, на которые вы можете переводить: { $locales }
admin-verified = Проверено { $date }
admin-not-verified = Ещё не проверено
admin-verify = Отметить как проверенное
admin-tokens = API-токены
admin-token-name = Для чего этот токен?
admin-token-create = Создать токен
admin-token-created = Скопируйте этот токен сейчас. Больше он показан не будет.
admin-token-revoke = Отозвать
admin-token-revoked = отозван
admin-audit = Журнал аудита
admin-audit-when = Когда
admin-audit-who = Кто
admin-audit-what = Что
admin-audit-record = Запись

## Редактор: записи, справочники, события, места, жалобы и учётные записи (/admin). Машинный перевод, ещё не проверен человеком.

error-invalid-record = Поле «{ $field }» заполнено неверно: { $reason }
    .title = Не сохранено
admin-back-home = Вернуться на главную для сотрудников
admin-save = Сохранить
admin-saved = Сохранено. Поиск и следующий пакет включат это изменение.
admin-form-has-errors = Ничего не сохранено. Исправьте отмеченные ниже поля.
admin-view-public = Открыть публичную страницу
admin-delete = Удалить
admin-delete-question = Удалить «{ $name }»? Это нельзя отменить.
admin-delete-confirm = Да, удалить
admin-cancel = Отмена
admin-none = Нет
admin-organizations = Организации
admin-guides = Справочники
admin-events = События
admin-service = Услуга
admin-places = Места и часы работы
admin-add-place = Добавить место
admin-new-organization = Новая организация
admin-new-service = Новая услуга
admin-new-guide = Новый справочник
admin-new-event = Новое событие
admin-edit-organization = Изменить организацию: { $name }
admin-edit-service = Изменить услугу: { $name }
admin-edit-guide = Изменить справочник: { $name }
admin-edit-event = Изменить событие: { $name }
admin-new-place = Новое место для «{ $name }»
admin-edit-place = Место услуги «{ $name }»
admin-field-language = Язык, на котором написано
admin-field-name = Название
admin-field-slug = Имя в веб-адресе
admin-field-description = Описание
admin-field-url = Сайт
admin-field-email = Электронная почта
admin-field-phones = Телефоны
admin-field-sources = Источники
admin-field-organization = Организация
admin-field-status = Состояние
admin-field-topics = Темы
admin-field-accreditation = Юридическая аккредитация
admin-field-free = Бесплатно
admin-field-languages = Языки обслуживания
admin-field-timezone = Часовой пояс
admin-field-hours = Часы работы
admin-field-title = Заголовок
admin-field-summary = Кратко
admin-field-body = Текст
admin-field-reviewed_at = Сверено с источниками
admin-field-facts = Меняющиеся сведения
admin-field-starts = Начало
admin-field-ends = Конец
admin-field-event_languages = Языки события
admin-field-place_name = Название места
admin-field-place_slug = Имя места в веб-адресе
admin-field-address_1 = Адрес
admin-field-city = Город
admin-field-state_province = Штат
admin-field-postal_code = Почтовый индекс
admin-field-country = Страна
admin-field-latitude = Широта
admin-field-longitude = Долгота
admin-field-precision = Точность места
admin-field-accessibility = Доступность
admin-field-role = Роль
admin-field-organizations = Организации (редакторы)
admin-field-locales = Языки (переводчики)
admin-hint-slug = Строчные латинские буквы, цифры и дефисы. Оставьте пустым, чтобы создать из названия.
admin-hint-country = Двухбуквенный код страны, например US.
admin-hint-timezone = Часовой пояс IANA, например America/Los_Angeles или America/New_York.
admin-hint-phones = Один номер в строке.
admin-hint-sources = По одному в строке: название | веб-адрес. Каждая запись ссылается хотя бы на один источник.
admin-hint-languages = По одному в строке: код языка и способ, например «es bilingual-staff», «vi interpreter», «ar phone-line», «ko written-material».
admin-hint-hours = Одно правило в строке, дни по-английски: «mon-fri 09:00-17:00», «sat 10:00-12:00, 13:00-15:00», «daily 00:00-24:00». Особые даты: «2026-12-25 closed Рождество» или «2026-12-24 09:00-12:00». Оставьте пустым, если часы неизвестны.
admin-hint-markdown = Markdown. Отметьте меняющиеся сведения как [changing:их-id] и перечислите их ниже.
admin-hint-facts = По одному в строке: id | дата, когда верно | адрес для проверки, например «n400-fee | 2026-01-15 | https://www.uscis.gov/n-400».
admin-hint-event-languages = Коды языков через запятую, например «es, en».
admin-hint-written-in = Написано на языке: { $language }. Изменение пометит переводы как устаревшие.
admin-hint-source-text = Пишите на выбранном выше языке; переводчики работают с этим текстом.
admin-hint-password = Не менее { $min } символов. Передайте его человеку лично.
admin-hint-organizations = Имена организаций в веб-адресе, через запятую.
admin-hint-locales = Коды языков через запятую, например «es, vi».
admin-precision-exact = Само здание
admin-precision-city = Только город
admin-feature-wheelchair-accessible = Доступно для инвалидных колясок
admin-feature-accessible-restroom = Доступный туалет
admin-feature-hearing-loop = Индукционная петля
admin-feature-sign-language = Жестовый язык
admin-feature-braille = Шрифт Брайля
admin-feature-large-print = Крупный шрифт
admin-feature-accessible-parking = Парковка для инвалидов
admin-feature-near-public-transit = Рядом общественный транспорт
admin-free-unknown = Неизвестно
admin-free-yes = Да, источник указывает, что бесплатно
admin-free-no = Нет
admin-status-active = Работает
admin-status-inactive = Приостановлено
admin-status-defunct = Закрыто навсегда
admin-error-invalid = Неверное значение.
admin-error-required = Это поле обязательно.
admin-error-line = Строка { $line }: { $problem }
admin-error-slug = Используйте строчные латинские буквы, цифры и одиночные дефисы (например «legal-aid-clinic»).
admin-error-slug-taken = Это имя в веб-адресе уже занято другой записью.
admin-error-phone = это не номер телефона.
admin-error-coordinates = Укажите широту и долготу числами, например 37.34 и -121.89.
admin-error-timezone = Неизвестный часовой пояс. Используйте имя вроде America/Los_Angeles.
admin-error-sources = Укажите хотя бы один источник.
admin-error-source-line = пишите как «название | https://…».
admin-error-language-line = укажите код языка и способ, например «es bilingual-staff».
admin-error-fact-line = пишите как «id | 2026-01-15 | https://…».
admin-error-schedule-day = это не день (mon … sun, mon-fri, sat,sun, daily) и не дата (2026-12-25).
admin-error-schedule-hours = часы пишутся как 09:00-17:00 (несколько через запятую) или «closed» после даты.
admin-error-exceptions = Две строки задают часы для одной и той же даты.
admin-error-email = Это не адрес электронной почты.
admin-error-url = Это не веб-адрес (https://…).
admin-error-locale = Неизвестный код языка.
admin-error-topics = Выберите хотя бы одну тему.
admin-error-accreditation = Юридическая аккредитация относится только к юридической услуге: выберите и юридическую тему.
admin-error-ends-at = Событие не может закончиться раньше, чем начнётся.
admin-error-body = В тексте есть отметка [changing:…], которой нет в «Меняющихся сведениях».
admin-error-address = Адресу нужны город и двухбуквенный код страны.
admin-error-country = Используйте двухбуквенный код страны, например US.
admin-error-text = Этот текст не может быть пустым.
admin-error-organization = Выберите одну из ваших организаций.
admin-error-date = Укажите дату.
admin-error-datetime = Укажите дату и время.
admin-error-in-use = Нельзя удалить, пока у неё есть услуги или события.
admin-error-unknown-organization = Нет организации с именем «{ $slug }».
admin-error-organizations = Редактору нужна хотя бы одна организация.
admin-error-locales = Переводчику нужен хотя бы один язык.
admin-error-role = Выберите роль с подходящей областью.
admin-error-password = Пароль должен быть не короче { $min } символов.
admin-error-email-taken = Этот адрес уже использует другая учётная запись.
admin-reports = Сообщения о проблемах
admin-reports-waiting = Сообщений о проблемах ждёт: { $count }
admin-reports-none = Нет ожидающих сообщений.
admin-report-listing-gone = запись, которой больше нет
admin-report-contact = Как связаться
admin-edit-listing = Изменить запись
admin-report-note = Заметка (что вы сделали)
admin-report-resolve = Решено
admin-report-dismiss = Отклонить
admin-accounts = Учётные записи сотрудников
admin-accounts-list = Учётные записи
admin-account-add = Добавить учётную запись
admin-account-disabled = отключена { $date }
admin-account-disable = Отключить эту учётную запись
admin-audit-change = Изменение
## Офлайн-пакеты. Машинный перевод, ещё не проверен человеком.

offline-use = Пользоваться офлайн (для промоторов)
offline-title = Vecino офлайн
offline-intro = Храните на этом телефоне услуги и руководства своего региона. После загрузки и проверки они работают без связи.
offline-language = Язык
offline-languages = Какие языки хранить
offline-region = Регион
offline-download = Загрузить и проверить
offline-downloading = Загрузка и проверка…
offline-progress = { $done } из { $total }
offline-choose-language = Выберите хотя бы один язык.
offline-no-bundles = Здесь пока не опубликовано ни одного офлайн-пакета.
offline-no-key = У этого сервера пока нет ключа подписи пакетов, поэтому ничего нельзя проверить.
offline-network-error = Нет связи с сервером. То, что уже есть на телефоне, остаётся.
offline-verified = Проверено: подпись и каждый файл.
offline-held = Выпуск { $seq } для «{ $region }», выпущен { $date }.
offline-stale = Срок этого пакета истёк ({ $date }). Часть сведений может устареть: обновите его, когда будет связь.
offline-update = Проверить обновления
offline-up-to-date = У вас последний выпуск.
offline-updated = Обновлено до выпуска { $seq }.
offline-rollback = Отклонено: выпуск { $seq } старше выпуска { $held }, который уже был на этом телефоне. Возможно, кто-то пытается вернуть старые сведения.
offline-conflict = Внимание: два разных пакета называют себя выпуском { $seq }. Ничего не изменено. Сообщите тем, кто публикует этот справочник.
offline-rejected = Отклонено: пакет не прошёл проверку ({ $reason }). Ничего не сохранено.
offline-reason-signature = он не подписан ключом этого справочника
offline-reason-revoked = его ключ подписи отозван
offline-reason-damaged = файл изменён, обрезан или подменён
offline-reason-format = это не пакет, который может прочитать приложение
offline-reason-base = обновление не продолжает выпуск на этом телефоне
offline-share = Поделиться пакетом
offline-import = Получить пакет с другого телефона
offline-import-label = Файл пакета (.vecino)
offline-imported = Получено и проверено: выпуск { $seq } для «{ $region }».
offline-search-label = Поиск на этом телефоне
offline-search-button = Найти
offline-search-unavailable = Поиск на этом телефоне пока недоступен. Просмотрите списки.
offline-results = Результаты
offline-no-results = Ничего не найдено.
offline-listings = Услуги
offline-guides = Руководства
offline-back = Назад
offline-phones = Телефон
offline-address = Адрес
offline-hours = Часы работы
offline-website = Сайт
offline-sources = Источники
offline-verified-on = Проверено { $date }
offline-reviewed-on = Пересмотрено { $date }
offline-fact-as-of = На { $date }
offline-in-language = Показано на языке «{ $language }»: на вашем языке нет.
offline-not-found = Нет в этом пакете.
offline-remove = Удалить с этого телефона
offline-privacy = Всё остаётся на этом телефоне. То, что вы ищете, никуда не отправляется.
offline-spoken = Языки обслуживания
offline-delta-refused = Файл обновления не прошёл проверку, поэтому выпуск загружен и проверен целиком.
offline-events = События
offline-reason-region = это выпуск другого региона
offline-skip = Перейти к содержанию

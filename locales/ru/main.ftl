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

## Переводы (/admin/…/translations): the translation workflow. Машинный перевод, ещё не проверен человеком.

admin-tr-link = Переводы
admin-tr-title = Переводы
admin-tr-intro = Для каждого языка: сколько текстов не переведено, устарело (исходный текст изменился после перевода), переведено машиной и ещё не проверено, импортировано или переведено человеком.
admin-tr-locales = Языки и состояние их переводов
admin-tr-language = Язык
admin-tr-kind-service = Услуга
admin-tr-kind-organization = Организация
admin-tr-kind-guide = Справочник
admin-tr-kind-event = Мероприятие
admin-tr-field-name = Название
admin-tr-field-description = Описание
admin-tr-field-title = Заголовок
admin-tr-field-summary = Краткое описание
admin-tr-field-body = Текст (Markdown)
admin-tr-state-missing = Нет перевода
admin-tr-state-stale = Устарел
admin-tr-state-machine = Машинный
admin-tr-state-imported = Импортирован
admin-tr-state-human = Человеческий
admin-tr-list-title = Переводы на язык: { $language }
admin-tr-counts = Количество
admin-tr-kind = Тип
admin-tr-texts = Тексты
admin-tr-state = Состояние
admin-tr-any = Любое
admin-tr-filter = Фильтровать
admin-tr-total = Найдено текстов: { $count }
admin-tr-none = Здесь ничего нет.
admin-tr-record = Запись
admin-tr-field = Поле
admin-tr-source = Язык оригинала
admin-tr-pages = Страницы
admin-tr-prev = Предыдущая страница
admin-tr-next = Следующая страница
admin-tr-page-of = Страница { $page } из { $pages }
admin-tr-edit-title = Перевод: { $field }, язык: { $language }
admin-tr-saved = Сохранено.
admin-tr-stale-title = Исходный текст изменился
admin-tr-stale-since = Этот перевод сделан с более старого исходного текста. Запись последний раз изменена { $date }.
admin-tr-stale-diff = Что изменилось в оригинале (удалённые слова зачёркнуты, новые подчёркнуты):
admin-tr-stale-old = Исходный текст, с которого сделан этот перевод:
admin-tr-stale-unknown = Прежний исходный текст не сохранился: сравните перевод с оригиналом ниже.
admin-tr-source-in = Оригинал ({ $language })
admin-tr-translation-in = Перевод ({ $language })
admin-tr-text-label = { $field } ({ $language })
admin-tr-save = Сохранить перевод
admin-tr-preview = Предпросмотр
admin-tr-review-hint = Если перевод верен в нынешнем виде, отметьте его как проверенный, не набирая заново.
admin-tr-review = Отметить как проверенный
admin-tr-reviewed-by = { $who }, { $date }
admin-tr-error-source-locale = Текст написан на этом языке: это оригинал, а не перевод.
admin-tr-error-empty = Введите перевод перед сохранением.
admin-tr-error-too-long = Перевод слишком длинный. Используйте не больше { $max } символов.
admin-tr-error-marker = Метка «[changing:{ $marker }]» не относится к меняющимся сведениям этого справочника. Скопируйте метки из оригинала.
admin-tr-error-source-changed = Исходный текст изменился, пока вы переводили. Проверьте новый оригинал: ваш текст сохранён ниже.
admin-tr-error-invalid = Этот перевод нельзя сохранить в таком виде. Проверьте его и попробуйте снова.
admin-tr-error-nothing-to-review = На этом языке пока нет перевода для проверки.

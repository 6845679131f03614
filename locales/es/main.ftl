# Vecino: textos de la interfaz en español (usted). Referencia: locales/en/main.ftl.
# No traduzca lo que está entre { $llaves }.

## Nombres de idiomas

language-self-name = Español
language-english-name = Spanish

## Errores

error-not-found = No encontramos la página o el elemento que buscaba.
    .title = No se encontró
error-guide-not-found = No hay ninguna guía en la dirección “{ $slug }”.
    .title = Guía no encontrada
error-service-not-found = No hay ningún servicio con el identificador “{ $id }”.
    .title = Servicio no encontrado
error-organization-not-found = No hay ninguna organización con el identificador “{ $id }”.
    .title = Organización no encontrada
error-invalid-id = “{ $value }” no es un identificador válido.
    .title = Identificador no válido
error-invalid-locale = “{ $value }” no es un código de idioma que reconozcamos; use un código como “es” o “zh-Hant”.
    .title = Código de idioma desconocido
error-invalid-parameter = El valor “{ $value }” no es válido para “{ $name }”.
    .title = Valor no válido
error-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
    .title = Solicitud no permitida
error-internal = Lo sentimos, algo salió mal de nuestro lado; por favor, inténtelo de nuevo más tarde.
    .title = Algo salió mal
error-conflict = Otra persona cambió esto al mismo tiempo; por favor, vuelva a cargarlo e inténtelo de nuevo.
    .title = Otra persona lo cambió

## De dónde viene un texto

provenance-original = Texto original.
provenance-human = Traducido por una persona.
provenance-machine = Traducción automática — todavía no la ha revisado una persona.
provenance-imported = Importado de otro directorio.
translation-stale = El texto original cambió después de esta traducción; puede estar desactualizada.
fallback-notice = Esto todavía no está disponible en { $requested }, por eso se muestra en { $shown }.

## Temas

topic-know-your-rights = Conozca sus derechos
topic-daca = DACA
topic-citizenship = Ciudadanía
topic-id-card = Tarjetas de identificación
topic-legal-aid = Ayuda legal
topic-immigration-fraud = Fraudes de inmigración
topic-health = Salud
topic-education = Educación
topic-youth = Jóvenes
topic-parents = Padres y familias
topic-employment = Empleo y trabajo
topic-housing = Vivienda
topic-food = Alimentos
topic-language-classes = Clases de idiomas
topic-language-access = Intérpretes y traducción
topic-safety = Seguridad
topic-policing = Policía
topic-emergency-preparedness = Preparación para emergencias
topic-driving = Manejar
topic-consular-services = Servicios consulares
topic-civic-engagement = Participación cívica
topic-information-and-referral = Información y referencias

## Categorías del Welcoming Standard (Welcoming America)

welcoming-government-leadership = Liderazgo del gobierno
welcoming-civic-engagement = Participación cívica
welcoming-equitable-access = Acceso equitativo
welcoming-education = Educación
welcoming-connected-communities = Comunidades conectadas
welcoming-economic-development = Desarrollo económico
welcoming-safe-communities = Comunidades seguras

## Quién puede dar asesoría legal de inmigración

accreditation-doj-recognized-organization = Organización reconocida por el DOJ
    .explanation = Una organización sin fines de lucro a la que el Departamento de Justicia de EE. UU. permite dar ayuda legal de inmigración; los notarios y los “consultores de inmigración” no pueden hacerlo.
accreditation-accredited-representative = Representante acreditado
    .explanation = Una persona de una organización reconocida a quien el Departamento de Justicia de EE. UU. permite dar asesoría legal de inmigración; los notarios no pueden hacerlo.
accreditation-licensed-attorney = Abogado con licencia
    .explanation = Un abogado con licencia en un estado de EE. UU. puede dar asesoría legal de inmigración; en Estados Unidos, un notario no es abogado.

## Cómo ofrece un servicio un idioma

language-how-bilingual-staff = El personal habla este idioma
language-how-interpreter = Hay intérprete disponible
language-how-phone-line = Ayuda por teléfono en este idioma
language-how-written-material = Materiales escritos en este idioma

## Datos que cambian a menudo

changing-fact-notice = Este dato cambia con frecuencia. Última verificación: { $date }. Consulte la fuente oficial antes de actuar.

error-empty-query = Escriba una o dos palabras para buscar.
    .title = Búsqueda vacía
error-query-too-long = Esa búsqueda es demasiado larga. Use como máximo { $max } caracteres.
    .title = Búsqueda demasiado larga

## Web pages

site-name = Vecino
site-tagline = Ayuda para vecinos inmigrantes, en su idioma.
skip-to-content = Saltar al contenido principal
nav-home = Inicio
language-picker = Elija su idioma
footer-privacy = Vecino no usa cookies y no lo rastrea.
search-label = Buscar ayuda
search-hint = Por ejemplo: abogado, DACA, identificación, clínica
search-button = Buscar
search-title = Resultados de la búsqueda
search-count = Resultados: { $count }
search-none = No se encontró nada. Pruebe otras palabras o menos filtros.
search-error-near = Escriba un lugar como latitud y longitud, por ejemplo 37.34, -121.89.
home-topics = Buscar ayuda por tema
home-guides = Guías
home-events = Próximos eventos
home-no-events = Todavía no hay eventos próximos.
event-when = Cuándo:
event-where = Dónde:
services-title = Servicios
topic-search = Buscar este tema
kind-service = Servicio
kind-guide = Guía
kind-organization = Organización
kind-event = Evento
filters-title = Filtros
filter-kind = Tipo
filter-topic = Temas
filter-more = Mostrar solo
filter-accredited = Ayuda legal acreditada
filter-free = Gratis
filter-open-now = Abierto ahora
filter-language = Se ofrece en
filter-any = Cualquier idioma
filter-near = Cerca de (latitud, longitud)
filter-near-hint = Los resultados muestran su distancia a este lugar.
filter-locate = Usar mi ubicación
filter-apply = Aplicar filtros
distance-km = A { $km } km
pages-label = Más resultados
page-next = Página siguiente
page-previous = Página anterior

## Listings

organization-label = Ofrecido por
open-now = Abierto ahora
closed-now = Cerrado ahora
hours-unknown = Horario desconocido. Llame o revise el sitio web antes de ir.
hours-title = Horario
hours-timezone = Horas locales ({ $zone }).
weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miércoles
weekday-thursday = Jueves
weekday-friday = Viernes
weekday-saturday = Sábado
weekday-sunday = Domingo
languages-title = Idiomas
accreditation-none-legal = No tenemos constancia de que este servicio pueda dar asesoría legal de inmigración. Pida ver la prueba de acreditación antes de pagar o firmar algo.
verified-on = Revisado por una persona el { $date }.
not-verified = Aún no verificado por una persona.
sources-title = Fuentes
contact-title = Contacto
website = Sitio web
phone = Teléfono
email = Correo electrónico
guide-reviewed = Revisado el { $date }.
changing-intro = Algunos datos de esta página cambian a menudo. Están marcados con la fecha de su última revisión.
print-button = Imprimir
print-card = Tarjeta de bolsillo para imprimir
card-back = Volver a la guía
qr-label = Código QR de la dirección de esta página
qr-caption = Escanee este código para abrir la página en su teléfono.

## Report a problem

report-title = Reportar un problema
report-intro = ¿Hay algo incorrecto o desactualizado? Díganos y una persona lo revisará.
report-kind = ¿Qué está mal?
report-kind-closed = Ya cerró
report-kind-hours = El horario está mal
report-kind-contact = El teléfono, la dirección o el sitio web están mal
report-kind-information = Otra información está mal
report-kind-other = Otra cosa
report-details = ¿Qué debemos saber?
report-contact = Su correo o teléfono (opcional, solo si quiere respuesta)
report-privacy = No escriba datos privados como su estatus migratorio.
report-send = Enviar reporte
form-errors = Corrija los campos marcados.
report-error-kind = Elija qué está mal.
report-error-details = Escriba al menos { $min } caracteres.
report-error-too-long = Es demasiado largo: use como máximo { $max } caracteres.
report-thanks-title = Gracias
report-thanks = Gracias. Una persona revisará su reporte.
report-back = Volver al servicio

## Kiosk

kiosk-start-over = Empezar de nuevo
kiosk-idle-title = ¿Sigue ahí?
kiosk-idle-body = Para proteger su privacidad, esta pantalla empezará de nuevo pronto.
kiosk-idle-continue = Sigo aquí
kiosk-external = Aquí las direcciones web se muestran como texto: ábralas después en su propio teléfono o computadora.

## Páginas del personal (/admin). Traducción automática, pendiente de revisión humana.

error-unauthorized = Inicie sesión o envíe un token de API válido.
    .title = Sesión no iniciada
error-forbidden = Su cuenta no puede hacer esto.
    .title = No permitido
error-csrf = Este formulario venció o no vino de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
    .title = Formulario vencido
error-token-name = Dé al token un nombre de 1 a 100 caracteres.
    .title = Falta el nombre
admin-title = Personal
admin-cookie-notice = Las páginas del personal usan una cookie, solo para mantener su sesión abierta.
admin-login-title = Acceso del personal
admin-login-intro = Para las personas que mantienen este directorio al día. Los residentes nunca necesitan una cuenta.
admin-email = Correo electrónico
admin-password = Contraseña
admin-login-button = Iniciar sesión
admin-login-failed = El correo o la contraseña no son correctos.
admin-login-too-many = Demasiados intentos fallidos. Minutos de espera antes de intentarlo de nuevo: { $minutes }.
admin-logout = Cerrar sesión
admin-signed-in-as = Sesión iniciada como { $email } ({ $role }).
admin-role-admin = administrador
admin-role-editor = editor
admin-role-translator = traductor
admin-may-edit = Fichas que puede editar
admin-may-edit-all = Puede editar todas las fichas.
admin-may-translate = Idiomas a los que puede traducir: { $locales }
admin-verified = Verificado el { $date }
admin-not-verified = Aún sin verificar
admin-verify = Marcar como verificado
admin-tokens = Tokens de API
admin-token-name = ¿Para qué es este token?
admin-token-create = Crear token
admin-token-created = Copie este token ahora. No se volverá a mostrar.
admin-token-revoke = Revocar
admin-token-revoked = revocado
admin-audit = Registro de auditoría
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-record = Registro

## Traducciones (/admin/…/translations): the translation workflow. Traducción automática, pendiente de revisión humana.

admin-tr-link = Traducciones
admin-tr-title = Traducciones
admin-tr-intro = Para cada idioma: cuántos textos faltan, están desactualizados (su texto de origen cambió después de traducirlos), son traducción automática sin revisar, son importados o los tradujo una persona.
admin-tr-locales = Idiomas y el estado de sus traducciones
admin-tr-language = Idioma
admin-tr-kind-service = Servicio
admin-tr-kind-organization = Organización
admin-tr-kind-guide = Guía
admin-tr-kind-event = Evento
admin-tr-field-name = Nombre
admin-tr-field-description = Descripción
admin-tr-field-title = Título
admin-tr-field-summary = Resumen
admin-tr-field-body = Texto (Markdown)
admin-tr-state-missing = Falta
admin-tr-state-stale = Desactualizada
admin-tr-state-machine = Automática
admin-tr-state-imported = Importada
admin-tr-state-human = Humana
admin-tr-list-title = Traducciones al { $language }
admin-tr-counts = Recuento
admin-tr-kind = Tipo
admin-tr-texts = Textos
admin-tr-state = Estado
admin-tr-any = Cualquiera
admin-tr-filter = Filtrar
admin-tr-total = Textos encontrados: { $count }
admin-tr-none = No hay nada aquí.
admin-tr-record = Registro
admin-tr-field = Campo
admin-tr-source = Idioma de origen
admin-tr-pages = Páginas
admin-tr-prev = Página anterior
admin-tr-next = Página siguiente
admin-tr-page-of = Página { $page } de { $pages }
admin-tr-edit-title = Traducir: { $field } en { $language }
admin-tr-saved = Guardado.
admin-tr-stale-title = El texto de origen cambió
admin-tr-stale-since = Esta traducción se hizo a partir de un texto de origen anterior. El registro cambió por última vez el { $date }.
admin-tr-stale-diff = Lo que cambió en el origen (palabras quitadas tachadas, palabras nuevas subrayadas):
admin-tr-stale-old = El texto de origen del que se hizo esta traducción:
admin-tr-stale-unknown = No se guardó el texto de origen anterior: compare la traducción con el origen de abajo.
admin-tr-source-in = Origen ({ $language })
admin-tr-translation-in = Traducción ({ $language })
admin-tr-text-label = { $field } en { $language }
admin-tr-save = Guardar traducción
admin-tr-preview = Vista previa
admin-tr-review-hint = Si la traducción está bien tal como está, márquela como revisada sin volver a escribirla.
admin-tr-review = Marcar como revisada
admin-tr-reviewed-by = por { $who } el { $date }
admin-tr-error-source-locale = El texto está escrito en este idioma: es el origen, no una traducción.
admin-tr-error-empty = Escriba la traducción antes de guardar.
admin-tr-error-too-long = La traducción es demasiado larga. Use como máximo { $max } caracteres.
admin-tr-error-marker = La marca “[changing:{ $marker }]” no es uno de los datos cambiantes de esta guía. Copie las marcas del origen.
admin-tr-error-source-changed = El texto de origen cambió mientras traducía. Revise el nuevo origen: su texto se conserva abajo.
admin-tr-error-invalid = Esta traducción no se puede guardar así. Revísela e inténtelo de nuevo.
admin-tr-error-nothing-to-review = Todavía no hay traducción en este idioma para revisar.

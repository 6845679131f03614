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

## Editor: fichas, guías, eventos, lugares, reportes y cuentas (/admin). Traducción automática, pendiente de revisión humana.

error-invalid-record = El campo «{ $field }» no es válido: { $reason }
    .title = No se guardó
admin-back-home = Volver al inicio del personal
admin-save = Guardar
admin-saved = Guardado. La búsqueda y el próximo paquete incluirán el cambio.
admin-form-has-errors = No se guardó nada. Corrija los campos marcados abajo.
admin-view-public = Ver la página pública
admin-delete = Eliminar
admin-delete-question = ¿Eliminar «{ $name }»? No se puede deshacer.
admin-delete-confirm = Sí, eliminar
admin-cancel = Cancelar
admin-none = Ninguno
admin-organizations = Organizaciones
admin-guides = Guías
admin-events = Eventos
admin-service = Servicio
admin-places = Lugares y horarios
admin-add-place = Añadir un lugar
admin-new-organization = Nueva organización
admin-new-service = Nuevo servicio
admin-new-guide = Nueva guía
admin-new-event = Nuevo evento
admin-edit-organization = Editar organización: { $name }
admin-edit-service = Editar servicio: { $name }
admin-edit-guide = Editar guía: { $name }
admin-edit-event = Editar evento: { $name }
admin-new-place = Nuevo lugar para { $name }
admin-edit-place = Lugar de { $name }
admin-field-language = Idioma en que está escrito
admin-field-name = Nombre
admin-field-slug = Nombre en la dirección web
admin-field-description = Descripción
admin-field-url = Sitio web
admin-field-email = Correo electrónico
admin-field-phones = Teléfonos
admin-field-sources = Fuentes
admin-field-organization = Organización
admin-field-status = Estado
admin-field-topics = Temas
admin-field-accreditation = Acreditación legal
admin-field-free = Gratuito
admin-field-languages = Idiomas que se ofrecen
admin-field-timezone = Zona horaria
admin-field-hours = Horario
admin-field-title = Título
admin-field-summary = Resumen
admin-field-body = Texto
admin-field-reviewed_at = Comprobado con sus fuentes el
admin-field-facts = Datos que cambian
admin-field-starts = Empieza
admin-field-ends = Termina
admin-field-event_languages = Idiomas del evento
admin-field-place_name = Nombre del lugar
admin-field-place_slug = Nombre del lugar en la dirección web
admin-field-address_1 = Dirección
admin-field-city = Ciudad
admin-field-state_province = Estado
admin-field-postal_code = Código postal
admin-field-country = País
admin-field-latitude = Latitud
admin-field-longitude = Longitud
admin-field-precision = Precisión del punto
admin-field-accessibility = Accesibilidad
admin-field-role = Función
admin-field-organizations = Organizaciones (editores)
admin-field-locales = Idiomas (traductores)
admin-hint-slug = Minúsculas, dígitos y guiones. Déjelo vacío para crearlo a partir del nombre.
admin-hint-country = Código de país de dos letras, por ejemplo US.
admin-hint-timezone = Zona horaria IANA, por ejemplo America/Los_Angeles o America/New_York.
admin-hint-phones = Un número por línea.
admin-hint-sources = Una por línea: título | dirección web. Cada ficha cita al menos una fuente.
admin-hint-languages = Una por línea: código de idioma y modo, por ejemplo «es bilingual-staff», «vi interpreter», «ar phone-line», «ko written-material».
admin-hint-hours = Una regla por línea, con los días en inglés: «mon-fri 09:00-17:00», «sat 10:00-12:00, 13:00-15:00», «daily 00:00-24:00». Fechas distintas: «2026-12-25 closed Navidad» o «2026-12-24 09:00-12:00». Déjelo vacío si no se conoce el horario.
admin-hint-markdown = Markdown. Marque un dato que cambia con [changing:su-id] y anótelo abajo.
admin-hint-facts = Uno por línea: id | fecha en que era cierto | dirección web para comprobarlo, por ejemplo «n400-fee | 2026-01-15 | https://www.uscis.gov/n-400».
admin-hint-event-languages = Códigos de idioma separados por comas, por ejemplo «es, en».
admin-hint-written-in = Escrito en { $language }. Si lo cambia, sus traducciones quedan desactualizadas.
admin-hint-source-text = Escríbalo en el idioma elegido arriba; los traductores parten de este texto.
admin-hint-password = Al menos { $min } caracteres. Entréguesela a la persona en privado.
admin-hint-organizations = Nombres de organizaciones en la dirección web, separados por comas.
admin-hint-locales = Códigos de idioma separados por comas, por ejemplo «es, vi».
admin-precision-exact = El edificio mismo
admin-precision-city = Solo la ciudad
admin-feature-wheelchair-accessible = Accesible en silla de ruedas
admin-feature-accessible-restroom = Baño accesible
admin-feature-hearing-loop = Bucle de inducción auditiva
admin-feature-sign-language = Lengua de señas
admin-feature-braille = Braille
admin-feature-large-print = Letra grande
admin-feature-accessible-parking = Estacionamiento accesible
admin-feature-near-public-transit = Cerca del transporte público
admin-free-unknown = No se sabe
admin-free-yes = Sí, una fuente dice que es gratuito
admin-free-no = No
admin-status-active = Activo
admin-status-inactive = En pausa
admin-status-defunct = Cerrado definitivamente
admin-error-invalid = Este valor no es válido.
admin-error-required = Este campo es obligatorio.
admin-error-line = Línea { $line }: { $problem }
admin-error-slug = Use minúsculas, dígitos y guiones simples (por ejemplo «clinica-legal»).
admin-error-slug-taken = Otro registro ya usa este nombre en la dirección web.
admin-error-phone = no es un número de teléfono.
admin-error-coordinates = Indique latitud y longitud como números válidos, por ejemplo 37.34 y -121.89.
admin-error-timezone = No conocemos esta zona horaria. Use un nombre como America/Los_Angeles.
admin-error-sources = Indique al menos una fuente.
admin-error-source-line = escríbala como «título | https://…».
admin-error-language-line = escriba un código de idioma y cómo se ofrece, por ejemplo «es bilingual-staff».
admin-error-fact-line = escríbalo como «id | 2026-01-15 | https://…».
admin-error-schedule-day = no es un día (mon … sun, mon-fri, sat,sun, daily) ni una fecha (2026-12-25).
admin-error-schedule-hours = el horario debe tener la forma 09:00-17:00 (varios separados por comas), o «closed» después de una fecha.
admin-error-exceptions = Dos líneas dan horario para la misma fecha.
admin-error-email = No es una dirección de correo electrónico.
admin-error-url = No es una dirección web (https://…).
admin-error-locale = No reconocemos este código de idioma.
admin-error-topics = Elija al menos un tema.
admin-error-accreditation = La acreditación legal solo se aplica a un servicio legal: elija también un tema legal.
admin-error-ends-at = Un evento no puede terminar antes de empezar.
admin-error-body = El texto marca un dato [changing:…] que no está en «Datos que cambian».
admin-error-address = La dirección necesita una ciudad y un código de país de dos letras.
admin-error-country = Use un código de país de dos letras, por ejemplo US.
admin-error-text = Este texto no puede estar vacío.
admin-error-organization = Elija una de sus organizaciones.
admin-error-date = Indique una fecha.
admin-error-datetime = Indique una fecha y una hora.
admin-error-in-use = No se puede eliminar mientras tenga servicios o eventos.
admin-error-unknown-organization = No hay ninguna organización llamada «{ $slug }».
admin-error-organizations = Un editor necesita al menos una organización.
admin-error-locales = Un traductor necesita al menos un idioma.
admin-error-role = Elija una función, con un alcance que le corresponda.
admin-error-password = La contraseña necesita al menos { $min } caracteres.
admin-error-email-taken = Otra cuenta ya usa este correo.
admin-reports = Reportes de problemas
admin-reports-waiting = Reportes de problemas pendientes: { $count }
admin-reports-none = No hay reportes pendientes.
admin-report-listing-gone = una ficha que ya no existe
admin-report-contact = Cómo contactar a la persona
admin-edit-listing = Editar la ficha
admin-report-note = Nota (lo que hizo)
admin-report-resolve = Resuelto
admin-report-dismiss = Descartar
admin-accounts = Cuentas del personal
admin-accounts-list = Cuentas
admin-account-add = Añadir una cuenta
admin-account-disabled = desactivada el { $date }
admin-account-disable = Desactivar esta cuenta
admin-audit-change = Cambio
## Paquetes sin conexión (/offline/). Traducción automática, pendiente de revisión humana.

offline-use = Usar sin conexión (para promotoras)
offline-title = Vecino sin conexión
offline-intro = Guarde en este teléfono los servicios y guías de su región. Después de descargarlos y comprobarlos, funcionan sin señal.
offline-language = Idioma
offline-languages = Idiomas que guardar
offline-region = Región
offline-download = Descargar y comprobar
offline-downloading = Descargando y comprobando…
offline-progress = { $done } de { $total }
offline-choose-language = Elija al menos un idioma.
offline-no-bundles = Aquí todavía no se publica ningún paquete sin conexión.
offline-no-key = Este servidor todavía no tiene clave para firmar paquetes, así que no se puede comprobar nada.
offline-network-error = No hay conexión con el servidor. Lo que está en este teléfono se queda aquí.
offline-verified = Comprobado: la firma y cada archivo.
offline-held = Versión { $seq } de { $region }, publicada el { $date }.
offline-stale = Este paquete pasó su fecha de vencimiento ({ $date }). Parte de la información puede estar desactualizada: actualícelo cuando tenga señal.
offline-update = Buscar actualizaciones
offline-up-to-date = Tiene la versión más reciente.
offline-updated = Actualizado a la versión { $seq }.
offline-rollback = Rechazado: la versión { $seq } es más antigua que la versión { $held }, que ya se vio en este teléfono. Alguien podría estar trayendo información vieja.
offline-conflict = Atención: dos paquetes distintos dicen ser la versión { $seq }. No se cambió nada. Avise a quienes publican este directorio.
offline-rejected = Rechazado: este paquete no pasó la comprobación ({ $reason }). No se guardó nada.
offline-reason-signature = no está firmado con la clave de este directorio
offline-reason-revoked = su clave de firma fue revocada
offline-reason-damaged = un archivo fue cambiado, cortado o sustituido
offline-reason-format = no es un paquete que esta aplicación pueda leer
offline-reason-base = la actualización no sigue a la versión de este teléfono
offline-share = Compartir este paquete
offline-import = Recibir un paquete de otro teléfono
offline-import-label = Archivo del paquete (.vecino)
offline-imported = Recibido y comprobado: versión { $seq } de { $region }.
offline-search-label = Buscar en este teléfono
offline-search-button = Buscar
offline-search-unavailable = La búsqueda todavía no está disponible en este teléfono. Consulte las listas.
offline-results = Resultados
offline-no-results = No se encontró nada.
offline-listings = Servicios
offline-guides = Guías
offline-back = Volver
offline-phones = Teléfono
offline-address = Dirección
offline-hours = Horario
offline-website = Sitio web
offline-sources = Fuentes
offline-verified-on = Verificado el { $date }
offline-reviewed-on = Revisado el { $date }
offline-fact-as-of = Al { $date }
offline-in-language = Se muestra en { $language }: no está disponible en su idioma.
offline-not-found = No está en este paquete.
offline-remove = Quitar de este teléfono
offline-privacy = Todo se queda en este teléfono. Lo que busca no se envía a ningún lado.
offline-spoken = Idiomas que se hablan
offline-delta-refused = El archivo de actualización no pasó la comprobación, así que se descargó y comprobó la versión completa.
offline-events = Eventos
offline-reason-region = es la versión de otra región
offline-skip = Saltar al contenido

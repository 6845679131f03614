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

# Vecino: textos da interface em português do Brasil. Referência: locales/en/main.ftl.
# Não traduza o que está entre { $chaves }.

## Nomes de idiomas

language-self-name = Português (Brasil)
language-english-name = Portuguese (Brazil)

## Erros

error-not-found = Não encontramos a página ou o item que você procurou.
    .title = Não encontrado
error-guide-not-found = Não há nenhum guia no endereço “{ $slug }”.
    .title = Guia não encontrado
error-service-not-found = Não há nenhum serviço com o ID “{ $id }”.
    .title = Serviço não encontrado
error-organization-not-found = Não há nenhuma organização com o ID “{ $id }”.
    .title = Organização não encontrada
error-invalid-id = “{ $value }” não é um ID válido.
    .title = ID inválido
error-invalid-locale = “{ $value }” não é um código de idioma que reconhecemos; use um código como “es” ou “zh-Hant”.
    .title = Código de idioma desconhecido
error-invalid-parameter = O valor “{ $value }” não é válido para “{ $name }”.
    .title = Valor inválido
error-method-not-allowed = Este endereço não aceita este tipo de solicitação.
    .title = Solicitação não permitida
error-internal = Desculpe, algo deu errado do nosso lado; tente novamente mais tarde.
    .title = Algo deu errado
error-conflict = Outra pessoa alterou isto ao mesmo tempo; recarregue e tente novamente.
    .title = Alterado por outra pessoa

## De onde vem um texto

provenance-original = Texto original.
provenance-human = Traduzido por uma pessoa.
provenance-machine = Tradução automática — ainda não revisada por uma pessoa.
provenance-imported = Importado de outro diretório.
translation-stale = O texto original mudou depois desta tradução; ela pode estar desatualizada.
fallback-notice = Isto ainda não está disponível em { $requested }, por isso é mostrado em { $shown }.

## Temas

topic-know-your-rights = Conheça seus direitos
topic-daca = DACA
topic-citizenship = Cidadania
topic-id-card = Documentos de identidade
topic-legal-aid = Ajuda jurídica
topic-immigration-fraud = Golpes de imigração
topic-health = Saúde
topic-education = Educação
topic-youth = Jovens
topic-parents = Pais e famílias
topic-employment = Emprego e trabalho
topic-housing = Moradia
topic-food = Alimentação
topic-language-classes = Aulas de idiomas
topic-language-access = Intérpretes e tradução
topic-safety = Segurança
topic-policing = Polícia
topic-emergency-preparedness = Preparação para emergências
topic-driving = Dirigir
topic-consular-services = Serviços consulares
topic-civic-engagement = Participação cívica
topic-information-and-referral = Informação e encaminhamento

## Categorias do Welcoming Standard (Welcoming America)

welcoming-government-leadership = Liderança do governo
welcoming-civic-engagement = Participação cívica
welcoming-equitable-access = Acesso equitativo
welcoming-education = Educação
welcoming-connected-communities = Comunidades conectadas
welcoming-economic-development = Desenvolvimento econômico
welcoming-safe-communities = Comunidades seguras

## Quem pode dar orientação jurídica de imigração

accreditation-doj-recognized-organization = Organização reconhecida pelo DOJ
    .explanation = Uma organização sem fins lucrativos que o Departamento de Justiça dos EUA autoriza a dar ajuda jurídica de imigração; “notarios” e “consultores de imigração” não podem.
accreditation-accredited-representative = Representante credenciado
    .explanation = Uma pessoa de uma organização reconhecida que o Departamento de Justiça dos EUA autoriza a dar orientação jurídica de imigração; “notarios” não podem.
accreditation-licensed-attorney = Advogado licenciado
    .explanation = Um advogado licenciado em um estado dos EUA pode dar orientação jurídica de imigração; nos Estados Unidos, um “notario” (tabelião) não é advogado.

## Como um serviço oferece um idioma

language-how-bilingual-staff = A equipe fala este idioma
language-how-interpreter = Intérprete disponível
language-how-phone-line = Ajuda por telefone neste idioma
language-how-written-material = Materiais escritos neste idioma

## Informações que mudam com frequência

changing-fact-notice = Esta informação muda com frequência. Última verificação: { $date }. Consulte a fonte oficial antes de agir.

error-empty-query = Digite uma ou duas palavras para pesquisar.
    .title = Pesquisa vazia
error-query-too-long = Essa pesquisa é longa demais. Use no máximo { $max } caracteres.
    .title = Pesquisa longa demais

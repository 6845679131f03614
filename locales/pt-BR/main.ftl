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

## Web pages

site-name = Vecino
site-tagline = Ajuda para vizinhos imigrantes, no seu idioma.
skip-to-content = Pular para o conteúdo principal
nav-home = Início
language-picker = Escolha seu idioma
footer-privacy = O Vecino não usa cookies e não rastreia você.
search-label = Procurar ajuda
search-hint = Por exemplo: advogado, DACA, documento de identidade, clínica
search-button = Buscar
search-title = Resultados da busca
search-count = Resultados: { $count }
search-none = Nada encontrado. Tente outras palavras ou menos filtros.
search-error-near = Escreva um lugar como latitude e longitude, por exemplo 37.34, -121.89.
home-topics = Encontre ajuda por tema
home-guides = Guias
home-events = Próximos eventos
home-no-events = Ainda não há eventos próximos.
event-when = Quando:
event-where = Onde:
services-title = Serviços
topic-search = Buscar este tema
kind-service = Serviço
kind-guide = Guia
kind-organization = Organização
kind-event = Evento
filters-title = Filtros
filter-kind = Tipo
filter-topic = Temas
filter-more = Mostrar só
filter-accredited = Ajuda jurídica credenciada
filter-free = Gratuito
filter-open-now = Aberto agora
filter-language = Oferecido em
filter-any = Qualquer idioma
filter-near = Perto de (latitude, longitude)
filter-near-hint = Os resultados mostram a distância até este lugar.
filter-locate = Usar minha localização
filter-apply = Aplicar filtros
distance-km = A { $km } km
pages-label = Mais resultados
page-next = Próxima página
page-previous = Página anterior

## Listings

organization-label = Oferecido por
open-now = Aberto agora
closed-now = Fechado agora
hours-unknown = Horário desconhecido. Ligue ou veja o site antes de ir.
hours-title = Horário
hours-timezone = Horário local ({ $zone }).
weekday-monday = Segunda-feira
weekday-tuesday = Terça-feira
weekday-wednesday = Quarta-feira
weekday-thursday = Quinta-feira
weekday-friday = Sexta-feira
weekday-saturday = Sábado
weekday-sunday = Domingo
languages-title = Idiomas
accreditation-none-legal = Não temos registro de que este serviço possa dar orientação jurídica de imigração. Peça a prova de credenciamento antes de pagar ou assinar algo.
verified-on = Conferido por uma pessoa em { $date }.
not-verified = Ainda não conferido por uma pessoa.
sources-title = Fontes
contact-title = Contato
website = Site
phone = Telefone
email = E-mail
guide-reviewed = Revisado em { $date }.
changing-intro = Alguns fatos desta página mudam com frequência. Eles mostram a data da última conferência.
print-button = Imprimir
print-card = Cartão de bolso para imprimir
card-back = Voltar ao guia
qr-label = Código QR do endereço desta página
qr-caption = Leia este código para abrir a página no seu celular.

## Report a problem

report-title = Informar um problema
report-intro = Algo está errado ou desatualizado? Conte para nós e uma pessoa vai conferir.
report-kind = O que está errado?
report-kind-closed = Fechou
report-kind-hours = O horário está errado
report-kind-contact = O telefone, endereço ou site está errado
report-kind-information = Outra informação está errada
report-kind-other = Outra coisa
report-details = O que devemos saber?
report-contact = Seu e-mail ou telefone (opcional, só se quiser resposta)
report-privacy = Não escreva dados privados, como sua situação imigratória.
report-send = Enviar
form-errors = Corrija os campos marcados.
report-error-kind = Escolha o que está errado.
report-error-details = Escreva pelo menos { $min } caracteres.
report-error-too-long = Muito longo: use no máximo { $max } caracteres.
report-thanks-title = Obrigado
report-thanks = Obrigado. Uma pessoa vai conferir seu relato.
report-back = Voltar ao serviço

## Kiosk

kiosk-start-over = Recomeçar
kiosk-idle-title = Você ainda está aí?
kiosk-idle-body = Para proteger sua privacidade, esta tela vai recomeçar em breve.
kiosk-idle-continue = Ainda estou aqui
kiosk-external = Aqui os endereços da web aparecem como texto: abra-os depois no seu celular ou computador.

## Páginas da equipe (/admin). Tradução automática, aguardando revisão humana.

error-unauthorized = Entre na sua conta ou envie um token de API válido.
    .title = Não conectado
error-forbidden = Sua conta não pode fazer isso.
    .title = Não permitido
error-csrf = Este formulário expirou ou não veio deste site. Volte, recarregue a página e tente de novo.
    .title = Formulário expirado
error-token-name = Dê ao token um nome de 1 a 100 caracteres.
    .title = Nome ausente
admin-title = Equipe
admin-cookie-notice = As páginas da equipe usam um cookie, apenas para manter você conectado.
admin-login-title = Acesso da equipe
admin-login-intro = Para as pessoas que mantêm este diretório atualizado. Moradores nunca precisam de conta.
admin-email = E-mail
admin-password = Senha
admin-login-button = Entrar
admin-login-failed = O e-mail ou a senha estão errados.
admin-login-too-many = Tentativas demais sem sucesso. Minutos de espera antes de tentar de novo: { $minutes }.
admin-logout = Sair
admin-signed-in-as = Conectado como { $email } ({ $role }).
admin-role-admin = administrador
admin-role-editor = editor
admin-role-translator = tradutor
admin-may-edit = Cadastros que você pode editar
admin-may-edit-all = Você pode editar todos os cadastros.
admin-may-translate = Idiomas para os quais você pode traduzir: { $locales }
admin-verified = Verificado em { $date }
admin-not-verified = Ainda não verificado
admin-verify = Marcar como verificado
admin-tokens = Tokens de API
admin-token-name = Para que serve este token?
admin-token-create = Criar token
admin-token-created = Copie este token agora. Ele não será mostrado de novo.
admin-token-revoke = Revogar
admin-token-revoked = revogado
admin-audit = Registro de auditoria
admin-audit-when = Quando
admin-audit-who = Quem
admin-audit-what = O quê
admin-audit-record = Registro

## Traduções (/admin/…/translations): the translation workflow. Tradução automática, aguardando revisão humana.

admin-tr-link = Traduções
admin-tr-title = Traduções
admin-tr-intro = Para cada idioma: quantos textos faltam, estão desatualizados (o texto de origem mudou depois da tradução), são tradução automática ainda não revisada, foram importados ou foram traduzidos por uma pessoa.
admin-tr-locales = Idiomas e o estado das suas traduções
admin-tr-language = Idioma
admin-tr-kind-service = Serviço
admin-tr-kind-organization = Organização
admin-tr-kind-guide = Guia
admin-tr-kind-event = Evento
admin-tr-field-name = Nome
admin-tr-field-description = Descrição
admin-tr-field-title = Título
admin-tr-field-summary = Resumo
admin-tr-field-body = Texto (Markdown)
admin-tr-state-missing = Faltando
admin-tr-state-stale = Desatualizada
admin-tr-state-machine = Automática
admin-tr-state-imported = Importada
admin-tr-state-human = Humana
admin-tr-list-title = Traduções para { $language }
admin-tr-counts = Contagem
admin-tr-kind = Tipo
admin-tr-texts = Textos
admin-tr-state = Estado
admin-tr-any = Qualquer
admin-tr-filter = Filtrar
admin-tr-total = Textos encontrados: { $count }
admin-tr-none = Nada aqui.
admin-tr-record = Registro
admin-tr-field = Campo
admin-tr-source = Idioma de origem
admin-tr-pages = Páginas
admin-tr-prev = Página anterior
admin-tr-next = Próxima página
admin-tr-page-of = Página { $page } de { $pages }
admin-tr-edit-title = Traduzir: { $field } em { $language }
admin-tr-saved = Salvo.
admin-tr-stale-title = O texto de origem mudou
admin-tr-stale-since = Esta tradução foi feita a partir de um texto de origem mais antigo. O registro mudou pela última vez em { $date }.
admin-tr-stale-diff = O que mudou na origem (palavras removidas riscadas, palavras novas sublinhadas):
admin-tr-stale-old = O texto de origem a partir do qual esta tradução foi feita:
admin-tr-stale-unknown = O texto de origem anterior não foi guardado: compare a tradução com a origem abaixo.
admin-tr-source-in = Origem ({ $language })
admin-tr-translation-in = Tradução ({ $language })
admin-tr-text-label = { $field } em { $language }
admin-tr-save = Salvar tradução
admin-tr-preview = Pré-visualizar
admin-tr-review-hint = Se a tradução estiver certa como está, marque-a como revisada sem digitá-la de novo.
admin-tr-review = Marcar como revisada
admin-tr-reviewed-by = por { $who } em { $date }
admin-tr-error-source-locale = O texto está escrito neste idioma: é a origem, não uma tradução.
admin-tr-error-empty = Digite a tradução antes de salvar.
admin-tr-error-too-long = A tradução é longa demais. Use no máximo { $max } caracteres.
admin-tr-error-marker = A marca “[changing:{ $marker }]” não é um dos fatos variáveis deste guia. Copie as marcas da origem.
admin-tr-error-source-changed = O texto de origem mudou enquanto você traduzia. Confira a nova origem: seu texto foi mantido abaixo.
admin-tr-error-invalid = Esta tradução não pode ser salva assim. Confira e tente de novo.
admin-tr-error-nothing-to-review = Ainda não há tradução neste idioma para revisar.

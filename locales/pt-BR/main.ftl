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

## Editor: fichas, guias, eventos, locais, denúncias e contas (/admin). Tradução automática, aguardando revisão humana.

error-invalid-record = O campo “{ $field }” não é válido: { $reason }
    .title = Não foi salvo
admin-back-home = Voltar ao início da equipe
admin-save = Salvar
admin-saved = Salvo. A busca e o próximo pacote incluirão a mudança.
admin-form-has-errors = Nada foi salvo. Corrija os campos marcados abaixo.
admin-view-public = Ver a página pública
admin-delete = Excluir
admin-delete-question = Excluir “{ $name }”? Isto não pode ser desfeito.
admin-delete-confirm = Sim, excluir
admin-cancel = Cancelar
admin-none = Nenhum
admin-organizations = Organizações
admin-guides = Guias
admin-events = Eventos
admin-service = Serviço
admin-places = Locais e horários
admin-add-place = Adicionar um local
admin-new-organization = Nova organização
admin-new-service = Novo serviço
admin-new-guide = Novo guia
admin-new-event = Novo evento
admin-edit-organization = Editar organização: { $name }
admin-edit-service = Editar serviço: { $name }
admin-edit-guide = Editar guia: { $name }
admin-edit-event = Editar evento: { $name }
admin-new-place = Novo local para { $name }
admin-edit-place = Local de { $name }
admin-field-language = Idioma em que está escrito
admin-field-name = Nome
admin-field-slug = Nome no endereço web
admin-field-description = Descrição
admin-field-url = Site
admin-field-email = E-mail
admin-field-phones = Telefones
admin-field-sources = Fontes
admin-field-organization = Organização
admin-field-status = Situação
admin-field-topics = Temas
admin-field-accreditation = Credenciamento jurídico
admin-field-free = Gratuito
admin-field-languages = Idiomas oferecidos
admin-field-timezone = Fuso horário
admin-field-hours = Horário
admin-field-title = Título
admin-field-summary = Resumo
admin-field-body = Texto
admin-field-reviewed_at = Conferido com as fontes em
admin-field-facts = Dados que mudam
admin-field-starts = Começa
admin-field-ends = Termina
admin-field-event_languages = Idiomas do evento
admin-field-place_name = Nome do local
admin-field-place_slug = Nome do local no endereço web
admin-field-address_1 = Endereço
admin-field-city = Cidade
admin-field-state_province = Estado
admin-field-postal_code = CEP
admin-field-country = País
admin-field-latitude = Latitude
admin-field-longitude = Longitude
admin-field-precision = Precisão do ponto
admin-field-accessibility = Acessibilidade
admin-field-role = Função
admin-field-organizations = Organizações (editores)
admin-field-locales = Idiomas (tradutores)
admin-hint-slug = Letras minúsculas, dígitos e hifens. Deixe vazio para criar a partir do nome.
admin-hint-country = Código de país de duas letras, por exemplo US.
admin-hint-timezone = Fuso horário IANA, por exemplo America/Los_Angeles ou America/New_York.
admin-hint-phones = Um número por linha.
admin-hint-sources = Uma por linha: título | endereço web. Toda ficha cita ao menos uma fonte.
admin-hint-languages = Um por linha: código do idioma e modo, por exemplo “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = Uma regra por linha, com os dias em inglês: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. Datas diferentes: “2026-12-25 closed Natal” ou “2026-12-24 09:00-12:00”. Deixe vazio se o horário não for conhecido.
admin-hint-markdown = Markdown. Marque um dado que muda com [changing:seu-id] e liste-o abaixo.
admin-hint-facts = Um por linha: id | data em que era verdade | endereço web para conferir, por exemplo “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = Códigos de idioma separados por vírgulas, por exemplo “es, en”.
admin-hint-written-in = Escrito em { $language }. Alterá-lo marca as traduções como desatualizadas.
admin-hint-source-text = Escreva no idioma escolhido acima; os tradutores partem deste texto.
admin-hint-password = Pelo menos { $min } caracteres. Entregue à pessoa em particular.
admin-hint-organizations = Nomes de organizações no endereço web, separados por vírgulas.
admin-hint-locales = Códigos de idioma separados por vírgulas, por exemplo “es, vi”.
admin-precision-exact = O próprio prédio
admin-precision-city = Só a cidade
admin-feature-wheelchair-accessible = Acessível para cadeira de rodas
admin-feature-accessible-restroom = Banheiro acessível
admin-feature-hearing-loop = Aro magnético
admin-feature-sign-language = Língua de sinais
admin-feature-braille = Braille
admin-feature-large-print = Letra grande
admin-feature-accessible-parking = Estacionamento acessível
admin-feature-near-public-transit = Perto do transporte público
admin-free-unknown = Não se sabe
admin-free-yes = Sim, uma fonte diz que é gratuito
admin-free-no = Não
admin-status-active = Ativo
admin-status-inactive = Pausado
admin-status-defunct = Fechado definitivamente
admin-error-invalid = Este valor não é válido.
admin-error-required = Este campo é obrigatório.
admin-error-line = Linha { $line }: { $problem }
admin-error-slug = Use letras minúsculas, dígitos e hifens simples (por exemplo “clinica-juridica”).
admin-error-slug-taken = Outro registro já usa este nome no endereço web.
admin-error-phone = não é um número de telefone.
admin-error-coordinates = Informe latitude e longitude como números válidos, por exemplo 37.34 e -121.89.
admin-error-timezone = Não conhecemos este fuso horário. Use um nome como America/Los_Angeles.
admin-error-sources = Informe ao menos uma fonte.
admin-error-source-line = escreva como “título | https://…”.
admin-error-language-line = escreva um código de idioma e como é oferecido, por exemplo “es bilingual-staff”.
admin-error-fact-line = escreva como “id | 2026-01-15 | https://…”.
admin-error-schedule-day = não é um dia (mon … sun, mon-fri, sat,sun, daily) nem uma data (2026-12-25).
admin-error-schedule-hours = o horário deve ser como 09:00-17:00 (vários separados por vírgulas), ou “closed” depois de uma data.
admin-error-exceptions = Duas linhas dão horário para a mesma data.
admin-error-email = Não é um endereço de e-mail.
admin-error-url = Não é um endereço web (https://…).
admin-error-locale = Não reconhecemos este código de idioma.
admin-error-topics = Escolha ao menos um tema.
admin-error-accreditation = O credenciamento jurídico só se aplica a um serviço jurídico: escolha também um tema jurídico.
admin-error-ends-at = Um evento não pode terminar antes de começar.
admin-error-body = O texto marca um dado [changing:…] que não está em “Dados que mudam”.
admin-error-address = O endereço precisa de uma cidade e de um código de país de duas letras.
admin-error-country = Use um código de país de duas letras, por exemplo US.
admin-error-text = Este texto não pode ficar vazio.
admin-error-organization = Escolha uma das suas organizações.
admin-error-date = Informe uma data.
admin-error-datetime = Informe uma data e uma hora.
admin-error-in-use = Não pode ser excluído enquanto tiver serviços ou eventos.
admin-error-unknown-organization = Não há organização chamada “{ $slug }”.
admin-error-organizations = Um editor precisa de ao menos uma organização.
admin-error-locales = Um tradutor precisa de ao menos um idioma.
admin-error-role = Escolha uma função, com um escopo adequado.
admin-error-password = A senha precisa de pelo menos { $min } caracteres.
admin-error-email-taken = Outra conta já usa este e-mail.
admin-reports = Denúncias de problemas
admin-reports-waiting = Denúncias de problemas pendentes: { $count }
admin-reports-none = Não há denúncias pendentes.
admin-report-listing-gone = uma ficha que não existe mais
admin-report-contact = Como contatar a pessoa
admin-edit-listing = Editar a ficha
admin-report-note = Nota (o que você fez)
admin-report-resolve = Resolvido
admin-report-dismiss = Descartar
admin-accounts = Contas da equipe
admin-accounts-list = Contas
admin-account-add = Adicionar uma conta
admin-account-disabled = desativada em { $date }
admin-account-disable = Desativar esta conta
admin-audit-change = Mudança
## Pacotes offline. Tradução automática, aguardando revisão humana.

offline-use = Usar offline (para promotoras)
offline-title = Vecino offline
offline-intro = Guarde neste celular os serviços e guias da sua região. Depois de baixados e conferidos, funcionam sem sinal.
offline-language = Idioma
offline-languages = Idiomas a guardar
offline-region = Região
offline-download = Baixar e conferir
offline-downloading = Baixando e conferindo…
offline-progress = { $done } de { $total }
offline-choose-language = Escolha pelo menos um idioma.
offline-no-bundles = Ainda não há pacotes offline publicados aqui.
offline-no-key = Este servidor ainda não tem chave para assinar pacotes, então nada pode ser conferido.
offline-network-error = Sem conexão com o servidor. O que está neste celular continua aqui.
offline-verified = Conferido: a assinatura e cada arquivo.
offline-held = Versão { $seq } de { $region }, publicada em { $date }.
offline-stale = Este pacote passou da data de validade ({ $date }). Algumas informações podem estar desatualizadas: atualize quando tiver sinal.
offline-update = Procurar atualizações
offline-up-to-date = Você tem a versão mais recente.
offline-updated = Atualizado para a versão { $seq }.
offline-rollback = Recusado: a versão { $seq } é mais antiga que a versão { $held }, já vista neste celular. Alguém pode estar trazendo informações antigas.
offline-conflict = Atenção: dois pacotes diferentes dizem ser a versão { $seq }. Nada foi alterado. Avise quem publica este diretório.
offline-rejected = Recusado: este pacote não passou na conferência ({ $reason }). Nada foi guardado.
offline-reason-signature = não está assinado com a chave deste diretório
offline-reason-revoked = a chave de assinatura foi revogada
offline-reason-damaged = um arquivo foi alterado, cortado ou trocado
offline-reason-format = não é um pacote que este aplicativo consiga ler
offline-reason-base = a atualização não segue a versão deste celular
offline-share = Compartilhar este pacote
offline-import = Receber um pacote de outro celular
offline-import-label = Arquivo do pacote (.vecino)
offline-imported = Recebido e conferido: versão { $seq } de { $region }.
offline-search-label = Buscar neste celular
offline-search-button = Buscar
offline-search-unavailable = A busca ainda não está disponível neste celular. Veja as listas.
offline-results = Resultados
offline-no-results = Nada encontrado.
offline-listings = Serviços
offline-guides = Guias
offline-back = Voltar
offline-phones = Telefone
offline-address = Endereço
offline-hours = Horário
offline-website = Site
offline-sources = Fontes
offline-verified-on = Verificado em { $date }
offline-reviewed-on = Revisado em { $date }
offline-fact-as-of = Em { $date }
offline-in-language = Mostrado em { $language }: não disponível no seu idioma.
offline-not-found = Não está neste pacote.
offline-remove = Remover deste celular
offline-privacy = Tudo fica neste celular. O que você busca não é enviado a lugar nenhum.
offline-spoken = Idiomas falados
offline-delta-refused = O arquivo de atualização não passou na conferência, então a versão completa foi baixada e conferida.
offline-events = Eventos
offline-reason-region = é a versão de outra região
offline-skip = Pular para o conteúdo

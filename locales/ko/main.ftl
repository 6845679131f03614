# Vecino: 한국어 인터페이스 문구. 기준: locales/en/main.ftl.
# { $중괄호 } 안의 내용은 번역하지 마세요.

## 언어 이름

language-self-name = 한국어
language-english-name = Korean

## 오류

error-not-found = 요청하신 페이지나 항목을 찾을 수 없습니다.
    .title = 찾을 수 없음
error-guide-not-found = “{ $slug }” 주소에 해당하는 안내서가 없습니다.
    .title = 안내서를 찾을 수 없음
error-service-not-found = ID가 “{ $id }”인 서비스가 없습니다.
    .title = 서비스를 찾을 수 없음
error-organization-not-found = ID가 “{ $id }”인 기관이 없습니다.
    .title = 기관을 찾을 수 없음
error-invalid-id = “{ $value }”은(는) 올바른 ID가 아닙니다.
    .title = 잘못된 ID
error-invalid-locale = “{ $value }”은(는) 저희가 인식할 수 있는 언어 코드가 아니므로 “es”나 “zh-Hant” 같은 코드를 사용해 주세요.
    .title = 알 수 없는 언어 코드
error-invalid-parameter = “{ $value }”은(는) “{ $name }”에 사용할 수 없는 값입니다.
    .title = 잘못된 값
error-method-not-allowed = 이 주소에서는 이런 종류의 요청을 받지 않습니다.
    .title = 허용되지 않는 요청
error-internal = 죄송합니다. 저희 쪽에 문제가 생겼으니 잠시 후 다시 시도해 주세요.
    .title = 문제가 발생했습니다
error-conflict = 다른 사람이 동시에 이 내용을 변경했으니 다시 불러온 후 다시 시도해 주세요.
    .title = 다른 사람이 변경함

## 글의 출처

provenance-original = 원문입니다.
provenance-human = 사람이 번역했습니다.
provenance-machine = 기계 번역 — 아직 사람이 검토하지 않았습니다.
provenance-imported = 다른 디렉터리에서 가져왔습니다.
translation-stale = 번역한 뒤에 원문이 바뀌었으므로 최신 내용이 아닐 수 있습니다.
fallback-notice = 이 내용은 아직 { $requested }(으)로 제공되지 않아 { $shown }(으)로 표시합니다.

## 주제

topic-know-your-rights = 나의 권리 알기
topic-daca = DACA
topic-citizenship = 시민권
topic-id-card = 신분증
topic-legal-aid = 법률 지원
topic-immigration-fraud = 이민 사기
topic-health = 건강
topic-education = 교육
topic-youth = 청소년
topic-parents = 부모와 가족
topic-employment = 취업과 일자리
topic-housing = 주거
topic-food = 식품
topic-language-classes = 언어 수업
topic-language-access = 통역과 번역
topic-safety = 안전
topic-policing = 경찰
topic-emergency-preparedness = 비상 대비
topic-driving = 운전
topic-consular-services = 영사 서비스
topic-civic-engagement = 시민 참여
topic-information-and-referral = 정보 안내 및 연계

## Welcoming Standard 범주 (Welcoming America)

welcoming-government-leadership = 정부 리더십
welcoming-civic-engagement = 시민 참여
welcoming-equitable-access = 공평한 접근
welcoming-education = 교육
welcoming-connected-communities = 서로 연결된 지역사회
welcoming-economic-development = 경제 발전
welcoming-safe-communities = 안전한 지역사회

## 이민 법률 조언을 할 수 있는 사람

accreditation-doj-recognized-organization = 미국 법무부(DOJ) 인정 기관
    .explanation = 미국 법무부가 이민 법률 지원을 허가한 비영리 단체이며, 노타리오(notario)와 ‘이민 컨설턴트’는 이런 지원을 할 수 없습니다.
accreditation-accredited-representative = 공인 대리인
    .explanation = 인정 기관 소속으로 미국 법무부에서 이민 법률 조언을 허가받은 사람이며, 노타리오(notario)는 이런 조언을 할 수 없습니다.
accreditation-licensed-attorney = 면허를 가진 변호사
    .explanation = 미국 주 변호사 면허가 있는 변호사는 이민 법률 조언을 할 수 있으며, 미국에서 노타리오(notario)는 변호사가 아닙니다.

## 서비스가 언어를 제공하는 방법

language-how-bilingual-staff = 직원이 이 언어를 사용합니다
language-how-interpreter = 통역사 이용 가능
language-how-phone-line = 이 언어로 전화 도움 가능
language-how-written-material = 이 언어로 된 서면 자료

## 자주 바뀌는 정보

changing-fact-notice = 이 정보는 자주 바뀝니다. 마지막 확인일: { $date }. 행동하기 전에 공식 출처를 확인하세요.

error-empty-query = 검색할 단어를 한두 개 입력하세요.
    .title = 검색어 없음
error-query-too-long = 검색어가 너무 깁니다. 최대 { $max }자까지 입력하세요.
    .title = 검색어가 너무 김

## Web pages

site-name = Vecino
site-tagline = 이민자 이웃을 위한 도움, 여러분의 언어로.
skip-to-content = 본문으로 건너뛰기
nav-home = 홈
language-picker = 언어 선택
footer-privacy = Vecino는 쿠키를 사용하지 않으며 여러분을 추적하지 않습니다.
search-label = 도움 찾기
search-hint = 예: 변호사, DACA, 신분증, 진료소
search-button = 검색
search-title = 검색 결과
search-count = 결과: { $count }
search-none = 찾지 못했습니다. 다른 단어를 쓰거나 필터를 줄여 보세요.
search-error-near = 장소를 위도와 경도로 쓰세요. 예: 37.34, -121.89
home-topics = 주제별로 도움 찾기
home-guides = 안내서
home-events = 다가오는 행사
home-no-events = 아직 다가오는 행사가 없습니다.
event-when = 일시:
event-where = 장소:
services-title = 서비스
topic-search = 이 주제 검색
kind-service = 서비스
kind-guide = 안내서
kind-organization = 단체
kind-event = 행사
filters-title = 필터
filter-kind = 종류
filter-topic = 주제
filter-more = 다음만 보기
filter-accredited = 인가된 법률 지원
filter-free = 무료
filter-open-now = 지금 운영 중
filter-language = 제공 언어
filter-any = 모든 언어
filter-near = 근처 (위도, 경도)
filter-near-hint = 결과에 이 장소까지의 거리가 표시됩니다.
filter-locate = 내 위치 사용
filter-apply = 필터 적용
distance-km = { $km } km 거리
pages-label = 더 많은 결과
page-next = 다음 페이지
page-previous = 이전 페이지

## Listings

organization-label = 제공 단체:
open-now = 지금 운영 중
closed-now = 지금 운영 안 함
hours-unknown = 운영 시간을 모릅니다. 가기 전에 전화하거나 웹사이트를 확인하세요.
hours-title = 운영 시간
hours-timezone = 현지 시간 ({ $zone }) 기준입니다.
weekday-monday = 월요일
weekday-tuesday = 화요일
weekday-wednesday = 수요일
weekday-thursday = 목요일
weekday-friday = 금요일
weekday-saturday = 토요일
weekday-sunday = 일요일
languages-title = 언어
accreditation-none-legal = 이 서비스가 이민 법률 자문을 할 수 있다는 기록이 없습니다. 돈을 내거나 서명하기 전에 인가 증명을 보여 달라고 하세요.
verified-on = { $date }에 사람이 확인했습니다.
not-verified = 아직 사람이 확인하지 않았습니다.
sources-title = 출처
contact-title = 연락처
website = 웹사이트
phone = 전화
email = 이메일
guide-reviewed = { $date }에 검토했습니다.
changing-intro = 이 페이지의 일부 정보는 자주 바뀝니다. 마지막으로 확인한 날짜가 표시되어 있습니다.
print-button = 인쇄
print-card = 인쇄용 포켓 카드
card-back = 안내서로 돌아가기
qr-label = 이 페이지 주소의 QR 코드
qr-caption = 이 코드를 스캔하면 휴대폰에서 페이지가 열립니다.

## Report a problem

report-title = 문제 신고
report-intro = 틀리거나 오래된 정보가 있나요? 알려 주시면 사람이 확인합니다.
report-kind = 무엇이 틀렸나요?
report-kind-closed = 문을 닫았습니다
report-kind-hours = 운영 시간이 틀립니다
report-kind-contact = 전화, 주소 또는 웹사이트가 틀립니다
report-kind-information = 다른 정보가 틀립니다
report-kind-other = 기타
report-details = 무엇을 알려 주시겠어요?
report-contact = 이메일 또는 전화번호 (선택, 답변을 원할 때만)
report-privacy = 이민 신분 같은 개인 정보는 쓰지 마세요.
report-send = 신고 보내기
form-errors = 표시된 칸을 고쳐 주세요.
report-error-kind = 무엇이 틀렸는지 고르세요.
report-error-details = { $min }자 이상 쓰세요.
report-error-too-long = 너무 깁니다. { $max }자 이하로 쓰세요.
report-thanks-title = 감사합니다
report-thanks = 감사합니다. 사람이 신고 내용을 확인합니다.
report-back = 서비스로 돌아가기

## Kiosk

kiosk-start-over = 처음부터 다시
kiosk-idle-title = 아직 계신가요?
kiosk-idle-body = 개인 정보를 보호하기 위해 이 화면은 곧 처음으로 돌아갑니다.
kiosk-idle-continue = 아직 있어요
kiosk-external = 여기서는 웹 주소가 글자로만 표시됩니다. 나중에 본인 휴대폰이나 컴퓨터에서 여세요.

## 직원용 페이지(/admin). 기계 번역이며 아직 사람이 검토하지 않았습니다.

error-unauthorized = 로그인하거나 유효한 API 토큰을 보내 주세요.
    .title = 로그인하지 않음
error-forbidden = 이 계정으로는 이 작업을 할 수 없습니다.
    .title = 허용되지 않음
error-csrf = 이 양식이 만료되었거나 이 사이트에서 온 것이 아닙니다. 뒤로 가서 페이지를 새로 고친 후 다시 시도해 주세요.
    .title = 양식 만료
error-token-name = 토큰 이름을 1~100자로 정해 주세요.
    .title = 이름 없음
admin-title = 직원
admin-cookie-notice = 직원용 페이지는 로그인 상태를 유지하기 위해서만 쿠키 하나를 사용합니다.
admin-login-title = 직원 로그인
admin-login-intro = 이 안내 목록을 최신 상태로 관리하는 분들을 위한 페이지입니다. 주민은 계정이 필요 없습니다.
admin-email = 이메일
admin-password = 비밀번호
admin-login-button = 로그인
admin-login-failed = 이메일 또는 비밀번호가 틀렸습니다.
admin-login-too-many = 실패한 시도가 너무 많습니다. 다시 시도하기 전 기다려야 하는 시간(분): { $minutes }.
admin-logout = 로그아웃
admin-signed-in-as = { $email }({ $role }) 계정으로 로그인했습니다.
admin-role-admin = 관리자
admin-role-editor = 편집자
admin-role-translator = 번역자
admin-may-edit = 편집할 수 있는 항목
admin-may-edit-all = 모든 항목을 편집할 수 있습니다.
admin-may-translate = 번역할 수 있는 언어: { $locales }
admin-verified = { $date } 확인됨
admin-not-verified = 아직 확인되지 않음
admin-verify = 확인됨으로 표시
admin-tokens = API 토큰
admin-token-name = 이 토큰은 어디에 쓰나요?
admin-token-create = 토큰 만들기
admin-token-created = 지금 이 토큰을 복사하세요. 다시 표시되지 않습니다.
admin-token-revoke = 취소
admin-token-revoked = 취소됨
admin-audit = 감사 기록
admin-audit-when = 언제
admin-audit-who = 누가
admin-audit-what = 무엇을
admin-audit-record = 항목

## 번역 (/admin/…/translations): the translation workflow. 기계 번역이며 아직 사람이 검토하지 않았습니다.

admin-tr-link = 번역
admin-tr-title = 번역
admin-tr-intro = 언어별로 번역이 없는 텍스트, 오래된 텍스트(번역 후 원문이 바뀜), 아직 검토되지 않은 기계 번역, 가져온 텍스트, 사람이 번역한 텍스트가 몇 개인지 보여 줍니다.
admin-tr-locales = 언어와 번역 상태
admin-tr-language = 언어
admin-tr-kind-service = 서비스
admin-tr-kind-organization = 기관
admin-tr-kind-guide = 안내서
admin-tr-kind-event = 행사
admin-tr-field-name = 이름
admin-tr-field-description = 설명
admin-tr-field-title = 제목
admin-tr-field-summary = 요약
admin-tr-field-body = 본문(Markdown)
admin-tr-state-missing = 없음
admin-tr-state-stale = 오래됨
admin-tr-state-machine = 기계 번역
admin-tr-state-imported = 가져옴
admin-tr-state-human = 사람 번역
admin-tr-list-title = { $language } 번역
admin-tr-counts = 개수
admin-tr-kind = 종류
admin-tr-texts = 텍스트
admin-tr-state = 상태
admin-tr-any = 모두
admin-tr-filter = 거르기
admin-tr-total = 찾은 텍스트: { $count }
admin-tr-none = 여기에는 아무것도 없습니다.
admin-tr-record = 항목
admin-tr-field = 필드
admin-tr-source = 원문 언어
admin-tr-pages = 페이지
admin-tr-prev = 이전 페이지
admin-tr-next = 다음 페이지
admin-tr-page-of = { $pages }페이지 중 { $page }페이지
admin-tr-edit-title = 번역: { $field } ({ $language })
admin-tr-saved = 저장했습니다.
admin-tr-stale-title = 원문이 바뀌었습니다
admin-tr-stale-since = 이 번역은 이전 원문으로 만들어졌습니다. 이 항목은 { $date }에 마지막으로 바뀌었습니다.
admin-tr-stale-diff = 원문에서 바뀐 부분(지운 단어는 취소선, 새 단어는 밑줄):
admin-tr-stale-old = 이 번역의 바탕이 된 원문:
admin-tr-stale-unknown = 이전 원문이 보관되지 않았습니다. 번역을 아래 원문과 비교하세요.
admin-tr-source-in = 원문({ $language })
admin-tr-translation-in = 번역({ $language })
admin-tr-text-label = { $field }({ $language })
admin-tr-save = 번역 저장
admin-tr-preview = 미리 보기
admin-tr-review-hint = 번역이 그대로 맞다면 다시 입력하지 않고 검토 완료로 표시하세요.
admin-tr-review = 검토 완료로 표시
admin-tr-reviewed-by = { $who }, { $date }
admin-tr-error-source-locale = 이 텍스트는 이 언어로 쓰였습니다. 번역이 아니라 원문입니다.
admin-tr-error-empty = 저장하기 전에 번역을 입력하세요.
admin-tr-error-too-long = 번역이 너무 깁니다. 최대 { $max }자까지 쓸 수 있습니다.
admin-tr-error-marker = “[changing:{ $marker }]” 표시는 이 안내서의 바뀌는 정보가 아닙니다. 원문의 표시를 복사하세요.
admin-tr-error-source-changed = 번역하는 동안 원문이 바뀌었습니다. 새 원문을 확인하세요. 입력한 텍스트는 아래에 남아 있습니다.
admin-tr-error-invalid = 이 번역은 지금 상태로는 저장할 수 없습니다. 확인한 뒤 다시 시도하세요.
admin-tr-error-nothing-to-review = 이 언어로 검토할 번역이 아직 없습니다.

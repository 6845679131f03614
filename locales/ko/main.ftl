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

## 편집: 목록, 안내서, 행사, 장소, 신고 및 계정 (/admin). 기계 번역, 사람의 검토 전.

error-invalid-record = “{ $field }” 항목이 올바르지 않습니다: { $reason }
    .title = 저장되지 않음
admin-back-home = 직원 홈으로 돌아가기
admin-save = 저장
admin-saved = 저장했습니다. 검색과 다음 번들에 변경 사항이 반영됩니다.
admin-form-has-errors = 아무것도 저장되지 않았습니다. 아래 표시된 항목을 고쳐 주세요.
admin-view-public = 공개 페이지 보기
admin-delete = 삭제
admin-delete-question = “{ $name }”을(를) 삭제할까요? 되돌릴 수 없습니다.
admin-delete-confirm = 예, 삭제합니다
admin-cancel = 취소
admin-none = 없음
admin-organizations = 기관
admin-guides = 안내서
admin-events = 행사
admin-service = 서비스
admin-places = 장소와 운영 시간
admin-add-place = 장소 추가
admin-new-organization = 새 기관
admin-new-service = 새 서비스
admin-new-guide = 새 안내서
admin-new-event = 새 행사
admin-edit-organization = 기관 편집: { $name }
admin-edit-service = 서비스 편집: { $name }
admin-edit-guide = 안내서 편집: { $name }
admin-edit-event = 행사 편집: { $name }
admin-new-place = { $name }의 새 장소
admin-edit-place = { $name }의 장소
admin-field-language = 작성 언어
admin-field-name = 이름
admin-field-slug = 웹 주소용 이름
admin-field-description = 설명
admin-field-url = 웹사이트
admin-field-email = 이메일
admin-field-phones = 전화번호
admin-field-sources = 출처
admin-field-organization = 기관
admin-field-status = 상태
admin-field-topics = 주제
admin-field-accreditation = 법률 인가
admin-field-free = 무료
admin-field-languages = 제공 언어
admin-field-timezone = 시간대
admin-field-hours = 운영 시간
admin-field-title = 제목
admin-field-summary = 요약
admin-field-body = 본문
admin-field-reviewed_at = 출처와 대조한 날짜
admin-field-facts = 바뀌는 정보
admin-field-starts = 시작
admin-field-ends = 종료
admin-field-event_languages = 행사 언어
admin-field-place_name = 장소 이름
admin-field-place_slug = 장소의 웹 주소용 이름
admin-field-address_1 = 주소
admin-field-city = 도시
admin-field-state_province = 주
admin-field-postal_code = 우편번호
admin-field-country = 국가
admin-field-latitude = 위도
admin-field-longitude = 경도
admin-field-precision = 위치의 정확도
admin-field-accessibility = 접근성
admin-field-role = 역할
admin-field-organizations = 기관 (편집자)
admin-field-locales = 언어 (번역자)
admin-hint-slug = 영문 소문자, 숫자, 하이픈. 비워 두면 이름으로 만듭니다.
admin-hint-country = 두 글자 국가 코드, 예: US.
admin-hint-timezone = IANA 시간대, 예: America/Los_Angeles 또는 America/New_York.
admin-hint-phones = 한 줄에 번호 하나.
admin-hint-sources = 한 줄에 하나: 제목 | 웹 주소. 모든 목록은 출처를 하나 이상 밝힙니다.
admin-hint-languages = 한 줄에 하나: 언어 코드와 방식, 예: “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = 한 줄에 규칙 하나, 요일은 영어로: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. 다른 날짜: “2026-12-25 closed 성탄절” 또는 “2026-12-24 09:00-12:00”. 운영 시간을 모르면 비워 두세요.
admin-hint-markdown = Markdown. 바뀌는 정보는 [changing:아이디]로 표시하고 아래에 적으세요.
admin-hint-facts = 한 줄에 하나: 아이디 | 사실이었던 날짜 | 확인할 웹 주소, 예: “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = 쉼표로 구분한 언어 코드, 예: “es, en”.
admin-hint-written-in = { $language }(으)로 작성됨. 바꾸면 번역이 오래된 것으로 표시됩니다.
admin-hint-source-text = 위에서 고른 언어로 쓰세요. 번역자는 이 글을 바탕으로 번역합니다.
admin-hint-password = { $min }자 이상. 당사자에게 따로 전달하세요.
admin-hint-organizations = 기관의 웹 주소용 이름, 쉼표로 구분.
admin-hint-locales = 쉼표로 구분한 언어 코드, 예: “es, vi”.
admin-precision-exact = 건물 자체
admin-precision-city = 도시만
admin-feature-wheelchair-accessible = 휠체어 접근 가능
admin-feature-accessible-restroom = 장애인 화장실
admin-feature-hearing-loop = 청각 보조 루프
admin-feature-sign-language = 수어
admin-feature-braille = 점자
admin-feature-large-print = 큰 글씨
admin-feature-accessible-parking = 장애인 주차
admin-feature-near-public-transit = 대중교통 근처
admin-free-unknown = 알 수 없음
admin-free-yes = 예, 출처에 무료라고 나옵니다
admin-free-no = 아니요
admin-status-active = 운영 중
admin-status-inactive = 일시 중단
admin-status-defunct = 폐쇄
admin-error-invalid = 올바른 값이 아닙니다.
admin-error-required = 필수 항목입니다.
admin-error-line = { $line }번째 줄: { $problem }
admin-error-slug = 영문 소문자, 숫자, 하이픈 하나씩을 쓰세요 (예: “legal-aid-clinic”).
admin-error-slug-taken = 다른 기록이 이미 이 웹 주소용 이름을 씁니다.
admin-error-phone = 전화번호가 아닙니다.
admin-error-coordinates = 위도와 경도를 올바른 숫자로 쓰세요, 예: 37.34 와 -121.89.
admin-error-timezone = 알 수 없는 시간대입니다. America/Los_Angeles 같은 이름을 쓰세요.
admin-error-sources = 출처를 하나 이상 쓰세요.
admin-error-source-line = “제목 | https://…” 형식으로 쓰세요.
admin-error-language-line = 언어 코드와 제공 방식을 쓰세요, 예: “es bilingual-staff”.
admin-error-fact-line = “아이디 | 2026-01-15 | https://…” 형식으로 쓰세요.
admin-error-schedule-day = 요일(mon … sun, mon-fri, sat,sun, daily)이나 날짜(2026-12-25)가 아닙니다.
admin-error-schedule-hours = 시간은 09:00-17:00 형식(여러 개는 쉼표로 구분)이거나 날짜 뒤에 “closed”여야 합니다.
admin-error-exceptions = 두 줄이 같은 날짜의 시간을 정합니다.
admin-error-email = 이메일 주소가 아닙니다.
admin-error-url = 웹 주소(https://…)가 아닙니다.
admin-error-locale = 알 수 없는 언어 코드입니다.
admin-error-topics = 주제를 하나 이상 고르세요.
admin-error-accreditation = 법률 인가는 법률 서비스에만 해당합니다. 법률 주제도 고르세요.
admin-error-ends-at = 행사는 시작 전에 끝날 수 없습니다.
admin-error-body = 본문에 “바뀌는 정보”에 없는 [changing:…] 표시가 있습니다.
admin-error-address = 주소에는 도시와 두 글자 국가 코드가 필요합니다.
admin-error-country = 두 글자 국가 코드를 쓰세요, 예: US.
admin-error-text = 이 글은 비워 둘 수 없습니다.
admin-error-organization = 내 기관 중 하나를 고르세요.
admin-error-date = 날짜를 쓰세요.
admin-error-datetime = 날짜와 시간을 쓰세요.
admin-error-in-use = 서비스나 행사가 남아 있는 동안에는 삭제할 수 없습니다.
admin-error-unknown-organization = “{ $slug }”(이)라는 기관이 없습니다.
admin-error-organizations = 편집자에게는 기관이 하나 이상 필요합니다.
admin-error-locales = 번역자에게는 언어가 하나 이상 필요합니다.
admin-error-role = 역할과 그에 맞는 범위를 고르세요.
admin-error-password = 비밀번호는 { $min }자 이상이어야 합니다.
admin-error-email-taken = 다른 계정이 이미 이 이메일을 씁니다.
admin-reports = 문제 신고
admin-reports-waiting = 대기 중인 문제 신고: { $count }
admin-reports-none = 대기 중인 신고가 없습니다.
admin-report-listing-gone = 더 이상 없는 목록
admin-report-contact = 연락 방법
admin-edit-listing = 목록 편집
admin-report-note = 메모 (처리한 내용)
admin-report-resolve = 해결됨
admin-report-dismiss = 기각
admin-accounts = 직원 계정
admin-accounts-list = 계정
admin-account-add = 계정 추가
admin-account-disabled = { $date }에 비활성화됨
admin-account-disable = 이 계정 비활성화
admin-audit-change = 변경
## 오프라인 번들. 기계 번역이며 아직 사람이 검토하지 않았습니다.

offline-use = 오프라인으로 사용(프로모토라용)
offline-title = Vecino 오프라인
offline-intro = 지역의 서비스 목록과 안내서를 이 휴대폰에 보관하세요. 내려받아 확인한 뒤에는 신호가 없어도 쓸 수 있습니다.
offline-language = 언어
offline-languages = 보관할 언어
offline-region = 지역
offline-download = 내려받고 확인
offline-downloading = 내려받아 확인하는 중…
offline-progress = { $done } / { $total }
offline-choose-language = 언어를 하나 이상 고르세요.
offline-no-bundles = 아직 여기에 게시된 오프라인 번들이 없습니다.
offline-no-key = 이 서버에는 아직 번들 서명 키가 없어 아무것도 확인할 수 없습니다.
offline-network-error = 서버에 연결할 수 없습니다. 이 휴대폰에 있는 내용은 그대로 남습니다.
offline-verified = 확인됨: 서명과 모든 파일.
offline-held = { $region }의 { $seq }번째 릴리스, { $date } 발행.
offline-stale = 이 번들은 유효 기간({ $date })이 지났습니다. 일부 정보가 오래되었을 수 있으니 신호가 있을 때 업데이트하세요.
offline-update = 업데이트 확인
offline-up-to-date = 최신 릴리스입니다.
offline-updated = { $seq }번째 릴리스로 업데이트했습니다.
offline-rollback = 거부됨: { $seq }번째 릴리스는 이 휴대폰에서 이미 본 { $held }번째 릴리스보다 오래되었습니다. 누군가 옛 정보를 되돌리려는 것일 수 있습니다.
offline-conflict = 경고: 서로 다른 두 번들이 모두 { $seq }번째 릴리스라고 합니다. 아무것도 바꾸지 않았습니다. 이 목록을 게시하는 사람들에게 알려 주세요.
offline-rejected = 거부됨: 이 번들은 확인을 통과하지 못했습니다({ $reason }). 아무것도 저장하지 않았습니다.
offline-reason-signature = 이 목록의 키로 서명되지 않았습니다
offline-reason-revoked = 서명 키가 폐기되었습니다
offline-reason-damaged = 파일이 바뀌었거나 잘렸거나 바꿔치기되었습니다
offline-reason-format = 이 앱이 읽을 수 있는 번들이 아닙니다
offline-reason-base = 업데이트가 이 휴대폰의 릴리스에 이어지지 않습니다
offline-share = 이 번들 공유
offline-import = 다른 휴대폰에서 번들 받기
offline-import-label = 번들 파일(.vecino)
offline-imported = 받아서 확인함: { $region }의 { $seq }번째 릴리스.
offline-search-label = 이 휴대폰에서 검색
offline-search-button = 검색
offline-search-unavailable = 이 휴대폰에서는 아직 검색할 수 없습니다. 목록을 살펴보세요.
offline-results = 결과
offline-no-results = 찾은 것이 없습니다.
offline-listings = 서비스
offline-guides = 안내서
offline-back = 뒤로
offline-phones = 전화
offline-address = 주소
offline-hours = 운영 시간
offline-website = 웹사이트
offline-sources = 출처
offline-verified-on = { $date } 확인
offline-reviewed-on = { $date } 검토
offline-fact-as-of = { $date } 기준
offline-in-language = { $language }(으)로 표시: 사용자의 언어로는 없습니다.
offline-not-found = 이 번들에 없습니다.
offline-remove = 이 휴대폰에서 삭제
offline-privacy = 모든 것이 이 휴대폰에 남습니다. 검색한 내용은 어디에도 보내지 않습니다.
offline-spoken = 사용 언어
offline-delta-refused = 업데이트 파일이 확인을 통과하지 못해 전체 릴리스를 내려받아 확인했습니다.
offline-events = 행사
offline-reason-region = 다른 지역의 릴리스입니다
offline-skip = 본문으로 건너뛰기

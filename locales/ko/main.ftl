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

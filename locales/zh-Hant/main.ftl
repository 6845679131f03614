# Vecino：繁體中文介面文字。參照：locales/en/main.ftl。
# 請勿翻譯 { $大括號 } 中的內容。

## 語言名稱

language-self-name = 中文（繁體）
language-english-name = Chinese (Traditional)

## 錯誤

error-not-found = 找不到您要查詢的頁面或內容。
    .title = 找不到
error-guide-not-found = 網址「{ $slug }」沒有對應的指南。
    .title = 找不到指南
error-service-not-found = 找不到編號為「{ $id }」的服務。
    .title = 找不到服務
error-organization-not-found = 找不到編號為「{ $id }」的機構。
    .title = 找不到機構
error-invalid-id = 「{ $value }」不是有效的編號。
    .title = 編號無效
error-invalid-locale = 「{ $value }」不是我們能辨識的語言代碼；請使用「es」或「zh-Hant」這類代碼。
    .title = 無法辨識的語言代碼
error-invalid-parameter = 「{ $value }」不是「{ $name }」的有效值。
    .title = 數值無效
error-method-not-allowed = 此網址不接受這種類型的請求。
    .title = 不允許的請求
error-internal = 很抱歉，我們這邊出了問題，請稍後再試。
    .title = 發生錯誤
error-conflict = 有人同時修改了此內容，請重新載入後再試一次。
    .title = 已被他人修改

## 文字來源

provenance-original = 原文。
provenance-human = 人工翻譯。
provenance-machine = 機器翻譯——尚未經過人工審閱。
provenance-imported = 從其他名錄匯入。
translation-stale = 原文在翻譯後已有更動，此譯文可能已經過時。
fallback-notice = 此內容目前還沒有{ $requested }版本，因此以{ $shown }顯示。

## 主題

topic-know-your-rights = 了解您的權利
topic-daca = DACA
topic-citizenship = 公民入籍
topic-id-card = 身分證件
topic-legal-aid = 法律協助
topic-immigration-fraud = 移民詐騙
topic-health = 健康
topic-education = 教育
topic-youth = 青少年
topic-parents = 家長與家庭
topic-employment = 就業與工作
topic-housing = 住房
topic-food = 食物
topic-language-classes = 語言課程
topic-language-access = 口譯與筆譯
topic-safety = 安全
topic-policing = 警察
topic-emergency-preparedness = 緊急應變準備
topic-driving = 駕駛
topic-consular-services = 領事服務
topic-civic-engagement = 公民參與
topic-information-and-referral = 資訊與轉介

## Welcoming Standard 類別（Welcoming America）

welcoming-government-leadership = 政府領導力
welcoming-civic-engagement = 公民參與
welcoming-equitable-access = 公平取得服務
welcoming-education = 教育
welcoming-connected-communities = 社區連結
welcoming-economic-development = 經濟發展
welcoming-safe-communities = 安全社區

## 誰可以提供移民法律建議

accreditation-doj-recognized-organization = 美國司法部認可的機構
    .explanation = 獲美國司法部准許提供移民法律協助的非營利機構；「公證人」（notario）和「移民顧問」不得提供這種協助。
accreditation-accredited-representative = 認可代表
    .explanation = 在認可機構工作、獲美國司法部准許提供移民法律建議的人員；「公證人」（notario）不得提供這種建議。
accreditation-licensed-attorney = 持有執照的律師
    .explanation = 持有美國某州執照的律師可以提供移民法律建議；在美國，「公證人」（notario）不是律師。

## 服務如何提供某種語言

language-how-bilingual-staff = 工作人員會說這種語言
language-how-interpreter = 提供口譯員
language-how-phone-line = 可透過電話取得這種語言的協助
language-how-written-material = 提供這種語言的書面資料

## 經常變動的資訊

changing-fact-notice = 此資訊經常變動。最近查核日期：{ $date }。採取行動前，請先查看官方來源。

error-empty-query = 請輸入一兩個詞來搜尋。
    .title = 搜尋內容為空
error-query-too-long = 搜尋內容太長。最多使用 { $max } 個字元。
    .title = 搜尋內容太長

## Web pages

site-name = Vecino
site-tagline = 用您的語言，幫助移民鄰居。
skip-to-content = 跳到主要內容
nav-home = 首頁
language-picker = 選擇語言
footer-privacy = Vecino 不使用 Cookie，也不追蹤您。
search-label = 搜尋協助
search-hint = 例如：律師、DACA、身分證、診所
search-button = 搜尋
search-title = 搜尋結果
search-count = 結果：{ $count }
search-none = 沒有找到。請換個詞，或減少篩選條件。
search-error-near = 請用緯度和經度寫地點，例如 37.34, -121.89。
home-topics = 依主題尋找協助
home-guides = 指南
home-events = 近期活動
home-no-events = 暫無近期活動。
event-when = 時間：
event-where = 地點：
services-title = 服務
topic-search = 搜尋這個主題
kind-service = 服務
kind-guide = 指南
kind-organization = 機構
kind-event = 活動
filters-title = 篩選
filter-kind = 類型
filter-topic = 主題
filter-more = 只顯示
filter-accredited = 有資格的法律協助
filter-free = 免費
filter-open-now = 現在開放
filter-language = 提供語言
filter-any = 任何語言
filter-near = 附近（緯度，經度）
filter-near-hint = 結果會顯示與此地點的距離。
filter-locate = 使用我的位置
filter-apply = 套用篩選
distance-km = 距離 { $km } 公里
pages-label = 更多結果
page-next = 下一頁
page-previous = 上一頁

## Listings

organization-label = 提供機構：
open-now = 現在開放
closed-now = 現在關閉
hours-unknown = 開放時間不明。前往之前請先打電話或查看網站。
hours-title = 開放時間
hours-timezone = 時間為當地時間（{ $zone }）。
weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日
languages-title = 語言
accreditation-none-legal = 我們沒有紀錄顯示此服務可以提供移民法律建議。付款或簽名之前，請要求查看資格證明。
verified-on = 已於 { $date } 由專人核實。
not-verified = 尚未經專人核實。
sources-title = 來源
contact-title = 聯絡方式
website = 網站
phone = 電話
email = 電子郵件
guide-reviewed = 審閱日期：{ $date }。
changing-intro = 本頁有些資訊經常變動，旁邊標有最後核實的日期。
print-button = 列印
print-card = 列印口袋卡
card-back = 返回指南
qr-label = 本頁網址的 QR 碼
qr-caption = 掃描此碼，在手機上開啟本頁。

## Report a problem

report-title = 回報問題
report-intro = 有錯誤或過時的資訊嗎？告訴我們，會有專人核查。
report-kind = 哪裡有錯？
report-kind-closed = 已經關閉
report-kind-hours = 開放時間不對
report-kind-contact = 電話、地址或網站不對
report-kind-information = 其他資訊不對
report-kind-other = 其他
report-details = 我們需要知道什麼？
report-contact = 您的電子郵件或電話（選填，只在需要回覆時填寫）
report-privacy = 請不要寫私人資料，例如您的移民身分。
report-send = 送出回報
form-errors = 請修改標出的欄位。
report-error-kind = 請選擇哪裡有錯。
report-error-details = 請至少寫 { $min } 個字元。
report-error-too-long = 太長了：最多 { $max } 個字元。
report-thanks-title = 謝謝
report-thanks = 謝謝。會有專人核查您的回報。
report-back = 返回服務頁面

## Kiosk

kiosk-start-over = 重新開始
kiosk-idle-title = 您還在嗎？
kiosk-idle-body = 為保護您的隱私，此螢幕即將重新開始。
kiosk-idle-continue = 我還在
kiosk-external = 這裡的網址只顯示為文字：請稍後在您自己的手機或電腦上開啟。

## 工作人員頁面（/admin）。機器翻譯，尚待人工審校。

error-unauthorized = 請登入，或傳送有效的 API 權杖。
    .title = 尚未登入
error-forbidden = 您的帳戶無權執行此操作。
    .title = 不允許
error-csrf = 此表單已過期，或並非來自本網站。請返回，重新載入頁面後再試。
    .title = 表單已過期
error-token-name = 請為權杖取一個 1 到 100 個字元的名稱。
    .title = 缺少名稱
admin-title = 工作人員
admin-cookie-notice = 工作人員頁面只使用一個 Cookie，僅用於保持您的登入狀態。
admin-login-title = 工作人員登入
admin-login-intro = 供維護本目錄的人員使用。居民不需要帳戶。
admin-email = 電子郵件
admin-password = 密碼
admin-login-button = 登入
admin-login-failed = 電子郵件或密碼錯誤。
admin-login-too-many = 失敗次數過多。再次嘗試前需等待的分鐘數：{ $minutes }。
admin-logout = 登出
admin-signed-in-as = 已登入：{ $email }（{ $role }）。
admin-role-admin = 管理員
admin-role-editor = 編輯
admin-role-translator = 譯者
admin-may-edit = 您可以編輯的項目
admin-may-edit-all = 您可以編輯所有項目。
admin-may-translate = 您可以翻譯成的語言：{ $locales }
admin-verified = 已於 { $date } 核實
admin-not-verified = 尚未核實
admin-verify = 標記為已核實
admin-tokens = API 權杖
admin-token-name = 這個權杖用來做什麼？
admin-token-create = 建立權杖
admin-token-created = 請現在複製此權杖，之後不會再顯示。
admin-token-revoke = 撤銷
admin-token-revoked = 已撤銷
admin-audit = 稽核紀錄
admin-audit-when = 時間
admin-audit-who = 人員
admin-audit-what = 操作
admin-audit-record = 紀錄

## 翻譯 (/admin/…/translations): the translation workflow. 機器翻譯，尚待人工審校。

admin-tr-link = 翻譯
admin-tr-title = 翻譯
admin-tr-intro = 每種語言：有多少文字缺少翻譯、已過時（翻譯後原文有改動）、是尚未審閱的機器翻譯、是匯入的，或由人工翻譯。
admin-tr-locales = 各語言及其翻譯狀態
admin-tr-language = 語言
admin-tr-kind-service = 服務
admin-tr-kind-organization = 機構
admin-tr-kind-guide = 指南
admin-tr-kind-event = 活動
admin-tr-field-name = 名稱
admin-tr-field-description = 說明
admin-tr-field-title = 標題
admin-tr-field-summary = 摘要
admin-tr-field-body = 內文（Markdown）
admin-tr-state-missing = 缺少
admin-tr-state-stale = 已過時
admin-tr-state-machine = 機器翻譯
admin-tr-state-imported = 匯入
admin-tr-state-human = 人工翻譯
admin-tr-list-title = 譯成{ $language }的翻譯
admin-tr-counts = 數量
admin-tr-kind = 類型
admin-tr-texts = 文字
admin-tr-state = 狀態
admin-tr-any = 全部
admin-tr-filter = 篩選
admin-tr-total = 找到的文字：{ $count }
admin-tr-none = 這裡沒有內容。
admin-tr-record = 條目
admin-tr-field = 欄位
admin-tr-source = 原文語言
admin-tr-pages = 頁
admin-tr-prev = 上一頁
admin-tr-next = 下一頁
admin-tr-page-of = 第 { $page } 頁，共 { $pages } 頁
admin-tr-edit-title = 翻譯：{ $field }（{ $language }）
admin-tr-saved = 已儲存。
admin-tr-stale-title = 原文已改動
admin-tr-stale-since = 此翻譯是根據較舊的原文做的。該條目最後一次改動於 { $date }。
admin-tr-stale-diff = 原文的改動（刪去的詞加刪除線，新增的詞加底線）：
admin-tr-stale-old = 此翻譯所依據的原文：
admin-tr-stale-unknown = 較舊的原文沒有保存：請將翻譯與下面的原文對照。
admin-tr-source-in = 原文（{ $language }）
admin-tr-translation-in = 譯文（{ $language }）
admin-tr-text-label = { $field }（{ $language }）
admin-tr-save = 儲存翻譯
admin-tr-preview = 預覽
admin-tr-review-hint = 如果譯文本身沒有問題，可以直接標記為已審閱，無需重新輸入。
admin-tr-review = 標記為已審閱
admin-tr-reviewed-by = 由 { $who } 於 { $date }
admin-tr-error-source-locale = 此文字就是用這種語言寫的：它是原文，不是翻譯。
admin-tr-error-empty = 請先輸入翻譯再儲存。
admin-tr-error-too-long = 翻譯太長。最多可用 { $max } 個字元。
admin-tr-error-marker = 標記「[changing:{ $marker }]」不是本指南中會變動的資訊之一。請從原文複製標記。
admin-tr-error-source-changed = 您翻譯時原文有了改動。請查看新的原文：您輸入的文字保留在下面。
admin-tr-error-invalid = 此翻譯目前無法儲存。請檢查後再試。
admin-tr-error-nothing-to-review = 這種語言還沒有可審閱的翻譯。

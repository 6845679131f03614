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

## 編輯：條目、指南、活動、地點、問題回報和帳戶（/admin）。機器翻譯，尚未經人工審核。

error-invalid-record = 欄位「{ $field }」無效：{ $reason }
    .title = 未儲存
admin-back-home = 返回工作人員首頁
admin-save = 儲存
admin-saved = 已儲存。搜尋和下一個資料包將包含此變更。
admin-form-has-errors = 未儲存任何內容。請更正下方標出的欄位。
admin-view-public = 查看公開頁面
admin-delete = 刪除
admin-delete-question = 刪除「{ $name }」？此動作無法復原。
admin-delete-confirm = 是，刪除
admin-cancel = 取消
admin-none = 無
admin-organizations = 機構
admin-guides = 指南
admin-events = 活動
admin-service = 服務
admin-places = 地點和時間
admin-add-place = 新增地點
admin-new-organization = 新機構
admin-new-service = 新服務
admin-new-guide = 新指南
admin-new-event = 新活動
admin-edit-organization = 編輯機構：{ $name }
admin-edit-service = 編輯服務：{ $name }
admin-edit-guide = 編輯指南：{ $name }
admin-edit-event = 編輯活動：{ $name }
admin-new-place = { $name } 的新地點
admin-edit-place = { $name } 的地點
admin-field-language = 撰寫語言
admin-field-name = 名稱
admin-field-slug = 網址名稱
admin-field-description = 說明
admin-field-url = 網站
admin-field-email = 電子郵件
admin-field-phones = 電話號碼
admin-field-sources = 來源
admin-field-organization = 機構
admin-field-status = 狀態
admin-field-topics = 主題
admin-field-accreditation = 法律認證
admin-field-free = 免費
admin-field-languages = 提供的語言
admin-field-timezone = 時區
admin-field-hours = 開放時間
admin-field-title = 標題
admin-field-summary = 摘要
admin-field-body = 內文
admin-field-reviewed_at = 與來源核對的日期
admin-field-facts = 會變動的資訊
admin-field-starts = 開始
admin-field-ends = 結束
admin-field-event_languages = 活動語言
admin-field-place_name = 地點名稱
admin-field-place_slug = 地點的網址名稱
admin-field-address_1 = 街道地址
admin-field-city = 城市
admin-field-state_province = 州
admin-field-postal_code = 郵遞區號
admin-field-country = 國家
admin-field-latitude = 緯度
admin-field-longitude = 經度
admin-field-precision = 位置精確度
admin-field-accessibility = 無障礙設施
admin-field-role = 角色
admin-field-organizations = 機構（編輯）
admin-field-locales = 語言（譯者）
admin-hint-slug = 小寫字母、數字和連字號。留空則依名稱產生。
admin-hint-country = 兩個字母的國家代碼，例如 US。
admin-hint-timezone = IANA 時區，例如 America/Los_Angeles 或 America/New_York。
admin-hint-phones = 每行一個號碼。
admin-hint-sources = 每行一個：標題 | 網址。每個條目至少引用一個來源。
admin-hint-languages = 每行一個：語言代碼和方式，例如「es bilingual-staff」「vi interpreter」「ar phone-line」「ko written-material」。
admin-hint-hours = 每行一條規則，星期用英文：「mon-fri 09:00-17:00」「sat 10:00-12:00, 13:00-15:00」「daily 00:00-24:00」。特殊日期：「2026-12-25 closed 聖誕節」或「2026-12-24 09:00-12:00」。不知道時間請留空。
admin-hint-markdown = Markdown。用 [changing:編號] 標出會變動的資訊，並在下方列出。
admin-hint-facts = 每行一個：編號 | 資訊屬實的日期 | 核對網址，例如「n400-fee | 2026-01-15 | https://www.uscis.gov/n-400」。
admin-hint-event-languages = 以逗號分隔的語言代碼，例如「es, en」。
admin-hint-written-in = 以{ $language }撰寫。修改後，其譯文會被標記為過時。
admin-hint-source-text = 請用上方選擇的語言撰寫；譯者以此為原文。
admin-hint-password = 至少 { $min } 個字元。請私下交給本人。
admin-hint-organizations = 機構的網址名稱，以逗號分隔。
admin-hint-locales = 以逗號分隔的語言代碼，例如「es, vi」。
admin-precision-exact = 建築本身
admin-precision-city = 僅城市
admin-feature-wheelchair-accessible = 輪椅可通行
admin-feature-accessible-restroom = 無障礙廁所
admin-feature-hearing-loop = 助聽迴路
admin-feature-sign-language = 手語
admin-feature-braille = 點字
admin-feature-large-print = 大字版
admin-feature-accessible-parking = 無障礙停車位
admin-feature-near-public-transit = 鄰近大眾運輸
admin-free-unknown = 不詳
admin-free-yes = 是，有來源說明免費
admin-free-no = 否
admin-status-active = 營運中
admin-status-inactive = 暫停
admin-status-defunct = 已永久關閉
admin-error-invalid = 此值無效。
admin-error-required = 此欄位為必填。
admin-error-line = 第 { $line } 行：{ $problem }
admin-error-slug = 請使用小寫字母、數字和單一連字號（例如「legal-aid-clinic」）。
admin-error-slug-taken = 另一筆記錄已使用此網址名稱。
admin-error-phone = 不是電話號碼。
admin-error-coordinates = 請以有效數字填寫緯度和經度，例如 37.34 和 -121.89。
admin-error-timezone = 我們不認識這個時區。請使用 America/Los_Angeles 這樣的名稱。
admin-error-sources = 請至少提供一個來源。
admin-error-source-line = 請寫成「標題 | https://…」。
admin-error-language-line = 請寫語言代碼和提供方式，例如「es bilingual-staff」。
admin-error-fact-line = 請寫成「編號 | 2026-01-15 | https://…」。
admin-error-schedule-day = 不是星期（mon … sun、mon-fri、sat,sun、daily）也不是日期（2026-12-25）。
admin-error-schedule-hours = 時間應為 09:00-17:00 的格式（多個以逗號分隔），或在日期後寫「closed」。
admin-error-exceptions = 有兩行為同一日期設定了時間。
admin-error-email = 這不是電子郵件地址。
admin-error-url = 這不是網址（https://…）。
admin-error-locale = 我們不認識此語言代碼。
admin-error-topics = 請至少選擇一個主題。
admin-error-accreditation = 法律認證只適用於法律服務：請同時選擇一個法律主題。
admin-error-ends-at = 活動不能在開始前結束。
admin-error-body = 內文標記了未列在「會變動的資訊」中的 [changing:…]。
admin-error-address = 地址需要城市和兩個字母的國家代碼。
admin-error-country = 請使用兩個字母的國家代碼，例如 US。
admin-error-text = 此文字不能為空。
admin-error-organization = 請選擇您的一個機構。
admin-error-date = 請填寫日期。
admin-error-datetime = 請填寫日期和時間。
admin-error-in-use = 仍有服務或活動屬於它時無法刪除。
admin-error-unknown-organization = 沒有名為「{ $slug }」的機構。
admin-error-organizations = 編輯至少需要一個機構。
admin-error-locales = 譯者至少需要一種語言。
admin-error-role = 請選擇角色及相應的範圍。
admin-error-password = 密碼至少需要 { $min } 個字元。
admin-error-email-taken = 另一個帳戶已使用此電子郵件。
admin-reports = 問題回報
admin-reports-waiting = 待處理的問題回報：{ $count }
admin-reports-none = 沒有待處理的回報。
admin-report-listing-gone = 已不存在的條目
admin-report-contact = 聯絡方式
admin-edit-listing = 編輯條目
admin-report-note = 備註（您的處理）
admin-report-resolve = 已解決
admin-report-dismiss = 駁回
admin-accounts = 工作人員帳戶
admin-accounts-list = 帳戶
admin-account-add = 新增帳戶
admin-account-disabled = 於 { $date } 停用
admin-account-disable = 停用此帳戶
admin-audit-change = 變更
## 離線資料包。機器翻譯，尚待人工審校。

offline-use = 離線使用（供社區健康工作者）
offline-title = Vecino 離線版
offline-intro = 把您所在地區的服務和指南儲存在這支手機上。下載並核驗後，沒有訊號也能使用。
offline-language = 語言
offline-languages = 要儲存的語言
offline-region = 地區
offline-download = 下載並核驗
offline-downloading = 正在下載並核驗…
offline-progress = { $done } / { $total }
offline-choose-language = 請至少選擇一種語言。
offline-no-bundles = 這裡還沒有發布離線資料包。
offline-no-key = 此伺服器還沒有資料包簽署金鑰，因此無法核驗。
offline-network-error = 無法連線到伺服器。手機上已有的內容會保留。
offline-verified = 已核驗：簽章和每個檔案。
offline-held = { $region } 的第 { $seq } 版，發布於 { $date }。
offline-stale = 此資料包已過有效期（{ $date }）。部分資訊可能已過時：有訊號時請更新。
offline-update = 檢查更新
offline-up-to-date = 您已是最新版本。
offline-updated = 已更新到第 { $seq } 版。
offline-rollback = 已拒絕：第 { $seq } 版比這支手機已見過的第 { $held } 版更舊。可能有人在帶回舊資訊。
offline-conflict = 警告：兩個不同的資料包都聲稱是第 { $seq } 版。沒有做任何變更。請告知發布此目錄的人員。
offline-rejected = 已拒絕：此資料包未通過核驗（{ $reason }）。沒有儲存任何內容。
offline-reason-signature = 它不是用此目錄的金鑰簽署的
offline-reason-revoked = 它的簽署金鑰已被撤銷
offline-reason-damaged = 有檔案被修改、截斷或調換
offline-reason-format = 這不是本應用程式能讀取的資料包
offline-reason-base = 此更新不接續這支手機上的版本
offline-share = 分享此資料包
offline-import = 從另一支手機接收資料包
offline-import-label = 資料包檔案（.vecino）
offline-imported = 已接收並核驗：{ $region } 的第 { $seq } 版。
offline-search-label = 在這支手機上搜尋
offline-search-button = 搜尋
offline-search-unavailable = 這支手機暫時無法搜尋。請瀏覽清單。
offline-results = 結果
offline-no-results = 沒有找到。
offline-listings = 服務
offline-guides = 指南
offline-back = 返回
offline-phones = 電話
offline-address = 地址
offline-hours = 開放時間
offline-website = 網站
offline-sources = 來源
offline-verified-on = 核實於 { $date }
offline-reviewed-on = 審閱於 { $date }
offline-fact-as-of = 截至 { $date }
offline-in-language = 以{ $language }顯示：沒有您的語言版本。
offline-not-found = 不在此資料包中。
offline-remove = 從這支手機刪除
offline-privacy = 一切都留在這支手機上。您搜尋的內容不會傳送到任何地方。
offline-spoken = 服務語言
offline-delta-refused = 更新檔案未通過核驗，因此改為下載並核驗完整版本。
offline-events = 活動
offline-reason-region = 這是另一個地區的版本
offline-skip = 跳到內容

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

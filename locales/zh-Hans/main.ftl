# Vecino：简体中文界面文字。参照：locales/en/main.ftl。
# 请勿翻译 { $大括号 } 中的内容。

## 语言名称

language-self-name = 中文（简体）
language-english-name = Chinese (Simplified)

## 错误

error-not-found = 找不到您要查找的页面或内容。
    .title = 未找到
error-guide-not-found = 地址“{ $slug }”没有对应的指南。
    .title = 未找到指南
error-service-not-found = 找不到编号为“{ $id }”的服务。
    .title = 未找到服务
error-organization-not-found = 找不到编号为“{ $id }”的机构。
    .title = 未找到机构
error-invalid-id = “{ $value }”不是有效的编号。
    .title = 编号无效
error-invalid-locale = “{ $value }”不是我们能识别的语言代码；请使用“es”或“zh-Hant”这样的代码。
    .title = 无法识别的语言代码
error-invalid-parameter = “{ $value }”不是“{ $name }”的有效值。
    .title = 值无效
error-method-not-allowed = 此地址不接受这种类型的请求。
    .title = 不允许的请求
error-internal = 很抱歉，我们这边出了问题，请稍后再试。
    .title = 出错了
error-conflict = 有人同时修改了此内容，请重新加载后再试。
    .title = 已被他人修改

## 文字来源

provenance-original = 原文。
provenance-human = 人工翻译。
provenance-machine = 机器翻译——尚未经过人工审核。
provenance-imported = 从其他名录导入。
translation-stale = 原文在翻译之后有所更改，此译文可能已过时。
fallback-notice = 此内容暂时没有{ $requested }版本，因此以{ $shown }显示。

## 主题

topic-know-your-rights = 了解您的权利
topic-daca = DACA
topic-citizenship = 公民入籍
topic-id-card = 身份证件
topic-legal-aid = 法律援助
topic-immigration-fraud = 移民诈骗
topic-health = 健康
topic-education = 教育
topic-youth = 青少年
topic-parents = 家长与家庭
topic-employment = 就业与工作
topic-housing = 住房
topic-food = 食物
topic-language-classes = 语言课程
topic-language-access = 口译与笔译
topic-safety = 安全
topic-policing = 警察
topic-emergency-preparedness = 应急准备
topic-driving = 驾驶
topic-consular-services = 领事服务
topic-civic-engagement = 公民参与
topic-information-and-referral = 信息与转介

## Welcoming Standard 类别（Welcoming America）

welcoming-government-leadership = 政府领导力
welcoming-civic-engagement = 公民参与
welcoming-equitable-access = 公平获取服务
welcoming-education = 教育
welcoming-connected-communities = 社区联结
welcoming-economic-development = 经济发展
welcoming-safe-communities = 安全社区

## 谁可以提供移民法律建议

accreditation-doj-recognized-organization = 美国司法部认可的机构
    .explanation = 获美国司法部准许提供移民法律帮助的非营利机构；“公证人”（notario）和“移民顾问”不得提供这种帮助。
accreditation-accredited-representative = 认可代表
    .explanation = 在认可机构工作、获美国司法部准许提供移民法律建议的人员；“公证人”（notario）不得提供这种建议。
accreditation-licensed-attorney = 持证律师
    .explanation = 持有美国某州执照的律师可以提供移民法律建议；在美国，“公证人”（notario）不是律师。

## 服务如何提供某种语言

language-how-bilingual-staff = 工作人员会说这种语言
language-how-interpreter = 提供口译员
language-how-phone-line = 可通过电话获得这种语言的帮助
language-how-written-material = 提供这种语言的书面材料

## 经常变化的信息

changing-fact-notice = 此信息经常变化。最近核实日期：{ $date }。采取行动前，请先查看官方来源。

error-empty-query = 请输入一两个词来搜索。
    .title = 搜索内容为空
error-query-too-long = 搜索内容太长。最多使用 { $max } 个字符。
    .title = 搜索内容太长

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

## Web pages

site-name = Vecino
site-tagline = 用您的语言，帮助移民邻居。
skip-to-content = 跳到主要内容
nav-home = 首页
language-picker = 选择语言
footer-privacy = Vecino 不使用 Cookie，也不跟踪您。
search-label = 搜索帮助
search-hint = 例如：律师、DACA、身份证、诊所
search-button = 搜索
search-title = 搜索结果
search-count = 结果：{ $count }
search-none = 没有找到。请换个词，或减少筛选条件。
search-error-near = 请用纬度和经度写地点，例如 37.34, -121.89。
home-topics = 按主题查找帮助
home-guides = 指南
home-events = 近期活动
home-no-events = 暂无近期活动。
event-when = 时间：
event-where = 地点：
services-title = 服务
topic-search = 搜索这个主题
kind-service = 服务
kind-guide = 指南
kind-organization = 机构
kind-event = 活动
filters-title = 筛选
filter-kind = 类型
filter-topic = 主题
filter-more = 只显示
filter-accredited = 有资质的法律帮助
filter-free = 免费
filter-open-now = 现在开放
filter-language = 提供语言
filter-any = 任何语言
filter-near = 附近（纬度，经度）
filter-near-hint = 结果会显示与此地点的距离。
filter-locate = 使用我的位置
filter-apply = 应用筛选
distance-km = 距离 { $km } 公里
pages-label = 更多结果
page-next = 下一页
page-previous = 上一页

## Listings

organization-label = 提供机构：
open-now = 现在开放
closed-now = 现在关闭
hours-unknown = 开放时间未知。去之前请先打电话或查看网站。
hours-title = 开放时间
hours-timezone = 时间为当地时间（{ $zone }）。
weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日
languages-title = 语言
accreditation-none-legal = 我们没有记录表明此服务可以提供移民法律建议。付款或签字之前，请要求查看资质证明。
verified-on = 已于 { $date } 由人工核实。
not-verified = 尚未经人工核实。
sources-title = 来源
contact-title = 联系方式
website = 网站
phone = 电话
email = 电子邮件
guide-reviewed = 审阅日期：{ $date }。
changing-intro = 本页有些信息经常变化，旁边标有最后核实的日期。
print-button = 打印
print-card = 打印口袋卡
card-back = 返回指南
qr-label = 本页地址的二维码
qr-caption = 扫描此码，在手机上打开本页。

## Report a problem

report-title = 报告问题
report-intro = 有错误或过时的信息吗？告诉我们，会有人核查。
report-kind = 哪里有错？
report-kind-closed = 已经关闭
report-kind-hours = 开放时间不对
report-kind-contact = 电话、地址或网站不对
report-kind-information = 其他信息不对
report-kind-other = 其他
report-details = 我们需要知道什么？
report-contact = 您的电子邮件或电话（可选，仅在需要回复时填写）
report-privacy = 请不要写私人信息，例如您的移民身份。
report-send = 提交报告
form-errors = 请修改标出的栏目。
report-error-kind = 请选择哪里有错。
report-error-details = 请至少写 { $min } 个字符。
report-error-too-long = 太长了：最多 { $max } 个字符。
report-thanks-title = 谢谢
report-thanks = 谢谢。会有人核查您的报告。
report-back = 返回服务页面

## Kiosk

kiosk-start-over = 重新开始
kiosk-idle-title = 您还在吗？
kiosk-idle-body = 为保护您的隐私，此屏幕即将重新开始。
kiosk-idle-continue = 我还在
kiosk-external = 这里的网址只显示为文字：请稍后在您自己的手机或电脑上打开。

## 工作人员页面（/admin）。机器翻译，尚待人工审校。

error-unauthorized = 请登录，或发送有效的 API 令牌。
    .title = 未登录
error-forbidden = 您的账户无权执行此操作。
    .title = 不允许
error-csrf = 此表单已过期，或并非来自本网站。请返回，重新加载页面后再试。
    .title = 表单已过期
error-token-name = 请为令牌起一个 1 到 100 个字符的名称。
    .title = 缺少名称
admin-title = 工作人员
admin-cookie-notice = 工作人员页面只使用一个 Cookie，仅用于保持您的登录状态。
admin-login-title = 工作人员登录
admin-login-intro = 供维护本目录的人员使用。居民无需账户。
admin-email = 电子邮件
admin-password = 密码
admin-login-button = 登录
admin-login-failed = 电子邮件或密码错误。
admin-login-too-many = 失败次数过多。再次尝试前需等待的分钟数：{ $minutes }。
admin-logout = 退出登录
admin-signed-in-as = 已登录：{ $email }（{ $role }）。
admin-role-admin = 管理员
admin-role-editor = 编辑
admin-role-translator = 译者
admin-may-edit = 您可以编辑的条目
admin-may-edit-all = 您可以编辑所有条目。
admin-may-translate = 您可以翻译成的语言：{ $locales }
admin-verified = 已于 { $date } 核实
admin-not-verified = 尚未核实
admin-verify = 标记为已核实
admin-tokens = API 令牌
admin-token-name = 这个令牌用来做什么？
admin-token-create = 创建令牌
admin-token-created = 请现在复制此令牌，之后不会再显示。
admin-token-revoke = 撤销
admin-token-revoked = 已撤销
admin-audit = 审计日志
admin-audit-when = 时间
admin-audit-who = 人员
admin-audit-what = 操作
admin-audit-record = 记录

## 翻译 (/admin/…/translations): the translation workflow. 机器翻译，尚待人工审校。

admin-tr-link = 翻译
admin-tr-title = 翻译
admin-tr-intro = 每种语言：有多少文本缺少翻译、已过时（翻译后原文有改动）、是尚未审阅的机器翻译、是导入的，或由人工翻译。
admin-tr-locales = 各语言及其翻译状态
admin-tr-language = 语言
admin-tr-kind-service = 服务
admin-tr-kind-organization = 机构
admin-tr-kind-guide = 指南
admin-tr-kind-event = 活动
admin-tr-field-name = 名称
admin-tr-field-description = 说明
admin-tr-field-title = 标题
admin-tr-field-summary = 摘要
admin-tr-field-body = 正文（Markdown）
admin-tr-state-missing = 缺少
admin-tr-state-stale = 已过时
admin-tr-state-machine = 机器翻译
admin-tr-state-imported = 导入
admin-tr-state-human = 人工翻译
admin-tr-list-title = 译成{ $language }的翻译
admin-tr-counts = 数量
admin-tr-kind = 类型
admin-tr-texts = 文本
admin-tr-state = 状态
admin-tr-any = 全部
admin-tr-filter = 筛选
admin-tr-total = 找到的文本：{ $count }
admin-tr-none = 这里没有内容。
admin-tr-record = 条目
admin-tr-field = 字段
admin-tr-source = 原文语言
admin-tr-pages = 页
admin-tr-prev = 上一页
admin-tr-next = 下一页
admin-tr-page-of = 第 { $page } 页，共 { $pages } 页
admin-tr-edit-title = 翻译：{ $field }（{ $language }）
admin-tr-saved = 已保存。
admin-tr-stale-title = 原文已改动
admin-tr-stale-since = 此翻译是根据较旧的原文做的。该条目最后一次改动于 { $date }。
admin-tr-stale-diff = 原文的改动（删去的词加删除线，新增的词加下划线）：
admin-tr-stale-old = 此翻译所依据的原文：
admin-tr-stale-unknown = 较旧的原文没有保存：请将翻译与下面的原文对照。
admin-tr-source-in = 原文（{ $language }）
admin-tr-translation-in = 译文（{ $language }）
admin-tr-text-label = { $field }（{ $language }）
admin-tr-save = 保存翻译
admin-tr-preview = 预览
admin-tr-review-hint = 如果译文本身没有问题，可以直接标记为已审阅，无需重新输入。
admin-tr-review = 标记为已审阅
admin-tr-reviewed-by = 由 { $who } 于 { $date }
admin-tr-error-source-locale = 此文本就是用这种语言写的：它是原文，不是翻译。
admin-tr-error-empty = 请先输入翻译再保存。
admin-tr-error-too-long = 翻译太长。最多可用 { $max } 个字符。
admin-tr-error-marker = 标记“[changing:{ $marker }]”不是本指南中会变动的信息之一。请从原文复制标记。
admin-tr-error-source-changed = 您翻译时原文有了改动。请查看新的原文：您输入的文本保留在下面。
admin-tr-error-invalid = 此翻译目前无法保存。请检查后再试。
admin-tr-error-nothing-to-review = 这种语言还没有可审阅的翻译。

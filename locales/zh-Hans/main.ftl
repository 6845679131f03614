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

## 编辑：条目、指南、活动、地点、问题报告和账户（/admin）。机器翻译，尚未经人工审核。

error-invalid-record = 字段“{ $field }”无效：{ $reason }
    .title = 未保存
admin-back-home = 返回工作人员首页
admin-save = 保存
admin-saved = 已保存。搜索和下一个数据包将包含此更改。
admin-form-has-errors = 未保存任何内容。请更正下面标出的字段。
admin-view-public = 查看公开页面
admin-delete = 删除
admin-delete-question = 删除“{ $name }”？此操作无法撤销。
admin-delete-confirm = 是，删除
admin-cancel = 取消
admin-none = 无
admin-organizations = 机构
admin-guides = 指南
admin-events = 活动
admin-service = 服务
admin-places = 地点和时间
admin-add-place = 添加地点
admin-new-organization = 新机构
admin-new-service = 新服务
admin-new-guide = 新指南
admin-new-event = 新活动
admin-edit-organization = 编辑机构：{ $name }
admin-edit-service = 编辑服务：{ $name }
admin-edit-guide = 编辑指南：{ $name }
admin-edit-event = 编辑活动：{ $name }
admin-new-place = { $name } 的新地点
admin-edit-place = { $name } 的地点
admin-field-language = 撰写语言
admin-field-name = 名称
admin-field-slug = 网址名称
admin-field-description = 说明
admin-field-url = 网站
admin-field-email = 电子邮件
admin-field-phones = 电话号码
admin-field-sources = 来源
admin-field-organization = 机构
admin-field-status = 状态
admin-field-topics = 主题
admin-field-accreditation = 法律认证
admin-field-free = 免费
admin-field-languages = 提供的语言
admin-field-timezone = 时区
admin-field-hours = 开放时间
admin-field-title = 标题
admin-field-summary = 摘要
admin-field-body = 正文
admin-field-reviewed_at = 与来源核对的日期
admin-field-facts = 会变化的信息
admin-field-starts = 开始
admin-field-ends = 结束
admin-field-event_languages = 活动语言
admin-field-place_name = 地点名称
admin-field-place_slug = 地点的网址名称
admin-field-address_1 = 街道地址
admin-field-city = 城市
admin-field-state_province = 州
admin-field-postal_code = 邮政编码
admin-field-country = 国家
admin-field-latitude = 纬度
admin-field-longitude = 经度
admin-field-precision = 位置精确度
admin-field-accessibility = 无障碍设施
admin-field-role = 角色
admin-field-organizations = 机构（编辑）
admin-field-locales = 语言（译者）
admin-hint-slug = 小写字母、数字和连字符。留空则根据名称生成。
admin-hint-country = 两个字母的国家代码，例如 US。
admin-hint-timezone = IANA 时区，例如 America/Los_Angeles 或 America/New_York。
admin-hint-phones = 每行一个号码。
admin-hint-sources = 每行一个：标题 | 网址。每个条目至少引用一个来源。
admin-hint-languages = 每行一个：语言代码和方式，例如“es bilingual-staff”“vi interpreter”“ar phone-line”“ko written-material”。
admin-hint-hours = 每行一条规则，星期用英文：“mon-fri 09:00-17:00”“sat 10:00-12:00, 13:00-15:00”“daily 00:00-24:00”。特殊日期：“2026-12-25 closed 圣诞节”或“2026-12-24 09:00-12:00”。不知道时间请留空。
admin-hint-markdown = Markdown。用 [changing:编号] 标出会变化的信息，并在下面列出。
admin-hint-facts = 每行一个：编号 | 信息属实的日期 | 核对网址，例如“n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”。
admin-hint-event-languages = 用逗号分隔的语言代码，例如“es, en”。
admin-hint-written-in = 以{ $language }撰写。修改后，其译文会被标记为过时。
admin-hint-source-text = 请用上面选择的语言撰写；译者以此为原文。
admin-hint-password = 至少 { $min } 个字符。请私下交给本人。
admin-hint-organizations = 机构的网址名称，用逗号分隔。
admin-hint-locales = 用逗号分隔的语言代码，例如“es, vi”。
admin-precision-exact = 建筑本身
admin-precision-city = 仅城市
admin-feature-wheelchair-accessible = 轮椅可通行
admin-feature-accessible-restroom = 无障碍洗手间
admin-feature-hearing-loop = 助听环路
admin-feature-sign-language = 手语
admin-feature-braille = 盲文
admin-feature-large-print = 大字版
admin-feature-accessible-parking = 无障碍停车位
admin-feature-near-public-transit = 靠近公共交通
admin-free-unknown = 不详
admin-free-yes = 是，有来源说明免费
admin-free-no = 否
admin-status-active = 运营中
admin-status-inactive = 暂停
admin-status-defunct = 已永久关闭
admin-error-invalid = 此值无效。
admin-error-required = 此字段为必填。
admin-error-line = 第 { $line } 行：{ $problem }
admin-error-slug = 请使用小写字母、数字和单个连字符（例如“legal-aid-clinic”）。
admin-error-slug-taken = 另一条记录已使用此网址名称。
admin-error-phone = 不是电话号码。
admin-error-coordinates = 请以有效数字填写纬度和经度，例如 37.34 和 -121.89。
admin-error-timezone = 我们不认识这个时区。请使用 America/Los_Angeles 这样的名称。
admin-error-sources = 请至少提供一个来源。
admin-error-source-line = 请写成“标题 | https://…”。
admin-error-language-line = 请写语言代码和提供方式，例如“es bilingual-staff”。
admin-error-fact-line = 请写成“编号 | 2026-01-15 | https://…”。
admin-error-schedule-day = 不是星期（mon … sun、mon-fri、sat,sun、daily）也不是日期（2026-12-25）。
admin-error-schedule-hours = 时间应为 09:00-17:00 的格式（多个用逗号分隔），或在日期后写“closed”。
admin-error-exceptions = 有两行为同一日期设定了时间。
admin-error-email = 这不是电子邮件地址。
admin-error-url = 这不是网址（https://…）。
admin-error-locale = 我们不认识此语言代码。
admin-error-topics = 请至少选择一个主题。
admin-error-accreditation = 法律认证只适用于法律服务：请同时选择一个法律主题。
admin-error-ends-at = 活动不能在开始前结束。
admin-error-body = 正文标记了未列在“会变化的信息”中的 [changing:…]。
admin-error-address = 地址需要城市和两个字母的国家代码。
admin-error-country = 请使用两个字母的国家代码，例如 US。
admin-error-text = 此文本不能为空。
admin-error-organization = 请选择您的一个机构。
admin-error-date = 请填写日期。
admin-error-datetime = 请填写日期和时间。
admin-error-in-use = 仍有服务或活动属于它时无法删除。
admin-error-unknown-organization = 没有名为“{ $slug }”的机构。
admin-error-organizations = 编辑至少需要一个机构。
admin-error-locales = 译者至少需要一种语言。
admin-error-role = 请选择角色及相应的范围。
admin-error-password = 密码至少需要 { $min } 个字符。
admin-error-email-taken = 另一个账户已使用此电子邮件。
admin-reports = 问题报告
admin-reports-waiting = 待处理的问题报告：{ $count }
admin-reports-none = 没有待处理的报告。
admin-report-listing-gone = 已不存在的条目
admin-report-contact = 联系方式
admin-edit-listing = 编辑条目
admin-report-note = 备注（您的处理）
admin-report-resolve = 已解决
admin-report-dismiss = 驳回
admin-accounts = 工作人员账户
admin-accounts-list = 账户
admin-account-add = 添加账户
admin-account-disabled = 于 { $date } 停用
admin-account-disable = 停用此账户
admin-audit-change = 更改
## 离线数据包。机器翻译，尚待人工审校。

offline-use = 离线使用（供社区健康工作者）
offline-title = Vecino 离线版
offline-intro = 把您所在地区的服务和指南保存在这部手机上。下载并核验后，没有信号也能使用。
offline-language = 语言
offline-languages = 要保存的语言
offline-region = 地区
offline-download = 下载并核验
offline-downloading = 正在下载并核验…
offline-progress = { $done } / { $total }
offline-choose-language = 请至少选择一种语言。
offline-no-bundles = 这里还没有发布离线数据包。
offline-no-key = 此服务器还没有数据包签名密钥，因此无法核验。
offline-network-error = 无法连接服务器。手机上已有的内容会保留。
offline-verified = 已核验：签名和每个文件。
offline-held = { $region } 的第 { $seq } 版，发布于 { $date }。
offline-stale = 此数据包已过有效期（{ $date }）。部分信息可能已过时：有信号时请更新。
offline-update = 检查更新
offline-up-to-date = 您已是最新版本。
offline-updated = 已更新到第 { $seq } 版。
offline-rollback = 已拒绝：第 { $seq } 版比这部手机已见过的第 { $held } 版更旧。可能有人在带回旧信息。
offline-conflict = 警告：两个不同的数据包都声称是第 { $seq } 版。没有做任何更改。请告知发布此目录的人员。
offline-rejected = 已拒绝：此数据包未通过核验（{ $reason }）。没有保存任何内容。
offline-reason-signature = 它不是用此目录的密钥签名的
offline-reason-revoked = 它的签名密钥已被吊销
offline-reason-damaged = 有文件被修改、截断或调换
offline-reason-format = 这不是本应用能读取的数据包
offline-reason-base = 此更新不接续这部手机上的版本
offline-share = 分享此数据包
offline-import = 从另一部手机接收数据包
offline-import-label = 数据包文件（.vecino）
offline-imported = 已接收并核验：{ $region } 的第 { $seq } 版。
offline-search-label = 在这部手机上搜索
offline-search-button = 搜索
offline-search-unavailable = 这部手机暂时无法搜索。请浏览列表。
offline-results = 结果
offline-no-results = 没有找到。
offline-listings = 服务
offline-guides = 指南
offline-back = 返回
offline-phones = 电话
offline-address = 地址
offline-hours = 开放时间
offline-website = 网站
offline-sources = 来源
offline-verified-on = 核实于 { $date }
offline-reviewed-on = 审阅于 { $date }
offline-fact-as-of = 截至 { $date }
offline-in-language = 以{ $language }显示：没有您的语言版本。
offline-not-found = 不在此数据包中。
offline-remove = 从这部手机删除
offline-privacy = 一切都留在这部手机上。您搜索的内容不会发送到任何地方。
offline-spoken = 服务语言
offline-delta-refused = 更新文件未通过核验，因此改为下载并核验完整版本。
offline-events = 活动
offline-reason-region = 这是另一个地区的版本
offline-skip = 跳到内容

# Vecino: văn bản giao diện bằng tiếng Việt. Tham chiếu: locales/en/main.ftl.
# Không dịch phần nằm trong { $ngoặc nhọn }.

## Tên ngôn ngữ

language-self-name = Tiếng Việt
language-english-name = Vietnamese

## Lỗi

error-not-found = Chúng tôi không tìm thấy trang hoặc mục quý vị yêu cầu.
    .title = Không tìm thấy
error-guide-not-found = Không có hướng dẫn nào tại địa chỉ “{ $slug }”.
    .title = Không tìm thấy hướng dẫn
error-service-not-found = Không có dịch vụ nào có mã số “{ $id }”.
    .title = Không tìm thấy dịch vụ
error-organization-not-found = Không có tổ chức nào có mã số “{ $id }”.
    .title = Không tìm thấy tổ chức
error-invalid-id = “{ $value }” không phải là mã số hợp lệ.
    .title = Mã số không hợp lệ
error-invalid-locale = “{ $value }” không phải là mã ngôn ngữ mà chúng tôi nhận biết; xin dùng mã như “es” hoặc “zh-Hant”.
    .title = Mã ngôn ngữ không xác định
error-invalid-parameter = Giá trị “{ $value }” không hợp lệ cho “{ $name }”.
    .title = Giá trị không hợp lệ
error-method-not-allowed = Địa chỉ này không chấp nhận loại yêu cầu này.
    .title = Yêu cầu không được phép
error-internal = Chúng tôi xin lỗi, đã có lỗi xảy ra từ phía chúng tôi; xin vui lòng thử lại sau.
    .title = Đã có lỗi xảy ra
error-conflict = Có người khác đã thay đổi mục này cùng lúc; xin vui lòng tải lại và thử lại.
    .title = Đã bị người khác thay đổi

## Nguồn gốc văn bản

provenance-original = Văn bản gốc.
provenance-human = Do người dịch.
provenance-machine = Bản dịch máy — chưa được người xem lại.
provenance-imported = Được nhập từ một danh bạ khác.
translation-stale = Văn bản gốc đã thay đổi sau khi bản này được dịch; bản dịch có thể đã lỗi thời.
fallback-notice = Nội dung này chưa có bằng { $requested }, nên được hiển thị bằng { $shown }.

## Chủ đề

topic-know-your-rights = Biết quyền của quý vị
topic-daca = DACA
topic-citizenship = Quốc tịch
topic-id-card = Thẻ căn cước
topic-legal-aid = Trợ giúp pháp lý
topic-immigration-fraud = Lừa đảo di trú
topic-health = Sức khỏe
topic-education = Giáo dục
topic-youth = Thanh thiếu niên
topic-parents = Cha mẹ và gia đình
topic-employment = Việc làm
topic-housing = Nhà ở
topic-food = Thực phẩm
topic-language-classes = Lớp học ngôn ngữ
topic-language-access = Thông dịch và biên dịch
topic-safety = An toàn
topic-policing = Cảnh sát
topic-emergency-preparedness = Chuẩn bị cho tình huống khẩn cấp
topic-driving = Lái xe
topic-consular-services = Dịch vụ lãnh sự
topic-civic-engagement = Tham gia công dân
topic-information-and-referral = Thông tin và giới thiệu dịch vụ

## Các hạng mục của Welcoming Standard (Welcoming America)

welcoming-government-leadership = Vai trò lãnh đạo của chính quyền
welcoming-civic-engagement = Tham gia công dân
welcoming-equitable-access = Tiếp cận công bằng
welcoming-education = Giáo dục
welcoming-connected-communities = Cộng đồng gắn kết
welcoming-economic-development = Phát triển kinh tế
welcoming-safe-communities = Cộng đồng an toàn

## Ai được phép tư vấn pháp lý về di trú

accreditation-doj-recognized-organization = Tổ chức được DOJ công nhận
    .explanation = Tổ chức bất vụ lợi được Bộ Tư pháp Hoa Kỳ cho phép giúp đỡ pháp lý về di trú; “notario” và “cố vấn di trú” không được phép làm việc này.
accreditation-accredited-representative = Người đại diện được công nhận
    .explanation = Người làm việc tại một tổ chức được công nhận và được Bộ Tư pháp Hoa Kỳ cho phép tư vấn pháp lý về di trú; “notario” không được phép làm việc này.
accreditation-licensed-attorney = Luật sư có giấy phép hành nghề
    .explanation = Luật sư có giấy phép hành nghề tại một tiểu bang Hoa Kỳ được phép tư vấn pháp lý về di trú; tại Hoa Kỳ, “notario” (công chứng viên) không phải là luật sư.

## Cách một dịch vụ cung cấp ngôn ngữ

language-how-bilingual-staff = Nhân viên nói ngôn ngữ này
language-how-interpreter = Có thông dịch viên
language-how-phone-line = Trợ giúp qua điện thoại bằng ngôn ngữ này
language-how-written-material = Tài liệu viết bằng ngôn ngữ này

## Thông tin thường thay đổi

changing-fact-notice = Thông tin này thường thay đổi. Kiểm tra lần cuối: { $date }. Hãy xem nguồn chính thức trước khi hành động.

error-empty-query = Hãy gõ một hoặc hai từ để tìm kiếm.
    .title = Chưa nhập nội dung tìm kiếm
error-query-too-long = Nội dung tìm kiếm quá dài. Hãy dùng tối đa { $max } ký tự.
    .title = Nội dung tìm kiếm quá dài

## Web pages

site-name = Vecino
site-tagline = Giúp đỡ hàng xóm di dân, bằng ngôn ngữ của bạn.
skip-to-content = Chuyển đến nội dung chính
nav-home = Trang chủ
language-picker = Chọn ngôn ngữ
footer-privacy = Vecino không dùng cookie và không theo dõi bạn.
search-label = Tìm trợ giúp
search-hint = Ví dụ: luật sư, DACA, thẻ căn cước, phòng khám
search-button = Tìm
search-title = Kết quả tìm kiếm
search-count = Kết quả: { $count }
search-none = Không tìm thấy. Hãy thử từ khác hoặc bớt bộ lọc.
search-error-near = Hãy ghi địa điểm bằng vĩ độ và kinh độ, ví dụ 37.34, -121.89.
home-topics = Tìm trợ giúp theo chủ đề
home-guides = Hướng dẫn
home-events = Sự kiện sắp tới
home-no-events = Chưa có sự kiện sắp tới.
event-when = Thời gian:
event-where = Địa điểm:
services-title = Dịch vụ
topic-search = Tìm chủ đề này
kind-service = Dịch vụ
kind-guide = Hướng dẫn
kind-organization = Tổ chức
kind-event = Sự kiện
filters-title = Bộ lọc
filter-kind = Loại
filter-topic = Chủ đề
filter-more = Chỉ hiện
filter-accredited = Trợ giúp pháp lý được công nhận
filter-free = Miễn phí
filter-open-now = Đang mở cửa
filter-language = Có bằng
filter-any = Mọi ngôn ngữ
filter-near = Gần (vĩ độ, kinh độ)
filter-near-hint = Kết quả cho biết khoảng cách đến nơi này.
filter-locate = Dùng vị trí của tôi
filter-apply = Áp dụng bộ lọc
distance-km = Cách { $km } km
pages-label = Thêm kết quả
page-next = Trang sau
page-previous = Trang trước

## Listings

organization-label = Do tổ chức này cung cấp:
open-now = Đang mở cửa
closed-now = Đang đóng cửa
hours-unknown = Chưa rõ giờ mở cửa. Hãy gọi hoặc xem trang web trước khi đến.
hours-title = Giờ mở cửa
hours-timezone = Giờ địa phương ({ $zone }).
weekday-monday = Thứ Hai
weekday-tuesday = Thứ Ba
weekday-wednesday = Thứ Tư
weekday-thursday = Thứ Năm
weekday-friday = Thứ Sáu
weekday-saturday = Thứ Bảy
weekday-sunday = Chủ Nhật
languages-title = Ngôn ngữ
accreditation-none-legal = Chúng tôi không có hồ sơ cho thấy dịch vụ này được phép tư vấn pháp lý về di trú. Hãy yêu cầu xem giấy chứng nhận trước khi trả tiền hoặc ký giấy tờ.
verified-on = Đã được người kiểm tra ngày { $date }.
not-verified = Chưa được người kiểm tra.
sources-title = Nguồn
contact-title = Liên lạc
website = Trang web
phone = Điện thoại
email = Email
guide-reviewed = Xem lại ngày { $date }.
changing-intro = Một số thông tin trên trang này hay thay đổi. Chúng có ghi ngày kiểm tra gần nhất.
print-button = In
print-card = Thẻ bỏ túi để in
card-back = Quay lại hướng dẫn
qr-label = Mã QR của địa chỉ trang này
qr-caption = Quét mã này để mở trang trên điện thoại của bạn.

## Report a problem

report-title = Báo lỗi
report-intro = Có gì sai hoặc cũ không? Hãy cho chúng tôi biết, sẽ có người kiểm tra.
report-kind = Sai ở đâu?
report-kind-closed = Đã đóng cửa
report-kind-hours = Giờ mở cửa sai
report-kind-contact = Điện thoại, địa chỉ hoặc trang web sai
report-kind-information = Thông tin khác sai
report-kind-other = Việc khác
report-details = Chúng tôi cần biết gì?
report-contact = Email hoặc số điện thoại của bạn (không bắt buộc, chỉ khi bạn muốn được trả lời)
report-privacy = Đừng ghi thông tin riêng tư như tình trạng di trú của bạn.
report-send = Gửi
form-errors = Xin sửa các ô được đánh dấu.
report-error-kind = Hãy chọn chỗ sai.
report-error-details = Hãy viết ít nhất { $min } ký tự.
report-error-too-long = Quá dài: tối đa { $max } ký tự.
report-thanks-title = Cảm ơn
report-thanks = Cảm ơn bạn. Sẽ có người kiểm tra báo cáo của bạn.
report-back = Quay lại dịch vụ

## Kiosk

kiosk-start-over = Bắt đầu lại
kiosk-idle-title = Bạn vẫn còn đó chứ?
kiosk-idle-body = Để bảo vệ quyền riêng tư của bạn, màn hình này sẽ sớm bắt đầu lại.
kiosk-idle-continue = Tôi vẫn ở đây
kiosk-external = Ở đây địa chỉ web chỉ hiện dạng chữ: hãy mở sau trên điện thoại hoặc máy tính của bạn.

## Trang dành cho nhân viên (/admin). Bản dịch máy, chưa được người duyệt.

error-unauthorized = Hãy đăng nhập hoặc gửi một mã API hợp lệ.
    .title = Chưa đăng nhập
error-forbidden = Tài khoản của bạn không được phép làm việc này.
    .title = Không được phép
error-csrf = Biểu mẫu này đã hết hạn hoặc không đến từ trang này. Hãy quay lại, tải lại trang và thử lại.
    .title = Biểu mẫu hết hạn
error-token-name = Hãy đặt tên cho mã từ 1 đến 100 ký tự.
    .title = Thiếu tên
admin-title = Nhân viên
admin-cookie-notice = Các trang nhân viên dùng một cookie, chỉ để giữ bạn đăng nhập.
admin-login-title = Nhân viên đăng nhập
admin-login-intro = Dành cho những người cập nhật danh bạ này. Cư dân không bao giờ cần tài khoản.
admin-email = Email
admin-password = Mật khẩu
admin-login-button = Đăng nhập
admin-login-failed = Email hoặc mật khẩu không đúng.
admin-login-too-many = Quá nhiều lần thử không thành công. Số phút cần chờ trước khi thử lại: { $minutes }.
admin-logout = Đăng xuất
admin-signed-in-as = Đã đăng nhập với { $email } ({ $role }).
admin-role-admin = quản trị viên
admin-role-editor = biên tập viên
admin-role-translator = người dịch
admin-may-edit = Các mục bạn được sửa
admin-may-edit-all = Bạn được sửa mọi mục.
admin-may-translate = Các ngôn ngữ bạn được dịch sang: { $locales }
admin-verified = Đã xác minh { $date }
admin-not-verified = Chưa xác minh
admin-verify = Đánh dấu đã xác minh
admin-tokens = Mã API
admin-token-name = Mã này dùng để làm gì?
admin-token-create = Tạo mã
admin-token-created = Hãy sao chép mã này ngay. Mã sẽ không được hiển thị lại.
admin-token-revoke = Thu hồi
admin-token-revoked = đã thu hồi
admin-audit = Nhật ký kiểm tra
admin-audit-when = Khi nào
admin-audit-who = Ai
admin-audit-what = Việc gì
admin-audit-record = Mục

## Biên tập: mục, hướng dẫn, sự kiện, địa điểm, báo cáo và tài khoản (/admin). Bản dịch máy, chưa được người duyệt.

error-invalid-record = Trường “{ $field }” không hợp lệ: { $reason }
    .title = Chưa lưu
admin-back-home = Về trang chính của nhân viên
admin-save = Lưu
admin-saved = Đã lưu. Tìm kiếm và gói dữ liệu kế tiếp sẽ có thay đổi này.
admin-form-has-errors = Chưa lưu gì. Vui lòng sửa các trường được đánh dấu bên dưới.
admin-view-public = Xem trang công khai
admin-delete = Xóa
admin-delete-question = Xóa “{ $name }”? Không thể hoàn tác.
admin-delete-confirm = Vâng, xóa
admin-cancel = Hủy
admin-none = Không có
admin-organizations = Tổ chức
admin-guides = Hướng dẫn
admin-events = Sự kiện
admin-service = Dịch vụ
admin-places = Địa điểm và giờ mở cửa
admin-add-place = Thêm địa điểm
admin-new-organization = Tổ chức mới
admin-new-service = Dịch vụ mới
admin-new-guide = Hướng dẫn mới
admin-new-event = Sự kiện mới
admin-edit-organization = Sửa tổ chức: { $name }
admin-edit-service = Sửa dịch vụ: { $name }
admin-edit-guide = Sửa hướng dẫn: { $name }
admin-edit-event = Sửa sự kiện: { $name }
admin-new-place = Địa điểm mới cho { $name }
admin-edit-place = Địa điểm của { $name }
admin-field-language = Ngôn ngữ đã viết
admin-field-name = Tên
admin-field-slug = Tên trong địa chỉ web
admin-field-description = Mô tả
admin-field-url = Trang web
admin-field-email = Email
admin-field-phones = Số điện thoại
admin-field-sources = Nguồn
admin-field-organization = Tổ chức
admin-field-status = Tình trạng
admin-field-topics = Chủ đề
admin-field-accreditation = Chứng nhận pháp lý
admin-field-free = Miễn phí
admin-field-languages = Ngôn ngữ được cung cấp
admin-field-timezone = Múi giờ
admin-field-hours = Giờ mở cửa
admin-field-title = Tiêu đề
admin-field-summary = Tóm tắt
admin-field-body = Nội dung
admin-field-reviewed_at = Đã đối chiếu với nguồn vào ngày
admin-field-facts = Thông tin hay thay đổi
admin-field-starts = Bắt đầu
admin-field-ends = Kết thúc
admin-field-event_languages = Ngôn ngữ của sự kiện
admin-field-place_name = Tên địa điểm
admin-field-place_slug = Tên địa điểm trong địa chỉ web
admin-field-address_1 = Địa chỉ
admin-field-city = Thành phố
admin-field-state_province = Tiểu bang
admin-field-postal_code = Mã bưu chính
admin-field-country = Quốc gia
admin-field-latitude = Vĩ độ
admin-field-longitude = Kinh độ
admin-field-precision = Độ chính xác của điểm
admin-field-accessibility = Hỗ trợ tiếp cận
admin-field-role = Vai trò
admin-field-organizations = Tổ chức (biên tập viên)
admin-field-locales = Ngôn ngữ (dịch giả)
admin-hint-slug = Chữ thường, chữ số và dấu gạch nối. Để trống để tạo từ tên.
admin-hint-country = Mã quốc gia hai chữ cái, ví dụ US.
admin-hint-timezone = Múi giờ IANA, ví dụ America/Los_Angeles hoặc America/New_York.
admin-hint-phones = Mỗi dòng một số.
admin-hint-sources = Mỗi dòng một nguồn: tiêu đề | địa chỉ web. Mỗi mục trích ít nhất một nguồn.
admin-hint-languages = Mỗi dòng một ngôn ngữ: mã ngôn ngữ và hình thức, ví dụ “es bilingual-staff”, “vi interpreter”, “ar phone-line”, “ko written-material”.
admin-hint-hours = Mỗi dòng một quy tắc, tên ngày bằng tiếng Anh: “mon-fri 09:00-17:00”, “sat 10:00-12:00, 13:00-15:00”, “daily 00:00-24:00”. Ngày khác thường: “2026-12-25 closed Giáng sinh” hoặc “2026-12-24 09:00-12:00”. Để trống nếu không biết giờ.
admin-hint-markdown = Markdown. Đánh dấu thông tin hay thay đổi bằng [changing:mã-của-nó] và liệt kê bên dưới.
admin-hint-facts = Mỗi dòng một mục: mã | ngày thông tin còn đúng | địa chỉ web để kiểm tra, ví dụ “n400-fee | 2026-01-15 | https://www.uscis.gov/n-400”.
admin-hint-event-languages = Mã ngôn ngữ cách nhau bằng dấu phẩy, ví dụ “es, en”.
admin-hint-written-in = Viết bằng { $language }. Thay đổi sẽ đánh dấu các bản dịch là đã cũ.
admin-hint-source-text = Viết bằng ngôn ngữ đã chọn ở trên; dịch giả sẽ dịch từ văn bản này.
admin-hint-password = Ít nhất { $min } ký tự. Hãy đưa riêng cho người đó.
admin-hint-organizations = Tên tổ chức trong địa chỉ web, cách nhau bằng dấu phẩy.
admin-hint-locales = Mã ngôn ngữ cách nhau bằng dấu phẩy, ví dụ “es, vi”.
admin-precision-exact = Chính tòa nhà
admin-precision-city = Chỉ thành phố
admin-feature-wheelchair-accessible = Xe lăn vào được
admin-feature-accessible-restroom = Nhà vệ sinh tiếp cận được
admin-feature-hearing-loop = Vòng hỗ trợ nghe
admin-feature-sign-language = Ngôn ngữ ký hiệu
admin-feature-braille = Chữ nổi Braille
admin-feature-large-print = Chữ in lớn
admin-feature-accessible-parking = Chỗ đậu xe cho người khuyết tật
admin-feature-near-public-transit = Gần phương tiện công cộng
admin-free-unknown = Không rõ
admin-free-yes = Có, một nguồn cho biết miễn phí
admin-free-no = Không
admin-status-active = Đang hoạt động
admin-status-inactive = Tạm ngưng
admin-status-defunct = Đã đóng cửa hẳn
admin-error-invalid = Giá trị này không hợp lệ.
admin-error-required = Trường này là bắt buộc.
admin-error-line = Dòng { $line }: { $problem }
admin-error-slug = Dùng chữ thường, chữ số và một dấu gạch nối (ví dụ “legal-aid-clinic”).
admin-error-slug-taken = Một mục khác đã dùng tên này trong địa chỉ web.
admin-error-phone = không phải số điện thoại.
admin-error-coordinates = Nhập vĩ độ và kinh độ là số hợp lệ, ví dụ 37.34 và -121.89.
admin-error-timezone = Chúng tôi không biết múi giờ này. Dùng tên như America/Los_Angeles.
admin-error-sources = Hãy nêu ít nhất một nguồn.
admin-error-source-line = viết theo dạng “tiêu đề | https://…”.
admin-error-language-line = viết mã ngôn ngữ và hình thức, ví dụ “es bilingual-staff”.
admin-error-fact-line = viết theo dạng “mã | 2026-01-15 | https://…”.
admin-error-schedule-day = không phải ngày (mon … sun, mon-fri, sat,sun, daily) hay ngày tháng (2026-12-25).
admin-error-schedule-hours = giờ phải có dạng 09:00-17:00 (nhiều khoảng cách nhau bằng dấu phẩy), hoặc “closed” sau một ngày.
admin-error-exceptions = Hai dòng ghi giờ cho cùng một ngày.
admin-error-email = Đây không phải địa chỉ email.
admin-error-url = Đây không phải địa chỉ web (https://…).
admin-error-locale = Chúng tôi không nhận ra mã ngôn ngữ này.
admin-error-topics = Chọn ít nhất một chủ đề.
admin-error-accreditation = Chứng nhận pháp lý chỉ áp dụng cho dịch vụ pháp lý: hãy chọn thêm một chủ đề pháp lý.
admin-error-ends-at = Sự kiện không thể kết thúc trước khi bắt đầu.
admin-error-body = Văn bản đánh dấu thông tin [changing:…] chưa có trong “Thông tin hay thay đổi”.
admin-error-address = Địa chỉ cần thành phố và mã quốc gia hai chữ cái.
admin-error-country = Dùng mã quốc gia hai chữ cái, ví dụ US.
admin-error-text = Văn bản này không được để trống.
admin-error-organization = Chọn một trong các tổ chức của bạn.
admin-error-date = Nhập ngày.
admin-error-datetime = Nhập ngày và giờ.
admin-error-in-use = Không thể xóa khi vẫn còn dịch vụ hoặc sự kiện thuộc về nó.
admin-error-unknown-organization = Không có tổ chức nào tên “{ $slug }”.
admin-error-organizations = Biên tập viên cần ít nhất một tổ chức.
admin-error-locales = Dịch giả cần ít nhất một ngôn ngữ.
admin-error-role = Chọn vai trò với phạm vi phù hợp.
admin-error-password = Mật khẩu cần ít nhất { $min } ký tự.
admin-error-email-taken = Một tài khoản khác đã dùng email này.
admin-reports = Báo cáo sự cố
admin-reports-waiting = Báo cáo sự cố đang chờ: { $count }
admin-reports-none = Không có báo cáo nào đang chờ.
admin-report-listing-gone = một mục không còn tồn tại
admin-report-contact = Cách liên lạc với họ
admin-edit-listing = Sửa mục
admin-report-note = Ghi chú (việc bạn đã làm)
admin-report-resolve = Đã giải quyết
admin-report-dismiss = Bỏ qua
admin-accounts = Tài khoản nhân viên
admin-accounts-list = Tài khoản
admin-account-add = Thêm tài khoản
admin-account-disabled = đã vô hiệu hóa ngày { $date }
admin-account-disable = Vô hiệu hóa tài khoản này
admin-audit-change = Thay đổi
## Gói ngoại tuyến. Bản dịch máy, chưa được người duyệt.

offline-use = Dùng ngoại tuyến (cho nhân viên y tế cộng đồng)
offline-title = Vecino ngoại tuyến
offline-intro = Lưu danh sách dịch vụ và hướng dẫn của khu vực bạn trên điện thoại này. Sau khi tải và kiểm tra, chúng dùng được khi không có sóng.
offline-language = Ngôn ngữ
offline-languages = Các ngôn ngữ cần lưu
offline-region = Khu vực
offline-download = Tải và kiểm tra
offline-downloading = Đang tải và kiểm tra…
offline-progress = { $done } / { $total }
offline-choose-language = Hãy chọn ít nhất một ngôn ngữ.
offline-no-bundles = Chưa có gói ngoại tuyến nào được đăng ở đây.
offline-no-key = Máy chủ này chưa có khóa ký gói, nên không thể kiểm tra gì.
offline-network-error = Không kết nối được máy chủ. Những gì có trên điện thoại này vẫn được giữ.
offline-verified = Đã kiểm tra: chữ ký và từng tệp.
offline-held = Bản { $seq } của { $region }, phát hành ngày { $date }.
offline-stale = Gói này đã quá hạn ({ $date }). Một số thông tin có thể đã cũ: hãy cập nhật khi có sóng.
offline-update = Kiểm tra cập nhật
offline-up-to-date = Bạn đang có bản mới nhất.
offline-updated = Đã cập nhật lên bản { $seq }.
offline-rollback = Bị từ chối: bản { $seq } cũ hơn bản { $held } đã thấy trên điện thoại này. Có thể có người đang đưa lại thông tin cũ.
offline-conflict = Cảnh báo: hai gói khác nhau cùng tự nhận là bản { $seq }. Không có gì bị thay đổi. Hãy báo cho những người đăng danh bạ này.
offline-rejected = Bị từ chối: gói này không qua được kiểm tra ({ $reason }). Không có gì được lưu.
offline-reason-signature = không được ký bằng khóa của danh bạ này
offline-reason-revoked = khóa ký của gói đã bị thu hồi
offline-reason-damaged = một tệp đã bị sửa, cắt ngắn hoặc tráo đổi
offline-reason-format = đây không phải gói mà ứng dụng này đọc được
offline-reason-base = bản cập nhật không nối tiếp bản trên điện thoại này
offline-share = Chia sẻ gói này
offline-import = Nhận gói từ điện thoại khác
offline-import-label = Tệp gói (.vecino)
offline-imported = Đã nhận và kiểm tra: bản { $seq } của { $region }.
offline-search-label = Tìm trên điện thoại này
offline-search-button = Tìm
offline-search-unavailable = Điện thoại này chưa tìm kiếm được. Hãy xem các danh sách.
offline-results = Kết quả
offline-no-results = Không tìm thấy gì.
offline-listings = Dịch vụ
offline-guides = Hướng dẫn
offline-back = Quay lại
offline-phones = Điện thoại
offline-address = Địa chỉ
offline-hours = Giờ mở cửa
offline-website = Trang web
offline-sources = Nguồn
offline-verified-on = Đã xác minh { $date }
offline-reviewed-on = Đã xem lại { $date }
offline-fact-as-of = Tính đến { $date }
offline-in-language = Hiển thị bằng { $language }: chưa có bằng ngôn ngữ của bạn.
offline-not-found = Không có trong gói này.
offline-remove = Xóa khỏi điện thoại này
offline-privacy = Mọi thứ ở lại trên điện thoại này. Những gì bạn tìm không được gửi đi đâu.
offline-spoken = Ngôn ngữ phục vụ
offline-delta-refused = Tệp cập nhật không qua được kiểm tra, nên đã tải và kiểm tra toàn bộ bản phát hành.
offline-events = Sự kiện
offline-reason-region = đây là bản của một khu vực khác
offline-skip = Chuyển đến nội dung

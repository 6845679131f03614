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

## Bản dịch (/admin/…/translations): the translation workflow. Bản dịch máy, chưa được người duyệt.

admin-tr-link = Bản dịch
admin-tr-title = Bản dịch
admin-tr-intro = Với mỗi ngôn ngữ: bao nhiêu văn bản còn thiếu, đã cũ (văn bản gốc đã thay đổi sau khi dịch), là bản dịch máy chưa được xem lại, được nhập vào, hoặc do người dịch.
admin-tr-locales = Các ngôn ngữ và tình trạng bản dịch
admin-tr-language = Ngôn ngữ
admin-tr-kind-service = Dịch vụ
admin-tr-kind-organization = Tổ chức
admin-tr-kind-guide = Hướng dẫn
admin-tr-kind-event = Sự kiện
admin-tr-field-name = Tên
admin-tr-field-description = Mô tả
admin-tr-field-title = Tiêu đề
admin-tr-field-summary = Tóm tắt
admin-tr-field-body = Nội dung (Markdown)
admin-tr-state-missing = Còn thiếu
admin-tr-state-stale = Đã cũ
admin-tr-state-machine = Dịch máy
admin-tr-state-imported = Được nhập
admin-tr-state-human = Người dịch
admin-tr-list-title = Bản dịch sang { $language }
admin-tr-counts = Số lượng
admin-tr-kind = Loại
admin-tr-texts = Văn bản
admin-tr-state = Tình trạng
admin-tr-any = Tất cả
admin-tr-filter = Lọc
admin-tr-total = Số văn bản tìm thấy: { $count }
admin-tr-none = Không có gì ở đây.
admin-tr-record = Mục
admin-tr-field = Trường
admin-tr-source = Ngôn ngữ gốc
admin-tr-pages = Trang
admin-tr-prev = Trang trước
admin-tr-next = Trang sau
admin-tr-page-of = Trang { $page } / { $pages }
admin-tr-edit-title = Dịch: { $field } sang { $language }
admin-tr-saved = Đã lưu.
admin-tr-stale-title = Văn bản gốc đã thay đổi
admin-tr-stale-since = Bản dịch này được làm từ một văn bản gốc cũ hơn. Mục này được thay đổi lần cuối vào { $date }.
admin-tr-stale-diff = Những gì đã thay đổi trong văn bản gốc (từ bị bỏ có gạch ngang, từ mới có gạch dưới):
admin-tr-stale-old = Văn bản gốc mà bản dịch này được làm từ đó:
admin-tr-stale-unknown = Văn bản gốc cũ không được lưu: hãy so sánh bản dịch với văn bản gốc bên dưới.
admin-tr-source-in = Bản gốc ({ $language })
admin-tr-translation-in = Bản dịch ({ $language })
admin-tr-text-label = { $field } bằng { $language }
admin-tr-save = Lưu bản dịch
admin-tr-preview = Xem trước
admin-tr-review-hint = Nếu bản dịch đã đúng, hãy đánh dấu là đã xem lại mà không cần gõ lại.
admin-tr-review = Đánh dấu đã xem lại
admin-tr-reviewed-by = bởi { $who } vào { $date }
admin-tr-error-source-locale = Văn bản được viết bằng ngôn ngữ này: đây là bản gốc, không phải bản dịch.
admin-tr-error-empty = Hãy gõ bản dịch trước khi lưu.
admin-tr-error-too-long = Bản dịch quá dài. Dùng tối đa { $max } ký tự.
admin-tr-error-marker = Dấu “[changing:{ $marker }]” không thuộc các thông tin thay đổi của hướng dẫn này. Hãy chép các dấu từ bản gốc.
admin-tr-error-source-changed = Văn bản gốc đã thay đổi trong khi bạn dịch. Hãy xem bản gốc mới: văn bản của bạn vẫn được giữ bên dưới.
admin-tr-error-invalid = Không thể lưu bản dịch này như hiện tại. Hãy kiểm tra và thử lại.
admin-tr-error-nothing-to-review = Chưa có bản dịch bằng ngôn ngữ này để xem lại.

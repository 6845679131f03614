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

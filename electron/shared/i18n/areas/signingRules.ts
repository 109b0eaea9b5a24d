/** Signing in order, signature timestamps (RFC 3161) and revocation by OCSP. */
export const signingRulesMessages = {
  vi: {
    'signingRules.errors.outOfOrder':
      'Chưa thể ký vào khối của {name}: các khối chữ ký được ký lần lượt theo thứ tự trên biên bản, {first} ({heading}) cần ký trước.',
    'signingRules.nextToSign': 'Tiếp theo',
    'signingRules.waitingFor': 'Chờ {name} ký trước',
    'signingRules.progress': 'Đã ký {signed}/{total} khối chữ ký',
    'signingRules.laterBlock': '{field} (chờ các khối trước)',
    'signingRules.timestamp.added': 'Chữ ký có dấu thời gian (PAdES B-T) lúc {time}, do {authority} cấp.',
    'signingRules.timestamp.notSet':
      'Chữ ký không có dấu thời gian (PAdES B-B): chưa đặt máy chủ cấp dấu thời gian trong Cài đặt. Thời điểm ký chỉ là giờ của máy tính này.',
    'signingRules.timestamp.unreachable':
      'Chữ ký không có dấu thời gian (PAdES B-B): không kết nối được máy chủ cấp dấu thời gian {url}. Thời điểm ký chỉ là giờ của máy tính này.',
    'signingRules.timestamp.refused':
      'Chữ ký không có dấu thời gian (PAdES B-B): máy chủ cấp dấu thời gian {url} từ chối yêu cầu. Thời điểm ký chỉ là giờ của máy tính này.',
    'signingRules.timestamp.invalid':
      'Chữ ký không có dấu thời gian (PAdES B-B): máy chủ {url} trả về dấu thời gian không kiểm tra được. Thời điểm ký chỉ là giờ của máy tính này.',
    'signingRules.report.timestamp': 'Dấu thời gian (PAdES B-T): {time}, do {authority} cấp',
    'signingRules.report.timestampInvalid': 'Dấu thời gian không hợp lệ: không khớp với chữ ký hoặc không kiểm tra được chữ ký của máy chủ cấp',
    'signingRules.report.noTimestamp': 'Không có dấu thời gian (PAdES B-B): thời điểm ký do máy của người ký ghi',
    'signingRules.settings.title': 'Dấu thời gian cho chữ ký số',
    'signingRules.settings.hint':
      'Máy chủ cấp dấu thời gian theo RFC 3161, ví dụ của Ban Cơ yếu Chính phủ: http://tsa.ca.gov.vn. Khi đặt và kết nối được, mỗi chữ ký có dấu thời gian (PAdES B-T); để trống hoặc không kết nối được, chữ ký không có dấu thời gian (PAdES B-B) và ứng dụng báo rõ.',
    'signingRules.settings.url': 'Địa chỉ máy chủ cấp dấu thời gian',
    'signingRules.settings.saved': 'Đã lưu máy chủ cấp dấu thời gian.',
  },
} as const;

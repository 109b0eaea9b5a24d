/**
 * Words the back end writes before any UI language is known, or into the store and documents themselves:
 * they are Vietnamese (`localize` without a language) wherever they are used.
 */
export const storeMessages = {
  vi: {
    'store.systemActor': 'Hệ thống',
    'store.defaultStoreName': 'Kho dữ liệu ({host})',
    'store.backupLogTag': '[sao lưu]',
    'store.workerExited': 'Luồng xử lý nền dừng bất thường (mã {code}).',
    'store.workerClosed': 'Đã đóng luồng xử lý nền.',
    'store.programmeTitle': 'Kế hoạch kiểm tra công tác cải cách hành chính năm {year}',
    'store.minutesSignReason': 'Ký biên bản số {code}',
    'store.schemaTooNew': 'lược đồ {applied}, ứng dụng này chỉ hỗ trợ đến {supported}',
    'store.integrityCheckNotRun': 'Không chạy được kiểm tra toàn vẹn: {reason}',
    'store.foreignKeyViolations': '{count} liên kết khóa ngoại không hợp lệ',
    'store.migrationAltered': 'bước nâng cấp số {number}: đã áp dụng SHA-256 {applied}…, ứng dụng mang theo {shipped}…',
  },
} as const;

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
  },
} as const;

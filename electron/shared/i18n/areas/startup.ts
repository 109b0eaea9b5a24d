/** What the hosts say while starting, before any UI language is known (console, startup dialog), and the web host's plain answers: Vietnamese. */
export const startupMessages = {
  vi: {
    'startup.storeNotOpened': 'Không mở được dữ liệu',
    'startup.failedTitle': 'Không khởi động được ứng dụng',
    'startup.failedDetail':
      'Đã xảy ra lỗi ngoài dự kiến khi khởi động; dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.\n\nChi tiết kỹ thuật: {reason}',
    'startup.badPort': 'Cổng không hợp lệ: {port}',
    'startup.running': 'Kiểm tra CCHC & ISO 9001 đang chạy tại {url}',
    'startup.dataFile': 'Dữ liệu: {file}',
    'startup.methodNotAllowed': 'Phương thức không được hỗ trợ',
    'startup.rendererUnreadable': 'Không đọc được tệp giao diện ({code})',
    'startup.unknownError': 'lỗi không rõ',
    'startup.notFound': 'Không tìm thấy',
  },
} as const;

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
    'startup.process.ended': 'Phần xử lý dữ liệu của ứng dụng đã dừng trước khi trả lời; hãy thử lại. Nếu lỗi còn, hãy mở lại ứng dụng.',
    'startup.process.timedOut': 'Phần xử lý dữ liệu không trả lời sau {seconds} giây; hãy thử lại.',
    'startup.process.closing': 'Ứng dụng đang đóng; yêu cầu không được thực hiện.',
    'startup.process.notStarted': 'Phần xử lý dữ liệu chưa sẵn sàng; hãy thử lại sau giây lát.',
    'startup.process.internal': 'Đã xảy ra lỗi ngoài dự kiến; dữ liệu không bị thay đổi.',
    'startup.process.exitedAtStart': 'Phần xử lý dữ liệu dừng khi đang khởi động (mã thoát {code}); dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.',
    'startup.process.crashedTitle': 'Phần xử lý dữ liệu đã dừng',
    'startup.process.crashed': 'Phần xử lý dữ liệu của ứng dụng dừng đột ngột (mã thoát {code}). Mọi thay đổi đã được báo "đã lưu" vẫn còn trong tệp dữ liệu. Ứng dụng sẽ đóng; hãy mở lại để làm tiếp.',
    'startup.process.startTimedOut': 'Phần xử lý dữ liệu không mở xong tệp dữ liệu sau {seconds} giây. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.',
    'startup.process.unknownCode': 'không rõ',
  },
} as const;

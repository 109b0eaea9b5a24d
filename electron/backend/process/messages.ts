import type { StartupFailure } from '../startupFailure';

/** What the user reads when the back-end process cannot answer (Vietnamese, as every back-end message). */
export const processMessages = {
  ended: 'Phần xử lý dữ liệu của ứng dụng đã dừng trước khi trả lời; hãy thử lại. Nếu lỗi còn, hãy mở lại ứng dụng.',
  timedOut: (seconds: number) => `Phần xử lý dữ liệu không trả lời sau ${seconds} giây; hãy thử lại.`,
  closing: 'Ứng dụng đang đóng; yêu cầu không được thực hiện.',
  notStarted: 'Phần xử lý dữ liệu chưa sẵn sàng; hãy thử lại sau giây lát.',
  internal: 'Đã xảy ra lỗi ngoài dự kiến; dữ liệu không bị thay đổi.',
  exitedAtStart: (code: number | null): StartupFailure => ({
    title: 'Không khởi động được ứng dụng',
    detail: `Phần xử lý dữ liệu dừng khi đang khởi động (mã thoát ${code ?? 'không rõ'}); dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.`,
  }),
  crashed: (code: number | null): StartupFailure => ({
    title: 'Phần xử lý dữ liệu đã dừng',
    detail: `Phần xử lý dữ liệu của ứng dụng dừng đột ngột (mã thoát ${code ?? 'không rõ'}). Mọi thay đổi đã được báo "đã lưu" vẫn còn trong tệp dữ liệu. Ứng dụng sẽ đóng; hãy mở lại để làm tiếp.`,
  }),
  startTimedOut: (seconds: number): StartupFailure => ({
    title: 'Không khởi động được ứng dụng',
    detail: `Phần xử lý dữ liệu không mở xong tệp dữ liệu sau ${seconds} giây. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.`,
  }),
};

import type { StartupFailure } from './startupFailure';

/** Any startup failure other than a store the app must not open (that one carries its own report). */
export function unexpectedStartupFailure(error: unknown): StartupFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Không khởi động được ứng dụng',
    detail: `Đã xảy ra lỗi ngoài dự kiến khi khởi động; dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.\n\nChi tiết kỹ thuật: ${reason}`,
  };
}

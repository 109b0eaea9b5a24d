import { StoreOpenError } from '../../db/store';

export interface StartupFailure {
  title: string;
  /** Vietnamese, for the user: what happened and what to do. Never an English stack. */
  detail: string;
}

/** What both hosts (the web host's console, the desktop's dialog) tell the user when the back end cannot start. */
export function describeStartupFailure(error: unknown): StartupFailure {
  if (error instanceof StoreOpenError) return { title: 'Không mở được dữ liệu', detail: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Không khởi động được ứng dụng',
    detail: `Đã xảy ra lỗi ngoài dự kiến khi khởi động; dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu lỗi còn, báo cho bộ phận công nghệ thông tin.\n\nChi tiết kỹ thuật: ${reason}`,
  };
}

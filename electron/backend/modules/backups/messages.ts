/** The back end's Vietnamese refusals for backups and restores, in one place (they become catalog keys later). */
export const backupMessages = {
  folderUnusable: (folder: string, detail: string) =>
    `Không ghi được vào thư mục sao lưu ${folder} (${detail}). Hãy cắm lại ổ USB hoặc chọn thư mục khác trong Cài đặt → Sao lưu.`,
  folderNotAbsolute: 'Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ D:\\SaoLuu hoặc /media/usb/sao-luu).',
  notABackup: (fileName: string) => `Tệp ${fileName} không phải là bản sao lưu của ứng dụng này (không đọc được tệp nén hoặc thiếu bảng kê).`,
  damaged: (fileName: string, detail: string) => `Bản sao lưu ${fileName} bị hỏng: ${detail}. Không dùng bản này; hãy chọn bản khác.`,
  partChanged: (part: string) => `phần "${part}" không khớp mã băm SHA-256 ghi trong bảng kê`,
  partMissing: (part: string) => `thiếu phần "${part}"`,
  partUnlisted: (part: string) => `có phần "${part}" không có trong bảng kê`,
  storeDamaged: (detail: string) => `tệp dữ liệu trong bản sao lưu không qua kiểm tra toàn vẹn (${detail})`,
  newerFormat: (fileName: string, version: number) =>
    `Bản sao lưu ${fileName} được ghi theo định dạng phiên bản ${version}, mới hơn định dạng ứng dụng này đọc được. Hãy cập nhật ứng dụng lên phiên bản mới nhất rồi thử lại.`,
  newerSchema: (fileName: string, appVersion: string) =>
    `Bản sao lưu ${fileName} được tạo bởi phiên bản ${appVersion} của ứng dụng, mới hơn phiên bản đang dùng. Hãy cập nhật ứng dụng lên phiên bản mới nhất rồi thử lại.`,
  notFound: (fileName: string) => `Không tìm thấy bản sao lưu ${fileName} trong thư mục sao lưu.`,
  restoring: 'Đang khôi phục dữ liệu từ bản sao lưu; hãy chờ một lát rồi thử lại.',
  cancelled: 'Đã hủy theo yêu cầu; không có gì thay đổi và không để lại tệp dở dang.',
  busy: 'Đang sao lưu hoặc khôi phục; hãy chờ việc đó xong rồi thử lại.',
} as const;

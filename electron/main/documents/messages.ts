/** Refusals of the desktop app's save and print (Vietnamese, as every message from behind the API). */
export const documentMessages = {
  invalidRef: (detail: string) => `Yêu cầu lưu hoặc in không hợp lệ: ${detail}`,
  notPdf: 'Tệp nhận được không phải là PDF; không lưu, không in.',
  writeFailed: (reason: string) => `Không ghi được tệp: ${reason}. Hãy chọn thư mục khác hoặc kiểm tra quyền ghi.`,
  printFailed: (reason: string) => `Không mở được cửa sổ in: ${reason}`,
};

/** Refusals of the desktop app's "Lưu thành…" and "In", said by the main process. */
export const documentOutputMessages = {
  vi: {
    'documentOutput.invalidRef': 'Yêu cầu lưu hoặc in không hợp lệ: {detail}',
    'documentOutput.notOfFormat': 'Tệp nhận được không phải là {format}; không lưu, không in.',
    'documentOutput.notPrintable': 'Chỉ in được tài liệu PDF; tệp Excel thì hãy lưu rồi mở bằng Excel.',
    'documentOutput.writeFailed': 'Không ghi được tệp (lỗi hệ thống: {reason}). Hãy chọn thư mục khác hoặc kiểm tra quyền ghi.',
    'documentOutput.printFailed': 'Không mở được cửa sổ in (lỗi hệ thống: {reason}).',
    'documentOutput.print': 'In',
    'documentOutput.filter.pdf': 'Tài liệu PDF',
    'documentOutput.filter.xlsx': 'Bảng tính Excel',
    'documentOutput.filter.docx': 'Văn bản Word',
  },
} as const;

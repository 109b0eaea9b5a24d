/** What the web host answers a request it refuses before the API sees it. */
export const webHostMessages = {
  vi: {
    'webHost.internal': 'Lỗi máy chủ nội bộ.',
    'webHost.badHost': 'Tên máy chủ không hợp lệ.',
    'webHost.badToken': 'Thiếu hoặc sai mã truy cập của phiên làm việc.',
    'webHost.postOnly': 'Chỉ chấp nhận phương thức POST.',
    'webHost.badMethodName': 'Tên chức năng trong đường dẫn không hợp lệ.',
    'webHost.notJson': 'Nội dung yêu cầu phải là JSON (application/json, mã hóa UTF-8).',
    'webHost.tooLarge': 'Nội dung yêu cầu quá lớn.',
    'webHost.badJson': 'Nội dung yêu cầu không phải JSON hợp lệ.',
    'webHost.noRenderer': 'Giao diện chưa được build: chạy "npm run build:renderer".',
  },
} as const;

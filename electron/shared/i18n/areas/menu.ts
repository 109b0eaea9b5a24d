/** The desktop app's native menu (built by the Electron shell from this catalog). */
export const menuMessages = {
  vi: {
    'menu.file': 'Tệp',
    'menu.quit': 'Thoát',
    'menu.edit': 'Sửa',
    'menu.undo': 'Hoàn tác',
    'menu.redo': 'Làm lại',
    'menu.cut': 'Cắt',
    'menu.copy': 'Sao chép',
    'menu.paste': 'Dán',
    'menu.selectAll': 'Chọn tất cả',
    'menu.view': 'Xem',
    'menu.reload': 'Tải lại',
    'menu.zoomIn': 'Phóng to',
    'menu.zoomOut': 'Thu nhỏ',
    'menu.resetZoom': 'Kích thước thật',
    'menu.fullscreen': 'Toàn màn hình',
    'menu.help': 'Trợ giúp',
    'menu.about': 'Giới thiệu',
  },
} as const;

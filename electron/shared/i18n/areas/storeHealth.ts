export const storeHealthMessages = {
  vi: {
    'storeHealth.title': 'Tệp dữ liệu bị hỏng',
    'storeHealth.intro':
      'Lần kiểm tra toàn vẹn chạy nền sau khi mở đã phát hiện lỗi trong tệp dữ liệu. Từ lúc này ứng dụng không ghi thêm gì vào tệp: bạn vẫn xem được dữ liệu, nhưng mọi thay đổi đều bị từ chối cho đến khi khôi phục từ bản sao lưu như hướng dẫn dưới đây.',
    'storeHealth.readOnly': 'Chỉ xem dữ liệu',
    'storeHealth.banner': 'Tệp dữ liệu bị hỏng: ứng dụng chỉ cho xem, không ghi. Hãy khôi phục từ bản sao lưu (.bak).',
    'storeHealth.showSteps': 'Xem cách khắc phục',
  },
} as const;

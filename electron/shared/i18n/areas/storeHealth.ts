export const storeHealthMessages = {
  vi: {
    'storeHealth.title': 'Tệp dữ liệu bị hỏng',
    'storeHealth.intro':
      'Lần kiểm tra toàn vẹn chạy nền sau khi mở đã phát hiện lỗi trong tệp dữ liệu. Từ lúc này ứng dụng không ghi thêm gì vào tệp: bạn vẫn xem được dữ liệu, nhưng mọi thay đổi đều bị từ chối cho đến khi khôi phục từ bản sao lưu như hướng dẫn dưới đây.',
    'storeHealth.readOnly': 'Chỉ xem dữ liệu',
    'storeHealth.banner': 'Tệp dữ liệu bị hỏng: ứng dụng chỉ cho xem, không ghi. Hãy khôi phục từ bản sao lưu (.bak).',
    'storeHealth.showSteps': 'Xem cách khắc phục',
  },
  en: {
    'storeHealth.title': 'The data file is damaged',
    'storeHealth.intro':
      'The integrity check that runs in the background after opening found errors in the data file. From now on the app writes nothing more to it: you can still view the data, but every change is refused until it is restored from a backup as described below (instructions in Vietnamese).',
    'storeHealth.readOnly': 'View data only',
    'storeHealth.banner': 'The data file is damaged: view only, nothing is written. Restore it from a backup (.bak).',
    'storeHealth.showSteps': 'How to fix it',
  },
};

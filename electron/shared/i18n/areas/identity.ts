export const identityMessages = {
  vi: {
    'identity.title': 'Máy này và kho dữ liệu',
    'identity.hint':
      'Khi chuyển công việc giữa các máy, mỗi máy và mỗi kho dữ liệu được nhận biết bằng tên và mã định danh. Tên máy ghi trong nhật ký thay đổi; tên kho đi theo dữ liệu (khôi phục sang máy mới vẫn giữ tên kho, máy mới giữ tên máy của nó).',
    'identity.machineName': 'Tên máy này',
    'identity.storeName': 'Tên kho dữ liệu',
    'identity.id': 'Mã định danh: {id}',
    'identity.saved': 'Đã lưu tên.',
  },
} as const;

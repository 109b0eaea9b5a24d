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
  en: {
    'identity.title': 'This laptop and the data store',
    'identity.hint':
      'When work moves between laptops, each laptop and each data store is known by a name and an identifier. The laptop name is recorded in the change log; the store name travels with the data (a store restored on a new laptop keeps its name, the new laptop keeps its own).',
    'identity.machineName': 'Name of this laptop',
    'identity.storeName': 'Name of the data store',
    'identity.id': 'Identifier: {id}',
    'identity.saved': 'The name was saved.',
  },
};

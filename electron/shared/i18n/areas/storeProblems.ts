/** Why the store cannot be used and how to restore it: shown at start, before any UI language is known, and by the background check. */
export const storeProblemsMessages = {
  vi: {
    'storeProblems.happened.STORE_DAMAGED': 'Tệp dữ liệu bị hỏng: kiểm tra toàn vẹn của SQLite phát hiện lỗi trong tệp.',
    'storeProblems.happened.STORE_NOT_DATABASE': 'Tệp dữ liệu không phải là cơ sở dữ liệu SQLite (nội dung tệp đã bị ghi đè hoặc thay bằng tệp khác).',
    'storeProblems.happened.STORE_TRUNCATED': 'Tệp dữ liệu bị cắt cụt: tệp ngắn hơn phần dữ liệu nó phải chứa (có thể do sao chép dở dang hoặc ổ đĩa đầy).',
    'storeProblems.happened.STORE_TOO_NEW': 'Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.',
    'storeProblems.happened.MIGRATION_FAILED': 'Nâng cấp dữ liệu lên phiên bản này của ứng dụng thất bại. Mọi thay đổi của lần nâng cấp đã được hoàn tác.',
    'storeProblems.happened.MIGRATION_ALTERED':
      'Dữ liệu đã được nâng cấp bằng một bước nâng cấp khác với bước cùng số mà phiên bản này của ứng dụng mang theo (bản thử nghiệm hoặc bản bị sửa đổi), nên cấu trúc dữ liệu có thể không như ứng dụng chờ đợi.',
    'storeProblems.happened.STORE_BUSY': 'Tệp dữ liệu đang bị một chương trình khác giữ (có thể ứng dụng đã mở ở cửa sổ khác hoặc một chương trình sao lưu đang đọc tệp).',
    'storeProblems.happened.STORE_UNREADABLE': 'Không đọc được tệp dữ liệu (không có quyền truy cập, ổ đĩa lỗi hoặc thư mục không tồn tại).',
    'storeProblems.cannotWork': 'Không thể làm việc với dữ liệu. {happened}',
    'storeProblems.file': 'Tệp: {file}',
    'storeProblems.upgradeUndone': 'Dữ liệu vẫn như trước khi nâng cấp.',
    'storeProblems.nothingWrittenSince': 'Từ lúc phát hiện, ứng dụng không ghi thêm gì vào tệp này.',
    'storeProblems.nothingWritten': 'Ứng dụng không ghi gì vào tệp này; tệp được giữ nguyên như trước khi mở.',
    'storeProblems.detail': 'Chi tiết kỹ thuật: {detail}',
    'storeProblems.restore.title': 'Cách khắc phục:',
    'storeProblems.restore.close': '1. Đóng ứng dụng (nếu còn mở).',
    'storeProblems.restore.openFolder': '2. Mở thư mục dữ liệu: {folder}',
    'storeProblems.restore.rename':
      '3. Đổi tên tệp {file} thành {file}.hong (cùng các tệp {file}-wal và {file}-shm nếu có). Đừng xóa: bộ phận công nghệ thông tin có thể cứu dữ liệu từ đó.',
    'storeProblems.restore.copyBackup': '4. Sao chép bản sao lưu mới nhất thành tệp {file}. Các bản sao lưu (tệp .bak) trong thư mục này, mới nhất trước:\n{backups}',
    'storeProblems.restore.noBackup':
      '4. Thư mục này chưa có bản sao lưu (tệp .bak). Hãy chép vào đây bản sao lưu bạn giữ ở nơi khác (USB, máy khác), đặt tên thành {file}; nếu không có, hãy liên hệ bộ phận công nghệ thông tin để cứu dữ liệu từ tệp hỏng.',
    'storeProblems.restore.reopen': '5. Mở lại ứng dụng. Những gì nhập sau thời điểm sao lưu cần được nhập lại.',
    'storeProblems.fix.STORE_TOO_NEW': 'Cách khắc phục: cài phiên bản mới nhất của ứng dụng rồi mở lại. Không dùng phiên bản cũ này với dữ liệu đó.',
    'storeProblems.fix.MIGRATION_FAILED':
      'Cách khắc phục: tiếp tục dùng phiên bản trước của ứng dụng và báo lỗi này (kèm chi tiết kỹ thuật bên dưới) cho bộ phận công nghệ thông tin.',
    'storeProblems.fix.backupBeforeUpgrade': 'Bản sao lưu được ghi trước khi nâng cấp: {backup} (trong thư mục {folder}).',
    'storeProblems.fix.MIGRATION_ALTERED':
      'Cách khắc phục: mở dữ liệu này bằng đúng phiên bản ứng dụng đã nâng cấp nó, hoặc cài bản chính thức mới nhất; nếu vẫn bị từ chối, báo lỗi này (kèm chi tiết kỹ thuật bên dưới) cho bộ phận công nghệ thông tin.',
    'storeProblems.fix.STORE_BUSY': 'Cách khắc phục: đóng các cửa sổ khác của ứng dụng (và chương trình đang mở tệp dữ liệu), chờ một lát rồi mở lại.',
    'storeProblems.fix.STORE_UNREADABLE':
      'Cách khắc phục: kiểm tra thư mục dữ liệu {folder} còn tồn tại và tài khoản Windows/Linux đang dùng có quyền đọc, ghi; sau đó mở lại ứng dụng.',
  },
} as const;

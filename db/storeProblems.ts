import fs from 'node:fs';
import path from 'node:path';

/** Why the store could not be used. Every kind has a Vietnamese report saying what happened and what to do. */
export type StoreProblemKind =
  | 'STORE_TOO_NEW'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_ALTERED'
  | 'STORE_DAMAGED'
  | 'STORE_NOT_DATABASE'
  | 'STORE_TRUNCATED'
  | 'STORE_BUSY'
  | 'STORE_UNREADABLE';

export interface StoreProblemFacts {
  filePath: string;
  /** SQLite's own words or counts, shown last as technical detail for whoever helps the user. */
  detail?: string;
  /** Found by the background check while the app was already working on the store. */
  foundWhileOpen?: boolean;
}

/** The .bak copies beside the store (written before each upgrade, or by the user), newest first. */
export function listBackups(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir).filter((name) => name.toLowerCase().endsWith('.bak'));
  } catch {
    return [];
  }
  const modified = (name: string) => fs.statSync(path.join(dataDir, name)).mtimeMs;
  return names.sort((a, b) => modified(b) - modified(a) || b.localeCompare(a));
}

const whatHappened: Record<StoreProblemKind, string> = {
  STORE_DAMAGED: 'Tệp dữ liệu bị hỏng: kiểm tra toàn vẹn của SQLite phát hiện lỗi trong tệp.',
  STORE_NOT_DATABASE: 'Tệp dữ liệu không phải là cơ sở dữ liệu SQLite (nội dung tệp đã bị ghi đè hoặc thay bằng tệp khác).',
  STORE_TRUNCATED: 'Tệp dữ liệu bị cắt cụt: tệp ngắn hơn phần dữ liệu nó phải chứa (có thể do sao chép dở dang hoặc ổ đĩa đầy).',
  STORE_TOO_NEW: 'Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng.',
  MIGRATION_FAILED: 'Nâng cấp dữ liệu lên phiên bản này của ứng dụng thất bại. Mọi thay đổi của lần nâng cấp đã được hoàn tác.',
  MIGRATION_ALTERED:
    'Dữ liệu đã được nâng cấp bằng một bước nâng cấp khác với bước cùng số mà phiên bản này của ứng dụng mang theo (bản thử nghiệm hoặc bản bị sửa đổi), nên cấu trúc dữ liệu có thể không như ứng dụng chờ đợi.',
  STORE_BUSY: 'Tệp dữ liệu đang bị một chương trình khác giữ (có thể ứng dụng đã mở ở cửa sổ khác hoặc một chương trình sao lưu đang đọc tệp).',
  STORE_UNREADABLE: 'Không đọc được tệp dữ liệu (không có quyền truy cập, ổ đĩa lỗi hoặc thư mục không tồn tại).',
};

/** The restore steps, naming the folder, the files and the backups the user actually has. */
function restoreSteps(filePath: string, backups: string[]): string[] {
  const dataDir = path.dirname(filePath);
  const fileName = path.basename(filePath);
  const backupLine =
    backups.length > 0
      ? `4. Sao chép bản sao lưu mới nhất thành tệp ${fileName}. Các bản sao lưu (tệp .bak) trong thư mục này, mới nhất trước:\n${backups.map((name) => `   - ${name}`).join('\n')}`
      : '4. Thư mục này chưa có bản sao lưu (tệp .bak). Hãy chép vào đây bản sao lưu bạn giữ ở nơi khác (USB, máy khác), đặt tên thành ' +
        `${fileName}; nếu không có, hãy liên hệ bộ phận công nghệ thông tin để cứu dữ liệu từ tệp hỏng.`;
  return [
    'Cách khắc phục:',
    '1. Đóng ứng dụng (nếu còn mở).',
    `2. Mở thư mục dữ liệu: ${dataDir}`,
    `3. Đổi tên tệp ${fileName} thành ${fileName}.hong (cùng các tệp ${fileName}-wal và ${fileName}-shm nếu có). Đừng xóa: bộ phận công nghệ thông tin có thể cứu dữ liệu từ đó.`,
    backupLine,
    '5. Mở lại ứng dụng. Những gì nhập sau thời điểm sao lưu cần được nhập lại.',
  ];
}

function whatToDo(kind: StoreProblemKind, filePath: string, backups: string[]): string[] {
  switch (kind) {
    case 'STORE_TOO_NEW':
      return ['Cách khắc phục: cài phiên bản mới nhất của ứng dụng rồi mở lại. Không dùng phiên bản cũ này với dữ liệu đó.'];
    case 'MIGRATION_FAILED':
      return [
        'Cách khắc phục: tiếp tục dùng phiên bản trước của ứng dụng và báo lỗi này (kèm chi tiết kỹ thuật bên dưới) cho bộ phận công nghệ thông tin.',
        backups.length > 0 ? `Bản sao lưu được ghi trước khi nâng cấp: ${backups[0]} (trong thư mục ${path.dirname(filePath)}).` : '',
      ].filter(Boolean);
    case 'MIGRATION_ALTERED':
      return [
        'Cách khắc phục: mở dữ liệu này bằng đúng phiên bản ứng dụng đã nâng cấp nó, hoặc cài bản chính thức mới nhất; nếu vẫn bị từ chối, báo lỗi này (kèm chi tiết kỹ thuật bên dưới) cho bộ phận công nghệ thông tin.',
      ];
    case 'STORE_BUSY':
      return ['Cách khắc phục: đóng các cửa sổ khác của ứng dụng (và chương trình đang mở tệp dữ liệu), chờ một lát rồi mở lại.'];
    case 'STORE_UNREADABLE':
      return [`Cách khắc phục: kiểm tra thư mục dữ liệu ${path.dirname(filePath)} còn tồn tại và tài khoản Windows/Linux đang dùng có quyền đọc, ghi; sau đó mở lại ứng dụng.`];
    default:
      return restoreSteps(filePath, backups);
  }
}

/** The whole message the user reads: what happened, that the file was left as it was, and what to do. */
export function storeProblemReport(kind: StoreProblemKind, facts: StoreProblemFacts): string {
  const backups = listBackups(path.dirname(facts.filePath));
  return [
    `Không thể làm việc với dữ liệu. ${whatHappened[kind]}`,
    `Tệp: ${facts.filePath}`,
    kind === 'MIGRATION_FAILED'
      ? 'Dữ liệu vẫn như trước khi nâng cấp.'
      : facts.foundWhileOpen
        ? 'Từ lúc phát hiện, ứng dụng không ghi thêm gì vào tệp này.'
        : 'Ứng dụng không ghi gì vào tệp này; tệp được giữ nguyên như trước khi mở.',
    '',
    ...whatToDo(kind, facts.filePath, backups),
    ...(facts.detail ? ['', `Chi tiết kỹ thuật: ${facts.detail}`] : []),
  ].join('\n');
}

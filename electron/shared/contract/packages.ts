import { z } from 'zod';
import { command, query, task } from './define';
import { id, requiredText, textCharacters } from './fields';
import type { FieldLabel } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';

export type PackageKindView = 'handout' | 'result' | 'followup';

/** What a package holds, read from its checked manifest: shown before an import. */
export interface PackagePreview {
  packageId: string;
  kind: PackageKindView;
  formatVersion: number;
  fromMachine: string;
  fromStore: string;
  /** ISO instant the package was made. */
  createdAt: string;
  audits: { id: string; title: string }[];
  /** Records per table. */
  counts: Record<string, number>;
  files: number;
  bytes: number;
  /** This store imported it already: importing it again changes nothing. */
  alreadyImported: boolean;
}

export interface ExportedPackage {
  filePath: string;
  fileName: string;
  size: number;
  kind: PackageKindView;
  audits: { id: string; title: string }[];
  counts: Record<string, number>;
  files: number;
  encrypted: boolean;
}

export interface ImportedPackage {
  preview: PackagePreview;
  /** False when the package had been imported before: nothing changed. */
  imported: boolean;
  added: number;
  changed: number;
  removed: number;
  /** Evidence files that were not on this laptop before. */
  newFiles: number;
  /** The backup taken before the import, null when nothing was imported. */
  safetyBackup: string | null;
}

export interface HandoverView {
  auditId: string;
  title: string;
  /** 'out': handed to another laptop (read-only here); 'in': received from the coordinator. */
  direction: 'out' | 'in';
  machineName: string;
  handedAt: string;
  returnedAt: string | null;
}

// The password is only ever passed through; it is never stored.
const password = z.string().check(textCharacters('fieldLabels.password', 'single')).max(200, { error: 'Mật khẩu quá dài' }).optional();
const absolutePath = (label: FieldLabel) =>
  requiredText(label, 1000).refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), { error: fieldMessage('fields.notAbsolutePath', { label: { key: label } }) });
const exportOptions = { password, folder: absolutePath('fieldLabels.packageFolder').optional() };
const packageFile = z.object({ filePath: absolutePath('fieldLabels.packageFile'), password }).strict();

export const packagesMethods = {
  'packages.handovers': query<HandoverView[]>()(z.object({}).strict(), 'Các cuộc kiểm tra đang giao cho máy khác hoặc nhận từ máy điều phối'),
  'packages.handOut': task<ExportedPackage>()(
    z.object({ auditIds: z.array(id).min(1).max(200), machineName: requiredText('fieldLabels.receivingMachine', 100), ...exportOptions }).strict(),
    'Giao cuộc kiểm tra cho máy tổ kiểm tra: xuất gói giao việc và khóa cuộc kiểm tra ở máy này',
  ),
  'packages.exportResult': task<ExportedPackage>()(
    z.object({ auditIds: z.array(id).max(200).optional(), ...exportOptions }).strict(),
    'Xuất gói kết quả các cuộc kiểm tra nhận từ máy điều phối',
  ),
  'packages.exportFollowup': task<ExportedPackage>()(
    z.object({ auditIds: z.array(id).min(1).max(200), ...exportOptions }).strict(),
    'Xuất gói theo dõi khắc phục (hành động khắc phục và trạng thái) cho máy tổ kiểm tra',
  ),
  'packages.preview': task<PackagePreview>()(packageFile, 'Kiểm tra gói và cho xem nội dung trước khi nhập', { requiresProfile: false }),
  'packages.import': task<ImportedPackage>()(packageFile, 'Nhập gói dữ liệu: sao lưu trước, ghi nguyên tử, nhập lại không thay đổi gì'),
  'packages.cancelHandover': command<HandoverView[]>()(z.object({ auditId: id }).strict(), 'Hủy giao cuộc kiểm tra (ghi nhật ký); kết quả từ máy kia sẽ không nhập được'),
};

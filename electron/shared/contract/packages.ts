import * as z from 'zod';
import { command, query, task } from './define';
import { id, requiredText, textCharacters } from './fields';
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

/** Where an upload of a picked package file has got to. */
export interface PackageUpload {
  uploadId: string;
  received: number;
  /** Every declared byte arrived: the upload can be previewed and imported. */
  complete: boolean;
}

/** Part of a package this laptop wrote, for the renderer to download (web) or save (desktop). */
export interface PackageChunk {
  fileName: string;
  size: number;
  offset: number;
  base64: string;
  done: boolean;
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
const password = z.string().check(textCharacters('fieldLabels.password', 'single')).max(200, { error: () => fieldMessage('contractRules.passwordTooLong') }).optional();
/** The audits a package carries: at least one, as many as one hand-out sensibly holds. */
const auditIds = z.array(id).min(1, { error: () => fieldMessage('contractRules.noAuditChosen') }).max(200, { error: () => fieldMessage('contractRules.auditsMax') });
/**
 * No folder and no path: an export is always written to the packages folder beside the store and handed to the user
 * as a download (packages.download), so no caller of the API can make the back end write anywhere else.
 */
const exportOptions = { password };
/** A package the user picked, uploaded whole beforehand (packages.upload): never a path on this laptop. */
const packageFile = z.object({ uploadId: id, password }).strict();
/** Up to 4 MiB per chunk, as base64. */
const CHUNK_BASE64_CHARS = Math.ceil((4 * 1024 * 1024) / 3) * 4;
const uploadChunk = z
  .object({
    uploadId: id.optional(),
    fileName: requiredText('fieldLabels.packageFileName', 255).refine((name) => !/[/\\]/.test(name), { error: () => fieldMessage('contractRules.fileNameSlash') }),
    size: z.number({ error: () => fieldMessage('contractRules.fileSizeNumber') }).int().positive({ error: () => fieldMessage('contractRules.packageEmpty') }),
    offset: z.number({ error: () => fieldMessage('contractRules.positionNumber') }).int().nonnegative(),
    base64: z
      .string({ error: () => fieldMessage('contractRules.base64String') })
      .min(1, { error: () => fieldMessage('contractRules.chunkEmpty') })
      .max(CHUNK_BASE64_CHARS, { error: () => fieldMessage('contractRules.chunkMax') })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: () => fieldMessage('contractRules.notBase64') }),
  })
  .strict();
const exportedName = requiredText('fieldLabels.packageFileName', 100).regex(/^goi-(giao-viec|ket-qua|theo-doi)-\d{8}T\d{6}Z\.zip$/, { error: () => fieldMessage('contractRules.packageNameInvalid') });

export const packagesMethods = {
  'packages.handovers': query<HandoverView[]>()(z.object({}).strict(), 'Các cuộc kiểm tra đang giao cho máy khác hoặc nhận từ máy điều phối'),
  'packages.handOut': task<ExportedPackage>()(
    z.object({ auditIds, machineName: requiredText('fieldLabels.receivingMachine', 100), ...exportOptions }).strict(),
    'Giao cuộc kiểm tra cho máy tổ kiểm tra: xuất gói giao việc và khóa cuộc kiểm tra ở máy này',
  ),
  'packages.exportResult': task<ExportedPackage>()(
    z.object({ auditIds: z.array(id).max(200).optional(), ...exportOptions }).strict(),
    'Xuất gói kết quả các cuộc kiểm tra nhận từ máy điều phối',
  ),
  'packages.exportFollowup': task<ExportedPackage>()(
    z.object({ auditIds, ...exportOptions }).strict(),
    'Xuất gói theo dõi khắc phục (hành động khắc phục và trạng thái) cho máy tổ kiểm tra',
  ),
  'packages.upload': command<PackageUpload>()(uploadChunk, 'Tải lên một phần của tệp gói người dùng đã chọn (lưu tạm cạnh kho dữ liệu)', { requiresProfile: false }),
  'packages.download': query<PackageChunk>()(z.object({ fileName: exportedName, offset: z.number().int().nonnegative() }).strict(), 'Một phần của gói vừa xuất, để tải về hoặc lưu'),
  'packages.preview': task<PackagePreview>()(packageFile, 'Kiểm tra gói và cho xem nội dung trước khi nhập', { requiresProfile: false }),
  'packages.import': task<ImportedPackage>()(packageFile, 'Nhập gói dữ liệu: sao lưu trước, ghi nguyên tử, nhập lại không thay đổi gì'),
  'packages.cancelHandover': command<HandoverView[]>()(z.object({ auditId: id }).strict(), 'Hủy giao cuộc kiểm tra (ghi nhật ký); kết quả từ máy kia sẽ không nhập được'),
};

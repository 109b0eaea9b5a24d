import * as z from 'zod';
import { query, task } from './define';
import { id, optionalText, requiredText } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';

/** How the app can show a file itself; other files are downloaded. */
export type PreviewKind = 'image' | 'pdf' | null;

/** One use of a stored file: the same file may back several items and findings. */
export interface EvidenceView {
  id: string;
  auditId: string;
  itemId: string | null;
  findingId: string | null;
  /** Set when the file is a corrective action's completion evidence. */
  correctiveActionId: string | null;
  sha256: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  previewKind: PreviewKind;
  createdAt: string;
  createdBy: string | null;
}

export interface EvidenceContent {
  fileName: string;
  mimeType: string;
  base64: string;
}

export interface EvidenceRemoval {
  /** False when another record still uses the file, so it stays on disk. */
  fileDeleted: boolean;
}

export const imageMimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export function previewKindOf(mimeType: string): PreviewKind {
  if ((imageMimeTypes as readonly string[]).includes(mimeType)) return 'image';
  return mimeType === 'application/pdf' ? 'pdf' : null;
}

const fileBase64 = z
  .string({ error: () => fieldMessage('contractRules.base64String') })
  .min(1, { error: () => fieldMessage('contractRules.attachmentEmpty') })
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: () => fieldMessage('contractRules.notBase64') });

export const uploadEvidenceInput = z
  .object({
    auditId: id,
    itemId: id.nullable().default(null),
    findingId: id.nullable().default(null),
    correctiveActionId: id.nullable().default(null),
    fileName: requiredText('fieldLabels.fileName', 255).refine((name) => !/[/\\]/.test(name), { error: () => fieldMessage('contractRules.fileNameSlash') }),
    mimeType: optionalText('fieldLabels.fileType', 120).default(''),
    base64: fileBase64,
  })
  .strict()
  .refine((input) => [input.itemId, input.findingId, input.correctiveActionId].filter((target) => target !== null).length === 1, {
    error: () => fieldMessage('contractRules.evidenceOneOwner'),
    path: ['itemId'],
  });
export type UploadEvidenceInput = z.input<typeof uploadEvidenceInput>;

export const evidenceMethods = {
  'evidence.upload': task<EvidenceView>()(uploadEvidenceInput, 'Đính kèm tệp bằng chứng vào một câu hỏi, một phát hiện hoặc (bằng chứng hoàn thành) một hành động khắc phục'),
  'evidence.list': query<EvidenceView[]>()(z.object({ auditId: id }).strict(), 'Các tệp bằng chứng của cuộc kiểm tra (không gồm bằng chứng hoàn thành của hành động khắc phục)'),
  'evidence.content': query<EvidenceContent>()(z.object({ id }).strict(), 'Nội dung một tệp bằng chứng (base64), để xem trước hoặc tải về'),
  'evidence.remove': task<EvidenceRemoval>()(z.object({ id }).strict(), 'Gỡ một bằng chứng; tệp chỉ bị xóa khi không còn bản ghi nào dùng'),
};

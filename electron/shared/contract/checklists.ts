import type { LocalizedText } from '../i18n/catalog';
import * as z from 'zod';
import { command, query, task } from './define';
import { id, optionalText, requiredText, year } from './fields';
import type { FieldLabel } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';
import { checklistImportLimits, megabytes } from './importLimits';
import { patchInput } from './patch';
import { itemRuleIssues } from '../rules/checklistItems';
import type { ItemRuleFields } from '../rules/checklistItems';
import { answerTypes, comparators, templatePurposes } from './vocabulary';
import type { AnswerType, Comparator, TemplatePurpose, VersionStatus } from './vocabulary';

/* ---------- Views ---------- */

export interface ChecklistVersionRef {
  id: string;
  version: number;
  year: number | null;
}

export interface ChecklistTemplateSummary {
  id: string;
  code: string;
  name: string;
  purpose: TemplatePurpose;
  description: string;
  builtIn: boolean;
  retired: boolean;
  /** The version new audits use; null until one is published. */
  published: (ChecklistVersionRef & { publishedAt: string; itemCount: number }) | null;
  /** The version being edited, if any. */
  draft: ChecklistVersionRef | null;
  versionCount: number;
  /** Audits that use any version of this template. */
  auditCount: number;
}

export interface ChecklistVersionSummary {
  id: string;
  templateId: string;
  version: number;
  status: VersionStatus;
  year: number | null;
  publishedAt: string | null;
  publishedBy: string | null;
  createdAt: string;
  sectionCount: number;
  /** Items still asked, that is, not retired. */
  itemCount: number;
  auditCount: number;
}

export interface ChecklistTemplateDetail extends Omit<ChecklistTemplateSummary, 'published' | 'draft' | 'versionCount'> {
  clonedFrom: { templateId: string; templateName: string; versionId: string; version: number } | null;
  /** Newest first. */
  versions: ChecklistVersionSummary[];
}

export interface ChecklistItemView {
  id: string;
  sectionId: string;
  code: string;
  reference: string;
  referenceTitle: string;
  question: string;
  guidance: string;
  evidenceHint: string;
  answerType: AnswerType;
  numericUnit: string | null;
  comparator: Comparator | null;
  threshold: number | null;
  points: number | null;
  evidenceRequired: boolean;
  usuallyNotApplicable: boolean;
  notApplicableHint: string;
  /** A retired item stays in the version for the record but is not asked. */
  retired: boolean;
  sortOrder: number;
}

export interface ChecklistSectionView {
  id: string;
  code: string;
  title: string;
  sortOrder: number;
  /** In order; retired items included (flagged). */
  items: ChecklistItemView[];
}

/** One version's full structure, as an audit asks it. */
export interface ChecklistVersionDetail {
  template: { id: string; code: string; name: string; purpose: TemplatePurpose; description: string; builtIn: boolean };
  version: ChecklistVersionSummary;
  sections: ChecklistSectionView[];
}

export interface ChecklistAuditUse {
  id: string;
  title: string;
  kind: 'CCHC' | 'ISO';
  unitName: string;
  startDate: string;
  endDate: string;
  status: 'in_progress' | 'closed' | 'locked';
}

export interface ChecklistFile {
  fileName: string;
  base64: string;
}

export interface ImportProblem {
  /** The worksheet row (1-based, as Excel shows it); 0 for a problem with the file as a whole. */
  row: number;
  /** In Vietnamese, the default; `text`, when given, lets each client say it in its own language. */
  message: string;
  text?: LocalizedText;
}

export interface ImportPreview {
  problems: ImportProblem[];
  sectionCount: number;
  itemCount: number;
  /** What the file's "Thông tin" sheet says, to prefill the import form. */
  suggested: { code: string; name: string; purpose: TemplatePurpose | null; description: string; year: number | null };
}

/* ---------- Fields ---------- */

const codePattern = /^[\p{L}\d._\-/]+$/u;
const codeText = (label: FieldLabel, max: number) =>
  requiredText(label, max).refine((v) => codePattern.test(v), { error: () => fieldMessage('fields.codeCharacters', { label: { key: label } }) });

export const templateCode = codeText('fieldLabels.templateCode', 40);
export const sectionCode = codeText('fieldLabels.sectionCode', 20);
export const itemCode = codeText('fieldLabels.itemCode', 20);

const purpose = z.enum(templatePurposes, { error: () => fieldMessage('contractRules.purposeInvalid') });
const versionYear = year.nullable().default(null);

export const templateFields = z.object({
  code: templateCode,
  name: requiredText('fieldLabels.templateName', 200),
  purpose,
  description: optionalText('fieldLabels.description', 2000, 'multi').default(''),
});

export const sectionFields = z.object({
  code: sectionCode,
  title: requiredText('fieldLabels.sectionTitle', 300),
});

/** The item's columns, with defaults, before the rule that ties numeric fields to the numeric answer type. */
export const itemShape = z.object({
  code: itemCode,
  reference: optionalText('fieldLabels.clause', 50).default(''),
  referenceTitle: optionalText('fieldLabels.clauseTitle', 300).default(''),
  question: requiredText('fieldLabels.question', 2000, 'multi'),
  guidance: optionalText('fieldLabels.guidance', 4000, 'multi').default(''),
  evidenceHint: optionalText('fieldLabels.evidenceToSee', 2000, 'multi').default(''),
  answerType: z.enum(answerTypes, { error: () => fieldMessage('contractRules.answerTypeInvalid') }),
  numericUnit: optionalText('fieldLabels.measureUnit', 30).nullable().default(null),
  comparator: z.enum(comparators, { error: () => fieldMessage('contractRules.comparatorInvalid') }).nullable().default(null),
  threshold: z.number({ error: () => fieldMessage('contractRules.thresholdNumber') }).finite({ error: () => fieldMessage('contractRules.thresholdNumber') }).nullable().default(null),
  points: z.number({ error: () => fieldMessage('contractRules.pointsNumber') }).min(0, { error: () => fieldMessage('contractRules.pointsNegative') }).max(1000, { error: () => fieldMessage('contractRules.pointsMax') }).nullable().default(null),
  evidenceRequired: z.boolean({ error: () => fieldMessage('contractRules.evidenceRequiredFlag') }).default(false),
  usuallyNotApplicable: z.boolean({ error: () => fieldMessage('contractRules.usuallyNotApplicableFlag') }).default(false),
  notApplicableHint: optionalText('fieldLabels.usualNotApplicableReason', 1000, 'multi').default(''),
});
export type ItemFields = z.output<typeof itemShape>;

const withItemRules = <T extends z.ZodType<ItemRuleFields>>(schema: T) =>
  schema.superRefine((item, ctx) => {
    for (const issue of itemRuleIssues(item)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export const itemFields = withItemRules(itemShape);

/** Base64 of up to 10 MB of file. */
export const fileBase64 = z
  .string({ error: () => fieldMessage('contractRules.base64String') })
  .min(1, { error: () => fieldMessage('contractRules.fileEmpty') })
  .max(Math.ceil(checklistImportLimits.maxFileBytes / 3) * 4, { error: () => fieldMessage('contractRules.checklistFileTooLarge', { limit: megabytes(checklistImportLimits.maxFileBytes) }) })
  .regex(/^[A-Za-z0-9+/]+=*$/, { error: () => fieldMessage('contractRules.notBase64') });
const fileInput = z.object({ fileName: requiredText('fieldLabels.fileName', 255), base64: fileBase64 });

const importTarget = z.discriminatedUnion(
  'kind',
  [
    templateFields.extend({ kind: z.literal('newTemplate'), year: versionYear }).strict(),
    z.object({ kind: z.literal('newVersion'), templateId: id }).strict(),
  ],
  { error: () => fieldMessage('contractRules.importTargetChoice') },
);

const toIndex = z.number({ error: () => fieldMessage('contractRules.positionNumber') }).int({ error: () => fieldMessage('contractRules.positionInteger') }).min(0, { error: () => fieldMessage('contractRules.positionNegative') });

/* ---------- Methods ---------- */

export const checklistsMethods = {
  'checklists.list': query<ChecklistTemplateSummary[]>()(
    z
      .object({
        search: optionalText('fieldLabels.search', 100).optional(),
        purpose: purpose.optional(),
        includeRetired: z.boolean().default(false),
        /** Only templates with a published version: the choice offered when starting an audit. */
        publishedOnly: z.boolean().default(false),
      })
      .strict(),
    'Danh mục kiểm tra với phiên bản đang công bố (để chọn cho cuộc kiểm tra) và bản nháp',
  ),
  'checklists.getTemplate': query<ChecklistTemplateDetail>()(z.object({ id }).strict(), 'Một danh mục kiểm tra và các phiên bản của nó'),
  'checklists.getVersion': query<ChecklistVersionDetail>()(
    z.object({ id }).strict(),
    'Toàn bộ cấu trúc của một phiên bản danh mục: các phần và câu hỏi theo thứ tự',
  ),
  'checklists.versionAudits': query<ChecklistAuditUse[]>()(z.object({ versionId: id }).strict(), 'Các cuộc kiểm tra dùng một phiên bản danh mục'),
  'checklists.exportXlsx': query<ChecklistFile>()(z.object({ versionId: id }).strict(), 'Xuất một phiên bản danh mục ra tệp Excel (.xlsx)'),
  'checklists.previewImport': query<ImportPreview>()(fileInput.strict(), 'Kiểm tra trước tệp Excel danh mục: mọi lỗi theo số dòng'),
  'checklists.importXlsx': task<{ templateId: string; versionId: string }>()(
    fileInput.extend({ target: importTarget }).strict(),
    'Nhập danh mục từ tệp Excel thành bản nháp; nếu có dòng lỗi thì không nhập gì',
  ),

  'checklists.createTemplate': command<ChecklistTemplateDetail>()(
    templateFields.extend({ year: versionYear }).strict(),
    'Tạo danh mục mới với bản nháp phiên bản 1',
  ),
  'checklists.updateTemplate': command<ChecklistTemplateDetail>()(
    patchInput(templateFields.omit({ purpose: true }), { id }),
    'Sửa mã, tên, mô tả của danh mục',
  ),
  'checklists.setTemplateRetired': command<ChecklistTemplateDetail>()(
    z.object({ id, retired: z.boolean({ error: () => fieldMessage('contractRules.stateFlag') }) }).strict(),
    'Ngừng dùng hoặc dùng lại một danh mục cho cuộc kiểm tra mới',
  ),
  'checklists.clone': command<ChecklistTemplateDetail>()(
    templateFields.omit({ purpose: true }).extend({ versionId: id, year: versionYear }).strict(),
    'Nhân bản một phiên bản thành danh mục mới (ví dụ cho năm sau), ở dạng bản nháp',
  ),
  'checklists.createDraft': command<ChecklistVersionSummary>()(
    z.object({ templateId: id, year: year.nullable().optional() }).strict(),
    'Tạo bản nháp phiên bản mới từ phiên bản mới nhất',
  ),
  'checklists.updateDraft': command<ChecklistVersionSummary>()(patchInput(z.object({ year: versionYear }), { id }), 'Sửa năm áp dụng của bản nháp'),
  'checklists.discardDraft': command<{ templateDeleted: boolean }>()(
    z.object({ id }).strict(),
    'Bỏ bản nháp; danh mục chưa từng công bố thì bị xóa cùng',
  ),
  'checklists.publish': command<ChecklistVersionSummary>()(
    z.object({ id }).strict(),
    'Công bố bản nháp; phiên bản đang dùng trước đó chuyển thành phiên bản cũ',
  ),

  'checklists.addSection': command<ChecklistSectionView>()(sectionFields.extend({ versionId: id }).strict(), 'Thêm phần vào cuối bản nháp'),
  'checklists.updateSection': command<ChecklistSectionView>()(patchInput(sectionFields, { id }), 'Sửa mã, tên phần'),
  'checklists.moveSection': command<ChecklistSectionView>()(z.object({ id, toIndex }).strict(), 'Chuyển phần đến vị trí khác'),
  'checklists.deleteSection': command<{ deletedItems: number }>()(z.object({ id }).strict(), 'Xóa một phần và các câu hỏi của nó khỏi bản nháp'),

  'checklists.addItem': command<ChecklistItemView>()(
    withItemRules(itemShape.extend({ sectionId: id }).strict()),
    'Thêm câu hỏi vào cuối một phần',
  ),
  'checklists.updateItem': command<ChecklistItemView>()(patchInput(itemShape, { id }), 'Sửa câu hỏi'),
  'checklists.moveItem': command<ChecklistItemView>()(
    z.object({ id, sectionId: id, toIndex }).strict(),
    'Chuyển câu hỏi đến vị trí khác, có thể sang phần khác',
  ),
  'checklists.setItemRetired': command<ChecklistItemView>()(
    z.object({ id, retired: z.boolean({ error: () => fieldMessage('contractRules.stateFlag') }) }).strict(),
    'Ngừng hỏi hoặc hỏi lại một câu hỏi trong bản nháp',
  ),
  'checklists.deleteItem': command<{ id: string }>()(z.object({ id }).strict(), 'Xóa câu hỏi khỏi bản nháp'),
};

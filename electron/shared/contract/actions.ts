import * as z from 'zod';
import type { DueState } from '../rules/actionStates';
import type { EvidenceView } from './evidence';
import { command, query } from './define';
import { calendarDate, id, optionalText, year } from './fields';
import { patchInput } from './patch';
import { actionStatuses, auditKinds, boardStatusFilters, dueFilters } from './vocabulary';
import type { ActionStatus, AuditKind, FindingClass } from './vocabulary';
import { fieldMessage } from '../i18n/fieldMessages';

/** One corrective action as the board, the audit panel and the unit list show it. */
export interface ActionRow {
  id: string;
  findingId: string;
  findingNumber: number;
  findingClass: FindingClass;
  findingDescription: string;
  auditId: string;
  auditKind: AuditKind;
  auditTitle: string;
  auditYear: number;
  ownerUnitId: string;
  ownerUnitName: string;
  ownerPersonId: string | null;
  ownerPersonName: string | null;
  /** The action plan, shortened; empty while there is none (the immediate correction is not a plan). */
  summary: string;
  status: ActionStatus;
  dueDate: string;
  dueState: DueState;
  /** Days from today to the due date: negative when overdue. */
  daysToDue: number;
  /** Days the action has been open (until it closed, for a closed one). */
  ageDays: number;
  openedOn: string;
  closedOn: string | null;
}

export interface ActionEventView {
  id: string;
  at: string;
  actorName: string;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus;
  comment: string;
  details: ActionEventDetails | null;
}

/** What a move set, kept with the move so the history reads on its own. */
export interface ActionEventDetails {
  dueDate?: string;
  previousDueDate?: string;
  verifierName?: string;
  verificationDate?: string;
}

export interface ActionDetail extends ActionRow {
  /** Completion evidence stored as files, besides the text. */
  evidenceFiles: EvidenceView[];
  findingDate: string;
  findingRequirement: string;
  correction: string;
  rootCause: string;
  fiveWhys: string[];
  actionPlan: string;
  completionEvidence: string;
  verifierPersonId: string | null;
  verifierName: string | null;
  verificationDate: string | null;
  verificationResult: 'hieu_qua' | 'khong_hieu_qua' | null;
  history: ActionEventView[];
}

export { boardStatusFilters, dueFilters } from './vocabulary';
export type { BoardStatusFilter, DueFilter } from './vocabulary';

export const boardFilters = z.object({
  unitId: id.optional(),
  status: z.enum(boardStatusFilters, { error: () => fieldMessage('contractRules.statusFilterInvalid') }).default('open'),
  kind: z.enum(auditKinds, { error: () => fieldMessage('contractRules.kindFilterInvalid') }).optional(),
  /** The year of the audit the finding came from. */
  year: year.optional(),
  due: z.enum(dueFilters, { error: () => fieldMessage('contractRules.dueFilterInvalid') }).optional(),
  search: optionalText('fieldLabels.search', 100).optional(),
});
export type BoardFilters = z.input<typeof boardFilters>;

export const agingBuckets = ['d0_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** Counts over the actions that match unit, kind, year and search (before the status and due filters). */
export interface BoardSummary {
  total: number;
  open: number;
  closed: number;
  overdue: number;
  dueSoon: number;
  awaitingVerification: number;
  byStatus: Record<ActionStatus, number>;
  /** Open actions by how long they have been open. */
  aging: Record<AgingBucket, number>;
  oldestOpenDays: number | null;
}

export interface ActionBoard {
  today: string;
  dueSoonDays: number;
  rows: ActionRow[];
  /** How many actions match every filter; more than rows.length when the list was cut at the limit. */
  matching: number;
  summary: BoardSummary;
}

export interface DueNotice {
  today: string;
  dueSoonDays: number;
  overdue: number;
  dueSoon: number;
  /** The most overdue first, then the nearest due. */
  items: ActionRow[];
}

export interface FindingWithActions {
  id: string;
  number: number;
  findingClass: FindingClass;
  description: string;
  requiresAction: boolean;
  status: 'open' | 'closed';
  findingDate: string;
  actions: ActionRow[];
}

export interface AuditActions {
  auditId: string;
  kind: AuditKind;
  title: string;
  unitId: string;
  unitName: string;
  endDate: string;
  findings: FindingWithActions[];
  openActions: number;
  closedActions: number;
}

export interface AuditOption {
  id: string;
  kind: AuditKind;
  title: string;
  unitName: string;
  startDate: string;
  endDate: string;
  findingCount: number;
  openActions: number;
  closedActions: number;
}

export interface ActionDefaults {
  findingId: string;
  findingDate: string;
  basisDate: string;
  kind: AuditKind;
  dueDate: string;
  ownerUnitId: string;
}

export interface XlsxFile {
  fileName: string;
  base64: string;
  rowCount: number;
}

const fiveWhys = z.array(optionalText('fieldLabels.whyAnswer', 1000, 'multi')).max(5, { error: () => fieldMessage('contractRules.fiveWhysMax') });

/** What an action says; create gives most of it defaults. */
export const actionContentFields = z.object({
  ownerUnitId: id,
  ownerPersonId: id.nullable(),
  correction: optionalText('fieldLabels.correction', 4000, 'multi'),
  rootCause: optionalText('fieldLabels.rootCause', 4000, 'multi'),
  fiveWhys,
  actionPlan: optionalText('fieldLabels.actionPlan', 4000, 'multi'),
  dueDate: calendarDate('fieldLabels.dueDate'),
  completionEvidence: optionalText('fieldLabels.completionEvidence', 4000, 'multi'),
});

export const createActionInput = actionContentFields.omit({ completionEvidence: true }).extend({
  findingId: id,
  ownerPersonId: id.nullable().default(null),
  correction: actionContentFields.shape.correction.default(''),
  rootCause: actionContentFields.shape.rootCause.default(''),
  fiveWhys: fiveWhys.default([]),
  actionPlan: actionContentFields.shape.actionPlan.default(''),
  /** Left out, it defaults from the audit's kind through the settings. */
  dueDate: calendarDate('fieldLabels.dueDate').optional(),
});

export const moveActionInput = z.object({
  id,
  to: z.enum(actionStatuses, { error: () => fieldMessage('contractRules.targetStatusInvalid') }),
  comment: optionalText('fieldLabels.opinion', 2000, 'multi').default(''),
  verifierPersonId: id.optional(),
  verificationDate: calendarDate('fieldLabels.verifiedDate').optional(),
  newDueDate: calendarDate('fieldLabels.newDueDate').optional(),
});

/**
 * One step of the drawer: the fields the next status needs, written and the move made in one transaction,
 * so a refused move leaves the fields as they were.
 */
export const advanceActionInput = moveActionInput.extend({
  // actionContentFields has no defaults, so .partial() names only what the step fills in.
  changes: actionContentFields.partial().strict().default({}),
});

/**
 * Rows the board brings at a time, most urgent first: many screens of the list; "Hiện thêm" brings the next as many.
 * The counts above the list cover every matching action whatever is shown.
 */
export const BOARD_PAGE_ROWS = 500;

export const actionsMethods = {
  'actions.board': query<ActionBoard>()(
    boardFilters.extend({ limit: z.number().int().min(1).max(100_000).default(BOARD_PAGE_ROWS) }).strict(),
    'Bảng theo dõi hành động khắc phục: lọc, đếm, tuổi và hạn',
  ),
  'actions.exportXlsx': query<XlsxFile>()(boardFilters.strict(), 'Xuất bảng theo dõi hành động khắc phục ra tệp Excel (.xlsx)'),
  'actions.dueNotice': query<DueNotice>()(z.object({}).strict(), 'Hành động khắc phục quá hạn và sắp đến hạn, để nhắc khi mở ứng dụng'),
  'actions.get': query<ActionDetail>()(z.object({ id }).strict(), 'Một hành động khắc phục và lịch sử của nó'),
  'actions.byAudit': query<AuditActions>()(z.object({ auditId: id }).strict(), 'Các phát hiện của một cuộc kiểm tra với hành động khắc phục đang mở và đã đóng'),
  'actions.byUnit': query<ActionRow[]>()(
    z.object({ unitId: id, includeClosed: z.boolean().default(true) }).strict(),
    'Hành động khắc phục do một đơn vị chịu trách nhiệm',
  ),
  'actions.audits': query<AuditOption[]>()(z.object({ year: year.optional() }).strict(), 'Các cuộc kiểm tra có phát hiện, để chọn khi tạo hoặc xem hành động'),
  'actions.defaults': query<ActionDefaults>()(z.object({ findingId: id }).strict(), 'Giá trị gợi ý cho hành động khắc phục mới của một phát hiện'),
  'actions.create': command<ActionDetail>()(createActionInput.strict(), 'Tạo hành động khắc phục cho một phát hiện'),
  'actions.update': command<ActionDetail>()(
    patchInput(actionContentFields, { id }),
    'Sửa nội dung hành động khắc phục',
  ),
  'actions.move': command<ActionDetail>()(moveActionInput.strict(), 'Chuyển trạng thái hành động khắc phục (có kiểm tra điều kiện)'),
  'actions.advance': command<ActionDetail>()(
    advanceActionInput.strict(),
    'Ghi nội dung bước tiếp theo và chuyển trạng thái hành động khắc phục trong một lần (không lưu gì nếu bị từ chối)',
  ),
  'actions.delete': command<{ id: string }>()(z.object({ id }).strict(), 'Xóa hành động khắc phục vừa tạo nhầm (chỉ khi còn ở trạng thái Mới)'),
};

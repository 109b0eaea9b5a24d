import * as z from 'zod';
import { command, query } from './define';
import { calendarDate, id, optionalText, requiredText, year } from './fields';
import type { FieldLabel } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';
import { patchInput } from './patch';
import { auditKinds, teamRoles } from './vocabulary';
import type { AuditKind, ProgrammeStatus, TeamRole } from './vocabulary';

/* ---------- Views ---------- */

export interface TeamMemberView {
  personId: string;
  fullName: string;
  position: string;
  unitId: string | null;
  unitName: string | null;
  role: TeamRole;
}

/** Why a unit is in the programme (the generator's rule, or added by the planner); kept with the entry so the plan can be explained later. */
export const selectionReasons = ['inScope', 'rotationDue', 'neverEvaluated', 'risk', 'longestSince', 'addedByPlanner'] as const;
export type SelectionReason = (typeof selectionReasons)[number];

export interface SelectionNote {
  kind: AuditKind;
  unitId: string;
  reason: SelectionReason;
  /** The year of the unit's last inspection or evaluation of this kind, if any. */
  lastYear: number | null;
  openMajorNonconformities: number;
  overdueCorrectiveActions: number;
}

export interface PlannedInspectionView {
  id: string;
  kind: AuditKind;
  unitId: string;
  unitName: string;
  date: string;
  content: string;
  team: TeamMemberView[];
  selection: SelectionNote | null;
  /** An audit has been started from this planned inspection (by the audits capability). */
  auditStarted: boolean;
  /** That audit, once started; done once it is closed (or its minutes locked it). */
  audit: { id: string; done: boolean } | null;
}

export const violationCodes = [
  'weekend',
  'holiday',
  'outsideYear',
  'unitInactive',
  'unitNotIsoApplying',
  'leaderMayNotLead',
  'ownUnit',
  'personInactive',
  'doubleBooked',
  'cchcCoverageShort',
  'isoShareShort',
  'isoRotationDue',
  'outsideSchedulingMonths',
  'unitOutOfCchcScope',
  'teamSmall',
  'untrainedIsoAuditor',
  'leaderRepeat',
  'duplicateUnit',
  'isoFirstEvaluationDue',
  'isoFirstEvaluationWaiting',
  'openMajorUnchecked',
] as const;
export type ViolationCode = (typeof violationCodes)[number];

/** Hard rules block approval; warnings are shown but do not. */
export const violationSeverity: Record<ViolationCode, 'hard' | 'warning'> = {
  weekend: 'hard',
  holiday: 'hard',
  outsideYear: 'hard',
  unitInactive: 'hard',
  unitNotIsoApplying: 'hard',
  leaderMayNotLead: 'hard',
  ownUnit: 'hard',
  personInactive: 'hard',
  doubleBooked: 'hard',
  cchcCoverageShort: 'hard',
  isoShareShort: 'hard',
  isoRotationDue: 'hard',
  outsideSchedulingMonths: 'warning',
  unitOutOfCchcScope: 'warning',
  teamSmall: 'warning',
  untrainedIsoAuditor: 'warning',
  leaderRepeat: 'warning',
  duplicateUnit: 'warning',
  isoFirstEvaluationDue: 'hard',
  isoFirstEvaluationWaiting: 'warning',
  openMajorUnchecked: 'warning',
};

export interface ProgrammeViolation {
  code: ViolationCode;
  severity: 'hard' | 'warning';
  params: Record<string, string | number>;
  /** The Vietnamese sentence, for refusals and exports. */
  message: string;
  /** The planned inspections concerned; empty for programme-wide rules such as coverage. */
  entryIds: string[];
}

export interface CoverageFigure {
  /** Distinct units with an entry of this kind. */
  planned: number;
  /** Units the target is taken over: active in-scope units (CCHC) or active ISO-applying units (ISO). */
  total: number;
  required: number;
  percent: number;
  /** Units of the total without an entry of this kind. */
  missingUnitIds: string[];
}

export interface ProgrammeCoverage {
  cchc: CoverageFigure;
  iso: CoverageFigure & { rotationYears: number; rotationDueUnitIds: string[] };
}

export interface WorkloadRow {
  personId: string;
  fullName: string;
  unitName: string | null;
  total: number;
  asLeader: number;
}

export interface ProgrammeView {
  id: string;
  year: number;
  title: string;
  status: ProgrammeStatus;
  /** The number part of "Số: 05/KH-UBND"; empty until given. */
  documentNumber: string;
  /** "05/KH-UBND", or "…/KH-UBND" while no number is given. */
  documentCode: string;
  approvedAt: string | null;
  approvedBy: string | null;
  createdAt: string;
  entries: PlannedInspectionView[];
  coverage: ProgrammeCoverage;
  violations: ProgrammeViolation[];
  canApprove: boolean;
  workload: WorkloadRow[];
  schedulingMonths: number[];
  /** The store's today in Asia/Ho_Chi_Minh, the day the calendar marks and approval is judged against. */
  today: string;
}

/** An approved planned inspection no audit has been started from: what the audits capability offers to start. */
export interface ReadyInspection {
  plannedInspectionId: string;
  programmeId: string;
  year: number;
  kind: AuditKind;
  unitId: string;
  unitName: string;
  date: string;
  content: string;
  /** The published checklist version for this kind when the programme was approved, if there was one. */
  templateVersionId: string | null;
  /** "05/KH-UBND" and the approval date, for the audit's "Kế hoạch số … ngày …". */
  planNumber: string;
  planDate: string | null;
  team: TeamMemberView[];
}

export interface ProgrammeFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/* ---------- Document wording (a setting, edited from the programme page) ---------- */

const paragraphs = (label: FieldLabel) => z.array(requiredText(label, 2000)).max(20, { error: () => fieldMessage('fields.tooManyParagraphs', { label: { key: label } }) });

export const programmeDocumentFields = z.object({
  purposes: paragraphs('fieldLabels.purposes'),
  requirements: paragraphs('fieldLabels.requirements'),
  cchcContent: requiredText('fieldLabels.cchcContent', 1000, 'multi'),
  isoContent: requiredText('fieldLabels.isoContent', 1000, 'multi'),
  implementation: paragraphs('fieldLabels.implementation'),
  recipients: z.array(requiredText('fieldLabels.recipients', 200)).min(1, { error: () => fieldMessage('contractRules.recipientNeeded') }).max(20),
});
export type ProgrammeDocumentSettings = z.output<typeof programmeDocumentFields>;

export const programmeDocumentDefaults: ProgrammeDocumentSettings = {
  purposes: [
    'Đánh giá đúng thực trạng việc triển khai thực hiện nhiệm vụ cải cách hành chính (CCHC) tại các cơ quan chuyên môn, tổ chức hành chính thuộc UBND phường; kịp thời phát hiện những tồn tại, hạn chế để chấn chỉnh, khắc phục.',
    'Kiểm tra, đánh giá việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan, đơn vị áp dụng.',
    'Nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong chỉ đạo, tổ chức thực hiện nhiệm vụ CCHC; kết quả kiểm tra là căn cứ đánh giá, xếp loại kết quả thực hiện nhiệm vụ CCHC của các cơ quan, đơn vị.',
  ],
  requirements: [
    'Việc kiểm tra bảo đảm khách quan, công khai, đúng quy định; không gây phiền hà, không làm ảnh hưởng đến hoạt động bình thường của đơn vị được kiểm tra. Thành viên Đoàn kiểm tra không kiểm tra đơn vị nơi mình công tác.',
    'Đơn vị được kiểm tra xây dựng báo cáo tự kiểm tra theo nội dung kiểm tra, chuẩn bị đầy đủ hồ sơ, tài liệu và bố trí cán bộ nắm vững chuyên môn làm việc với Đoàn kiểm tra.',
    'Kết thúc kiểm tra có biên bản, nêu rõ kết quả đạt được, tồn tại, hạn chế; đơn vị được kiểm tra thực hiện hành động khắc phục và báo cáo kết quả đúng thời hạn.',
  ],
  cchcContent: 'Kiểm tra công tác chỉ đạo, điều hành CCHC và kết quả thực hiện nhiệm vụ cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, chế độ công vụ, tài chính công, chính quyền điện tử, chính quyền số',
  isoContent: 'Đánh giá việc xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
  implementation: [
    'Phòng Văn hóa - Xã hội (cơ quan thường trực công tác CCHC) chủ trì tham mưu thành lập Đoàn kiểm tra; thông báo lịch kiểm tra cụ thể đến đơn vị được kiểm tra trước ít nhất 05 ngày làm việc; tổng hợp kết quả, báo cáo UBND phường.',
    'Các cơ quan, đơn vị được kiểm tra chủ động rà soát, tự kiểm tra và gửi báo cáo tự kiểm tra về Đoàn kiểm tra trước ngày kiểm tra.',
    'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc cần điều chỉnh lịch kiểm tra, các cơ quan, đơn vị phản ánh về UBND phường (qua Phòng Văn hóa - Xã hội) để xem xét, điều chỉnh.',
  ],
  recipients: [
    'Sở Nội vụ (b/c)',
    'Thường trực Đảng ủy, HĐND phường',
    'Chủ tịch, các PCT UBND phường',
    'Các cơ quan, đơn vị thuộc UBND phường',
    'Thành viên Đoàn kiểm tra',
    'Lưu: VT, VHXH',
  ],
};

export const programmeDocumentSchema = programmeDocumentFields.default(programmeDocumentDefaults);

/* ---------- Inputs ---------- */

export const teamMemberInput = z.object({
  personId: id,
  role: z.enum(teamRoles, { error: () => fieldMessage('contractRules.teamRoleInvalid') }),
});

export const teamInput = z
  .array(teamMemberInput)
  .min(1, { error: () => fieldMessage('contractRules.teamNeedsLeader') })
  .max(15, { error: () => fieldMessage('contractRules.teamMax15') })
  .superRefine((team, context) => {
    const leaders = team.filter((member) => member.role === 'truong_doan').length;
    if (leaders !== 1) context.addIssue({ code: 'custom', message: leaders === 0 ? 'Đoàn cần một Trưởng đoàn' : 'Đoàn chỉ có một Trưởng đoàn' });
    if (new Set(team.map((member) => member.personId)).size !== team.length) {
      context.addIssue({ code: 'custom', message: 'Một người chỉ xuất hiện một lần trong đoàn' });
    }
  });

/** An entry's fields. */
export const entryFields = z.object({
  kind: z.enum(auditKinds, { error: () => fieldMessage('contractRules.kindFilterInvalid') }),
  unitId: id,
  date: calendarDate('fieldLabels.auditDate'),
  content: optionalText('fieldLabels.content', 1000, 'multi'),
  team: teamInput,
});

const documentNumber = optionalText('fieldLabels.documentNumber', 10).refine((value) => /^\d*$/.test(value), {
  error: () => fieldMessage('contractRules.documentNumberDigits'),
});

export const programmeMethods = {
  'programme.get': query<ProgrammeView | null>()(z.object({ year }).strict(), 'Kế hoạch kiểm tra của một năm, với độ bao phủ và các vi phạm quy tắc'),
  'programme.generate': command<ProgrammeView>()(
    z.object({ year, replaceDraft: z.boolean().default(false) }).strict(),
    'Lập tự động kế hoạch kiểm tra CCHC và đánh giá ISO của một năm',
  ),
  'programme.update': command<ProgrammeView>()(
    patchInput(z.object({ title: requiredText('fieldLabels.programmeTitle', 300), documentNumber }), { id }),
    'Sửa tên, số của kế hoạch',
  ),
  'programme.addEntry': command<ProgrammeView>()(
    entryFields.extend({ programmeId: id, content: entryFields.shape.content.default('') }).strict(),
    'Thêm một cuộc kiểm tra vào kế hoạch; để trống nội dung thì dùng nội dung mặc định của loại kiểm tra',
  ),
  'programme.updateEntry': command<ProgrammeView>()(
    patchInput(entryFields, { id }),
    'Sửa ngày, đơn vị, loại, nội dung hoặc đoàn của một cuộc kiểm tra',
  ),
  'programme.removeEntry': command<ProgrammeView>()(z.object({ id }).strict(), 'Bỏ một cuộc kiểm tra khỏi kế hoạch'),
  'programme.approve': command<ProgrammeView>()(
    z.object({ id, documentNumber: documentNumber.optional() }).strict(),
    'Phê duyệt kế hoạch: các cuộc kiểm tra sẵn sàng để bắt đầu',
  ),
  'programme.reopen': command<ProgrammeView>()(z.object({ id }).strict(), 'Chuyển kế hoạch đã phê duyệt về dự thảo để sửa'),
  'programme.discard': command<{ year: number }>()(z.object({ id }).strict(), 'Xóa dự thảo kế hoạch'),
  'programme.readyToStart': query<ReadyInspection[]>()(
    z
      .object({ year: year.optional(), kind: z.enum(auditKinds, { error: () => fieldMessage('contractRules.kindFilterInvalid') }).optional(), unitId: id.optional() })
      .strict(),
    'Các cuộc kiểm tra của kế hoạch đã phê duyệt chưa được bắt đầu, theo ngày',
  ),
  'programme.exportPdf': query<ProgrammeFile>()(z.object({ id }).strict(), 'In kế hoạch kiểm tra theo thể thức Nghị định 30/2020/NĐ-CP (PDF)'),
  'programme.exportXlsx': query<ProgrammeFile>()(z.object({ id }).strict(), 'Xuất kế hoạch kiểm tra ra tệp Excel (.xlsx)'),
  'programme.exportDocx': query<ProgrammeFile>()(z.object({ id }).strict(), 'Bản Word (.docx) của kế hoạch, cùng nội dung với bản PDF, để chỉnh sửa'),
};

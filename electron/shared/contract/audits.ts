import * as z from 'zod';
import type { ReadyInspection } from './programme';
import { command, query } from './define';
import { calendarDate, id, optionalText, requiredText, timeOfDay, year } from './fields';
import type { FieldLabel } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';
import { patchInput } from './patch';
import type { LocalizedText } from '../i18n/catalog';
import { auditDateIssues, teamIssues } from '../rules/auditHeader';
import { auditKinds, auditStatuses, conformityResults, teamRoles } from './vocabulary';
import type { AnswerType, AuditKind, AuditStatus, Comparator, ConformityResult, FindingClass, TeamRole, TemplatePurpose } from './vocabulary';

/* ---------- Views ---------- */

export interface AuditParticipantView {
  id: string;
  side: 'team' | 'unit';
  role: TeamRole | 'dai_dien';
  personId: string | null;
  fullName: string;
  position: string;
}

/** One row of the audits list. */
export interface AuditListItem {
  id: string;
  title: string;
  kind: AuditKind;
  unitId: string;
  unitName: string;
  startDate: string;
  endDate: string;
  place: string;
  status: AuditStatus;
  leaderName: string | null;
  templateName: string;
  templateVersion: number;
  itemCount: number;
  answeredCount: number;
  findingCount: number;
}

export interface BaselineFindingView {
  id: string;
  number: number;
  findingClass: FindingClass;
  reference: string;
  description: string;
  requiresAction: boolean;
}

export interface AuditDetail extends AuditListItem {
  /** The year the audit belongs to: its programme's year, or the year it started in. */
  year: number;
  plannedInspectionId: string | null;
  templateVersionId: string;
  templateId: string;
  templatePurpose: TemplatePurpose;
  decisionNumber: string;
  decisionDate: string | null;
  planNumber: string;
  planDate: string | null;
  objective: string;
  scope: string;
  criteria: string;
  unitComments: string;
  conclusion: string;
  closedAt: string | null;
  /** When the inspection ended on its end date (HH:mm), recorded on closing; printed in the minutes. */
  endedTime: string | null;
  team: AuditParticipantView[];
  representatives: AuditParticipantView[];
  /** The previous audit this one follows up, with the findings that were still open when this one started. */
  baseline: { id: string; title: string; startDate: string; endDate: string; openFindings: BaselineFindingView[] } | null;
}

export interface ResponseView {
  itemId: string;
  conformity: ConformityResult | null;
  numericValue: number | null;
  indicatorMet: boolean | null;
  yesNo: boolean | null;
  textValue: string | null;
  note: string;
  notApplicableReason: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** What the checklist screen needs of an item to ask it and judge its answer. */
export interface AuditItemQuestion {
  id: string;
  code: string;
  reference: string;
  question: string;
  answerType: AnswerType;
  numericUnit: string | null;
  comparator: Comparator | null;
  threshold: number | null;
  points: number | null;
}

export interface AuditItemView extends AuditItemQuestion {
  sectionId: string;
  referenceTitle: string;
  guidance: string;
  evidenceHint: string;
  evidenceRequired: boolean;
  usuallyNotApplicable: boolean;
  notApplicableHint: string;
  response: ResponseView | null;
  /** Numbers of the findings recorded against this item. */
  findingNumbers: number[];
  evidenceCount: number;
}

export interface AuditSectionView {
  id: string;
  code: string;
  title: string;
  items: AuditItemView[];
}

export interface AuditChecklistView {
  auditId: string;
  status: AuditStatus;
  sections: AuditSectionView[];
}

export interface StartOptions {
  templateVersions: {
    id: string;
    templateId: string;
    templateCode: string;
    templateName: string;
    purpose: TemplatePurpose;
    version: number;
    year: number | null;
    itemCount: number;
  }[];
  units: { id: string; code: string; name: string; inCchcScope: boolean; isoApplying: boolean }[];
  people: { id: string; fullName: string; position: string; unitId: string | null; unitName: string | null; mayLead: boolean; auditorTrained: boolean }[];
  /** Entries of approved programmes that no audit has started yet. */
  plannedInspections: ReadyInspection[];
}

/** The unit's last audit, to start a new one from. */
export interface AuditBaseline {
  auditId: string;
  title: string;
  kind: AuditKind;
  startDate: string;
  endDate: string;
  place: string;
  templateVersionId: string;
  /** The template's version new audits should use: the baseline's own if still published, else the current one. */
  suggestedTemplateVersionId: string | null;
  objective: string;
  scope: string;
  criteria: string;
  team: { personId: string; role: TeamRole }[];
  representatives: { fullName: string; position: string; personId: string | null }[];
  openFindings: BaselineFindingView[];
}

export type ResultCounts = Record<ConformityResult, number>;

export interface SectionResult {
  id: string;
  code: string;
  title: string;
  total: number;
  answered: number;
  results: ResultCounts;
  yes: number;
  no: number;
  indicatorsMet: number;
  indicatorsNotMet: number;
  /** Null when no item of the section carries points. */
  points: { earned: number; possible: number } | null;
}

export interface IndicatorResult {
  itemId: string;
  code: string;
  question: string;
  value: number | null;
  unit: string | null;
  comparator: Comparator;
  threshold: number;
  met: boolean | null;
  notApplicable: boolean;
}

export interface CloseBlocker {
  itemId: string;
  code: string;
  problem: 'unanswered' | 'no_reason';
}

/** A result that calls for a finding, with no finding recorded against its item. */
export interface SuggestedFinding {
  itemId: string;
  code: string;
  question: string;
  findingClass: FindingClass;
}

export interface PendingItem {
  itemId: string;
  code: string;
  question: string;
}

/** What the team may still want to record before closing; none of it stops the closing. */
export interface PendingAtClose {
  suggestedFindings: SuggestedFinding[];
  /** Items marked "bắt buộc bằng chứng", answered (not "không áp dụng"), with no file attached. */
  evidenceMissing: PendingItem[];
  unitCommentsMissing: boolean;
  conclusionMissing: boolean;
}

/** Everything the close dialog shows: what stops closing, what is pending, and the time to record. */
export interface ClosingCheck extends PendingAtClose {
  auditId: string;
  endDate: string;
  /** The recorded time, or the one proposed (see proposedEndedTime). */
  endedTime: string;
  /** Why the audit cannot be closed today because of its dates; null when it can. */
  /** Why the inspection cannot be closed yet (its end date or time is ahead), as a catalog message. */
  dateRefusal: LocalizedText | null;
  closeBlockers: CloseBlocker[];
}

export interface AuditReport {
  auditId: string;
  sections: SectionResult[];
  findingCounts: Record<FindingClass, number>;
  indicators: IndicatorResult[];
  score: { earned: number; possible: number; percent: number } | null;
  closeBlockers: CloseBlocker[];
  unitComments: string;
  conclusion: string;
}

/* ---------- Fields ---------- */

const auditKind = z.enum(auditKinds, { error: () => fieldMessage('contractRules.auditKindInvalid') });
/** A choice from a list: an empty or unknown choice reads as "choose …". */
const chosen = (what: FieldLabel) => z.uuid({ error: () => fieldMessage('fields.choose', { what: { key: what } }) });

export const teamMemberFields = z.object({
  personId: chosen('fieldLabels.aPerson'),
  role: z.enum(teamRoles, { error: () => fieldMessage('contractRules.teamRoleInvalid') }),
});

export const representativeFields = z.object({
  fullName: requiredText('fieldLabels.representativeName', 100),
  position: optionalText('fieldLabels.position', 200).default(''),
  personId: id.nullable().default(null),
});

export const auditHeaderFields = z.object({
  title: requiredText('fieldLabels.auditTitle', 300),
  startDate: calendarDate('fieldLabels.startDate'),
  endDate: calendarDate('fieldLabels.endDate'),
  place: optionalText('fieldLabels.place', 300).default(''),
  decisionNumber: optionalText('fieldLabels.decisionNumber', 60).default(''),
  decisionDate: calendarDate('fieldLabels.decisionDate').nullable().default(null),
  planNumber: optionalText('fieldLabels.planNumber', 60).default(''),
  planDate: calendarDate('fieldLabels.planDate').nullable().default(null),
  objective: optionalText('fieldLabels.objectives', 2000, 'multi').default(''),
  scope: optionalText('fieldLabels.scope', 2000, 'multi').default(''),
  criteria: optionalText('fieldLabels.criterion', 2000, 'multi').default(''),
});
export type AuditHeaderFields = z.output<typeof auditHeaderFields>;

export interface FieldIssue {
  path: string;
  message: string;
}

export type TeamMember = z.output<typeof teamMemberFields>;

const withIssues =
  <T>(rules: (value: T) => FieldIssue[]) =>
  (value: T, ctx: z.RefinementCtx) => {
    for (const issue of rules(value)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  };

const team = z.array(teamMemberFields).min(1, { error: () => fieldMessage('contractRules.auditTeamNeedsLeader') }).max(15, { error: () => fieldMessage('contractRules.auditTeamMax15') });
const representatives = z
  .array(representativeFields)
  .min(1, { error: () => fieldMessage('contractRules.unitRepresentativeNeeded') })
  .max(10, { error: () => fieldMessage('contractRules.representativesMax') });

export const startAuditFields = auditHeaderFields.extend({
  kind: auditKind,
  unitId: chosen('fieldLabels.anInspectedUnit'),
  templateVersionId: chosen('fieldLabels.aChecklist'),
  plannedInspectionId: id.nullable().default(null),
  baselineAuditId: id.nullable().default(null),
  team,
  representatives,
});

type HeaderWithTeam = AuditHeaderFields & { team: TeamMember[] };
const headerAndTeamRules = withIssues((input: HeaderWithTeam) => [...auditDateIssues(input), ...teamIssues(input.team)]);

export const startAuditInput = startAuditFields.strict().superRefine(headerAndTeamRules);
export type StartAuditInput = z.input<typeof startAuditInput>;

/** What the audit's information form edits once it has started: everything but kind, unit and checklist. */
export const editAuditForm = auditHeaderFields.extend({ team, representatives }).superRefine(headerAndTeamRules);
export type EditAuditFormValues = z.input<typeof editAuditForm>;

/** What the minutes record of the closing; still edited after the audit is closed, until the minutes are issued. */
export const minutesClosingFields = ['unitComments', 'conclusion', 'endedTime'] as const;

export const updateAuditInput = patchInput(
  auditHeaderFields.extend({
    unitComments: optionalText('fieldLabels.unitComments', 8000, 'multi'),
    conclusion: optionalText('fieldLabels.conclusion', 8000, 'multi'),
    endedTime: timeOfDay('fieldLabels.endedTime'),
    team,
    representatives,
  }),
  { id },
);

const answerFields = z.object({
  conformity: z.enum(conformityResults, { error: () => fieldMessage('contractRules.resultInvalid') }).nullable(),
  numericValue: z.number({ error: () => fieldMessage('contractRules.valueNumber') }).finite({ error: () => fieldMessage('contractRules.valueNumber') }).nullable(),
  yesNo: z.boolean({ error: () => fieldMessage('contractRules.yesNoAnswer') }).nullable(),
  textValue: optionalText('fieldLabels.answer', 4000, 'multi').nullable(),
  note: optionalText('fieldLabels.note', 4000, 'multi'),
  notApplicableReason: optionalText('fieldLabels.notApplicableReason', 1000, 'multi'),
});

/** One small change to one answer: only the fields given are touched; null clears. */
export const saveResponseInput = patchInput(answerFields, { auditId: id, itemId: id });
export type SaveResponseInput = z.input<typeof saveResponseInput>;

const auditStatus = z.enum(auditStatuses, { error: () => fieldMessage('contractRules.statusInvalid') });

export const auditsMethods = {
  'audits.startOptions': query<StartOptions>()(z.object({}).strict(), 'Các lựa chọn để bắt đầu cuộc kiểm tra: danh mục đã công bố, đơn vị, cán bộ, kế hoạch đã duyệt'),
  'audits.baseline': query<AuditBaseline | null>()(
    z.object({ unitId: id, kind: auditKind }).strict(),
    'Cuộc kiểm tra trước của đơn vị, để bắt đầu cuộc mới từ đó',
  ),
  'audits.start': command<AuditDetail>()(startAuditInput, 'Bắt đầu cuộc kiểm tra'),
  'audits.list': query<AuditListItem[]>()(
    z
      .object({
        year: year.optional(),
        kind: auditKind.optional(),
        unitId: id.optional(),
        status: auditStatus.optional(),
        /** Only audits whose newest issued minutes carry no digital signature yet. */
        minutesUnsigned: z.boolean().optional(),
      })
      .strict(),
    'Danh sách cuộc kiểm tra theo năm, loại, đơn vị, trạng thái',
  ),
  'audits.get': query<AuditDetail>()(z.object({ id }).strict(), 'Một cuộc kiểm tra'),
  'audits.update': command<AuditDetail>()(updateAuditInput, 'Sửa thông tin, đoàn kiểm tra, ý kiến đơn vị của cuộc kiểm tra'),
  'audits.checklist': query<AuditChecklistView>()(z.object({ auditId: id }).strict(), 'Danh mục câu hỏi của cuộc kiểm tra cùng các câu trả lời'),
  'audits.saveResponse': command<ResponseView>()(saveResponseInput, 'Lưu một câu trả lời'),
  'audits.report': query<AuditReport>()(z.object({ auditId: id }).strict(), 'Tổng hợp kết quả cuộc kiểm tra'),
  'audits.closingCheck': query<ClosingCheck>()(
    z.object({ auditId: id }).strict(),
    'Trước khi kết thúc: điều còn ngăn kết thúc, các phát hiện đề xuất chưa ghi, bằng chứng còn thiếu, ý kiến đơn vị và kết luận',
  ),
  'audits.close': command<AuditDetail>()(
    z.object({ id, endedTime: timeOfDay('fieldLabels.endedTime').optional() }).strict(),
    'Kết thúc cuộc kiểm tra, ghi giờ kết thúc (mặc định: giờ hiện tại nếu kết thúc hôm nay, 17:00 nếu đã kết thúc hôm trước)',
  ),
  'audits.reopen': command<AuditDetail>()(z.object({ id }).strict(), 'Mở lại cuộc kiểm tra đã kết thúc (khi chưa ban hành biên bản)'),
};

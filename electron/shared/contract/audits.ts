import { z } from 'zod';
import { indicatorMet } from '../rules/indicators';
import type { ReadyInspection } from './programme';
import { command, query } from './define';
import { calendarDate, id, optionalText, requiredText, timeOfDay, year } from './fields';
import { patchInput } from './patch';
import { formatCalendarDate, localDateOf, localTimeOf } from '../dates';
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
  dateRefusal: string | null;
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

/* ---------- Rules shared by the form, the checklist screen and the back end ---------- */

/** End of office hours: proposed as the end time of an inspection that ended on an earlier day. */
export const USUAL_END_OF_DAY = '17:00';

/** Now (Asia/Ho_Chi_Minh) when the inspection ends today; else the end of office hours, for the user to confirm. */
export function proposedEndedTime(endDate: string, now: Date): string {
  return endDate === localDateOf(now) ? localTimeOf(now) : USUAL_END_OF_DAY;
}

/** An inspection cannot be recorded as ended before it has: its end date and time must not be in the future. */
export function endedTimeIssue(endDate: string, endedTime: string | null, now: Date): string | null {
  const today = localDateOf(now);
  if (endDate > today) {
    return `Cuộc kiểm tra kết thúc ngày ${formatCalendarDate(endDate)}, sau hôm nay (${formatCalendarDate(today)}); chưa thể kết thúc trước ngày đó. Nếu cuộc kiểm tra đã xong sớm hơn, hãy sửa ngày kết thúc.`;
  }
  if (endDate === today && endedTime !== null && endedTime > localTimeOf(now)) {
    return `Giờ kết thúc ${endedTime} còn sau giờ hiện tại (${localTimeOf(now)}).`;
  }
  return null;
}

/** How an answer stands, whatever the answer type. */
export type AnswerState = 'unanswered' | 'answered' | 'not_applicable' | 'not_applicable_without_reason';

type Answer = Pick<ResponseView, 'conformity' | 'numericValue' | 'yesNo' | 'textValue' | 'notApplicableReason'>;

export function answerState(answerType: AnswerType, response: Answer | null | undefined): AnswerState {
  if (!response) return 'unanswered';
  if (response.conformity === 'khong_ap_dung') return response.notApplicableReason.trim() ? 'not_applicable' : 'not_applicable_without_reason';
  switch (answerType) {
    case 'conformity':
      return response.conformity ? 'answered' : 'unanswered';
    case 'numeric':
      return response.numericValue !== null ? 'answered' : 'unanswered';
    case 'yes_no':
      return response.yesNo !== null ? 'answered' : 'unanswered';
    case 'text':
      return response.textValue?.trim() ? 'answered' : 'unanswered';
  }
}

export const isAnswered = (state: AnswerState) => state !== 'unanswered';

/** A percentage indicator's value must be a share; other units (counts) only need to be a number. */
export function numericValueIssue(item: Pick<AuditItemQuestion, 'numericUnit'>, value: number): string | null {
  if (!Number.isFinite(value)) return 'Giá trị phải là số';
  if (item.numericUnit === '%' && (value < 0 || value > 100)) return 'Tỷ lệ phải từ 0% đến 100%';
  return null;
}

/** Whether a typed value meets the item's target; null while there is no value or no target. */
export function evaluateIndicator(item: Pick<AuditItemQuestion, 'comparator' | 'threshold'>, value: number | null): boolean | null {
  if (value === null || item.comparator === null || item.threshold === null) return null;
  return indicatorMet(value, item.comparator, item.threshold);
}

/** The finding class an answer calls for, or null when it conforms (or is not applicable, or unanswered). */
export function findingClassFor(answerType: AnswerType, response: Pick<ResponseView, 'conformity' | 'indicatorMet' | 'yesNo'> | null | undefined): FindingClass | null {
  if (!response || response.conformity === 'khong_ap_dung') return null;
  switch (answerType) {
    case 'conformity':
      return response.conformity === 'phu_hop' || response.conformity === null ? null : response.conformity;
    case 'numeric':
      return response.indicatorMet === false ? 'kph_nhe' : null;
    case 'yes_no':
      return response.yesNo === false ? 'kph_nhe' : null;
    case 'text':
      return null;
  }
}

/** Non-conforming in the strict sense: the results the "không phù hợp" filter shows. */
export function isNonConforming(answerType: AnswerType, response: Pick<ResponseView, 'conformity' | 'indicatorMet' | 'yesNo'> | null | undefined): boolean {
  const findingClass = findingClassFor(answerType, response);
  return findingClass === 'kph_nhe' || findingClass === 'kph_nang';
}

export type StoredAnswer = Pick<ResponseView, 'conformity' | 'numericValue' | 'indicatorMet' | 'yesNo' | 'textValue' | 'note' | 'notApplicableReason'>;
export type AnswerPatch = Omit<SaveResponseInput, 'auditId' | 'itemId'>;

export const blankAnswer: StoredAnswer = {
  conformity: null,
  numericValue: null,
  indicatorMet: null,
  yesNo: null,
  textValue: null,
  note: '',
  notApplicableReason: '',
};

const answerTypeWords: Record<AnswerType, string> = {
  conformity: 'thang phù hợp',
  numeric: 'số liệu',
  yes_no: 'có/không',
  text: 'văn bản',
};

/** Which value field answers which type; the conformity field also carries "không áp dụng" for every type. */
const valueFieldOf: Record<Exclude<AnswerType, 'conformity'>, 'numericValue' | 'yesNo' | 'textValue'> = {
  numeric: 'numericValue',
  yes_no: 'yesNo',
  text: 'textValue',
};

/**
 * Applies one change to an answer. Only the item's own kind of value is accepted; typing a value
 * into an item marked "không áp dụng" answers it (the mark goes); a numeric value is judged at once.
 */
export function applyAnswerChange(item: AuditItemQuestion, before: StoredAnswer, patch: AnswerPatch): { next: StoredAnswer; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const wrongType = (path: string) =>
    issues.push({ path, message: `Câu ${item.code} được trả lời bằng ${answerTypeWords[item.answerType]}; giá trị này không dùng cho câu hỏi đó` });
  const next: StoredAnswer = { ...before };

  if (patch.conformity !== undefined) {
    if (item.answerType !== 'conformity' && patch.conformity !== null && patch.conformity !== 'khong_ap_dung') wrongType('conformity');
    next.conformity = patch.conformity;
  }
  for (const type of ['numeric', 'yes_no', 'text'] as const) {
    const field = valueFieldOf[type];
    const value = patch[field];
    if (value === undefined) continue;
    if (item.answerType !== type) {
      wrongType(field);
      continue;
    }
    (next as Record<string, unknown>)[field] = value;
    const gives = value !== null && value !== '';
    if (gives && next.conformity === 'khong_ap_dung' && patch.conformity === undefined) next.conformity = null;
  }
  if (patch.numericValue !== undefined && patch.numericValue !== null && item.answerType === 'numeric') {
    const problem = numericValueIssue(item, patch.numericValue);
    const typed = `${new Intl.NumberFormat('vi-VN').format(patch.numericValue)}${item.numericUnit === '%' ? '%' : ''}`;
    if (problem) issues.push({ path: 'numericValue', message: `Câu ${item.code}: ${problem.toLowerCase()}, không thể là ${typed}` });
  }
  next.indicatorMet = item.answerType === 'numeric' ? evaluateIndicator(item, next.numericValue) : null;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.notApplicableReason !== undefined) next.notApplicableReason = patch.notApplicableReason;
  return { next, issues };
}

/** "01", "02", …: findings are numbered within their audit. */
export const findingCode = (number: number) => String(number).padStart(2, '0');

/* ---------- Fields ---------- */

const auditKind = z.enum(auditKinds, { error: 'Loại cuộc kiểm tra phải là CCHC hoặc ISO' });
/** A choice from a list: an empty or unknown choice reads as "choose …". */
const chosen = (what: string) => z.uuid({ error: `Chọn ${what}` });

export const teamMemberFields = z.object({
  personId: chosen('cán bộ trong danh bạ'),
  role: z.enum(teamRoles, { error: 'Vai trò trong đoàn không hợp lệ' }),
});

export const representativeFields = z.object({
  fullName: requiredText('Họ tên người đại diện', 100),
  position: optionalText('Chức vụ', 200).default(''),
  personId: id.nullable().default(null),
});

export const auditHeaderFields = z.object({
  title: requiredText('Tên cuộc kiểm tra', 300),
  startDate: calendarDate('Ngày bắt đầu'),
  endDate: calendarDate('Ngày kết thúc'),
  place: optionalText('Địa điểm', 300).default(''),
  decisionNumber: optionalText('Số quyết định thành lập đoàn', 60).default(''),
  decisionDate: calendarDate('Ngày quyết định thành lập đoàn').nullable().default(null),
  planNumber: optionalText('Số kế hoạch kiểm tra', 60).default(''),
  planDate: calendarDate('Ngày kế hoạch kiểm tra').nullable().default(null),
  objective: optionalText('Mục tiêu', 2000, 'multi').default(''),
  scope: optionalText('Phạm vi', 2000, 'multi').default(''),
  criteria: optionalText('Chuẩn mực', 2000, 'multi').default(''),
});
export type AuditHeaderFields = z.output<typeof auditHeaderFields>;

export interface FieldIssue {
  path: string;
  message: string;
}

type DatedHeader = Pick<AuditHeaderFields, 'startDate' | 'endDate' | 'decisionNumber' | 'decisionDate' | 'planNumber' | 'planDate'>;

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * The audit's dates lie in its year and in order; each legal basis has both its number and its
 * date, and is dated no later than the audit's first day.
 */
export function auditDateIssues(header: DatedHeader, auditYear: number = yearOf(header.startDate)): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (yearOf(header.startDate) !== auditYear) issues.push({ path: 'startDate', message: `Ngày bắt đầu phải thuộc năm ${auditYear} của cuộc kiểm tra` });
  if (yearOf(header.endDate) !== auditYear) issues.push({ path: 'endDate', message: `Ngày kết thúc phải thuộc năm ${auditYear} của cuộc kiểm tra` });
  if (header.endDate < header.startDate) issues.push({ path: 'endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' });
  const basis = [
    { number: 'decisionNumber', date: 'decisionDate', what: 'quyết định thành lập đoàn' },
    { number: 'planNumber', date: 'planDate', what: 'kế hoạch kiểm tra' },
  ] as const;
  for (const { number, date, what } of basis) {
    const given = header[date];
    if (header[number] && !given) issues.push({ path: date, message: `Nhập ngày của ${what}` });
    if (!header[number] && given) issues.push({ path: number, message: `Nhập số của ${what}` });
    if (given && given > header.startDate) issues.push({ path: date, message: `Ngày ${what} không được sau ngày bắt đầu kiểm tra` });
    if (given && yearOf(given) < auditYear - 1) issues.push({ path: date, message: `Ngày ${what} quá xa so với năm ${auditYear} của cuộc kiểm tra` });
  }
  return issues;
}

type TeamMember = z.output<typeof teamMemberFields>;

/** One trưởng đoàn, at most one phó đoàn and one thư ký, nobody twice. */
export function teamIssues(team: readonly TeamMember[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const count = (role: TeamRole) => team.filter((member) => member.role === role).length;
  if (count('truong_doan') !== 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra phải có đúng một trưởng đoàn' });
  if (count('pho_doan') > 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra có nhiều nhất một phó đoàn' });
  if (count('thu_ky') > 1) issues.push({ path: 'team', message: 'Đoàn kiểm tra có nhiều nhất một thư ký' });
  team.forEach((member, index) => {
    if (team.findIndex((other) => other.personId === member.personId) !== index) {
      issues.push({ path: `team.${index}.personId`, message: 'Một người chỉ giữ một vai trò trong đoàn' });
    }
  });
  return issues;
}

const withIssues =
  <T>(rules: (value: T) => FieldIssue[]) =>
  (value: T, ctx: z.RefinementCtx) => {
    for (const issue of rules(value)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  };

const team = z.array(teamMemberFields).min(1, { error: 'Đoàn kiểm tra phải có trưởng đoàn' }).max(15, { error: 'Đoàn kiểm tra có nhiều nhất 15 người' });
const representatives = z
  .array(representativeFields)
  .min(1, { error: 'Cần ít nhất một người đại diện đơn vị được kiểm tra' })
  .max(10, { error: 'Nhiều nhất 10 người đại diện' });

export const startAuditFields = auditHeaderFields.extend({
  kind: auditKind,
  unitId: chosen('đơn vị được kiểm tra'),
  templateVersionId: chosen('danh mục kiểm tra'),
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
    unitComments: optionalText('Ý kiến của đơn vị được kiểm tra', 8000, 'multi'),
    conclusion: optionalText('Kết luận', 8000, 'multi'),
    endedTime: timeOfDay('Giờ kết thúc'),
    team,
    representatives,
  }),
  { id },
);

const answerFields = z.object({
  conformity: z.enum(conformityResults, { error: 'Kết quả không hợp lệ' }).nullable(),
  numericValue: z.number({ error: 'Giá trị phải là số' }).finite({ error: 'Giá trị phải là số' }).nullable(),
  yesNo: z.boolean({ error: 'Câu trả lời phải là có hoặc không' }).nullable(),
  textValue: optionalText('Câu trả lời', 4000, 'multi').nullable(),
  note: optionalText('Ghi chú', 4000, 'multi'),
  notApplicableReason: optionalText('Lý do không áp dụng', 1000, 'multi'),
});

/** One small change to one answer: only the fields given are touched; null clears. */
export const saveResponseInput = patchInput(answerFields, { auditId: id, itemId: id });
export type SaveResponseInput = z.input<typeof saveResponseInput>;

const auditStatus = z.enum(auditStatuses, { error: 'Trạng thái không hợp lệ' });

export const auditsMethods = {
  'audits.startOptions': query<StartOptions>()(z.object({}).strict(), 'Các lựa chọn để bắt đầu cuộc kiểm tra: danh mục đã công bố, đơn vị, cán bộ, kế hoạch đã duyệt'),
  'audits.baseline': query<AuditBaseline | null>()(
    z.object({ unitId: id, kind: auditKind }).strict(),
    'Cuộc kiểm tra trước của đơn vị, để bắt đầu cuộc mới từ đó',
  ),
  'audits.start': command<AuditDetail>()(startAuditInput, 'Bắt đầu cuộc kiểm tra'),
  'audits.list': query<AuditListItem[]>()(
    z
      .object({ year: year.optional(), kind: auditKind.optional(), unitId: id.optional(), status: auditStatus.optional() })
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
    z.object({ id, endedTime: timeOfDay('Giờ kết thúc').optional() }).strict(),
    'Kết thúc cuộc kiểm tra, ghi giờ kết thúc (mặc định: giờ hiện tại nếu kết thúc hôm nay, 17:00 nếu đã kết thúc hôm trước)',
  ),
  'audits.reopen': command<AuditDetail>()(z.object({ id }).strict(), 'Mở lại cuộc kiểm tra đã kết thúc (khi chưa ban hành biên bản)'),
};

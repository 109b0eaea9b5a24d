import type { ActionStatus, AuditKind } from '../contract/vocabulary';
import { actionStatuses } from '../contract/vocabulary';
import { addDays, addMonths } from '../dates';

/**
 * The life of a corrective action, as pure functions: the back end refuses with them and the
 * renderer enables its buttons with them, so both always agree.
 */

export const CLOSED_ACTION_STATUS = 'da_xac_minh_hieu_qua' satisfies ActionStatus;

/** Vietnamese status names: the back end's messages and exports use them; the catalog's Vietnamese entries are these. */
export const actionStatusNames: Record<ActionStatus, string> = {
  moi: 'Mới',
  da_phan_tich: 'Đã phân tích nguyên nhân',
  dang_thuc_hien: 'Đang thực hiện',
  cho_xac_minh: 'Chờ xác minh',
  da_xac_minh_hieu_qua: 'Đã xác minh hiệu quả',
  khong_hieu_qua: 'Không hiệu quả',
};

/**
 * Every allowed move. An ineffective verification lands in Không hiệu quả and, in the same command,
 * goes back to Đang thực hiện with a new due date, so Không hiệu quả is only ever seen in the history.
 */
export const actionMoves: Record<ActionStatus, readonly ActionStatus[]> = {
  moi: ['da_phan_tich'],
  da_phan_tich: ['dang_thuc_hien'],
  dang_thuc_hien: ['cho_xac_minh'],
  cho_xac_minh: ['da_xac_minh_hieu_qua', 'khong_hieu_qua'],
  khong_hieu_qua: ['dang_thuc_hien'],
  da_xac_minh_hieu_qua: [],
};

export function isMoveAllowed(from: ActionStatus, to: ActionStatus): boolean {
  return actionMoves[from].includes(to);
}

/** Where a move leaves the action once the command is done. */
export function statusAfterMove(to: ActionStatus): ActionStatus {
  return to === 'khong_hieu_qua' ? 'dang_thuc_hien' : to;
}

/** The statuses in which the owner still has work to do, so the due date binds. */
export const ownerPendingStatuses: readonly ActionStatus[] = actionStatuses.filter(
  (status) => status !== 'cho_xac_minh' && status !== CLOSED_ACTION_STATUS,
);

export type GateCode =
  | 'forbiddenMove'
  | 'rootCauseMissing'
  | 'actionPlanMissing'
  | 'ownerPersonMissing'
  | 'evidenceMissing'
  | 'verifierMissing'
  | 'verifierIsOwner'
  | 'verificationDateMissing'
  | 'verificationDateInFuture'
  | 'verificationDateBeforeFinding'
  | 'reasonMissing'
  | 'newDueDateMissing'
  | 'newDueDateNotFuture'
  | 'dueBeforeFinding'
  | 'fieldLocked';

/** Vietnamese templates; {from}, {to} and {field} are filled in. The catalog's Vietnamese gate messages are these. */
export const gateMessages: Record<GateCode, string> = {
  forbiddenMove: 'Không thể chuyển hành động khắc phục từ "{from}" sang "{to}".',
  rootCauseMissing: 'Cần ghi nguyên nhân gốc rễ trước khi lập kế hoạch hành động.',
  actionPlanMissing: 'Cần ghi kế hoạch hành động khắc phục trước khi thực hiện.',
  ownerPersonMissing: 'Cần chỉ định người chịu trách nhiệm thực hiện.',
  evidenceMissing: 'Cần ghi bằng chứng hoàn thành trước khi đề nghị xác minh.',
  verifierMissing: 'Cần chọn người xác minh.',
  verifierIsOwner: 'Người xác minh phải khác người chịu trách nhiệm thực hiện hành động.',
  verificationDateMissing: 'Cần ghi ngày xác minh.',
  verificationDateInFuture: 'Ngày xác minh không được sau ngày hôm nay.',
  verificationDateBeforeFinding: 'Ngày xác minh không được trước ngày ghi nhận phát hiện.',
  reasonMissing: 'Cần ghi lý do hành động khắc phục chưa hiệu quả.',
  newDueDateMissing: 'Cần đặt hạn hoàn thành mới khi hành động chưa hiệu quả.',
  newDueDateNotFuture: 'Hạn hoàn thành mới phải sau ngày hôm nay.',
  dueBeforeFinding: 'Hạn hoàn thành không được trước ngày ghi nhận phát hiện.',
  fieldLocked: 'Không sửa được "{field}" khi hành động đang ở trạng thái "{status}".',
};

export interface GateRefusal {
  code: GateCode;
  /** The form field the refusal is about. */
  path: string;
  message: string;
}

function refusal(code: GateCode, path: string, params: Record<string, string> = {}): GateRefusal {
  const message = gateMessages[code].replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
  return { code, path, message };
}

/** What the gates look at on the action itself. */
export interface ActionFacts {
  status: ActionStatus;
  ownerPersonId: string | null;
  rootCause: string;
  actionPlan: string;
  completionEvidence: string;
  /** Completion evidence stored as files: they count as evidence as much as the text. */
  evidenceFileCount?: number;
  /** The day the finding was recorded (yyyy-MM-dd). */
  findingDate: string;
}

/** What the person making a move supplies. */
export interface MoveDetails {
  comment?: string;
  verifierPersonId?: string | null;
  verificationDate?: string | null;
  newDueDate?: string | null;
}

const filled = (text: string | null | undefined) => (text ?? '').trim().length > 0;

/** What must be true of an action for it to be in a status; entering the status is gated by the same. */
function requirementsOf(status: ActionStatus, facts: ActionFacts): GateRefusal[] {
  const refusals: GateRefusal[] = [];
  const beyond = (earliest: ActionStatus) => actionStatuses.indexOf(status) >= actionStatuses.indexOf(earliest);
  if (beyond('da_phan_tich') && !filled(facts.rootCause)) refusals.push(refusal('rootCauseMissing', 'rootCause'));
  if (beyond('dang_thuc_hien')) {
    if (!filled(facts.actionPlan)) refusals.push(refusal('actionPlanMissing', 'actionPlan'));
    if (!facts.ownerPersonId) refusals.push(refusal('ownerPersonMissing', 'ownerPersonId'));
  }
  if (beyond('cho_xac_minh') && !filled(facts.completionEvidence) && !facts.evidenceFileCount) refusals.push(refusal('evidenceMissing', 'completionEvidence'));
  return refusals;
}

function verificationRefusals(facts: ActionFacts, details: MoveDetails, today: string): GateRefusal[] {
  const refusals: GateRefusal[] = [];
  if (!details.verifierPersonId) refusals.push(refusal('verifierMissing', 'verifierPersonId'));
  else if (details.verifierPersonId === facts.ownerPersonId) refusals.push(refusal('verifierIsOwner', 'verifierPersonId'));
  const date = details.verificationDate;
  if (!date) refusals.push(refusal('verificationDateMissing', 'verificationDate'));
  else if (date > today) refusals.push(refusal('verificationDateInFuture', 'verificationDate'));
  else if (date < facts.findingDate) refusals.push(refusal('verificationDateBeforeFinding', 'verificationDate'));
  return refusals;
}

function newDueDateRefusals(details: MoveDetails, today: string): GateRefusal[] {
  if (!details.newDueDate) return [refusal('newDueDateMissing', 'newDueDate')];
  if (details.newDueDate <= today) return [refusal('newDueDateNotFuture', 'newDueDate')];
  return [];
}

/**
 * Why the action cannot make this move (empty when it can). `today` is the calendar date in
 * Asia/Ho_Chi_Minh. Without `details`, only what the action itself lacks is checked, which is
 * what a button needs to know before its dialog asks for the rest.
 */
export function checkMove(facts: ActionFacts, to: ActionStatus, today: string, details?: MoveDetails): GateRefusal[] {
  if (!isMoveAllowed(facts.status, to)) {
    return [refusal('forbiddenMove', 'to', { from: actionStatusNames[facts.status], to: actionStatusNames[to] })];
  }
  // "Không hiệu quả" comes after "Chờ xác minh" in the order, so it asks for everything verification asked for.
  const refusals = requirementsOf(to, facts);
  if (!details) return refusals;
  if (to === 'da_xac_minh_hieu_qua' || to === 'khong_hieu_qua') refusals.push(...verificationRefusals(facts, details, today));
  if (to === 'khong_hieu_qua') {
    if (!filled(details.comment)) refusals.push(refusal('reasonMissing', 'comment'));
    refusals.push(...newDueDateRefusals(details, today));
  }
  // An ineffective action's only move is back to "Đang thực hiện", with a new due date.
  if (facts.status === 'khong_hieu_qua') refusals.push(...newDueDateRefusals(details, today));
  return refusals;
}

export type ActionField =
  | 'ownerUnitId'
  | 'ownerPersonId'
  | 'correction'
  | 'rootCause'
  | 'fiveWhys'
  | 'actionPlan'
  | 'dueDate'
  | 'completionEvidence';

const planningFields: readonly ActionField[] = ['ownerUnitId', 'ownerPersonId', 'correction', 'rootCause', 'fiveWhys', 'actionPlan', 'dueDate'];

/**
 * The due date is set while planning; afterwards only an ineffective verification sets a new one,
 * so a deadline cannot quietly slip. Evidence is written while implementing.
 */
export const editableFields: Record<ActionStatus, readonly ActionField[]> = {
  moi: planningFields,
  da_phan_tich: planningFields,
  dang_thuc_hien: [...planningFields.filter((field) => field !== 'dueDate'), 'completionEvidence'],
  cho_xac_minh: [],
  khong_hieu_qua: [],
  da_xac_minh_hieu_qua: [],
};

export const actionFieldNames: Record<ActionField, string> = {
  ownerUnitId: 'Đơn vị chịu trách nhiệm',
  ownerPersonId: 'Người chịu trách nhiệm',
  correction: 'Khắc phục tức thời',
  rootCause: 'Nguyên nhân gốc rễ',
  fiveWhys: '5 lần "Tại sao"',
  actionPlan: 'Kế hoạch hành động',
  dueDate: 'Hạn hoàn thành',
  completionEvidence: 'Bằng chứng hoàn thành',
};

/** Why an edit is refused: a field its status locks, a due date before the finding, or a requirement the edit would undo. */
export function checkEdit(before: ActionFacts, changed: readonly ActionField[], after: ActionFacts & { dueDate: string }): GateRefusal[] {
  const refusals = changed
    .filter((field) => !editableFields[before.status].includes(field))
    .map((field) => refusal('fieldLocked', field, { field: actionFieldNames[field], status: actionStatusNames[before.status] }));
  refusals.push(...checkDueDate(after.dueDate, after.findingDate), ...requirementsOf(before.status, after));
  return refusals;
}

export function checkDueDate(dueDate: string, findingDate: string): GateRefusal[] {
  return dueDate < findingDate ? [refusal('dueBeforeFinding', 'dueDate')] : [];
}

export interface DueRules {
  correctiveActionDueDaysCchc: number;
  correctiveActionDueMonthsIso: number;
}

/** Counted from the audit's end date, or from the finding's date when it was recorded later. */
export function dueBasisDate(auditEndDate: string, findingDate: string): string {
  // Stryker disable next-line EqualityOperator: `>=` picks the other of two equal dates, the same day; `<` is caught by the due-date tests
  return findingDate > auditEndDate ? findingDate : auditEndDate;
}

/** 15 days for CCHC conclusions, 2 months for ISO (TT 26/2014), both from the settings. */
export function defaultDueDate(kind: AuditKind, basisDate: string, rules: DueRules): string {
  return kind === 'CCHC' ? addDays(basisDate, rules.correctiveActionDueDaysCchc) : addMonths(basisDate, rules.correctiveActionDueMonthsIso);
}

export type DueState = 'overdue' | 'due_soon' | 'on_track' | 'awaiting_verification' | 'closed';

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** yyyy-MM-dd as the instant its UTC day begins; lists call this for every row, and setting fields is cheaper than parsing. */
function utcMidnight(isoDate: string): number {
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are instead of reading them as 19xx.
  return day.setUTCFullYear(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

/**
 * Overdue from the day after the due date; due soon from `dueSoonDays` days before it through the
 * due date itself. Only while the owner still has work: awaiting verification is the verifier's turn.
 */
export function dueStateOf(status: ActionStatus, dueDate: string, today: string, dueSoonDays: number): DueState {
  if (status === CLOSED_ACTION_STATUS) return 'closed';
  if (status === 'cho_xac_minh') return 'awaiting_verification';
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, dueSoonDays) ? 'due_soon' : 'on_track';
}

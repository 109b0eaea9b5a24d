import { describe, expect, it } from 'vitest';
import {
  actionMoves,
  checkDueDate,
  checkEdit,
  checkMove,
  defaultDueDate,
  dueBasisDate,
  daysBetween,
  dueStateOf,
  editableFields,
  isMoveAllowed,
  statusAfterMove,
} from '../../electron/shared/rules/actionStates';
import type { ActionFacts, MoveDetails } from '../../electron/shared/rules/actionStates';
import { actionStatuses } from '../../electron/shared/contract/vocabulary';
import type { ActionStatus } from '../../electron/shared/contract/vocabulary';

const TODAY = '2026-03-10';
const OWNER = 'owner-person';
const VERIFIER = 'verifier-person';

/** An action that has everything every gate asks for. */
const complete = (status: ActionStatus): ActionFacts => ({
  status,
  ownerPersonId: OWNER,
  rootCause: 'Chưa phân công người cập nhật sổ theo dõi',
  actionPlan: 'Giao một công chức cập nhật sổ hằng tuần',
  completionEvidence: 'Sổ theo dõi cập nhật đến 09/03/2026',
  findingDate: '2026-02-01',
});
const fullDetails: MoveDetails = { comment: 'Chưa đạt: sổ vẫn thiếu hai tuần', verifierPersonId: VERIFIER, verificationDate: TODAY, newDueDate: '2026-04-10' };

const expectedAllowed: [ActionStatus, ActionStatus][] = [
  ['moi', 'da_phan_tich'],
  ['da_phan_tich', 'dang_thuc_hien'],
  ['dang_thuc_hien', 'cho_xac_minh'],
  ['cho_xac_minh', 'da_xac_minh_hieu_qua'],
  ['cho_xac_minh', 'khong_hieu_qua'],
  ['khong_hieu_qua', 'dang_thuc_hien'],
];
const allPairs = actionStatuses.flatMap((from) => actionStatuses.map((to) => [from, to] as [ActionStatus, ActionStatus]));
const isExpected = (from: ActionStatus, to: ActionStatus) => expectedAllowed.some(([f, t]) => f === from && t === to);

describe('corrective action state machine: every pair of statuses', () => {
  it('covers all 36 pairs, 6 allowed and 30 forbidden', () => {
    expect(allPairs).toHaveLength(36);
    expect(allPairs.filter(([from, to]) => isMoveAllowed(from, to))).toEqual(expectedAllowed);
    expect(Object.values(actionMoves).flat()).toHaveLength(6);
  });

  it.each(allPairs.filter(([from, to]) => isExpected(from, to)))('allows %s → %s when its gate is met', (from, to) => {
    expect(checkMove(complete(from), to, TODAY, fullDetails)).toEqual([]);
  });

  it.each(allPairs.filter(([from, to]) => !isExpected(from, to)))('forbids %s → %s with a Vietnamese reason, whatever is supplied', (from, to) => {
    const refusals = checkMove(complete(from), to, TODAY, fullDetails);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ code: 'forbiddenMove', path: 'to' });
    expect(refusals[0]?.message).toMatch(/^Không thể chuyển hành động khắc phục từ ".+" sang ".+"\.$/);
  });

  it('names the statuses in Vietnamese in the forbidden-move reason', () => {
    expect(checkMove(complete('moi'), 'da_xac_minh_hieu_qua', TODAY)[0]?.message).toBe(
      'Không thể chuyển hành động khắc phục từ "Mới" sang "Đã xác minh hiệu quả".',
    );
  });

  it('sends an ineffective verification back to implementation; every other move stays where it lands', () => {
    expect(statusAfterMove('khong_hieu_qua')).toBe('dang_thuc_hien');
    for (const status of actionStatuses.filter((s) => s !== 'khong_hieu_qua')) expect(statusAfterMove(status)).toBe(status);
  });
});

describe('gates', () => {
  const codes = (from: ActionFacts, to: ActionStatus, details?: MoveDetails) => checkMove(from, to, TODAY, details).map((r) => r.code);

  it('needs a root cause before the analysis is done and before planning', () => {
    expect(codes({ ...complete('moi'), rootCause: '  ' }, 'da_phan_tich')).toEqual(['rootCauseMissing']);
    expect(codes({ ...complete('da_phan_tich'), rootCause: '' }, 'dang_thuc_hien')).toContain('rootCauseMissing');
  });

  it('needs a plan and an owner before implementation starts', () => {
    expect(codes({ ...complete('da_phan_tich'), actionPlan: '', ownerPersonId: null }, 'dang_thuc_hien')).toEqual([
      'actionPlanMissing',
      'ownerPersonMissing',
    ]);
  });

  it('needs completion evidence before verification is asked for', () => {
    expect(codes({ ...complete('dang_thuc_hien'), completionEvidence: '' }, 'cho_xac_minh')).toEqual(['evidenceMissing']);
  });

  it('needs a verifier who is not the owner, and a verification date that is neither in the future nor before the finding', () => {
    const waiting = complete('cho_xac_minh');
    expect(codes(waiting, 'da_xac_minh_hieu_qua', {})).toEqual(['verifierMissing', 'verificationDateMissing']);
    expect(codes(waiting, 'da_xac_minh_hieu_qua', { verifierPersonId: OWNER, verificationDate: TODAY })).toEqual(['verifierIsOwner']);
    expect(codes(waiting, 'da_xac_minh_hieu_qua', { verifierPersonId: VERIFIER, verificationDate: '2026-03-11' })).toEqual(['verificationDateInFuture']);
    expect(codes(waiting, 'da_xac_minh_hieu_qua', { verifierPersonId: VERIFIER, verificationDate: '2026-01-31' })).toEqual([
      'verificationDateBeforeFinding',
    ]);
    expect(codes(waiting, 'da_xac_minh_hieu_qua', { verifierPersonId: VERIFIER, verificationDate: TODAY })).toEqual([]);
  });

  it('needs a reason and a new due date after today when the action was not effective', () => {
    const waiting = complete('cho_xac_minh');
    const verified = { verifierPersonId: VERIFIER, verificationDate: TODAY };
    expect(codes(waiting, 'khong_hieu_qua', verified)).toEqual(['reasonMissing', 'newDueDateMissing']);
    expect(codes(waiting, 'khong_hieu_qua', { ...verified, comment: 'Chưa đạt', newDueDate: TODAY })).toEqual(['newDueDateNotFuture']);
    expect(codes(waiting, 'khong_hieu_qua', { ...verified, comment: 'Chưa đạt', newDueDate: '2026-03-11' })).toEqual([]);
    expect(codes(complete('khong_hieu_qua'), 'dang_thuc_hien', {})).toEqual(['newDueDateMissing']);
  });

  it('without details, checks only what the action itself lacks (what a button needs)', () => {
    expect(checkMove(complete('cho_xac_minh'), 'da_xac_minh_hieu_qua', TODAY)).toEqual([]);
    expect(codes({ ...complete('dang_thuc_hien'), completionEvidence: '' }, 'cho_xac_minh')).toEqual(['evidenceMissing']);
  });

  it('asks nothing of the person for moves that need no verification or new due date', () => {
    expect(codes(complete('moi'), 'da_phan_tich', {})).toEqual([]);
    expect(codes(complete('da_phan_tich'), 'dang_thuc_hien', {})).toEqual([]);
    expect(codes(complete('dang_thuc_hien'), 'cho_xac_minh', {})).toEqual([]);
  });

  it('accepts a verification dated on the day the finding was recorded', () => {
    const waiting = complete('cho_xac_minh');
    expect(codes(waiting, 'da_xac_minh_hieu_qua', { verifierPersonId: VERIFIER, verificationDate: waiting.findingDate })).toEqual([]);
  });

  it('asks for a new due date only when work restarts after an ineffective verification', () => {
    expect(codes(complete('da_phan_tich'), 'dang_thuc_hien', {})).toEqual([]);
    expect(codes(complete('khong_hieu_qua'), 'dang_thuc_hien', {})).toEqual(['newDueDateMissing']);
  });

  it('asks of an ineffective verification everything entering verification asked for', () => {
    const withoutEvidence = { ...complete('cho_xac_minh'), completionEvidence: '' };
    expect(codes(withoutEvidence, 'khong_hieu_qua')).toEqual(['evidenceMissing']);
    expect(codes({ ...withoutEvidence, evidenceFileCount: 1 }, 'khong_hieu_qua')).toEqual([]);
  });

  it('points each refusal at the form field that must change', () => {
    const bare: ActionFacts = { ...complete('moi'), ownerPersonId: null, rootCause: ' ', actionPlan: '', completionEvidence: '' };
    const path = (refusals: ReturnType<typeof checkMove>) => refusals.map((r) => `${r.code}@${r.path}`);
    expect(path(checkMove(bare, 'da_phan_tich', TODAY))).toEqual(['rootCauseMissing@rootCause']);
    expect(path(checkMove({ ...bare, status: 'da_phan_tich' }, 'dang_thuc_hien', TODAY))).toEqual([
      'rootCauseMissing@rootCause',
      'actionPlanMissing@actionPlan',
      'ownerPersonMissing@ownerPersonId',
    ]);
    expect(path(checkMove({ ...complete('dang_thuc_hien'), completionEvidence: '' }, 'cho_xac_minh', TODAY))).toEqual(['evidenceMissing@completionEvidence']);
    const waiting = complete('cho_xac_minh');
    expect(path(checkMove(waiting, 'khong_hieu_qua', TODAY, {}))).toEqual([
      'verifierMissing@verifierPersonId',
      'verificationDateMissing@verificationDate',
      'reasonMissing@comment',
      'newDueDateMissing@newDueDate',
    ]);
    expect(path(checkMove(waiting, 'khong_hieu_qua', TODAY, { verifierPersonId: VERIFIER, verificationDate: '2026-03-11', comment: 'Chưa đạt', newDueDate: TODAY }))).toEqual([
      'verificationDateInFuture@verificationDate',
      'newDueDateNotFuture@newDueDate',
    ]);
    expect(path(checkMove(waiting, 'da_xac_minh_hieu_qua', TODAY, { verifierPersonId: VERIFIER, verificationDate: '2026-01-31' }))).toEqual([
      'verificationDateBeforeFinding@verificationDate',
    ]);
    expect(path(checkMove(waiting, 'moi', TODAY))).toEqual(['forbiddenMove@to']);
  });

  it('gives every refusal a field and a Vietnamese message', () => {
    const refusals = checkMove({ ...complete('cho_xac_minh'), completionEvidence: '' }, 'khong_hieu_qua', TODAY, { verifierPersonId: OWNER });
    expect(refusals.map((r) => r.path)).toEqual(['completionEvidence', 'verifierPersonId', 'verificationDate', 'comment', 'newDueDate']);
    expect(refusals.find((r) => r.code === 'verifierIsOwner')?.message).toBe('Người xác minh phải khác người chịu trách nhiệm thực hiện hành động.');
  });
});

describe('edits', () => {
  it('locks the due date once implementation starts, and everything while awaiting verification or closed', () => {
    expect(editableFields.moi).toContain('dueDate');
    expect(editableFields.dang_thuc_hien).not.toContain('dueDate');
    expect(editableFields.dang_thuc_hien).toContain('completionEvidence');
    expect(editableFields.cho_xac_minh).toEqual([]);
    expect(editableFields.da_xac_minh_hieu_qua).toEqual([]);
    const before = complete('dang_thuc_hien');
    expect(checkEdit(before, ['dueDate'], { ...before, dueDate: '2026-05-01' })).toEqual([
      expect.objectContaining({ code: 'fieldLocked', path: 'dueDate', message: 'Không sửa được "Hạn hoàn thành" khi hành động đang ở trạng thái "Đang thực hiện".' }),
    ]);
  });

  it('refuses a due date before the finding, and an edit that would undo what the status needs', () => {
    const before = complete('da_phan_tich');
    expect(checkEdit(before, ['dueDate'], { ...before, dueDate: '2026-01-31' }).map((r) => r.code)).toEqual(['dueBeforeFinding']);
    expect(checkEdit(before, ['dueDate'], { ...before, dueDate: '2026-02-01' })).toEqual([]);
    expect(checkDueDate('2026-01-31', '2026-02-01')).toEqual([{ code: 'dueBeforeFinding', path: 'dueDate', message: 'Hạn hoàn thành không được trước ngày ghi nhận phát hiện.' }]);
    expect(checkEdit(before, ['rootCause'], { ...before, rootCause: '', dueDate: '2026-03-01' }).map((r) => r.code)).toEqual(['rootCauseMissing']);
  });
});

describe('due dates', () => {
  const rules = { correctiveActionDueDaysCchc: 15, correctiveActionDueMonthsIso: 2 };

  it('defaults to 15 days for CCHC and 2 months for ISO, from the later of the audit end and the finding', () => {
    expect(defaultDueDate('CCHC', '2026-03-20', rules)).toBe('2026-04-04');
    expect(defaultDueDate('ISO', '2026-03-20', rules)).toBe('2026-05-20');
    expect(defaultDueDate('ISO', '2025-12-31', rules)).toBe('2026-02-28');
    expect(defaultDueDate('CCHC', '2026-03-20', { ...rules, correctiveActionDueDaysCchc: 30 })).toBe('2026-04-19');
    expect(dueBasisDate('2026-03-20', '2026-03-18')).toBe('2026-03-20');
    expect(dueBasisDate('2026-03-20', '2026-03-25')).toBe('2026-03-25');
  });

  it('is due soon through the due date itself and overdue from the day after; awaiting verification and closed are neither', () => {
    expect(dueStateOf('dang_thuc_hien', '2026-03-10', '2026-03-10', 7)).toBe('due_soon');
    expect(dueStateOf('dang_thuc_hien', '2026-03-09', '2026-03-10', 7)).toBe('overdue');
    expect(dueStateOf('dang_thuc_hien', '2026-03-17', '2026-03-10', 7)).toBe('due_soon');
    expect(dueStateOf('dang_thuc_hien', '2026-03-18', '2026-03-10', 7)).toBe('on_track');
    expect(dueStateOf('moi', '2026-01-01', '2026-03-10', 7)).toBe('overdue');
    expect(dueStateOf('cho_xac_minh', '2026-01-01', '2026-03-10', 7)).toBe('awaiting_verification');
    expect(dueStateOf('da_xac_minh_hieu_qua', '2026-01-01', '2026-03-10', 7)).toBe('closed');
  });

  it('counts whole calendar days across month ends, leap days, years and the first century', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-02-28')).toBe(28);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    // 1900 years: 1900 × 365 days and 460 leap days (1900 is not a leap year).
    expect(daysBetween('0050-01-01', '1950-01-01')).toBe(693_960);
  });
});

import { describe, expect, it } from 'vitest';
import { answerState, applyAnswerChange, blankAnswer, evaluateIndicator, isAnswered, numericValueIssue } from '../../electron/shared/rules/answers';
import { auditDateIssues, teamIssues } from '../../electron/shared/rules/auditHeader';
import { findingClassFor, findingCode, isNonConforming, requiresActionByDefault } from '../../electron/shared/rules/findings';
import { proposeFinding } from '../../electron/shared/rules/findingProposal';
import type { AuditItemQuestion } from '../../electron/shared/contract/audits';

const question = (overrides: Partial<AuditItemQuestion> = {}): AuditItemQuestion => ({
  id: 'item-7',
  code: '2.4',
  reference: '',
  question: 'Hồ sơ có được lưu đầy đủ không?',
  answerType: 'conformity',
  numericUnit: null,
  comparator: null,
  threshold: null,
  points: null,
  ...overrides,
});
const numeric = question({ answerType: 'numeric', numericUnit: '%', comparator: '>=', threshold: 95, code: '3.1' });

describe('the state of an answer', () => {
  it('is unanswered until the item’s own kind of value is given', () => {
    expect(answerState('conformity', undefined)).toBe('unanswered');
    expect(answerState('conformity', blankAnswer)).toBe('unanswered');
    expect(answerState('numeric', blankAnswer)).toBe('unanswered');
    expect(answerState('yes_no', blankAnswer)).toBe('unanswered');
    expect(answerState('yes_no', { ...blankAnswer, yesNo: true })).toBe('answered');
    expect(answerState('text', { ...blankAnswer, textValue: 'Đã niêm yết' })).toBe('answered');
    expect(answerState('text', { ...blankAnswer, conformity: 'khong_ap_dung', notApplicableReason: '   ' })).toBe('not_applicable_without_reason');
    expect(['unanswered', 'answered', 'not_applicable', 'not_applicable_without_reason'].map((s) => isAnswered(s as never))).toEqual([false, true, true, true]);
  });

  it('judges an indicator only with a value and a target', () => {
    expect(evaluateIndicator(numeric, null)).toBeNull();
    expect(evaluateIndicator({ ...numeric, comparator: null }, 96)).toBeNull();
    expect(evaluateIndicator({ ...numeric, threshold: null }, 96)).toBeNull();
    expect(evaluateIndicator(numeric, 95)).toBe(true);
    expect(evaluateIndicator(numeric, 94.9)).toBe(false);
  });

  it('refuses a value that is not a number, and a share outside 0–100% at its bounds only', () => {
    expect(numericValueIssue(numeric, Number.NaN)).toBe('Giá trị phải là số');
    expect(numericValueIssue(numeric, Number.POSITIVE_INFINITY)).toBe('Giá trị phải là số');
    expect(numericValueIssue(numeric, 0)).toBeNull();
    expect(numericValueIssue(numeric, 100)).toBeNull();
    expect(numericValueIssue(numeric, -0.01)).toBe('Tỷ lệ phải từ 0% đến 100%');
    expect(numericValueIssue({ numericUnit: 'hồ sơ' }, 1000)).toBeNull();
  });
});

describe('one change to an answer', () => {
  it('refuses a value of another kind than the item’s, naming the item and its kind, and keeps the answer', () => {
    const { next, issues } = applyAnswerChange(question(), blankAnswer, { yesNo: true, numericValue: 5, textValue: 'x' });
    expect(issues).toEqual([
      { path: 'numericValue', message: 'Câu 2.4 được trả lời bằng thang phù hợp; giá trị này không dùng cho câu hỏi đó' },
      { path: 'yesNo', message: 'Câu 2.4 được trả lời bằng thang phù hợp; giá trị này không dùng cho câu hỏi đó' },
      { path: 'textValue', message: 'Câu 2.4 được trả lời bằng thang phù hợp; giá trị này không dùng cho câu hỏi đó' },
    ]);
    expect(next).toEqual(blankAnswer);
    expect(applyAnswerChange(numeric, blankAnswer, { conformity: 'phu_hop' }).issues).toEqual([
      { path: 'conformity', message: 'Câu 3.1 được trả lời bằng số liệu; giá trị này không dùng cho câu hỏi đó' },
    ]);
    expect(applyAnswerChange(question({ answerType: 'yes_no' }), blankAnswer, { textValue: 'x' }).issues[0]?.message).toContain('bằng có/không;');
    expect(applyAnswerChange(question({ answerType: 'text' }), blankAnswer, { yesNo: false }).issues[0]?.message).toContain('bằng văn bản;');
  });

  it('lets any item be marked or unmarked “không áp dụng”', () => {
    expect(applyAnswerChange(numeric, blankAnswer, { conformity: 'khong_ap_dung' })).toEqual({ next: { ...blankAnswer, conformity: 'khong_ap_dung' }, issues: [] });
    expect(applyAnswerChange(numeric, { ...blankAnswer, conformity: 'khong_ap_dung' }, { conformity: null })).toEqual({ next: blankAnswer, issues: [] });
  });

  it('answers an item marked “không áp dụng” when a value is typed, unless the same change marks it', () => {
    const marked = { ...blankAnswer, conformity: 'khong_ap_dung' as const, notApplicableReason: 'Không phát sinh' };
    expect(applyAnswerChange(question({ answerType: 'yes_no' }), marked, { yesNo: false }).next).toEqual({ ...marked, conformity: null, yesNo: false });
    expect(applyAnswerChange(question({ answerType: 'text' }), marked, { textValue: 'Có sổ' }).next.conformity).toBeNull();
    expect(applyAnswerChange(question({ answerType: 'text' }), marked, { textValue: '' }).next.conformity).toBe('khong_ap_dung');
    expect(applyAnswerChange(question({ answerType: 'yes_no' }), marked, { yesNo: null }).next.conformity).toBe('khong_ap_dung');
    expect(applyAnswerChange(numeric, marked, { numericValue: 97, conformity: 'khong_ap_dung' }).next.conformity).toBe('khong_ap_dung');
  });

  it('judges a numeric value at once, clears the judgement with the value, and judges nothing else', () => {
    expect(applyAnswerChange(numeric, blankAnswer, { numericValue: 96 }).next.indicatorMet).toBe(true);
    expect(applyAnswerChange(numeric, { ...blankAnswer, numericValue: 96, indicatorMet: true }, { numericValue: null }).next).toEqual(blankAnswer);
    expect(applyAnswerChange(numeric, { ...blankAnswer, numericValue: 90, indicatorMet: false }, { note: 'Đã kiểm tra sổ' }).next).toEqual({
      ...blankAnswer,
      numericValue: 90,
      indicatorMet: false,
      note: 'Đã kiểm tra sổ',
    });
    expect(applyAnswerChange(question(), { ...blankAnswer, indicatorMet: true }, { conformity: 'phu_hop' }).next.indicatorMet).toBeNull();
    expect(applyAnswerChange(question({ answerType: 'numeric', numericUnit: 'hồ sơ', code: '3.2' }), blankAnswer, { numericValue: -1.5 }).issues).toEqual([]);
    expect(applyAnswerChange(numeric, blankAnswer, { numericValue: 1234.5 }).issues).toEqual([
      { path: 'numericValue', message: 'Câu 3.1: tỷ lệ phải từ 0% đến 100%, không thể là 1.234,5%' },
    ]);
  });

  it('clears a numeric value without a complaint, and prints the % sign only for a share', () => {
    expect(applyAnswerChange(numeric, { ...blankAnswer, numericValue: 96, indicatorMet: true }, { numericValue: null }).issues).toEqual([]);
    const count = question({ answerType: 'numeric', numericUnit: 'hồ sơ', code: '3.2' });
    expect(applyAnswerChange(count, blankAnswer, { numericValue: Number.NaN }).issues).toEqual([
      { path: 'numericValue', message: 'Câu 3.2: giá trị phải là số, không thể là NaN' },
    ]);
  });

  it('lifts only the “không áp dụng” mark when a value is typed, and judges no stray value on another kind of item', () => {
    const yesNo = question({ answerType: 'yes_no', comparator: '>=', threshold: 1 });
    const stray = { ...blankAnswer, conformity: 'phu_hop' as const, numericValue: 5 };
    expect(applyAnswerChange(yesNo, stray, { yesNo: true }).next).toEqual({ ...stray, yesNo: true, indicatorMet: null });
  });

  it('keeps the note and the reason unless the change gives them', () => {
    const before = { ...blankAnswer, conformity: 'kph_nhe' as const, note: 'Thiếu 2 sổ', notApplicableReason: '' };
    expect(applyAnswerChange(question(), before, { notApplicableReason: 'Không có' }).next).toEqual({ ...before, notApplicableReason: 'Không có' });
    expect(applyAnswerChange(question(), before, { note: '' }).next).toEqual({ ...before, note: '' });
    expect(applyAnswerChange(question(), before, {}).next).toEqual(before);
  });
});

describe('findings an answer calls for', () => {
  const answer = { ...blankAnswer };
  it('classes every result of every answer type', () => {
    expect(findingClassFor('conformity', null)).toBeNull();
    expect(findingClassFor('conformity', answer)).toBeNull();
    expect(findingClassFor('conformity', { ...answer, conformity: 'kph_nhe' })).toBe('kph_nhe');
    expect(findingClassFor('conformity', { ...answer, conformity: 'diem_luu_y' })).toBe('diem_luu_y');
    expect(findingClassFor('numeric', { ...answer, indicatorMet: null })).toBeNull();
    expect(findingClassFor('numeric', { ...answer, indicatorMet: true })).toBeNull();
    expect(findingClassFor('numeric', { ...answer, indicatorMet: false, conformity: 'khong_ap_dung' })).toBeNull();
    expect(findingClassFor('yes_no', { ...answer, yesNo: null })).toBeNull();
    expect(findingClassFor('yes_no', { ...answer, yesNo: true })).toBeNull();
    expect(findingClassFor('text', { ...answer, conformity: 'kph_nang' })).toBeNull();
  });

  it('counts only nonconformities as non-conforming, and asks an action of them by default', () => {
    expect(isNonConforming('conformity', { ...answer, conformity: 'kph_nang' })).toBe(true);
    expect(isNonConforming('numeric', { ...answer, indicatorMet: false })).toBe(true);
    expect(isNonConforming('conformity', { ...answer, conformity: 'diem_luu_y' })).toBe(false);
    expect(isNonConforming('conformity', { ...answer, conformity: 'co_hoi_cai_tien' })).toBe(false);
    expect(isNonConforming('yes_no', null)).toBe(false);
    expect((['kph_nang', 'kph_nhe', 'diem_luu_y', 'co_hoi_cai_tien'] as const).map(requiresActionByDefault)).toEqual([true, true, false, false]);
    expect([1, 9, 10, 123].map(findingCode)).toEqual(['01', '09', '10', '123']);
  });

  it('proposes, without a note, what the result says about the requirement, and refers to the item’s code when it has no reference', () => {
    const proposal = (result: 'kph_nang' | 'kph_nhe' | 'diem_luu_y' | 'co_hoi_cai_tien') => proposeFinding(question(), { ...answer, conformity: result });
    expect(proposal('kph_nang')).toEqual({
      itemId: 'item-7',
      findingClass: 'kph_nang',
      reference: '2.4',
      description: 'Chưa đáp ứng yêu cầu: hồ sơ được lưu đầy đủ.',
      requirement: 'Hồ sơ được lưu đầy đủ',
      evidenceText: '',
      requiresAction: true,
    });
    expect(proposal('kph_nhe')?.description).toBe('Chưa đáp ứng đầy đủ yêu cầu: hồ sơ được lưu đầy đủ.');
    expect(proposal('diem_luu_y')?.description).toBe('Cần lưu ý: hồ sơ được lưu đầy đủ.');
    expect(proposal('co_hoi_cai_tien')?.description).toBe('Có thể cải tiến: hồ sơ được lưu đầy đủ.');
    expect(proposeFinding(question(), null)).toBeNull();
    expect(proposeFinding(question(), { ...answer, conformity: 'phu_hop' })).toBeNull();
  });

  it('states the shortfall of an unmet indicator in its own unit', () => {
    const shortfall = (overrides: Partial<AuditItemQuestion>, value: number) =>
      proposeFinding({ ...numeric, ...overrides }, { ...answer, numericValue: value, indicatorMet: false })?.description;
    expect(shortfall({}, 90.125)).toBe('Kết quả đạt 90,13% (chỉ tiêu ≥ 95%).');
    expect(shortfall({ numericUnit: 'sáng kiến', comparator: '>', threshold: 2 }, 1)).toBe('Kết quả đạt 1 sáng kiến (chỉ tiêu > 2 sáng kiến).');
    expect(shortfall({ numericUnit: null, comparator: '<=', threshold: 1500 }, 2000)).toBe('Kết quả đạt 2.000 (chỉ tiêu ≤ 1.500).');
    expect(shortfall({ comparator: null }, 90)).toBe('Chưa đáp ứng đầy đủ yêu cầu: hồ sơ được lưu đầy đủ.');
    expect(proposeFinding(numeric, { ...answer, numericValue: null, indicatorMet: false, note: 'Không cung cấp số liệu' })?.description).toBe('Không cung cấp số liệu');
    const conformityWithStrayTarget = question({ comparator: '>=', threshold: 95 });
    expect(proposeFinding(conformityWithStrayTarget, { ...answer, conformity: 'kph_nhe', numericValue: 90 })?.description).toBe(
      'Chưa đáp ứng đầy đủ yêu cầu: hồ sơ được lưu đầy đủ.',
    );
  });
});

describe('audit header rules, every message', () => {
  type Header = Parameters<typeof auditDateIssues>[0];
  const header: Header = { startDate: '2026-11-24', endDate: '2026-11-25', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-11-10', planNumber: '18/KH-UBND', planDate: '2026-01-15' };
  const issues = (overrides: Partial<Header>, year?: number) =>
    auditDateIssues({ ...header, ...overrides }, year).map((issue) => `${issue.path}: ${issue.message}`);

  it('keeps the dates in the audit’s year and in order', () => {
    expect(issues({})).toEqual([]);
    expect(issues({}, 2027)).toEqual(['startDate: Ngày bắt đầu phải thuộc năm 2027 của cuộc kiểm tra', 'endDate: Ngày kết thúc phải thuộc năm 2027 của cuộc kiểm tra']);
    expect(issues({ endDate: '2027-01-05' })).toEqual(['endDate: Ngày kết thúc phải thuộc năm 2026 của cuộc kiểm tra']);
    expect(issues({ endDate: '2026-11-23' })).toEqual(['endDate: Ngày kết thúc không được trước ngày bắt đầu']);
    expect(issues({ endDate: '2026-11-24' })).toEqual([]);
  });

  it('dates each basis no later than the first day and not before the year before the audit', () => {
    expect(issues({ planDate: '2026-11-25' })).toEqual(['planDate: Ngày kế hoạch kiểm tra không được sau ngày bắt đầu kiểm tra']);
    expect(issues({ decisionDate: '2026-11-24', planDate: '2025-01-01' })).toEqual([]);
    expect(issues({ decisionDate: '2024-12-31' })).toEqual(['decisionDate: Ngày quyết định thành lập đoàn quá xa so với năm 2026 của cuộc kiểm tra']);
    expect(issues({ decisionNumber: '', decisionDate: null })).toEqual([]);
  });

  it('wants at most one deputy and one secretary, and each person once', () => {
    const messages = (team: Parameters<typeof teamIssues>[0]) => teamIssues(team).map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'pho_doan' }, { personId: 'c', role: 'pho_doan' }])).toEqual([
      'team: Đoàn kiểm tra có nhiều nhất một phó đoàn',
    ]);
    expect(messages([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'thanh_vien' }, { personId: 'a', role: 'thanh_vien' }])).toEqual([
      'team.2.personId: Một người chỉ giữ một vai trò trong đoàn',
    ]);
    expect(messages([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'truong_doan' }])).toEqual(['team: Đoàn kiểm tra phải có đúng một trưởng đoàn']);
    expect(messages([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'thu_ky' }, { personId: 'c', role: 'thu_ky' }])).toEqual([
      'team: Đoàn kiểm tra có nhiều nhất một thư ký',
    ]);
  });
});

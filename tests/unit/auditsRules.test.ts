import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeRefusal } from '../../electron/backend/modules/audits/auditResults';
import { loadLanguage, localize } from '../../electron/shared/i18n/catalog';
import { answerState, applyAnswerChange, blankAnswer } from '../../electron/shared/rules/answers';
import { auditDateIssues, teamIssues } from '../../electron/shared/rules/auditHeader';
import { findingClassFor } from '../../electron/shared/rules/findings';
import type { AuditItemQuestion } from '../../electron/shared/contract/audits';
import { proposeFinding } from '../../electron/shared/rules/findingProposal';

const item = (overrides: Partial<AuditItemQuestion> = {}): AuditItemQuestion => ({
  id: 'item-1',
  code: '3.6',
  reference: '3.6',
  question: 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn',
  answerType: 'numeric',
  numericUnit: '%',
  comparator: '>',
  threshold: 99,
  points: null,
  ...overrides,
});

describe('answer rules', () => {
  it('tells unanswered, answered and not applicable (with or without a reason) apart for every answer type', () => {
    expect(answerState('conformity', null)).toBe('unanswered');
    expect(answerState('conformity', { ...blankAnswer, conformity: 'kph_nhe' })).toBe('answered');
    expect(answerState('numeric', { ...blankAnswer, numericValue: 0 })).toBe('answered');
    expect(answerState('yes_no', { ...blankAnswer, yesNo: false })).toBe('answered');
    expect(answerState('text', { ...blankAnswer, textValue: '   ' })).toBe('unanswered');
    expect(answerState('numeric', { ...blankAnswer, conformity: 'khong_ap_dung' })).toBe('not_applicable_without_reason');
    expect(answerState('text', { ...blankAnswer, conformity: 'khong_ap_dung', notApplicableReason: 'Không có hồ sơ' })).toBe('not_applicable');
  });

  it('judges a percentage against its target for every value in range, and refuses values outside 0–100%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const { next, issues } = applyAnswerChange(item(), blankAnswer, { numericValue: value });
        expect(issues).toEqual([]);
        expect(next.indicatorMet).toBe(value > 99);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 100.0001, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -0.0001, noNaN: true })), (value) => {
        expect(applyAnswerChange(item(), blankAnswer, { numericValue: value }).issues.map((i) => i.path)).toEqual(['numericValue']);
      }),
    );
    expect(applyAnswerChange(item(), blankAnswer, { numericValue: 140 }).issues[0]?.message).toBe('Câu 3.6: tỷ lệ phải từ 0% đến 100%, không thể là 140%');
    expect(applyAnswerChange(item({ numericUnit: 'sáng kiến', comparator: '>=', threshold: 1 }), blankAnswer, { numericValue: 140 }).next.indicatorMet).toBe(true);
  });

  it('proposes a finding for every result that calls for one, with the item’s reference and question', () => {
    const conformityItem = item({ answerType: 'conformity', numericUnit: null, comparator: null, threshold: null, reference: '8.5.1', question: 'Phiếu kiểm soát được lập đủ?' });
    expect(findingClassFor('conformity', { conformity: 'phu_hop', indicatorMet: null, yesNo: null })).toBeNull();
    expect(findingClassFor('conformity', { conformity: 'khong_ap_dung', indicatorMet: null, yesNo: null })).toBeNull();
    expect(proposeFinding(conformityItem, { ...blankAnswer, conformity: 'kph_nang', note: 'Thiếu 4 phiếu' })).toEqual({
      itemId: 'item-1',
      findingClass: 'kph_nang',
      reference: '8.5.1',
      description: 'Thiếu 4 phiếu',
      requirement: 'Phiếu kiểm soát được lập đủ',
      evidenceText: '',
      requiresAction: true,
    });
    expect(proposeFinding(conformityItem, { ...blankAnswer, conformity: 'co_hoi_cai_tien' })?.requiresAction).toBe(false);
    expect(proposeFinding(item(), { ...blankAnswer, numericValue: 96.5, indicatorMet: false })).toMatchObject({
      findingClass: 'kph_nhe',
      description: 'Kết quả đạt 96,5% (chỉ tiêu > 99%).',
    });
    expect(proposeFinding(item({ answerType: 'yes_no', comparator: null, threshold: null, numericUnit: null }), { ...blankAnswer, yesNo: false })?.findingClass).toBe('kph_nhe');
    expect(proposeFinding(item(), { ...blankAnswer, numericValue: 99.5, indicatorMet: true })).toBeNull();
  });
});

describe('audit header rules', () => {
  const header = { startDate: '2026-11-24', endDate: '2026-11-25', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-11-10', planNumber: '', planDate: null };
  it('keeps the audit in its year, its dates in order and each legal basis complete', () => {
    expect(auditDateIssues(header)).toEqual([]);
    expect(auditDateIssues(header, 2025).map((i) => i.path)).toEqual(['startDate', 'endDate']);
    expect(auditDateIssues({ ...header, decisionDate: null }).map((i) => i.message)).toEqual(['Nhập ngày của quyết định thành lập đoàn']);
    expect(auditDateIssues({ ...header, planDate: '2026-01-15' }).map((i) => i.message)).toEqual(['Nhập số của kế hoạch kiểm tra']);
    expect(auditDateIssues({ ...header, decisionDate: '2024-12-31' }).map((i) => i.path)).toEqual(['decisionDate']);
  });

  it('wants one team leader, at most one deputy and one secretary, nobody twice', () => {
    expect(teamIssues([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'pho_doan' }, { personId: 'c', role: 'thu_ky' }, { personId: 'd', role: 'thanh_vien' }])).toEqual([]);
    expect(teamIssues([{ personId: 'a', role: 'thanh_vien' }]).map((i) => i.message)).toEqual(['Đoàn kiểm tra phải có đúng một trưởng đoàn']);
    expect(teamIssues([{ personId: 'a', role: 'truong_doan' }, { personId: 'b', role: 'thu_ky' }, { personId: 'c', role: 'thu_ky' }]).map((i) => i.message)).toEqual(['Đoàn kiểm tra có nhiều nhất một thư ký']);
  });

  it('names at most a dozen items when refusing to close, then says how many more', async () => {
    await loadLanguage('en');
    const blockers = Array.from({ length: 15 }, (_, i) => ({ itemId: String(i), code: `1.${i + 1}`, problem: 'unanswered' as const }));
    expect(localize(closeRefusal(blockers))).toBe('Chưa thể kết thúc cuộc kiểm tra: còn 15 câu chưa trả lời (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12 và 3 câu khác).');
    expect(localize(closeRefusal(blockers.slice(0, 13)), 'en')).toBe('The inspection cannot be closed yet: 13 questions are unanswered (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12 and 1 other question).');
  });
});

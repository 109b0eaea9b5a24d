import { describe, expect, it } from 'vitest';
import { closeBlockers, closeRefusal, indicatorResults, pointsOf, sectionResult, totalScore } from '../../electron/backend/modules/audits/auditResults';
import { localize } from '../../electron/shared/i18n/catalog';
import type { AuditItemView, AuditSectionView, ResponseView } from '../../electron/shared/contract/audits';
import { auditItem, auditResponse } from '../support/fixtures/auditItems';

let counter = 0;
const item = (answerType: AuditItemView['answerType'], answer: Partial<ResponseView> | null, overrides: Partial<AuditItemView> = {}): AuditItemView => {
  counter += 1;
  return auditItem(`${counter}.1`, {
    id: `i${counter}`,
    question: `Câu hỏi ${counter}?`,
    answerType,
    numericUnit: answerType === 'numeric' ? '%' : null,
    comparator: answerType === 'numeric' ? '>=' : null,
    threshold: answerType === 'numeric' ? 95 : null,
    points: 10,
    response: answer === null ? null : auditResponse(answer),
    ...overrides,
  });
};

const section = (items: AuditItemView[], id = 's1'): AuditSectionView => ({ id, code: id.toUpperCase(), title: `Phần ${id}`, items });

describe('points an answer earns', () => {
  it('conforming results, observations and opportunities earn the item’s points; nonconformities earn none', () => {
    expect(pointsOf(item('conformity', { conformity: 'phu_hop' }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('conformity', { conformity: 'diem_luu_y' }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('conformity', { conformity: 'co_hoi_cai_tien' }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('conformity', { conformity: 'kph_nhe' }))).toEqual({ earned: 0, possible: 10 });
    expect(pointsOf(item('conformity', { conformity: 'kph_nang' }))).toEqual({ earned: 0, possible: 10 });
  });

  it('a met indicator, “có” and a given text earn them; an unmet indicator, “không” and no answer do not', () => {
    expect(pointsOf(item('numeric', { numericValue: 97, indicatorMet: true }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('numeric', { numericValue: 90, indicatorMet: false }))).toEqual({ earned: 0, possible: 10 });
    expect(pointsOf(item('yes_no', { yesNo: true }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('yes_no', { yesNo: false }))).toEqual({ earned: 0, possible: 10 });
    expect(pointsOf(item('text', { textValue: 'Đã niêm yết' }))).toEqual({ earned: 10, possible: 10 });
    expect(pointsOf(item('text', { textValue: '   ' }))).toEqual({ earned: 0, possible: 10 });
    expect(pointsOf(item('conformity', null))).toEqual({ earned: 0, possible: 10 });
  });

  it('a not-applicable item is left out, with or without its reason; an item without points has no score', () => {
    expect(pointsOf(item('conformity', { conformity: 'khong_ap_dung', notApplicableReason: 'Không phát sinh' }))).toEqual({ earned: 0, possible: 0 });
    expect(pointsOf(item('yes_no', { conformity: 'khong_ap_dung' }))).toEqual({ earned: 0, possible: 0 });
    expect(pointsOf(item('conformity', { conformity: 'phu_hop' }, { points: null }))).toBeNull();
  });
});

describe('a section’s results', () => {
  it('counts answered items, each result, yes and no, and indicators met and not met; not-applicable answers count only as such', () => {
    const result = sectionResult(
      section([
        item('conformity', { conformity: 'phu_hop' }),
        item('conformity', { conformity: 'kph_nang' }),
        item('conformity', null),
        item('yes_no', { yesNo: true }),
        item('yes_no', { yesNo: false }),
        item('yes_no', { yesNo: true, conformity: 'khong_ap_dung', notApplicableReason: 'Không phát sinh' }),
        item('numeric', { numericValue: 99, indicatorMet: true }),
        item('numeric', { numericValue: 80, indicatorMet: false }),
        item('numeric', { numericValue: 80, indicatorMet: false, conformity: 'khong_ap_dung', notApplicableReason: 'Chưa áp dụng' }),
        item('text', { textValue: '' }),
      ]),
    );
    expect(result).toEqual({
      id: 's1',
      code: 'S1',
      title: 'Phần s1',
      total: 10,
      answered: 8,
      results: { phu_hop: 1, kph_nhe: 0, kph_nang: 1, diem_luu_y: 0, co_hoi_cai_tien: 0, khong_ap_dung: 2 },
      yes: 1,
      no: 1,
      indicatorsMet: 1,
      indicatorsNotMet: 1,
      points: { earned: 30, possible: 80 },
    });
  });

  it('counts yes and no only on yes/no items, and indicators only on numeric items with a target', () => {
    const strayValues = { yesNo: true, indicatorMet: false } as const;
    const result = sectionResult(section([item('conformity', { conformity: 'phu_hop', ...strayValues }), item('text', { textValue: 'x', yesNo: false })]));
    expect([result.yes, result.no]).toEqual([0, 0]);
    const withoutTarget = item('conformity', { conformity: 'phu_hop', numericValue: 5 }, { comparator: '>=', threshold: 1 });
    expect(indicatorResults([section([withoutTarget])])).toEqual([]);
  });

  it('has no points when no item carries any, and only the scored items’ points otherwise', () => {
    expect(sectionResult(section([item('conformity', { conformity: 'phu_hop' }, { points: null })])).points).toBeNull();
    expect(sectionResult(section([item('conformity', { conformity: 'phu_hop' }, { points: null }), item('yes_no', { yesNo: true }, { points: 4 })])).points).toEqual({ earned: 4, possible: 4 });
  });

  it('totals the scored sections as a percentage rounded to one decimal, and has none without scored sections', () => {
    const scored = sectionResult(section([item('conformity', { conformity: 'phu_hop' }, { points: 2 }), item('conformity', { conformity: 'kph_nhe' }, { points: 1 })]));
    const unscored = sectionResult(section([item('conformity', { conformity: 'phu_hop' }, { points: null })], 's2'));
    expect(totalScore([scored, unscored])).toEqual({ earned: 2, possible: 3, percent: 66.7 });
    expect(totalScore([unscored])).toBeNull();
    expect(totalScore([])).toBeNull();
    const allNotApplicable = sectionResult(section([item('conformity', { conformity: 'khong_ap_dung', notApplicableReason: 'Không có' })]));
    expect(totalScore([allNotApplicable])).toEqual({ earned: 0, possible: 0, percent: 0 });
  });
});

describe('indicator results', () => {
  it('lists numeric items with a target, their value and whether it is met; not applicable is neither met nor unmet', () => {
    const met = item('numeric', { numericValue: 97.5, indicatorMet: true }, { code: '1.2' });
    const unanswered = item('numeric', null, { code: '1.3', numericUnit: 'hồ sơ', comparator: '<', threshold: 3 });
    const notApplicable = item('numeric', { numericValue: 10, indicatorMet: false, conformity: 'khong_ap_dung', notApplicableReason: 'Không phát sinh' }, { code: '1.4' });
    const withoutTarget = item('numeric', { numericValue: 4 }, { comparator: null });
    const withoutThreshold = item('numeric', { numericValue: 4 }, { threshold: null });
    const results = indicatorResults([section([met, item('conformity', { conformity: 'phu_hop' }), withoutTarget, withoutThreshold]), section([unanswered, notApplicable], 's2')]);
    expect(results).toEqual([
      { itemId: met.id, code: '1.2', question: met.question, value: 97.5, unit: '%', comparator: '>=', threshold: 95, met: true, notApplicable: false },
      { itemId: unanswered.id, code: '1.3', question: unanswered.question, value: null, unit: 'hồ sơ', comparator: '<', threshold: 3, met: null, notApplicable: false },
      { itemId: notApplicable.id, code: '1.4', question: notApplicable.question, value: 10, unit: '%', comparator: '>=', threshold: 95, met: null, notApplicable: true },
    ]);
  });
});

describe('what keeps an audit from closing', () => {
  it('names every unanswered item and every “không áp dụng” without a reason, in checklist order, and nothing else', () => {
    const unanswered = item('conformity', null, { code: '2.1' });
    const blankText = item('text', { textValue: ' ' }, { code: '2.2' });
    const noReason = item('yes_no', { conformity: 'khong_ap_dung', notApplicableReason: '  ' }, { code: '3.1' });
    const fine = [item('conformity', { conformity: 'kph_nhe' }), item('yes_no', { conformity: 'khong_ap_dung', notApplicableReason: 'Không phát sinh' })];
    const blockers = closeBlockers([section([unanswered, ...fine, blankText]), section([noReason], 's2')]);
    expect(blockers).toEqual([
      { itemId: unanswered.id, code: '2.1', problem: 'unanswered' },
      { itemId: blankText.id, code: '2.2', problem: 'unanswered' },
      { itemId: noReason.id, code: '3.1', problem: 'no_reason' },
    ]);
    expect(localize(closeRefusal(blockers))).toBe('Chưa thể kết thúc cuộc kiểm tra: còn 2 câu chưa trả lời (2.1, 2.2); 1 câu “Không áp dụng” chưa nêu lý do (3.1).');
    expect(localize(closeRefusal(blockers.slice(2)))).toBe('Chưa thể kết thúc cuộc kiểm tra: còn 1 câu “Không áp dụng” chưa nêu lý do (3.1).');
    expect(localize(closeRefusal(blockers.slice(0, 2), 2))).toBe('Chưa thể kết thúc cuộc kiểm tra: còn 2 câu chưa trả lời (2.1, 2.2).');
    expect(localize(closeRefusal(blockers.slice(0, 2), 1))).toBe('Chưa thể kết thúc cuộc kiểm tra: còn 2 câu chưa trả lời (2.1 và 1 câu khác).');
    expect(closeBlockers([section(fine)])).toEqual([]);
  });
});

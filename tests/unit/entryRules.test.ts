import { describe, expect, it } from 'vitest';
import { cchcScopeByCategory } from '../../electron/shared/cchcScope';
import { certificateIssue } from '../../electron/shared/rules/auditorCertificate';
import { itemRuleIssues, type ItemRuleFields } from '../../electron/shared/rules/checklistItems';

describe('CCHC scope of a new unit (target 1.2)', () => {
  it('puts departments and administrative organisations in scope whatever the setting', () => {
    for (const include of [true, false]) {
      expect(cchcScopeByCategory('co_quan_chuyen_mon', include)).toEqual({ inScope: true, reason: 'category_in_scope' });
      expect(cchcScopeByCategory('to_chuc_hanh_chinh', include)).toEqual({ inScope: true, reason: 'category_in_scope' });
    }
  });

  it('puts public service units in scope only when the ward includes them, and leaves other units out', () => {
    expect(cchcScopeByCategory('don_vi_su_nghiep', true)).toEqual({ inScope: true, reason: 'public_service_included' });
    expect(cchcScopeByCategory('don_vi_su_nghiep', false)).toEqual({ inScope: false, reason: 'public_service_excluded' });
    expect(cchcScopeByCategory('khac', true)).toEqual({ inScope: false, reason: 'other_category' });
  });
});

describe('an auditor certificate', () => {
  const untrained = { auditorTrained: false, auditorCertNumber: '', auditorCertDate: null, auditorCertIssuer: '' };
  const refusal = { path: 'auditorTrained', message: 'Hãy đánh dấu "Đã được đào tạo đánh giá viên" khi nhập chứng chỉ' };

  it('is refused for a person not marked as a trained auditor, whichever part of it is given', () => {
    expect(certificateIssue({ ...untrained, auditorCertNumber: 'ĐGV-12' })).toEqual(refusal);
    expect(certificateIssue({ ...untrained, auditorCertDate: '2025-03-01' })).toEqual(refusal);
    expect(certificateIssue({ ...untrained, auditorCertIssuer: 'Viện Năng suất' })).toEqual(refusal);
  });

  it('is accepted for a trained auditor, and nobody needs one', () => {
    expect(certificateIssue({ auditorTrained: true, auditorCertNumber: 'ĐGV-12', auditorCertDate: '2025-03-01', auditorCertIssuer: 'Viện Năng suất' })).toBeNull();
    expect(certificateIssue(untrained)).toBeNull();
    expect(certificateIssue({ ...untrained, auditorTrained: true })).toBeNull();
  });
});

describe('checklist item rules', () => {
  const conformityItem: ItemRuleFields = {
    answerType: 'conformity',
    numericUnit: '',
    comparator: null,
    threshold: null,
    usuallyNotApplicable: false,
    notApplicableHint: '',
  };
  const numericItem: ItemRuleFields = { ...conformityItem, answerType: 'numeric', numericUnit: '%', comparator: '>=', threshold: 95 };
  const paths = (item: ItemRuleFields) => itemRuleIssues(item).map((issue) => `${issue.path}: ${issue.message}`);

  it('a numeric indicator needs its comparator and its threshold', () => {
    expect(paths(numericItem)).toEqual([]);
    expect(paths({ ...numericItem, comparator: null })).toEqual(['comparator: Chỉ tiêu số liệu cần phép so sánh']);
    expect(paths({ ...numericItem, threshold: null })).toEqual(['threshold: Chỉ tiêu số liệu cần ngưỡng']);
  });

  it('a percentage threshold lies between 0 and 100, bounds included; a count may exceed 100', () => {
    expect(paths({ ...numericItem, threshold: 0 })).toEqual([]);
    expect(paths({ ...numericItem, threshold: 100 })).toEqual([]);
    expect(paths({ ...numericItem, threshold: -0.5 })).toEqual(['threshold: Ngưỡng phần trăm phải từ 0 đến 100']);
    expect(paths({ ...numericItem, threshold: 100.5 })).toEqual(['threshold: Ngưỡng phần trăm phải từ 0 đến 100']);
    expect(paths({ ...numericItem, numericUnit: 'hồ sơ', threshold: 250 })).toEqual([]);
  });

  it('other answer types carry no comparator, threshold or unit', () => {
    expect(paths(conformityItem)).toEqual([]);
    expect(paths({ ...conformityItem, answerType: 'yes_no', comparator: '>=' })).toEqual(['comparator: Chỉ câu hỏi kiểu số liệu mới có phép so sánh']);
    expect(paths({ ...conformityItem, answerType: 'text', threshold: 0 })).toEqual(['threshold: Chỉ câu hỏi kiểu số liệu mới có ngưỡng']);
    expect(paths({ ...conformityItem, numericUnit: '%' })).toEqual(['numericUnit: Chỉ câu hỏi kiểu số liệu mới có đơn vị tính']);
  });

  it('an item usually not applicable says why', () => {
    expect(paths({ ...conformityItem, usuallyNotApplicable: true })).toEqual(['notApplicableHint: Nêu lý do câu hỏi thường không áp dụng']);
    expect(paths({ ...conformityItem, usuallyNotApplicable: true, notApplicableHint: 'Đơn vị không thiết kế dịch vụ mới' })).toEqual([]);
    expect(paths({ ...conformityItem, notApplicableHint: 'thừa' })).toEqual([]);
  });
});

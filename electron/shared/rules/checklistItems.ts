import type { ItemFields } from '../contract/checklists';

export type ItemRuleFields = Pick<ItemFields, 'answerType' | 'numericUnit' | 'comparator' | 'threshold' | 'usuallyNotApplicable' | 'notApplicableHint'>;

/**
 * A numeric indicator needs its comparator and threshold (a percentage between 0 and 100);
 * the other answer types carry none. A usually-N/A item says why.
 */
export function itemRuleIssues(item: ItemRuleFields): { path: keyof ItemFields; message: string }[] {
  const issues: { path: keyof ItemFields; message: string }[] = [];
  if (item.answerType === 'numeric') {
    if (item.comparator === null) issues.push({ path: 'comparator', message: 'Chỉ tiêu số liệu cần phép so sánh' });
    if (item.threshold === null) issues.push({ path: 'threshold', message: 'Chỉ tiêu số liệu cần ngưỡng' });
    else if (item.numericUnit === '%' && (item.threshold < 0 || item.threshold > 100)) {
      issues.push({ path: 'threshold', message: 'Ngưỡng phần trăm phải từ 0 đến 100' });
    }
  } else {
    if (item.comparator !== null) issues.push({ path: 'comparator', message: 'Chỉ câu hỏi kiểu số liệu mới có phép so sánh' });
    if (item.threshold !== null) issues.push({ path: 'threshold', message: 'Chỉ câu hỏi kiểu số liệu mới có ngưỡng' });
    if (item.numericUnit) issues.push({ path: 'numericUnit', message: 'Chỉ câu hỏi kiểu số liệu mới có đơn vị tính' });
  }
  if (item.usuallyNotApplicable && !item.notApplicableHint) {
    issues.push({ path: 'notApplicableHint', message: 'Nêu lý do câu hỏi thường không áp dụng' });
  }
  return issues;
}

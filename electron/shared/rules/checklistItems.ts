import type { ItemFields } from '../contract/checklists';
import { fieldMessage } from '../i18n/fieldMessages';

export type ItemRuleFields = Pick<ItemFields, 'answerType' | 'numericUnit' | 'comparator' | 'threshold' | 'usuallyNotApplicable' | 'notApplicableHint'>;

/**
 * A numeric indicator needs its comparator and threshold (a percentage between 0 and 100);
 * the other answer types carry none. A usually-N/A item says why.
 */
export function itemRuleIssues(item: ItemRuleFields): { path: keyof ItemFields; message: string }[] {
  const issues: { path: keyof ItemFields; message: string }[] = [];
  if (item.answerType === 'numeric') {
    if (item.comparator === null) issues.push({ path: 'comparator', message: fieldMessage('sharedRules.item.comparatorNeeded') });
    if (item.threshold === null) issues.push({ path: 'threshold', message: fieldMessage('sharedRules.item.thresholdNeeded') });
    else if (item.numericUnit === '%' && (item.threshold < 0 || item.threshold > 100)) {
      issues.push({ path: 'threshold', message: fieldMessage('sharedRules.item.percentRange') });
    }
  } else {
    if (item.comparator !== null) issues.push({ path: 'comparator', message: fieldMessage('sharedRules.item.comparatorNumericOnly') });
    if (item.threshold !== null) issues.push({ path: 'threshold', message: fieldMessage('sharedRules.item.thresholdNumericOnly') });
    if (item.numericUnit) issues.push({ path: 'numericUnit', message: fieldMessage('sharedRules.item.unitNumericOnly') });
  }
  if (item.usuallyNotApplicable && !item.notApplicableHint) {
    issues.push({ path: 'notApplicableHint', message: fieldMessage('sharedRules.item.notApplicableReason') });
  }
  return issues;
}

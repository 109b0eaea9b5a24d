import type { AuditItemQuestion, ResponseView } from '../contract/audits';
import type { FindingDraft } from '../contract/findings';
import type { FindingClass } from '../contract/vocabulary';
import { questionAsStatement } from '../text';
import { findingClassFor, requiresActionByDefault } from './findings';
import { comparatorSymbols } from './indicators';
import { builtOnFirstUse } from '../builtOnFirstUse';

/**
 * The finding a non-conforming answer proposes: its class from the result, the item's clause or
 * target, the question (as a statement) as the requirement and the auditor's note as the
 * description, or, without a note, the shortfall measured or the requirement not met.
 */
export function proposeFinding(
  item: AuditItemQuestion,
  response: Pick<ResponseView, 'conformity' | 'indicatorMet' | 'yesNo' | 'numericValue' | 'note'> | null,
): FindingDraft | null {
  const findingClass = findingClassFor(item.answerType, response);
  if (!findingClass || !response) return null;
  return {
    itemId: item.id,
    findingClass,
    reference: item.reference || item.code,
    description: response.note || measuredShortfall(item, response.numericValue) || unexplainedResult(findingClass, item.question),
    requirement: questionAsStatement(item.question),
    evidenceText: '',
    requiresAction: requiresActionByDefault(findingClass),
  };
}

const unexplainedLeads: Record<FindingClass, string> = {
  kph_nang: 'Chưa đáp ứng yêu cầu',
  kph_nhe: 'Chưa đáp ứng đầy đủ yêu cầu',
  diem_luu_y: 'Cần lưu ý',
  co_hoi_cai_tien: 'Có thể cải tiến',
};

/** "Chưa đáp ứng yêu cầu: hồ sơ được lưu đầy đủ.": what an unexplained result says, for the team to refine. */
function unexplainedResult(findingClass: FindingClass, question: string): string {
  const statement = questionAsStatement(question);
  return `${unexplainedLeads[findingClass]}: ${statement.charAt(0).toLocaleLowerCase('vi')}${statement.slice(1)}.`;
}

const vietnameseNumber = builtOnFirstUse(() => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }));

/** "Kết quả đạt 96,5% (chỉ tiêu ≥ 98%)." for an indicator not met; empty otherwise. */
function measuredShortfall(item: AuditItemQuestion, value: number | null): string {
  if (item.answerType !== 'numeric' || value === null || item.comparator === null || item.threshold === null) return '';
  const unit = item.numericUnit === '%' ? '%' : item.numericUnit ? ` ${item.numericUnit}` : '';
  return `Kết quả đạt ${vietnameseNumber().format(value)}${unit} (chỉ tiêu ${comparatorSymbols[item.comparator]} ${vietnameseNumber().format(item.threshold)}${unit}).`;
}

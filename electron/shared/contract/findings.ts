import { z } from 'zod';
import { command, query, task } from './define';
import { id, optionalText, requiredText } from './fields';
import { patchInput } from './patch';
import { findingClasses } from './vocabulary';
import type { FindingClass } from './vocabulary';
import { comparatorSymbols } from '../rules/indicators';
import type { AuditItemQuestion, ResponseView } from './audits';
import { findingClassFor } from '../rules/findings';
import { questionAsStatement } from '../text';

export interface FindingView {
  id: string;
  auditId: string;
  number: number;
  findingClass: FindingClass;
  itemId: string | null;
  itemCode: string | null;
  reference: string;
  description: string;
  requirement: string;
  evidenceText: string;
  requiresAction: boolean;
  status: 'open' | 'closed';
  evidenceCount: number;
  actionCount: number;
  createdAt: string;
}

/** Nonconformities call for a corrective action; observations and opportunities do not, unless the team asks. */
export const requiresActionByDefault = (findingClass: FindingClass) => findingClass === 'kph_nang' || findingClass === 'kph_nhe';

export const findingFields = z.object({
  findingClass: z.enum(findingClasses, { error: 'Chọn phân loại phát hiện' }),
  reference: optionalText('Điều khoản/chỉ tiêu', 100).default(''),
  description: requiredText('Mô tả phát hiện', 4000, 'multi'),
  requirement: optionalText('Yêu cầu', 4000, 'multi').default(''),
  evidenceText: optionalText('Bằng chứng', 4000, 'multi').default(''),
  requiresAction: z.boolean({ error: 'Yêu cầu hành động khắc phục phải là có/không' }),
});
export type FindingFields = z.output<typeof findingFields>;

export interface FindingDraft extends FindingFields {
  itemId: string | null;
}

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

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "Kết quả đạt 96,5% (chỉ tiêu ≥ 98%)." for an indicator not met; empty otherwise. */
function measuredShortfall(item: AuditItemQuestion, value: number | null): string {
  if (item.answerType !== 'numeric' || value === null || item.comparator === null || item.threshold === null) return '';
  const unit = item.numericUnit === '%' ? '%' : item.numericUnit ? ` ${item.numericUnit}` : '';
  return `Kết quả đạt ${vietnameseNumber.format(value)}${unit} (chỉ tiêu ${comparatorSymbols[item.comparator]} ${vietnameseNumber.format(item.threshold)}${unit}).`;
}

export const createFindingInput = findingFields.extend({ auditId: id, itemId: id.nullable().default(null) }).strict();

export const findingsMethods = {
  'findings.recordSuggested': command<FindingView[]>()(
    z.object({ auditId: id }).strict(),
    'Ghi tất cả phát hiện đề xuất: một phát hiện cho mỗi kết quả cần phát hiện mà chưa có, trong một lần',
  ),
  'findings.list': query<FindingView[]>()(z.object({ auditId: id }).strict(), 'Các phát hiện của cuộc kiểm tra, theo số thứ tự'),
  'findings.create': command<FindingView>()(createFindingInput, 'Ghi một phát hiện'),
  'findings.update': command<FindingView>()(
    patchInput(findingFields, { id }),
    'Sửa một phát hiện',
  ),
  'findings.remove': task<{ removedNumber: number }>()(z.object({ id }).strict(), 'Xóa một phát hiện chưa có hành động khắc phục; các phát hiện sau được đánh số lại'),
};

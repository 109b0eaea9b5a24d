import type { AuditItemQuestion, FieldIssue, ResponseView, SaveResponseInput } from '../contract/audits';
import type { AnswerType } from '../contract/vocabulary';
import { indicatorMet } from './indicators';
import { answerTypeWords } from '../workbooks/checklistWorkbookLayout';
import { fieldMessage } from '../i18n/fieldMessages';

/** How an answer stands, whatever the answer type. */
export type AnswerState = 'unanswered' | 'answered' | 'not_applicable' | 'not_applicable_without_reason';

type Answer = Pick<ResponseView, 'conformity' | 'numericValue' | 'yesNo' | 'textValue' | 'notApplicableReason'>;

export function answerState(answerType: AnswerType, response: Answer | null | undefined): AnswerState {
  if (!response) return 'unanswered';
  if (response.conformity === 'khong_ap_dung') return response.notApplicableReason.trim() ? 'not_applicable' : 'not_applicable_without_reason';
  switch (answerType) {
    case 'conformity':
      return response.conformity ? 'answered' : 'unanswered';
    case 'numeric':
      return response.numericValue !== null ? 'answered' : 'unanswered';
    case 'yes_no':
      return response.yesNo !== null ? 'answered' : 'unanswered';
    case 'text':
      return response.textValue?.trim() ? 'answered' : 'unanswered';
  }
}

export const isAnswered = (state: AnswerState) => state !== 'unanswered';

/** A percentage indicator's value must be a share; other units (counts) only need to be a number. */
export function numericValueIssue(item: Pick<AuditItemQuestion, 'numericUnit'>, value: number): string | null {
  if (!Number.isFinite(value)) return fieldMessage('sharedRules.answer.notNumber');
  if (item.numericUnit === '%' && (value < 0 || value > 100)) return fieldMessage('sharedRules.answer.percentRange');
  return null;
}

/** Whether a typed value meets the item's target; null while there is no value or no target. */
export function evaluateIndicator(item: Pick<AuditItemQuestion, 'comparator' | 'threshold'>, value: number | null): boolean | null {
  if (value === null || item.comparator === null || item.threshold === null) return null;
  return indicatorMet(value, item.comparator, item.threshold);
}

export type StoredAnswer = Pick<ResponseView, 'conformity' | 'numericValue' | 'indicatorMet' | 'yesNo' | 'textValue' | 'note' | 'notApplicableReason'>;
export type AnswerPatch = Omit<SaveResponseInput, 'auditId' | 'itemId'>;

export const blankAnswer: StoredAnswer = {
  conformity: null,
  numericValue: null,
  indicatorMet: null,
  yesNo: null,
  textValue: null,
  note: '',
  notApplicableReason: '',
};


/** Which value field answers which type; the conformity field also carries "không áp dụng" for every type. */
const valueFieldOf: Record<Exclude<AnswerType, 'conformity'>, 'numericValue' | 'yesNo' | 'textValue'> = {
  numeric: 'numericValue',
  yes_no: 'yesNo',
  text: 'textValue',
};

/**
 * Applies one change to an answer. Only the item's own kind of value is accepted; typing a value
 * into an item marked "không áp dụng" answers it (the mark goes); a numeric value is judged at once.
 */
export function applyAnswerChange(item: AuditItemQuestion, before: StoredAnswer, patch: AnswerPatch): { next: StoredAnswer; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const wrongType = (path: string) =>
    issues.push({ path, message: `Câu ${item.code} được trả lời bằng ${answerTypeWords[item.answerType].toLocaleLowerCase('vi')}; giá trị này không dùng cho câu hỏi đó` });
  const next: StoredAnswer = { ...before };

  if (patch.conformity !== undefined) {
    if (item.answerType !== 'conformity' && patch.conformity !== null && patch.conformity !== 'khong_ap_dung') wrongType('conformity');
    next.conformity = patch.conformity;
  }
  for (const type of ['numeric', 'yes_no', 'text'] as const) {
    const field = valueFieldOf[type];
    const value = patch[field];
    if (value === undefined) continue;
    if (item.answerType !== type) {
      wrongType(field);
      continue;
    }
    (next as Record<string, unknown>)[field] = value;
    const gives = value !== null && value !== '';
    if (gives && next.conformity === 'khong_ap_dung' && patch.conformity === undefined) next.conformity = null;
  }
  // Stryker disable next-line ConditionalExpression: a number for another kind of item is refused above as the wrong type; the contract passes only finite numbers and checklist rules give such an item no unit, so this check could add nothing to it
  if (patch.numericValue !== undefined && patch.numericValue !== null && item.answerType === 'numeric') {
    const problem = numericValueIssue(item, patch.numericValue);
    const typed = `${new Intl.NumberFormat('vi-VN').format(patch.numericValue)}${item.numericUnit === '%' ? '%' : ''}`;
    if (problem) issues.push({ path: 'numericValue', message: `Câu ${item.code}: ${problem.toLowerCase()}, không thể là ${typed}` });
  }
  next.indicatorMet = item.answerType === 'numeric' ? evaluateIndicator(item, next.numericValue) : null;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.notApplicableReason !== undefined) next.notApplicableReason = patch.notApplicableReason;
  return { next, issues };
}

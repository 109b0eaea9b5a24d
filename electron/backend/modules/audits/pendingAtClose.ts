import { answerState } from '../../../shared/rules/answers';
import { findingClassFor } from '../../../shared/rules/findings';
import type { AuditSectionView, PendingAtClose } from '../../../shared/contract/audits';

/**
 * What the team may still want to record before closing, read off the answers alone: results that
 * call for a finding with none recorded against the item, required evidence not attached, and the
 * unit's comments and the conclusion not written. Items in the checklist's order.
 */
export function pendingAtClose(sections: readonly AuditSectionView[], texts: { unitComments: string; conclusion: string }): PendingAtClose {
  const items = sections.flatMap((section) => section.items);
  return {
    suggestedFindings: items.flatMap((item) => {
      const findingClass = findingClassFor(item.answerType, item.response);
      return findingClass && item.findingNumbers.length === 0 ? [{ itemId: item.id, code: item.code, question: item.question, findingClass }] : [];
    }),
    evidenceMissing: items
      .filter((item) => item.evidenceRequired && item.evidenceCount === 0 && answerState(item.answerType, item.response) === 'answered')
      .map((item) => ({ itemId: item.id, code: item.code, question: item.question })),
    unitCommentsMissing: texts.unitComments.trim() === '',
    conclusionMissing: texts.conclusion.trim() === '',
  };
}

import type { ResponseView } from '../contract/audits';
import type { AnswerType, FindingClass } from '../contract/vocabulary';

/** The finding class an answer calls for, or null when it conforms (or is not applicable, or unanswered). */
export function findingClassFor(answerType: AnswerType, response: Pick<ResponseView, 'conformity' | 'indicatorMet' | 'yesNo'> | null | undefined): FindingClass | null {
  if (!response || response.conformity === 'khong_ap_dung') return null;
  switch (answerType) {
    case 'conformity':
      return response.conformity === 'phu_hop' ? null : response.conformity;
    case 'numeric':
      return response.indicatorMet === false ? 'kph_nhe' : null;
    case 'yes_no':
      return response.yesNo === false ? 'kph_nhe' : null;
    case 'text':
      return null;
  }
}

/** Non-conforming in the strict sense: the results the "không phù hợp" filter shows. */
export function isNonConforming(answerType: AnswerType, response: Pick<ResponseView, 'conformity' | 'indicatorMet' | 'yesNo'> | null | undefined): boolean {
  const findingClass = findingClassFor(answerType, response);
  return findingClass === 'kph_nhe' || findingClass === 'kph_nang';
}

/** "01", "02", …: findings are numbered within their audit. */
export const findingCode = (number: number) => String(number).padStart(2, '0');

/** Nonconformities call for a corrective action; observations and opportunities do not, unless the team asks. */
export const requiresActionByDefault = (findingClass: FindingClass) => findingClass === 'kph_nang' || findingClass === 'kph_nhe';

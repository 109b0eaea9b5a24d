import { answerState, isAnswered } from '../../../shared/rules/answers';
import type { AuditItemView, AuditSectionView, CloseBlocker, IndicatorResult, ResultCounts, SectionResult } from '../../../shared/contract/audits';
import { conformityResults } from '../../../shared/contract/vocabulary';
import type { LocalizedText, MessageParam } from '../../../shared/i18n/catalog';
import { text } from '../../api/errors';

/** Items left unanswered, and items marked "không áp dụng" with no reason: an audit cannot close over them. */
export function closeBlockers(sections: readonly AuditSectionView[]): CloseBlocker[] {
  return sections.flatMap((section) =>
    section.items.flatMap((item): CloseBlocker[] => {
      const state = answerState(item.answerType, item.response);
      if (state === 'unanswered') return [{ itemId: item.id, code: item.code, problem: 'unanswered' }];
      if (state === 'not_applicable_without_reason') return [{ itemId: item.id, code: item.code, problem: 'no_reason' }];
      return [];
    }),
  );
}

/** "Chưa thể kết thúc…", naming the items (the first few, then how many more). */
export function closeRefusal(blockers: readonly CloseBlocker[], shown = 12): LocalizedText {
  const list = (codes: string[]): MessageParam =>
    codes.length > shown ? text('errors.close.codesAndMore', { codes: codes.slice(0, shown).join(', '), count: codes.length - shown }) : codes.join(', ');
  const unanswered = blockers.filter((b) => b.problem === 'unanswered').map((b) => b.code);
  const noReason = blockers.filter((b) => b.problem === 'no_reason').map((b) => b.code);
  const problems = [
    ...(unanswered.length > 0 ? [text('errors.close.unanswered', { count: unanswered.length, codes: list(unanswered) })] : []),
    ...(noReason.length > 0 ? [text('errors.close.noReason', { count: noReason.length, codes: list(noReason) })] : []),
  ];
  return text('errors.close.blocked', { problems });
}

/**
 * Points an answer earns out of the item's points: conforming answers (including observations and
 * opportunities for improvement), met indicators, "có" and given text earn them; nonconformities,
 * unmet indicators, "không" and unanswered items earn nothing; not-applicable items are left out.
 */
export function pointsOf(item: AuditItemView): { earned: number; possible: number } | null {
  if (item.points === null) return null;
  const state = answerState(item.answerType, item.response);
  if (state === 'not_applicable' || state === 'not_applicable_without_reason') return { earned: 0, possible: 0 };
  const response = item.response;
  const earns =
    state === 'answered' &&
    response !== null &&
    (item.answerType === 'conformity'
      ? response.conformity !== 'kph_nhe' && response.conformity !== 'kph_nang'
      : item.answerType === 'numeric'
        ? response.indicatorMet !== false
        : item.answerType === 'yes_no'
          ? response.yesNo === true
          : true);
  return { earned: earns ? item.points : 0, possible: item.points };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const emptyCounts = (): ResultCounts => Object.fromEntries(conformityResults.map((result) => [result, 0])) as ResultCounts;

export function sectionResult(section: AuditSectionView): SectionResult {
  const results = emptyCounts();
  let answered = 0;
  let yes = 0;
  let no = 0;
  let indicatorsMet = 0;
  let indicatorsNotMet = 0;
  const scored = section.items.map(pointsOf).filter((p) => p !== null);
  for (const item of section.items) {
    const response = item.response;
    if (isAnswered(answerState(item.answerType, response))) answered++;
    if (response?.conformity) results[response.conformity]++;
    if (response?.conformity !== 'khong_ap_dung') {
      if (item.answerType === 'yes_no' && response?.yesNo === true) yes++;
      if (item.answerType === 'yes_no' && response?.yesNo === false) no++;
      if (response?.indicatorMet === true) indicatorsMet++;
      if (response?.indicatorMet === false) indicatorsNotMet++;
    }
  }
  const points = scored.length === 0 ? null : { earned: sum(scored.map((p) => p.earned)), possible: sum(scored.map((p) => p.possible)) };
  return { id: section.id, code: section.code, title: section.title, total: section.items.length, answered, results, yes, no, indicatorsMet, indicatorsNotMet, points };
}

export function indicatorResults(sections: readonly AuditSectionView[]): IndicatorResult[] {
  return sections.flatMap((section) =>
    section.items.flatMap((item): IndicatorResult[] => {
      if (item.answerType !== 'numeric' || item.comparator === null || item.threshold === null) return [];
      const notApplicable = item.response?.conformity === 'khong_ap_dung';
      return [
        {
          itemId: item.id,
          code: item.code,
          question: item.question,
          value: item.response?.numericValue ?? null,
          unit: item.numericUnit,
          comparator: item.comparator,
          threshold: item.threshold,
          met: notApplicable ? null : (item.response?.indicatorMet ?? null),
          notApplicable,
        },
      ];
    }),
  );
}

export function totalScore(results: readonly SectionResult[]): { earned: number; possible: number; percent: number } | null {
  const scored = results.filter((result) => result.points !== null);
  if (scored.length === 0) return null;
  const earned = sum(scored.map((result) => result.points!.earned));
  const possible = sum(scored.map((result) => result.points!.possible));
  return { earned, possible, percent: possible > 0 ? Math.round((earned / possible) * 1000) / 10 : 0 };
}

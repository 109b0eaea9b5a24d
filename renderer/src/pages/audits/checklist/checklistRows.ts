import { answerState, isAnswered } from '../../../../../electron/shared/rules/answers';
import { isNonConforming } from '../../../../../electron/shared/rules/findings';
import type { AuditItemView, AuditSectionView } from '../../../../../electron/shared/contract/audits';
import type { StoredAnswer } from '../../../../../electron/shared/rules/answers';

export const checklistFilters = ['all', 'unanswered', 'nonconforming'] as const;
export type ChecklistFilter = (typeof checklistFilters)[number];

export type ChecklistRow = { kind: 'section'; section: AuditSectionView } | { kind: 'item'; item: AuditItemView; sectionId: string };

type AnswerOf = (itemId: string) => StoredAnswer | null;

export function matchesFilter(filter: ChecklistFilter, item: AuditItemView, answer: StoredAnswer | null): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return !isAnswered(answerState(item.answerType, answer)) || answerState(item.answerType, answer) === 'not_applicable_without_reason';
    case 'nonconforming':
      return isNonConforming(item.answerType, answer);
  }
}

/** The items a filter shows, fixed when it is chosen so that answering an item does not make it vanish under the cursor. */
export function filteredIds(sections: readonly AuditSectionView[], filter: ChecklistFilter, answerOf: AnswerOf): Set<string> | null {
  if (filter === 'all') return null;
  return new Set(sections.flatMap((section) => section.items.filter((item) => matchesFilter(filter, item, answerOf(item.id))).map((item) => item.id)));
}

/** Section headings followed by their items; a section with no item shown is left out. */
export function buildRows(sections: readonly AuditSectionView[], visible: Set<string> | null): ChecklistRow[] {
  return sections.flatMap((section) => {
    const items = visible ? section.items.filter((item) => visible.has(item.id)) : section.items;
    if (items.length === 0) return [];
    return [{ kind: 'section' as const, section }, ...items.map((item) => ({ kind: 'item' as const, item, sectionId: section.id }))];
  });
}

/** The next item after `fromRow` (wrapping round) still to answer, or with "không áp dụng" and no reason. */
export function nextUnansweredRow(rows: readonly ChecklistRow[], fromRow: number, answerOf: AnswerOf): number | null {
  for (let step = 1; step <= rows.length; step++) {
    const index = (fromRow + step) % rows.length;
    const row = rows[index]!;
    if (row.kind === 'item' && matchesFilter('unanswered', row.item, answerOf(row.item.id))) return index;
  }
  return null;
}

/** The nearest item row from `fromRow` in a direction, skipping section headings. */
export function itemRowFrom(rows: readonly ChecklistRow[], fromRow: number, direction: 1 | -1): number | null {
  for (let index = fromRow + direction; index >= 0 && index < rows.length; index += direction) {
    if (rows[index]!.kind === 'item') return index;
  }
  return null;
}

export interface SectionProgress {
  id: string;
  code: string;
  title: string;
  answered: number;
  total: number;
}

export function sectionProgress(sections: readonly AuditSectionView[], answerOf: AnswerOf): SectionProgress[] {
  return sections.map((section) => ({
    id: section.id,
    code: section.code,
    title: section.title,
    total: section.items.length,
    answered: section.items.filter((item) => isAnswered(answerState(item.answerType, answerOf(item.id)))).length,
  }));
}

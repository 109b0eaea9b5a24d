import { boardStatusFilters, dueFilters } from '../../../../electron/shared/contract/actions';
import type { BoardStatusFilter, DueFilter } from '../../../../electron/shared/contract/actions';
import { initialBoardFilters } from './BoardFilters';
import type { BoardFilterValues } from './BoardFilters';

export type BoardLinkFilter = DueFilter | BoardStatusFilter;

/** "#/actions/overdue", "#/actions/due_soon/2026", "#/actions/cho_xac_minh/2026", "#/actions/all": the board on one filter, optionally for one audit year. */
export function boardLinkHash(filter: BoardLinkFilter, year?: number): string {
  return `#/actions/${filter}${year ? `/${year}` : ''}`;
}

/** The board filters a link names, or undefined when the address names none. */
export function boardFiltersFromHash(hash: string): BoardFilterValues | undefined {
  const [, segment, yearSegment] = hash.replace(/^#\/?/, '').split('/');
  const year = yearSegment && /^\d{4}$/.test(yearSegment) ? Number(yearSegment) : undefined;
  const due = dueFilters.find((filter) => filter === segment);
  if (due) return { ...initialBoardFilters, due, year };
  const status = boardStatusFilters.find((candidate) => candidate === segment);
  if (status) return { ...initialBoardFilters, status, year };
  return undefined;
}

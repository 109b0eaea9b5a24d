import { boardStatusFilters } from '../../../../electron/shared/contract/actions';
import type { BoardStatusFilter, DueFilter } from '../../../../electron/shared/contract/actions';
import { routeHash } from '../../app/routes';
import type { BoardLink } from '../../app/routes';
import { initialBoardFilters } from './BoardFilters';
import type { BoardFilterValues } from './BoardFilters';

/** "#/actions/overdue", "#/actions/due_soon/2026", "#/actions/cho_xac_minh/2026": the board on one filter, optionally for one audit year. */
export function boardLinkHash(filter: DueFilter | BoardStatusFilter, year?: number): string {
  return routeHash({ page: 'actions', link: { filter, year: year ?? null } });
}

/** The board filters a link names, or undefined when the address names none. */
export function boardFiltersOf(link: BoardLink | null): BoardFilterValues | undefined {
  if (!link) return undefined;
  const year = link.year ?? undefined;
  const status = boardStatusFilters.find((candidate) => candidate === link.filter);
  return status ? { ...initialBoardFilters, status, year } : { ...initialBoardFilters, due: link.filter as DueFilter, year };
}

import { useApiQuery } from '../../hooks/useApiQuery';

export interface PeopleFilters {
  search: string;
  unitId: string | null;
  includeInactive: boolean;
}

export function usePeople(filters: PeopleFilters) {
  return useApiQuery('people.list', { search: filters.search || undefined, unitId: filters.unitId ?? undefined, includeInactive: filters.includeInactive });
}

import { useMemo } from 'react';
import type { PersonView } from '../../../electron/shared/contract/people';
import type { UnitView } from '../../../electron/shared/contract/units';
import { useApiQuery } from './useApiQuery';
import type { QueryState } from './useApiQuery';

export interface RegistryListOptions {
  /** Also the units or people no longer active (for records that still name them). */
  includeInactive?: boolean;
}

function useActiveOnly<Row extends { active: boolean }>(query: QueryState<Row[]>, includeInactive: boolean): QueryState<Row[]> {
  const { data, error, loading } = query;
  const shown = useMemo(() => (includeInactive ? data : data?.filter((row) => row.active)), [data, includeInactive]);
  return { data: shown, error, loading };
}

/**
 * Every unit, in the registry's order, asked for once whichever screen needs it first; each screen
 * then takes the active ones or all of them. (A search of the registry page is its own query.)
 */
export function useUnitList({ includeInactive = false }: RegistryListOptions = {}): QueryState<UnitView[]> {
  return useActiveOnly(useApiQuery('units.list', { includeInactive: true }), includeInactive);
}

/** Every person of the staff directory, asked for once, like the units. */
export function usePeopleList({ includeInactive = false }: RegistryListOptions = {}): QueryState<PersonView[]> {
  return useActiveOnly(useApiQuery('people.list', { includeInactive: true }), includeInactive);
}

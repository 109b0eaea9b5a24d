import { useApiQuery } from '../../hooks/useApiQuery';

export function useUnits(search: string, includeInactive: boolean) {
  return useApiQuery('units.list', { search: search || undefined, includeInactive });
}

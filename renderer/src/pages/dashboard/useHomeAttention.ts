import { useWorkingYear } from '../../app/WorkingYear';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUnitList } from '../../hooks/useRegistryLists';

/** The home's data: what needs attention in the working year, the programme's progress, and the CCHC scope rule. */
export function useHomeAttention() {
  const year = useWorkingYear();
  return {
    year,
    attention: useApiQuery('home.attention', { year }),
    charts: useApiQuery('home.charts', { year }),
    units: useUnitList(),
    settings: useApiQuery('settings.get', {}),
  };
}

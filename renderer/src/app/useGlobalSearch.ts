import { useDebouncedValue } from '@mantine/hooks';
import { useApiQuery } from '../hooks/useApiQuery';

/** How many hits of each kind the header's list shows; the group's label says how many there are in all. */
const HITS_PER_KIND = 5;

/** The search across everything for what is typed in the header, asked once the typing pauses. */
export function useGlobalSearch(text: string) {
  const [settled] = useDebouncedValue(text.trim(), 200);
  const results = useApiQuery('search.everything', { text: settled, perKind: HITS_PER_KIND }, { enabled: settled.length > 0 });
  return { settled, groups: settled ? (results.data?.groups ?? []) : [], searching: results.loading || settled !== text.trim() };
}

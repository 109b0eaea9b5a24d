import { useMemo } from 'react';
import { useUnitList, usePeopleList } from '../../hooks/useRegistryLists';

/** The units and people an action can be assigned to, as select options. */
export function useActionOptions() {
  const units = useUnitList();
  const people = usePeopleList();
  return useMemo(
    () => ({
      units: units.data ?? [],
      unitOptions: (units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
      people: people.data ?? [],
      personOptions: (people.data ?? []).map((person) => ({
        value: person.id,
        label: person.unitName ? `${person.fullName} (${person.unitName})` : person.fullName,
      })),
      loaded: units.data !== undefined && people.data !== undefined,
    }),
    [units.data, people.data],
  );
}

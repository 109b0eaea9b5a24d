import type { PlannedInspectionView } from '../../../../electron/shared/contract/programme';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';

export interface EntryFilters {
  kind: AuditKind | null;
  unitId: string | null;
  personId: string | null;
}

export const noFilters: EntryFilters = { kind: null, unitId: null, personId: null };

export function matchesFilters(entry: PlannedInspectionView, filters: EntryFilters): boolean {
  return (
    (filters.kind === null || entry.kind === filters.kind) &&
    (filters.unitId === null || entry.unitId === filters.unitId) &&
    (filters.personId === null || entry.team.some((member) => member.personId === filters.personId))
  );
}

export const isFiltering = (filters: EntryFilters) => filters.kind !== null || filters.unitId !== null || filters.personId !== null;

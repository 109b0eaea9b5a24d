import { vietnameseCollator } from '../../../../shared/text';
import type { PlanningUnit } from './planningTypes';

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The registry's order, then the name, then the unique registry code: keys a ward sees and that are the
 * same in every store holding the same registry, never the random id.
 */
export function compareUnits(a: PlanningUnit, b: PlanningUnit): number {
  return a.sortOrder - b.sortOrder || vietnameseCollator.compare(a.name, b.name) || byCode(a.code, b.code);
}

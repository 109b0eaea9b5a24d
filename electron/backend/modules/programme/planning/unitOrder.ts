import { vietnameseCollator } from '../../../../shared/text';
import type { PlanningUnit } from './planningTypes';

/** The registry's order, with the id as the last word so the order never depends on how the input was sorted. */
export function compareUnits(a: PlanningUnit, b: PlanningUnit): number {
  return a.sortOrder - b.sortOrder || vietnameseCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

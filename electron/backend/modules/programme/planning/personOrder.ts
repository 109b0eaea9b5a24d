import { comparePersonNames } from '../../../../shared/personNames';
import type { PlanningPerson } from './planningTypes';

/**
 * Given name, then the full name, with the Vietnamese collation, then the order the records were
 * created in: the same order in every store that holds the same staff list, never the random id.
 */
export function comparePeople(a: PlanningPerson, b: PlanningPerson): number {
  return comparePersonNames(a.fullName, b.fullName) || a.createdOrder - b.createdOrder;
}

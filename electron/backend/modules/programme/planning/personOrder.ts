import { vietnameseCollator } from '../../../../shared/text';
import type { PlanningPerson } from './planningTypes';

/** "Nguyễn Văn An" → "An": Vietnamese lists order people by given name first. */
const givenName = (fullName: string) => fullName.trim().split(/\s+/).pop() ?? '';

/**
 * Given name, then the full name, with the Vietnamese collation, then the order the records were
 * created in: the same order in every store that holds the same staff list, never the random id.
 */
export function comparePeople(a: PlanningPerson, b: PlanningPerson): number {
  return (
    vietnameseCollator.compare(givenName(a.fullName), givenName(b.fullName)) ||
    vietnameseCollator.compare(a.fullName, b.fullName) ||
    a.createdOrder - b.createdOrder
  );
}

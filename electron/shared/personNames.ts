import { vietnameseCollator } from './text';

/** "Nguyễn Văn An" → "An": the given name is the last word of a Vietnamese full name. */
export function givenName(fullName: string): string {
  return fullName.trim().split(/\s+/).pop() ?? '';
}

/**
 * The order of Vietnamese lists of people: the given name first, then the full name (family and
 * middle names), both with the Vietnamese collation. "Trần Văn An" comes before "Lê Thị Bình".
 */
export function comparePersonNames(a: string, b: string): number {
  return vietnameseCollator.compare(givenName(a), givenName(b)) || vietnameseCollator.compare(a, b);
}

/** Records with a full name, in the order of comparePersonNames. */
export const byPersonName = (a: { fullName: string }, b: { fullName: string }): number => comparePersonNames(a.fullName, b.fullName);

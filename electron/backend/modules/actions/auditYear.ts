import { and, gte, lt } from 'drizzle-orm';
import { audits } from '../../../../db/schema';

/** An audit belongs to the year it started in. */
export function auditStartedIn(year: number | undefined) {
  return year ? and(gte(audits.startDate, `${year}-01-01`), lt(audits.startDate, `${year + 1}-01-01`)) : undefined;
}

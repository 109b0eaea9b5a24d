import { eq, max } from 'drizzle-orm';
import { issuedMinutes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';

/** Minutes are numbered from 01 each calendar year (NĐ 30/2020 Điều 15), corrections included. */
export function nextMinutesNumber(db: AppDatabase, year: number): number {
  const row = db.select({ highest: max(issuedMinutes.number) }).from(issuedMinutes).where(eq(issuedMinutes.year, year)).get();
  return (row?.highest ?? 0) + 1;
}

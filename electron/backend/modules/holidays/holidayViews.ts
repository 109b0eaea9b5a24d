import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { holidays } from '../../../../db/schema';
import type { HolidayView } from '../../../shared/contract/holidays';
import { notFound } from '../../api/errors';

export function selectHolidaysOfYear(db: AppDatabase, year: number): HolidayView[] {
  return db
    .select({ id: holidays.id, date: holidays.date, name: holidays.name })
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date))
    .all();
}

export function requireHoliday(db: AppDatabase, id: string): HolidayView {
  const holiday = db.select({ id: holidays.id, date: holidays.date, name: holidays.name }).from(holidays).where(eq(holidays.id, id)).get();
  if (!holiday) throw notFound('holiday');
  return holiday;
}

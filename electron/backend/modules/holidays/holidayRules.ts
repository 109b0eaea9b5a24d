import { and, eq, ne } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { holidays } from '../../../../db/schema';
import { formatCalendarDate } from '../../../shared/dates';
import { conflict, issue, text } from '../../api/errors';

/** One entry per day: two names for the same day would make the calendar ambiguous. */
export function assertHolidayDateFree(db: AppDatabase, date: string, exceptId?: string): void {
  const clash = db
    .select({ name: holidays.name })
    .from(holidays)
    .where(and(eq(holidays.date, date), exceptId ? ne(holidays.id, exceptId) : undefined))
    .get();
  if (clash) {
    const message = text('errors.holiday.taken', { date: formatCalendarDate(date), name: clash.name });
    throw conflict(message, [issue('date', message)]);
  }
}

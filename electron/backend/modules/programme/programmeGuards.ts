import { eq, inArray } from 'drizzle-orm';
import { people, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TeamAssignment } from './planning/planningTypes';
import { formatCalendarDate } from '../../../shared/dates';
import { AppError, invalid, issue, text } from '../../api/errors';
import type { EntryRow, ProgrammeRow } from './programmeRows';
import { startedEntryIds } from './programmeRows';

/** An approved programme is what the teams follow; it changes only after going back to draft. */
export function assertDraft(programme: ProgrammeRow): void {
  if (programme.status === 'approved') {
    throw new AppError('LOCKED', text('errors.programme.approvedNoEdit', { year: programme.year }));
  }
}

/** An inspection already under way keeps its plan: its audit record points at it. */
export function assertNotStarted(db: AppDatabase, entry: EntryRow): void {
  if (startedEntryIds(db, [entry.id]).size > 0) {
    throw new AppError('LOCKED', text('errors.programme.entryStarted', { date: formatCalendarDate(entry.date) }));
  }
}

/**
 * What an entry must be to be saved at all: in the programme's year, for a unit and people that
 * exist. Everything else (weekends, own unit, double booking…) may be saved and shows as a violation.
 */
export function assertEntryStorable(db: AppDatabase, programme: ProgrammeRow, entry: { date?: string; unitId?: string; team?: TeamAssignment[] }): void {
  if (entry.date !== undefined && !entry.date.startsWith(`${programme.year}-`)) {
    const message = text('errors.programme.dateOutsideYear', { year: programme.year });
    throw invalid(message, [issue('date', message)]);
  }
  if (entry.unitId !== undefined && !db.select({ id: units.id }).from(units).where(eq(units.id, entry.unitId)).get()) {
    throw invalid(text('errors.unitMissing'), [issue('unitId', text('errors.unitNotFoundShort'))]);
  }
  if (entry.team !== undefined) {
    const ids = entry.team.map((member) => member.personId);
    const found = db.select({ id: people.id }).from(people).where(inArray(people.id, ids)).all().length;
    if (found !== ids.length) throw invalid(text('errors.programme.teamMemberMissing'), [issue('team', text('errors.personNotFoundShort'))]);
  }
}

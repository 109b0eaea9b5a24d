import { eq, inArray } from 'drizzle-orm';
import { people, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TeamAssignment } from './planning/planningTypes';
import { formatCalendarDate } from '../../../shared/dates';
import { AppError, invalid } from '../../api/errors';
import type { EntryRow, ProgrammeRow } from './programmeRows';
import { startedEntryIds } from './programmeRows';

/** An approved programme is what the teams follow; it changes only after going back to draft. */
export function assertDraft(programme: ProgrammeRow): void {
  if (programme.status === 'approved') {
    throw new AppError('LOCKED', `Kế hoạch kiểm tra năm ${programme.year} đã được phê duyệt. Hãy chuyển về dự thảo trước khi sửa.`);
  }
}

/** An inspection already under way keeps its plan: its audit record points at it. */
export function assertNotStarted(db: AppDatabase, entry: EntryRow): void {
  if (startedEntryIds(db, [entry.id]).size > 0) {
    throw new AppError('LOCKED', `Cuộc kiểm tra ngày ${formatCalendarDate(entry.date)} đã được bắt đầu nên không sửa hay bỏ được khỏi kế hoạch.`);
  }
}

/**
 * What an entry must be to be saved at all: in the programme's year, for a unit and people that
 * exist. Everything else (weekends, own unit, double booking…) may be saved and shows as a violation.
 */
export function assertEntryStorable(db: AppDatabase, programme: ProgrammeRow, entry: { date?: string; unitId?: string; team?: TeamAssignment[] }): void {
  if (entry.date !== undefined && !entry.date.startsWith(`${programme.year}-`)) {
    const message = `Ngày kiểm tra phải thuộc năm ${programme.year} của kế hoạch`;
    throw invalid(message, [{ path: 'date', message }]);
  }
  if (entry.unitId !== undefined && !db.select({ id: units.id }).from(units).where(eq(units.id, entry.unitId)).get()) {
    throw invalid('Đơn vị đã chọn không có trong danh sách đơn vị.', [{ path: 'unitId', message: 'Không tìm thấy đơn vị' }]);
  }
  if (entry.team !== undefined) {
    const ids = entry.team.map((member) => member.personId);
    const found = db.select({ id: people.id }).from(people).where(inArray(people.id, ids)).all().length;
    if (found !== ids.length) throw invalid('Có người trong đoàn không có trong danh bạ cán bộ.', [{ path: 'team', message: 'Không tìm thấy cán bộ' }]);
  }
}
